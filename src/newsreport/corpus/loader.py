"""Load a corpus folder into documents whose body text is kept exactly, with excluded chrome spans
and sentences carrying character offsets into that same body.

Supported files: `.txt`, `.md` (optionally with YAML front matter) and `.html`/`.htm` (article text
extracted with trafilatura). Per-document metadata comes from, in order of precedence, the
document's front matter, the folder's `manifest.csv`, and inference from the text itself.
"""

from __future__ import annotations

import csv
import hashlib
import re
import warnings
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pandas as pd
import yaml

from newsreport.configfile import load_yaml
from newsreport.errors import CorpusError
from newsreport.corpus import metadata as meta_rules
from newsreport.corpus.chrome import Span, find_excluded_spans, load_chrome_patterns
from newsreport.corpus.sentences import Sentence, split_sentences
from newsreport.corpus.textio import check_size, decode_document

DOCUMENT_SUFFIXES = (".txt", ".md", ".html", ".htm")
MANIFEST_NAME = "manifest.csv"
METADATA_KEYS = ("title", "outlet", "author", "published", "url", *meta_rules.URL_KEYS)
FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(\r?\n|\Z)", re.DOTALL)


@dataclass
class Document:
    """One article: its exact body text, metadata, excluded chrome spans and sentences."""

    doc: str
    path: Path
    text: str
    sha256: str
    title: str = ""
    outlet: str = ""
    author: str = ""
    url: str = ""
    published: date | None = None
    date_basis: str = ""
    excluded: list[Span] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def word_count(self) -> int:
        """Words in the kept (non-excluded) sentences."""
        return sum(len(s.text.split()) for s in self.sentences)

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence containing character `offset`, or None inside excluded chrome."""
        for sentence in self.sentences:
            if sentence.start <= offset < sentence.end:
                return sentence
        return None


@dataclass
class Skipped:
    """A file of the corpus folder that was not used, and why."""

    file: str
    reason: str


@dataclass
class Corpus:
    """The documents of one folder, in file-name order, and the files that were skipped."""

    folder: Path
    documents: list[Document]
    skipped: list[Skipped]

    def by_id(self, doc: str) -> Document:
        """The document with id `doc` (its file name without suffix)."""
        for document in self.documents:
            if document.doc == doc:
                return document
        raise KeyError(doc)


def split_front_matter(raw: str, file: str) -> tuple[dict, str, list[str]]:
    """Separate YAML front matter from the body. Invalid YAML is reported, not fatal."""
    match = FRONT_MATTER.match(raw)
    if not match:
        return {}, raw, []
    body = raw[match.end():]
    try:
        values = load_yaml(match.group(1)) or {}
    except yaml.YAMLError as error:
        reason = str(error).splitlines()[0]
        plain = plain_key_lines(match.group(1))
        if plain:
            return plain, body, [f"{file}: front matter is not valid YAML ({reason}); its lines "
                                 f"{', '.join(plain)} were read as plain 'key: value' text"]
        return {}, body, [f"{file}: front matter is not valid YAML ({reason}); metadata inferred from the text"]
    if not isinstance(values, dict):
        return {}, body, [f"{file}: front matter is not a mapping of keys; metadata inferred from the text"]
    return {k: ("" if v is None else v) for k, v in values.items() if k in METADATA_KEYS}, body, []


# A front-matter line "key: value" read as plain text when the block is not valid YAML: a colon inside
# an unquoted title ("title: Explainer: what the law means") is common in hand-written files. A value
# opening with YAML syntax ("[an unclosed list") is not guessed at.
PLAIN_KEY_LINE = re.compile(r"^(?P<key>[A-Za-z_]+):[ \t]+(?P<value>[^\[\]{}&*!|>%@`:\s].*?)\s*$", re.MULTILINE)


def plain_key_lines(block: str) -> dict[str, str]:
    """The metadata keys of a front-matter block read line by line (YAML aside)."""
    return {m["key"]: m["value"] for m in PLAIN_KEY_LINE.finditer(block) if m["key"] in METADATA_KEYS}


def read_manifest(folder: Path) -> dict[str, dict]:
    """Rows of `folder/manifest.csv` keyed by file name; empty if there is none."""
    path = folder / MANIFEST_NAME
    if not path.exists():
        return {}
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle))
    except (UnicodeDecodeError, csv.Error) as error:
        warnings.warn(f"{path}: manifest ignored ({error})")
        return {}
    return {row["file"]: row for row in rows if row.get("file")}


def load_document(path: Path, manifest_row: dict | None = None,
                  chrome: list[re.Pattern] | None = None) -> Document:
    """Read one file into a Document. Raises CorpusError naming the file when it cannot be used."""
    check_size(path)
    raw_bytes = path.read_bytes()
    if not raw_bytes:
        raise CorpusError(f"{path.name}: empty file (0 bytes)")
    text, notes = decode_document(raw_bytes, path)
    front, body, front_notes = split_front_matter(text, path.name)
    notes += front_notes
    html_meta = {}
    if path.suffix.lower() in (".html", ".htm"):
        body, html_meta = meta_rules.html_article(body, path)
    if not body.strip():
        raise CorpusError(f"{path.name}: no text (the file is empty or holds only whitespace/markup)")
    chrome = load_chrome_patterns() if chrome is None else chrome
    document = Document(doc=path.stem, path=path, text=body, sha256=hashlib.sha256(raw_bytes).hexdigest(),
                        warnings=notes)
    document.excluded = find_excluded_spans(body, chrome)
    document.sentences = split_sentences(body, document.doc, document.excluded)
    if not document.sentences:
        raise CorpusError(f"{path.name}: no article text left after removing page chrome")
    meta_rules.apply_metadata(document, front, manifest_row or {}, html_meta)
    return document


def load_corpus(folder: Path | str, chrome_config: Path | None = None) -> Corpus:
    """Load every document of `folder` (or every row of a `.csv`/`.jsonl` corpus file, see
    `newsreport.corpus.rows`). Unusable files are skipped with a reason; raises CorpusError when the
    folder is missing or holds no usable document."""
    folder = Path(folder)
    if not folder.exists():
        raise CorpusError(f"{folder}: corpus folder does not exist")
    if folder.suffix.lower() in (".csv", ".jsonl") and folder.is_file():
        from newsreport.corpus.rows import load_rows_corpus  # one article per row (it imports this module)

        return load_rows_corpus(folder)
    if not folder.is_dir():
        raise CorpusError(f"{folder}: corpus path is not a folder")
    manifest = read_manifest(folder)
    chrome = load_chrome_patterns(chrome_config)
    documents, skipped, seen = [], [], {}
    for path in sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")):
        if path.name == MANIFEST_NAME:
            continue
        if path.suffix.lower() not in DOCUMENT_SUFFIXES:
            skipped.append(Skipped(path.name, f"not a document type ({', '.join(DOCUMENT_SUFFIXES)})"))
            continue
        try:
            document = load_document(path, manifest.get(path.name), chrome)
        except CorpusError as error:
            skipped.append(Skipped(path.name, str(error).split(": ", 1)[-1]))
            continue
        except OSError as error:
            skipped.append(Skipped(path.name, f"cannot be read ({error.strerror or error})"))
            continue
        if document.sha256 in seen:
            skipped.append(Skipped(path.name, f"identical to {seen[document.sha256]}"))
            continue
        seen[document.sha256] = path.name
        documents.append(document)
    if not documents:
        detail = "; ".join(f"{s.file}: {s.reason}" for s in skipped[:5])
        raise CorpusError(f"{folder}: no readable document" + (f" ({detail})" if detail else " (folder is empty)"))
    return Corpus(folder=folder, documents=documents, skipped=skipped)


def documents_table(corpus: Corpus) -> pd.DataFrame:
    """One row per document: id, file, metadata, date basis, sizes and content hash."""
    rows = [{
        "doc": d.doc, "file": d.path.name, "title": d.title, "outlet": d.outlet, "author": d.author,
        "published": d.published.isoformat() if d.published else "", "date_basis": d.date_basis, "url": d.url,
        "n_sentences": len(d.sentences), "n_words": d.word_count, "n_chars": len(d.text),
        "n_excluded_chars": sum(s.end - s.start for s in d.excluded), "sha256": d.sha256,
    } for d in corpus.documents]
    return pd.DataFrame(rows)


def sentences_table(corpus: Corpus) -> pd.DataFrame:
    """One row per kept sentence: ids, offsets into the document body, kind and text."""
    rows = [{"doc": s.doc, "sentence_id": s.sentence_id, "index": s.index, "start": s.start, "end": s.end,
             "kind": s.kind, "text": s.text} for d in corpus.documents for s in d.sentences]
    return pd.DataFrame(rows, columns=["doc", "sentence_id", "index", "start", "end", "kind", "text"])


def excluded_table(corpus: Corpus) -> pd.DataFrame:
    """One row per excluded chrome span, with the text it covers."""
    rows = [{"doc": d.doc, "start": s.start, "end": s.end, "label": s.label, "text": d.text[s.start:s.end]}
            for d in corpus.documents for s in d.excluded]
    return pd.DataFrame(rows, columns=["doc", "start", "end", "label", "text"])


def skipped_table(corpus: Corpus) -> pd.DataFrame:
    """Files not used and decoding notes, each with the file and the reason."""
    rows = [{"file": s.file, "status": "skipped", "reason": s.reason} for s in corpus.skipped]
    rows += [{"file": d.path.name, "status": "used with warning", "reason": w.split(": ", 1)[-1]}
             for d in corpus.documents for w in d.warnings]
    return pd.DataFrame(rows, columns=["file", "status", "reason"])


def short_doc_ids(documents) -> dict[str, str]:
    """Doc id -> the short name used in prose: the part before the first '_' when that is unique
    in the corpus ('001' for '001_b5461f37cdb4e1f4'), else the whole id."""
    ids = [d.doc if hasattr(d, "doc") else str(d) for d in documents]
    prefixes = [i.split("_", 1)[0] for i in ids]
    return {i: p if prefixes.count(p) == 1 else i for i, p in zip(ids, prefixes)}


def source_labels(documents) -> dict[str, str]:
    """Doc id -> the label charts use, e.g. 'S1 000': the source number of the report's source list
    (position in the corpus, file-name order) and the short id used in generated prose."""
    ids = [d.doc if hasattr(d, "doc") else str(d) for d in documents]
    short = short_doc_ids(ids)
    return {doc: f"S{n} {short[doc]}" for n, doc in enumerate(ids, 1)}
