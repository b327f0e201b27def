"""Per-document work as a map (load, sentences, figures, frames, tone, entities), cached per document
and run by a local process pool or a Dask cluster; corpus-level steps read the combined results."""

from newsreport.pipeline.documents import StageSettings  # noqa: F401  (public API)
from newsreport.pipeline.run import document_results, saved_results, write_pointer  # noqa: F401
