"""The per-document map: one article in, its rows of every per-document table out (documents,
sentences, excluded spans, figures, frames, cues, tone, configured entity mentions and the recognizer's
name candidates), computed by the stages' own public
functions on a corpus of that one document, so their changes flow in. Runs the same in the build's
process, in a local process pool and on Dask workers; configs and models load once per process."""

from __future__ import annotations

import ctypes
import ctypes.util
import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pandas as pd
import pyarrow as pa

from newsreport.corpus.chrome import load_chrome_patterns
from newsreport.corpus.loader import Corpus, Document, documents_table, excluded_table, load_document, sentences_table
from newsreport.corpus.rows import document_from_row
from newsreport.errors import CorpusError
from newsreport.pipeline.sources import DocumentSource

# The per-document tables, in the order the combined store lists them. Entity discovery is corpus-level
# (a name's type and its minimum count are over the corpus): the map keeps its per-document part, the
# candidates, and `results.combine` makes the `entities` table from them.
TABLES = ("documents", "texts", "sentences", "excluded_spans", "figures", "frames_sentences", "frame_cues",
          "frames_docs", "tone", "configured_entities", "entity_candidates", "sentence_parses")


@dataclass(frozen=True)
class StageSettings:
    """What per-document results depend on besides the text: the config files (None: the defaults
    in `config/`) and the build parameters of the frames step."""

    frames_config: str | None = None
    entities_config: str | None = None
    embedding_threshold: float | None = None


@dataclass
class DocumentResult:
    """One document's tables (Arrow, one per name of TABLES), or the reason it was skipped."""

    doc: str
    file: str
    sha256: str
    size: int
    tables: dict[str, pa.Table] = field(default_factory=dict)
    skipped: str = ""


@dataclass(frozen=True)
class Stages:
    """The loaded configs of one process."""

    chrome: list
    frames: object
    aliases: list


@lru_cache(maxsize=4)
def stages(settings: StageSettings) -> Stages:
    """Configs for `settings`, loaded once per process (a worker keeps them for every document)."""
    from newsreport.narratives.config import load_frames
    from newsreport.narratives.entities import load_entities

    frames = load_frames(settings.frames_config)
    if settings.embedding_threshold is not None:
        frames = frames.with_classifier_thresholds({name: settings.embedding_threshold for name in frames.names})
    return Stages(load_chrome_patterns(), frames, load_entities(settings.entities_config))


def load_source(source: DocumentSource, chrome) -> Document:
    """The Document of a source (a file, read as `load_corpus` reads it, or a row)."""
    if source.text is not None:
        return document_from_row(source.doc, source.file, source.text, source.sha256, source.metadata, chrome)
    return load_document(Path(source.path), dict(source.metadata) or None, chrome)


def text_table(documents: list[Document]) -> pd.DataFrame:
    """What the other tables do not keep but later steps need: each body text and reading warnings."""
    return pd.DataFrame([{"doc": d.doc, "text": d.text, "warnings": json.dumps(d.warnings)} for d in documents],
                        columns=["doc", "text", "warnings"])


@lru_cache(maxsize=1)
def _libc():
    name = ctypes.util.find_library("c")
    return ctypes.CDLL(name) if name else None


def release_models() -> None:
    """Drop the models and parses this process loaded for its documents (a build processes a few new
    documents in its own process, which then lives on beside the notebook kernels)."""
    import gc

    from newsreport.corpus import sentences, syntax
    from newsreport.narratives import encoder, tone

    for loaded in (syntax.load_parser, encoder.encoder, tone.analyzer, sentences.segmenter, stages):
        loaded.cache_clear()
    syntax.forget_parses()
    gc.collect()
    release_freed_memory()


def release_freed_memory() -> None:
    """Hand memory freed by these documents back to the system: glibc keeps freed pieces of the
    differently shaped arrays every document allocates, and a worker would grow with each one."""
    libc = _libc()
    if libc is not None and hasattr(libc, "malloc_trim"):
        libc.malloc_trim(0)


def document_tables(documents: list[Document], stages_: Stages) -> dict[str, pd.DataFrame]:
    """Every per-document table of a few loaded documents, made by the stages' public functions on a
    corpus of just these documents."""
    from newsreport.figures.extractor import figures_table
    from newsreport.narratives import methods as narratives
    from newsreport.corpus.discovery import entity_candidates
    from newsreport.corpus.syntax import serialize
    from newsreport.narratives.entities import configured_mentions

    corpus = Corpus(folder=documents[0].path.parent, documents=documents, skipped=[])
    sentences = narratives.sentence_frames(corpus, stages_.frames)
    hits = narratives.cue_hits(corpus, stages_.frames)
    tone = narratives.tone_with_frames(corpus, sentences)
    return {
        "documents": documents_table(corpus),
        "texts": text_table(documents),
        "sentences": sentences_table(corpus),
        "excluded_spans": excluded_table(corpus),
        "figures": figures_table(corpus),
        "frames_sentences": sentences,
        "frame_cues": hits,
        "frames_docs": narratives.doc_frames(corpus, stages_.frames, sentences=sentences, hits=hits, tone=tone),
        "tone": tone,
        "configured_entities": configured_mentions(corpus, stages_.aliases),
        "entity_candidates": entity_candidates(corpus),
        # the spaCy parses entity discovery made, for the claims step to read back instead of parsing again
        "sentence_parses": pd.DataFrame([{"doc": d.doc, "parses": serialize(s.text for s in d.sentences)}
                                         for d in documents], columns=["doc", "parses"]),
    }


def split_by_doc(table: pd.DataFrame, docs: list[str]) -> dict[str, pa.Table]:
    """`table` cut into one Arrow table per document of `docs` (empty, with the columns, for none).
    Each piece is taken, not sliced: a slice would keep, and pickle, the buffers of every document
    of the task (ten times the data on its way back from a worker and into the cache)."""
    whole = pa.Table.from_pandas(table.reset_index(drop=True), preserve_index=False)
    rows = table.groupby("doc", sort=False).indices if len(table) else {}
    return {doc: whole.take(pa.array(rows[doc])) if doc in rows else whole.slice(0, 0).take(pa.array([], pa.int64()))
            for doc in docs}


def process_documents(sources: list[DocumentSource], settings: StageSettings) -> list[DocumentResult]:
    """The map function, over a few documents at a time: load each source and compute its tables; an
    unusable document comes back with the reason it was skipped (as the folder loader words it),
    never as an exception. Each result holds only its own document's rows."""
    loaded = stages(settings)
    results, documents = [], []
    for source in sources:
        result = DocumentResult(source.doc, source.file, source.sha256, source.size)
        try:
            documents.append(load_source(source, loaded.chrome))
        except CorpusError as error:
            result.skipped = str(error).split(": ", 1)[-1]
        except OSError as error:
            result.skipped = f"cannot be read ({error.strerror or error})"
        results.append(result)
    if documents:
        docs = [d.doc for d in documents]
        tables = {name: split_by_doc(table, docs) for name, table in document_tables(documents, loaded).items()}
        for result in results:
            if not result.skipped:
                result.tables = {name: by_doc[result.doc] for name, by_doc in tables.items()}
    release_freed_memory()
    return results


def process_document(source: DocumentSource, settings: StageSettings) -> DocumentResult:
    """`process_documents` of one document."""
    return process_documents([source], settings)[0]
