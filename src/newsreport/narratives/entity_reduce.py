"""The corpus-level entity reduce (configured mentions plus the names discovery keeps over the whole
corpus), redone only for the documents that changed when that gives the same tables.

Which names discovery keeps, and how overlapping names are resolved, depend on the whole corpus; but
each sentence is resolved on its own. So after documents are added, the rows of the unchanged ones
still hold when no name they were resolved with is gone, no newly proposed name occurs in their
sentences, and the names kept (with their types) are the same: then only the new documents are
read, and a thousand unchanged ones cost a lookup instead of a second of matching."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from newsreport.corpus.discovery import (MIN_MENTIONS, DiscoveredName, NameFinder, kept_names, name_types,
                                         resolved_occurrences)
from newsreport.narratives.entities import mentions_table

NAME_COUNT_COLUMNS = ["doc", "name", "mentions"]
DISCOVERED_COLUMNS = ["name", "type", "mentions"]


@dataclass(frozen=True)
class EntityTables:
    """What the reduce makes: `entities` (the mention table), `name_counts` (resolved occurrences of
    every proposed name per document, kept or not) and `discovered_names` (the names kept, with
    type and mentions, most mentioned first)."""

    entities: pd.DataFrame
    name_counts: pd.DataFrame
    discovered_names: pd.DataFrame

    def as_dict(self) -> dict[str, pd.DataFrame]:
        return {"entities": self.entities, "name_counts": self.name_counts,
                "discovered_names": self.discovered_names}


@dataclass(frozen=True)
class EarlierReduce:
    """An earlier reduce's `tables`, the names proposed in its corpus (`candidate_names`), and the
    documents of the corpus now reduced that are unchanged since (`docs`: same text, settings, code)."""

    tables: EntityTables
    candidate_names: frozenset[str]
    docs: frozenset[str]


def reduce_entities(configured: pd.DataFrame, candidates: pd.DataFrame, sentences,
                    earlier: EarlierReduce | None = None, min_mentions: int = MIN_MENTIONS) -> tuple[EntityTables, bool]:
    """The reduce over the combined per-document tables: `configured` mentions, the recognizer's
    `candidates` (in corpus order) and `sentences` (`(doc, sentence_id, start, text)` of every kept
    sentence). With `earlier`, the unchanged documents' rows are taken from it when that gives what
    the whole reduce gives. Returns the tables and whether `earlier` was used."""
    sentences = list(sentences)
    types = name_types(candidates)
    if earlier is not None:
        tables = _reduce_changed(configured, types, sentences, earlier, min_mentions)
        if tables is not None:
            return tables, True
    occurrences = list(resolved_occurrences(NameFinder(types), sentences))
    counts = _counts(occurrences)
    names = kept_names(types, occurrences, min_mentions)
    return EntityTables(mentions_table(configured, names), counts, _discovered(counts, types, min_mentions)), False


def _reduce_changed(configured, types: dict[str, str], sentences, earlier: EarlierReduce,
                    min_mentions: int) -> EntityTables | None:
    """The reduce from `earlier` plus the changed documents; None when it would differ from the whole
    reduce (a name gone, a new name in an unchanged sentence, other names kept or typed otherwise)."""
    if not earlier.candidate_names <= types.keys():
        return None
    unchanged = [s for s in sentences if s[0] in earlier.docs]
    changed = [s for s in sentences if s[0] not in earlier.docs]
    added = types.keys() - earlier.candidate_names
    if added:
        finder = NameFinder(added)
        if any(finder.occurrences(text) for *_, text in unchanged):
            return None
    occurrences = list(resolved_occurrences(NameFinder(types), changed))
    before = earlier.tables.name_counts
    counts = _sorted_counts(pd.concat([before[before["doc"].isin(earlier.docs)], _counts(occurrences)],
                                      ignore_index=True))
    discovered = _discovered(counts, types, min_mentions)
    was = earlier.tables.discovered_names
    if dict(zip(discovered["name"], discovered["type"])) != dict(zip(was["name"], was["type"])):
        return None
    kept = dict(zip(discovered["name"], discovered["type"]))
    new_mentions: dict[str, list] = {name: [] for name in kept}
    for doc, sentence_id, start, end, name in occurrences:
        if name in kept:
            new_mentions[name].append((doc, start, end, sentence_id))
    new = mentions_table(configured[~configured["doc"].isin(earlier.docs)],
                         [DiscoveredName(name, kept[name], sorted(m)) for name, m in new_mentions.items()])
    old = earlier.tables.entities
    entities = pd.concat([old[old["doc"].isin(earlier.docs)], new], ignore_index=True)
    entities = entities.sort_values(["doc", "start"], kind="stable", ignore_index=True)
    return EntityTables(entities.astype(old.dtypes.to_dict()) if len(old) else entities, counts, discovered)


def _counts(occurrences) -> pd.DataFrame:
    """Mentions per document and name of resolved `occurrences`."""
    frame = pd.DataFrame([(doc, name) for doc, _, _, _, name in occurrences], columns=["doc", "name"])
    return _sorted_counts(frame.groupby(["doc", "name"], sort=False).size().rename("mentions").reset_index())


def _sorted_counts(counts: pd.DataFrame) -> pd.DataFrame:
    counts = counts.astype({"doc": "str", "name": "str", "mentions": "int64"})[NAME_COUNT_COLUMNS]
    return counts.sort_values(["doc", "name"], kind="stable", ignore_index=True)


def _discovered(counts: pd.DataFrame, types: dict[str, str], min_mentions: int) -> pd.DataFrame:
    """The names with at least `min_mentions` mentions over `counts`, typed, most mentioned first."""
    totals = counts.groupby("name")["mentions"].sum()
    rows = [(name, types[name], int(total)) for name, total in totals.items() if total >= min_mentions]
    frame = pd.DataFrame(rows, columns=DISCOVERED_COLUMNS).astype({"mentions": "int64"})
    return frame.sort_values(["mentions", "name"], ascending=[False, True], kind="stable", ignore_index=True)
