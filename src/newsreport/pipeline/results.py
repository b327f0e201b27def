"""The corpus's per-document results, combined: one Parquet file per table under
`cache_dir/combined/<fingerprint>/`, where the fingerprint is the hash of every document's cache key
(so the same corpus, configs and code find the same tables without recombining), plus the skipped
inputs. Corpus-level steps (claims, aggregates, charts, report) read these tables, and a Corpus
rebuilt from them (texts and sentences, no re-parsing) for the functions that take one."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from newsreport.corpus.chrome import Span
from newsreport.corpus.loader import Corpus, Document, Skipped
from newsreport.corpus.sentences import Sentence
from newsreport.errors import CorpusError
from newsreport.pipeline.cache import code_version, entry_key, settings_key
from newsreport.pipeline.documents import TABLES, DocumentResult, StageSettings
from newsreport.pipeline.sources import CorpusSources, Refused
from newsreport.tables import records as table_records

COMPLETE = "complete.json"
KEEP_COMBINED = 3  # combined stores kept besides the newest (older corpora, older configs)
# Corpus-level order the tables had when computed over the whole corpus at once.
SORTED_BY = {"figures": ["doc", "start"]}
# Tables made from the combined per-document ones over the whole corpus (the reduce), stored beside them.
CORPUS_TABLES = ("entities", "name_counts", "discovered_names")


@dataclass(frozen=True)
class Skip:
    """A document of the corpus that was not used (or a duplicate), for skipped.csv and the manifest."""

    file: str
    reason: str


def fingerprint(sources: CorpusSources, settings: StageSettings) -> tuple[str, list[str]]:
    """The fingerprint of a corpus's per-document results and each source's cache key."""
    settings_hash = settings_key(settings)
    keys = [entry_key(entry, settings_hash) for entry in sources.sources]
    refused = [[e.file, e.reason] for e in sources.entries if isinstance(e, Refused)]
    digest = hashlib.sha256(json.dumps([code_version(), settings_hash, keys, refused]).encode())
    return digest.hexdigest(), keys


def _concat(pieces: list[pa.Table]) -> pa.Table | None:
    if not pieces:
        return None
    # a column empty in one document (null) and numeric or text in another takes the wider type
    return pa.concat_tables(pieces, promote_options="permissive").combine_chunks()


@dataclass(frozen=True)
class StoredCombination:
    """A combined store made earlier (`folder`) and the cache keys of its used documents that the
    corpus being combined still has: their rows are read from it instead of from a thousand cache
    entries."""

    folder: Path
    keys: frozenset[str]


def reusable_combination(combined_root: Path, keys: list[str]) -> StoredCombination | None:
    """The stored combination sharing the most used documents (same cache key: same text, settings
    and code) with a corpus whose documents have `keys`; None when none shares one."""
    wanted, best = set(keys), None
    stores = combined_root.iterdir() if combined_root.is_dir() else ()
    for folder in stores:
        complete = folder / COMPLETE
        if folder.name.startswith(".") or not complete.is_file() \
                or not all((folder / f"{name}.parquet").is_file() for name in TABLES):
            continue
        shared = wanted.intersection(json.loads(complete.read_text(encoding="utf-8")).get("keys", ()))
        if shared and (best is None or len(shared) > len(best.keys)):
            best = StoredCombination(folder, frozenset(shared))
    return best


def _rows_of(table: pa.Table, docs: set[str]) -> pa.Table:
    """The rows of `table` whose `doc` is one of `docs`."""
    if not table.num_rows:  # its doc column may have no type (null) then
        return table
    return table.filter(pc.is_in(table["doc"], value_set=pa.array(sorted(docs), table.schema.field("doc").type)))


def _in_order(table: pa.Table, position: dict[str, int]) -> pa.Table:
    """`table` with its documents in corpus order (`position` of each doc), each document's rows
    in the order they had."""
    order = np.argsort(np.fromiter((position[d] for d in table["doc"].to_pylist()), np.int64, table.num_rows),
                       kind="stable")
    return table.take(pa.array(order))


def combine(sources: CorpusSources, results: dict[str, DocumentResult], target: Path,
            keys: list[str] | None = None, stored: StoredCombination | None = None) -> None:
    """Write the combined tables of `results` (by doc id) in corpus order into `target`, with the
    skipped inputs and the input list of the manifest. `keys` are the sources' cache keys (kept with
    the tables); the rows of a document whose key is among `stored.keys` come from that stored
    combination, and `results` need not hold it. Raises CorpusError when no document is usable."""
    pieces: dict[str, list[pa.Table]] = {name: [] for name in TABLES}
    empty: dict[str, pa.Table] = {}  # a table's (empty) schema, for a corpus where it has no row
    skipped, inputs, seen, used_keys, used_docs, from_store = [], [], {}, [], [], set()
    key_of = dict(zip((s.doc for s in sources.sources), keys or ()))
    for entry in sources.entries:
        if isinstance(entry, Refused):
            skipped.append(Skip(entry.file, entry.reason))
            continue
        earlier = stored is not None and key_of.get(entry.doc) in stored.keys  # rows in the stored combination
        result = None if earlier else results[entry.doc]
        if result is not None and result.skipped:
            skipped.append(Skip(entry.file, result.skipped))
            continue
        if entry.sha256 in seen:
            skipped.append(Skip(entry.file, f"identical to {seen[entry.sha256]}"))
            continue
        seen[entry.sha256] = entry.file
        inputs.append({"file": entry.file, "bytes": entry.size, "sha256": entry.sha256, "status": "used"})
        used_docs.append(entry.doc)
        if entry.doc in key_of:
            used_keys.append(key_of[entry.doc])
        if earlier:
            from_store.add(entry.doc)
            continue
        for name in TABLES:
            table = result.tables[name]
            if table.num_rows:
                pieces[name].append(table)
            else:
                empty.setdefault(name, table)
    if not seen:
        detail = "; ".join(f"{s.file}: {s.reason}" for s in skipped[:5])
        where = "no readable document" if sources.location.is_dir() else "no usable article row"
        raise CorpusError(f"{sources.location}: {where}" + (f" ({detail})" if detail else " (folder is empty)"))
    partial = target.with_name(f".{target.name}.{os.getpid()}")
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True)
    combined = {}
    position = {doc: i for i, doc in enumerate(used_docs)}
    for name in TABLES:
        if from_store:
            earlier = _rows_of(pq.read_table(stored.folder / f"{name}.parquet"), from_store)
            table = _in_order(_concat([earlier, *pieces[name]]), position)  # rows may also have moved
        else:
            table = _concat(pieces[name]) if pieces[name] else empty[name]
        if name in SORTED_BY and table.num_rows:
            frame = table.to_pandas().sort_values(SORTED_BY[name], kind="stable").reset_index(drop=True)
            table = pa.Table.from_pandas(frame, preserve_index=False)
        pq.write_table(table, partial / f"{name}.parquet")
        combined[name] = table
    earlier = earlier_reduce(stored, from_store) if from_store else None
    for name, frame in corpus_tables(combined, earlier).items():
        pq.write_table(pa.Table.from_pandas(frame, preserve_index=False), partial / f"{name}.parquet")
    skipped_table = pd.DataFrame([vars(s) for s in skipped], columns=["file", "reason"])
    pq.write_table(pa.Table.from_pandas(skipped_table, preserve_index=False), partial / "skipped.parquet")
    (partial / COMPLETE).write_text(json.dumps({"corpus": str(sources.location), "inputs": inputs,
                                                "manifest": str(sources.manifest or ""), "keys": used_keys}),
                                    encoding="utf-8")
    shutil.rmtree(target, ignore_errors=True)
    os.replace(partial, target)


def corpus_tables(combined: dict[str, pa.Table], earlier=None) -> dict[str, pd.DataFrame]:
    """The reduce: each of CORPUS_TABLES from the combined per-document tables (in corpus order).
    `entities`: configured mentions plus the names discovery keeps over the whole corpus; with
    `earlier` (an `EarlierReduce`), unchanged documents' rows come from it where that is the same."""
    from newsreport.narratives.entity_reduce import reduce_entities

    sentences = combined["sentences"].to_pandas()
    kept = sentences[["doc", "sentence_id", "start", "text"]].itertuples(index=False, name=None) \
        if len(sentences) else iter(())
    tables, _ = reduce_entities(combined["configured_entities"].to_pandas(),
                                combined["entity_candidates"].to_pandas(), kept, earlier)
    return tables.as_dict()


def earlier_reduce(stored: StoredCombination, docs: set[str]):
    """The reduce stored with `stored` as an `EarlierReduce` for a corpus whose `docs` come from it;
    None when its tables are missing (made by an older version)."""
    from newsreport.narratives.entity_reduce import EarlierReduce, EntityTables

    paths = {name: stored.folder / f"{name}.parquet" for name in (*CORPUS_TABLES, "entity_candidates")}
    if not all(path.is_file() for path in paths.values()):
        return None
    tables = EntityTables(**{name: pd.read_parquet(paths[name]) for name in CORPUS_TABLES})
    names = pq.read_table(paths["entity_candidates"], columns=["name"])["name"].to_pylist()
    return EarlierReduce(tables, frozenset(names), frozenset(docs))


def prune(combined_root: Path, keep: Path) -> None:
    """Remove combined stores beyond the newest few (by use), never `keep`."""
    stores = sorted((p for p in combined_root.iterdir() if p.is_dir() and not p.name.startswith(".")),
                    key=lambda p: p.stat().st_mtime, reverse=True)
    for old in [p for p in stores if p != keep][KEEP_COMBINED:]:
        shutil.rmtree(old, ignore_errors=True)


class CorpusResults:
    """The combined per-document tables of one corpus (read on demand from Parquet)."""

    def __init__(self, folder: Path, settings: StageSettings | None = None):
        self.folder = Path(folder)
        self.settings = settings or StageSettings()
        info = json.loads((self.folder / COMPLETE).read_text(encoding="utf-8"))
        self.corpus_location = Path(info["corpus"])
        self.manifest_file = Path(info["manifest"]) if info["manifest"] else None
        self.used_inputs = info["inputs"]

    @property
    def fingerprint(self) -> str:
        return self.folder.name

    @property
    def cache_dir(self) -> Path:
        """The cache folder these results were combined in (they sit in its `combined/<fingerprint>`);
        corpus-level steps keep their own per-document work beside them."""
        return self.folder.parents[1]

    def table(self, name: str) -> pd.DataFrame:
        """The combined table `name` (one of TABLES or CORPUS_TABLES) as a DataFrame."""
        return pd.read_parquet(self.folder / f"{name}.parquet")

    def columns(self, name: str, columns: list[str]) -> dict[str, list]:
        """`columns` of the combined table `name` as Python lists (no DataFrame in between)."""
        return pq.read_table(self.folder / f"{name}.parquet", columns=columns).to_pydict()

    @cached_property
    def skipped(self) -> list[Skipped]:
        return [Skipped(r["file"], r["reason"]) for r in self.table("skipped").to_dict("records")]

    def doc_ids(self) -> list[str]:
        """The used documents' ids in corpus order."""
        return self.table("documents")["doc"].astype(str).tolist()

    @cached_property
    def corpus(self) -> Corpus:
        """The corpus rebuilt from the tables: each document's exact text, metadata, excluded spans and
        sentences, as `load_corpus` makes them (without reading or splitting anything again)."""
        documents = table_records(self.table("documents"))
        # plain columns, grouped by doc in one pass: per-document DataFrame lookups took seconds at scale
        texts = self.columns("texts", ["doc", "text", "warnings"])
        text_of = dict(zip(texts["doc"], zip(texts["text"], texts["warnings"])))
        sentences: dict[str, list[Sentence]] = {}
        table = self.columns("sentences", ["sentence_id", "doc", "index", "start", "end", "text", "kind"])
        for sid, doc, i, s, e, t, k in zip(*table.values()):
            sentences.setdefault(str(doc), []).append(Sentence(str(sid), str(doc), int(i), int(s), int(e), str(t), str(k)))
        excluded: dict[str, list[Span]] = {}
        table = self.columns("excluded_spans", ["doc", "start", "end", "label"])
        for doc, s, e, label in zip(*table.values()):
            excluded.setdefault(str(doc), []).append(Span(int(s), int(e), str(label)))
        rebuilt = []
        folder = self.corpus_location if self.corpus_location.is_dir() else self.corpus_location.parent
        for row in documents:
            doc = str(row["doc"])
            text, warnings = text_of[doc]
            document = Document(
                doc=doc, path=folder / str(row["file"]), text=str(text), sha256=str(row["sha256"]),
                title=_text(row["title"]), outlet=_text(row["outlet"]), author=_text(row["author"]),
                url=_text(row["url"]), published=date.fromisoformat(row["published"]) if _text(row["published"]) else None,
                date_basis=_text(row["date_basis"]), warnings=json.loads(warnings))
            if doc in excluded:
                document.excluded = excluded[doc]
            if doc in sentences:
                document.sentences = sentences[doc]
            rebuilt.append(document)
        self.provide_parses(rebuilt)
        return Corpus(folder=self.corpus_location, documents=rebuilt, skipped=self.skipped)

    def provide_parses(self, documents: list[Document]) -> None:
        """Offer the sentence parses the map stored to this process's parser: the claims step reads
        them back (a tenth of the time of parsing) instead of parsing every sentence again."""
        from newsreport.corpus.syntax import provide

        path = self.folder / "sentence_parses.parquet"
        if not path.is_file():
            return
        columns = pq.read_table(path, columns=["doc", "parses"]).to_pydict()
        stored = dict(zip(columns["doc"], columns["parses"]))
        for document in documents:
            if document.doc in stored:
                provide((s.text for s in document.sentences), stored[document.doc])

    def skipped_table(self) -> pd.DataFrame:
        """`data/skipped.csv`: inputs not used, then reading warnings of used documents."""
        rows = [{"file": s.file, "status": "skipped", "reason": s.reason} for s in self.skipped]
        texts = self.table("texts").set_index("doc")["warnings"]
        files = self.table("documents").set_index("doc")["file"]
        rows += [{"file": files[doc], "status": "used with warning", "reason": w.split(": ", 1)[-1]}
                 for doc, warnings in texts.items() for w in json.loads(warnings)]
        return pd.DataFrame(rows, columns=["file", "status", "reason"])

    def inputs(self) -> list[dict]:
        """The manifest's `inputs`: every used input with its size and SHA-256 (and reading warnings),
        the folder's manifest.csv, and every skipped input with the reason."""
        warnings = [json.loads(w) for w in self.table("texts")["warnings"]]
        rows = [entry | ({"warnings": [w.split(": ", 1)[-1] for w in notes]} if notes else {})
                for entry, notes in zip(self.used_inputs, warnings)]
        if self.manifest_file is not None and self.manifest_file.exists():
            raw = self.manifest_file.read_bytes()
            rows.append({"file": self.manifest_file.name, "bytes": len(raw),
                         "sha256": hashlib.sha256(raw).hexdigest(), "status": "metadata"})
        rows += [{"file": s.file, "status": "skipped", "reason": s.reason} for s in self.skipped]
        return rows


def _text(value) -> str:
    return "" if value is None or (isinstance(value, float) and value != value) else str(value)
