"""A corpus in one file, one article per row: a `.csv` or `.jsonl` export with Media Cloud's column
names (`title`, `text` or `content`, `url`, `publish_date`, `media_name`; other columns are ignored).

A bad row (no text, not a JSON object, a text over the size limit) is skipped with its reason; the
whole file is refused only when it cannot be read or has no text column. The file is only read.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from dataclasses import dataclass
from pathlib import Path

from newsreport.corpus.chrome import find_excluded_spans, load_chrome_patterns
from newsreport.corpus.loader import Corpus, Document, Skipped
from newsreport.corpus import metadata as meta_rules
from newsreport.corpus.sentences import split_sentences
from newsreport.corpus.textio import MAX_DOCUMENT_BYTES, decode_document
from newsreport.errors import CorpusError

ROW_SUFFIXES = (".csv", ".jsonl")
TEXT_COLUMNS = ("text", "content")  # Media Cloud exports use either name
# Media Cloud column -> the metadata key the loader knows
METADATA_COLUMNS = {"title": "title", "url": "url", "publish_date": "published", "media_name": "outlet",
                    "author": "author"}
csv.field_size_limit(2 ** 31 - 1)  # a cell holds a whole article


@dataclass(frozen=True)
class Row:
    """One article row: its id, where it came from (`file row N`), its text and its metadata."""

    doc: str
    label: str
    text: str
    metadata: tuple[tuple[str, str], ...]
    sha256: str


def is_rows_file(path: Path) -> bool:
    """Whether `path` names a one-article-per-row corpus file (by its suffix)."""
    return path.suffix.lower() in ROW_SUFFIXES


def row_id(number: int) -> str:
    """The document id of the `number`-th article row (1-based): stable when rows are appended."""
    return f"row{number:06d}"


def _records(path: Path, text: str):
    """(row number, record or the reason it is unusable) for every article of the file."""
    if path.suffix.lower() == ".csv":
        reader = csv.DictReader(io.StringIO(text, newline=""))
        columns = [c.strip().lower() for c in reader.fieldnames or []]
        if not any(c in TEXT_COLUMNS for c in columns):
            raise CorpusError(f"{path}: no text column (expected 'text' or 'content'; "
                              f"columns found: {', '.join(columns) or 'none'})")
        try:
            for number, record in enumerate(reader, 1):
                yield number, {str(k).strip().lower(): v for k, v in record.items() if k is not None}
        except csv.Error as error:
            raise CorpusError(f"{path}: not a readable CSV file ({error})") from None
        return
    number, found_text_column = 0, False
    for line in text.splitlines():
        if not line.strip():
            continue
        number += 1
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield number, f"not valid JSON ({error.msg})"
            continue
        if not isinstance(record, dict):
            yield number, "not a JSON object"
            continue
        record = {str(k).strip().lower(): v for k, v in record.items()}
        found_text_column = found_text_column or any(c in record for c in TEXT_COLUMNS)
        yield number, record
    if number and not found_text_column:
        raise CorpusError(f"{path}: no text field in any row (expected 'text' or 'content')")


def row_text(record: dict) -> str:
    """The article text of a record: `text`, else `content` (empty when neither holds text)."""
    for column in TEXT_COLUMNS:
        value = record.get(column)
        if isinstance(value, str) and value.strip():
            return value
    return ""


def read_rows(path: Path | str) -> tuple[list[Row], list[tuple[str, str]]]:
    """The usable article rows of `path` and the skipped ones as `(label, reason)`, in file order.
    Raises CorpusError (naming the file) when it cannot be read or has no text column."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise CorpusError(f"{path}: cannot be read ({error.strerror or error})") from None
    if not raw.strip():
        raise CorpusError(f"{path}: empty file")
    text, _ = decode_document(raw, path)
    rows, skipped, seen = [], [], {}
    for number, record in _records(path, text):
        label = f"{path.name} row {number}"
        if isinstance(record, str):
            skipped.append((label, record))
            continue
        body = row_text(record)
        if not body:
            skipped.append((label, "no text in the 'text' or 'content' column"))
            continue
        size = len(body.encode("utf-8"))
        if size > MAX_DOCUMENT_BYTES:
            skipped.append((label, f"text is {size / 1e6:.1f} MB, over the {MAX_DOCUMENT_BYTES / 1e6:.0f} MB "
                                   "limit for one article"))
            continue
        metadata = tuple((key, str(record[column]).strip()) for column, key in METADATA_COLUMNS.items()
                         if record.get(column) not in (None, ""))
        if any(key == "published" for key, _ in metadata):
            metadata += (("date_basis", "stated: publish_date column"),)
        digest = hashlib.sha256(json.dumps([body, metadata], ensure_ascii=False).encode("utf-8")).hexdigest()
        text_digest = hashlib.sha256(body.encode("utf-8")).hexdigest()
        if text_digest in seen:
            skipped.append((label, f"same text as {seen[text_digest]}"))
            continue
        seen[text_digest] = label
        rows.append(Row(row_id(number), label, body, metadata, digest))
    return rows, skipped


def document_from_row(doc: str, label: str, text: str, sha256: str, metadata, chrome=None) -> Document:
    """A Document from a row's text and metadata, made as the folder loader makes one from a file.
    Raises CorpusError naming the row when no text is left after the page chrome."""
    document = Document(doc=doc, path=Path(label), text=text, sha256=sha256)
    document.excluded = find_excluded_spans(text, load_chrome_patterns() if chrome is None else chrome)
    document.sentences = split_sentences(text, doc, document.excluded)
    if not document.sentences:
        raise CorpusError(f"{label}: no article text left after removing page chrome")
    meta_rules.apply_metadata(document, {}, dict(metadata))
    return document


def load_rows_corpus(path: Path | str) -> Corpus:
    """Every usable row of a CSV/JSONL corpus file as a Corpus (rows that cannot be used are in
    `skipped` with the reason). Raises CorpusError when no row is usable."""
    path = Path(path)
    rows, refused = read_rows(path)
    chrome = load_chrome_patterns()
    documents, skipped = [], [Skipped(label, reason) for label, reason in refused]
    for row in rows:
        try:
            documents.append(document_from_row(row.doc, row.label, row.text, row.sha256, row.metadata, chrome))
        except CorpusError as error:
            skipped.append(Skipped(row.label, str(error).split(": ", 1)[-1]))
    if not documents:
        detail = "; ".join(f"{s.file}: {s.reason}" for s in skipped[:5])
        raise CorpusError(f"{path}: no usable article row" + (f" ({detail})" if detail else ""))
    return Corpus(folder=path, documents=documents, skipped=skipped)
