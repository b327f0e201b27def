"""What a corpus holds, before any document is read: one `DocumentSource` per article (a file of a
folder, or a row of a CSV/JSONL file) with the hash of its bytes, and the inputs refused without
reading them (wrong type, too large, unreadable). Cheap: it hashes bytes, it does not parse text."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from newsreport.corpus.loader import DOCUMENT_SUFFIXES, MANIFEST_NAME, read_manifest
from newsreport.corpus.rows import is_rows_file, read_rows
from newsreport.corpus.textio import check_size
from newsreport.errors import CorpusError


@dataclass(frozen=True)
class DocumentSource:
    """One article to process: its id, the name tables show (`file`), the SHA-256 of its bytes (a
    file) or of its fields (a row), and either the `path` to read or the row's `text`, with the
    metadata of the folder's manifest or of the row's columns."""

    doc: str
    file: str
    sha256: str
    size: int
    path: str = ""
    text: str | None = None
    metadata: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Refused:
    """An input refused before reading its text, and why."""

    file: str
    reason: str


@dataclass
class CorpusSources:
    """Everything of a corpus in order (sources and refusals interleaved as in the folder or file),
    plus the folder's manifest file when there is one."""

    location: Path
    entries: list[DocumentSource | Refused]
    manifest: Path | None = None

    @property
    def sources(self) -> list[DocumentSource]:
        return [e for e in self.entries if isinstance(e, DocumentSource)]


def folder_sources(folder: Path) -> CorpusSources:
    """The documents of a corpus folder, in file-name order (as `load_corpus` reads them)."""
    manifest = read_manifest(folder)
    entries: list[DocumentSource | Refused] = []
    for path in sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")):
        if path.name == MANIFEST_NAME:
            continue
        if path.suffix.lower() not in DOCUMENT_SUFFIXES:
            entries.append(Refused(path.name, f"not a document type ({', '.join(DOCUMENT_SUFFIXES)})"))
            continue
        try:
            check_size(path)
            raw = path.read_bytes()
        except CorpusError as error:
            entries.append(Refused(path.name, str(error).split(": ", 1)[-1]))
            continue
        except OSError as error:
            entries.append(Refused(path.name, f"cannot be read ({error.strerror or error})"))
            continue
        row = manifest.get(path.name) or {}
        entries.append(DocumentSource(doc=path.stem, file=path.name, sha256=hashlib.sha256(raw).hexdigest(),
                                      size=len(raw), path=str(path),
                                      metadata=tuple(sorted((k, str(v)) for k, v in row.items() if k))))
    manifest_path = folder / MANIFEST_NAME
    return CorpusSources(folder, entries, manifest_path if manifest_path.exists() else None)


def rows_sources(path: Path) -> CorpusSources:
    """The article rows of a CSV or JSONL corpus file, in file order."""
    rows, skipped = read_rows(path)
    entries: list[tuple[int, DocumentSource | Refused]] = []
    for row in rows:
        number = int(row.label.rsplit(" ", 1)[-1])
        entries.append((number, DocumentSource(doc=row.doc, file=row.label, sha256=row.sha256,
                                               size=len(row.text.encode("utf-8")), text=row.text,
                                               metadata=row.metadata)))
    for label, reason in skipped:
        entries.append((int(label.rsplit(" ", 1)[-1]), Refused(label, reason)))
    return CorpusSources(path, [entry for _, entry in sorted(entries, key=lambda e: e[0])])


def corpus_sources(location: Path | str) -> CorpusSources:
    """The sources of a corpus folder or of a `.csv`/`.jsonl` file. Raises CorpusError naming the
    path when it does not exist or is not a corpus."""
    location = Path(location)
    if not location.exists():
        raise CorpusError(f"{location}: corpus folder does not exist")
    if location.is_dir():
        return folder_sources(location)
    if is_rows_file(location):
        return rows_sources(location)
    raise CorpusError(f"{location}: corpus path is not a folder, nor a .csv or .jsonl file of articles")
