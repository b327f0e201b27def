"""Entities: mentions of the organizations, platforms and places of `config/entities.yaml`, with aliases
merged into one canonical name and offsets into the document text, plus the names no config lists,
found by spaCy's named-entity recognizer (`newsreport.corpus.discovery`); counts per document;
co-occurrence.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from newsreport.configfile import read_config
from newsreport.corpus.discovery import corpus_sentences, entity_candidates, names_in_sentences
from newsreport.errors import ParameterError
from newsreport.narratives.config import compile_cue
from newsreport.narratives.methods import as_corpus
from newsreport.paths import CONFIG_DIR
from newsreport.tables import records as table_records

DEFAULT_ENTITIES = CONFIG_DIR / "entities.yaml"
MENTION_COLUMNS = ["doc", "sentence_id", "entity", "type", "alias", "start", "end"]
COUNT_COLUMNS = ["doc", "entity", "type", "mentions", "sentences"]
COOCCURRENCE_COLUMNS = ["entity_a", "entity_b", "sentences", "docs"]


@dataclass(frozen=True)
class Alias:
    """One way of writing an entity, compiled."""

    entity: str
    type: str
    text: str
    pattern: re.Pattern


def load_entities(path: Path | str | None = None) -> list[Alias]:
    """The aliases of every entity in `path` (default `config/entities.yaml`). Raises ParameterError
    naming the file and the key when the file is missing or an entity is malformed."""
    path = Path(path) if path else DEFAULT_ENTITIES
    raw = read_config(path, "entities")
    entities = raw.get("entities")
    if not isinstance(entities, list) or not entities:
        raise ParameterError(f"{path}: `entities` must be a non-empty list of {{name, type, aliases}}")
    aliases = []
    for index, entity in enumerate(entities):
        where = f"entities[{index}]"
        if not isinstance(entity, dict) or not isinstance(entity.get("name"), str):
            raise ParameterError(f"{path}: {where} needs a text `name`")
        names = entity.get("aliases") or [entity["name"]]
        if not isinstance(names, list):
            raise ParameterError(f"{path}: {where}.aliases must be a list")
        for position, alias in enumerate(names):
            spec = alias if isinstance(alias, dict) else {"alias": alias}
            if not isinstance(spec.get("alias"), str) or not spec["alias"].strip():
                raise ParameterError(f"{path}: {where}.aliases[{position}] must be text or {{alias: ...}}")
            pattern = compile_cue(spec["alias"], case_sensitive=bool(spec.get("case_sensitive", False)))
            aliases.append(Alias(entity["name"], str(entity.get("type", "")), spec["alias"], pattern))
    return aliases


def find_mentions(text: str, aliases: list[Alias]) -> list[tuple[Alias, int, int]]:
    """Non-overlapping alias matches in `text` as `(alias, start, end)`; the longest match wins."""
    candidates = [(m.end() - m.start(), m.start(), m.end(), order, alias)
                  for order, alias in enumerate(aliases) for m in alias.pattern.finditer(text)
                  if m.end() > m.start()]
    kept = []
    for _, start, end, _, alias in sorted(candidates, key=lambda c: (-c[0], c[1], c[3])):
        if all(end <= s or start >= e for _, s, e in kept):
            kept.append((alias, start, end))
    return sorted(kept, key=lambda hit: hit[1])


def configured_mentions(corpus, config=None) -> pd.DataFrame:
    """Mentions of the configured entities (`config`: a path, or aliases from `load_entities`) in the
    kept sentences: `doc, sentence_id, entity, type, alias, start, end`. Per document: the part of
    `entity_mentions` a map over documents computes."""
    corpus = as_corpus(corpus)
    aliases = config if isinstance(config, list) else load_entities(config)
    rows = []
    for document in corpus.documents:
        for sentence in document.sentences:
            for alias, start, end in find_mentions(sentence.text, aliases):
                rows.append({"doc": document.doc, "sentence_id": sentence.sentence_id, "entity": alias.entity,
                             "type": alias.type, "alias": sentence.text[start:end],
                             "start": sentence.start + start, "end": sentence.start + end})
    return _mention_table(rows)


def mentions_with_discovered(configured: pd.DataFrame, candidates: pd.DataFrame, sentences) -> pd.DataFrame:
    """The corpus-level part of `entity_mentions`: `configured` mentions (`configured_mentions`) plus
    the names of the recognizer's `candidates` (`newsreport.corpus.discovery.entity_candidates`, in
    corpus order) found often enough in `sentences` (`(doc, sentence_id, start, text)` of every kept
    sentence). Given the combined per-document tables, it gives what `entity_mentions` gives on the
    whole corpus."""
    return mentions_table(configured, names_in_sentences(candidates, sentences))


def mentions_table(configured: pd.DataFrame, names) -> pd.DataFrame:
    """`configured` mentions plus the mentions of discovered `names` (`DiscoveredName`s), a
    discovered one replacing the configured ones it overlaps only when longer than each of them;
    sorted by document and offset."""
    rows = []
    for name in names:
        rows += [{"doc": doc, "sentence_id": sentence_id, "entity": name.name, "type": name.type,
                  "alias": name.name, "start": start, "end": end}  # the name's exact words (case-sensitive)
                 for doc, start, end, sentence_id in name.mentions]
    return _mention_table(merge_discovered(table_records(configured), rows))


def entity_mentions(corpus, config=None, discover: bool = True) -> pd.DataFrame:
    """Every entity mention in the kept sentences: `doc, sentence_id, entity, type, alias, start, end`,
    `entity` being the canonical name, `alias` the words as written, offsets into the document text.
    Configured aliases come first; with `discover`, names no alias covers are added when the
    recognizer finds them often enough (`newsreport.corpus.discovery`), typed `organization`,
    `product`, `place` or `person`. The same as the map (`configured_mentions`, `entity_candidates`
    per document) and reduce (`mentions_with_discovered`) the pipeline runs."""
    corpus = as_corpus(corpus)
    configured = configured_mentions(corpus, config)
    if not discover:
        return configured
    return mentions_with_discovered(configured, entity_candidates(corpus), corpus_sentences(corpus))


def _mention_table(rows: list[dict]) -> pd.DataFrame:
    table = pd.DataFrame(rows, columns=MENTION_COLUMNS)
    return table.sort_values(["doc", "start"], kind="stable", ignore_index=True) if rows else table


def merge_discovered(configured: list[dict], discovered: list[dict]) -> list[dict]:
    """Configured mentions plus discovered ones that overlap none; where they overlap, the longer
    span wins, as between aliases ("Latin America" over the alias "America"; "Little Red Book"
    stays the configured Xiaohongshu)."""
    # rivals are looked for in the same sentence only: a mention never crosses a sentence's end, and a
    # large corpus holds many more mentions than any one sentence
    by_sentence: dict[tuple, list[dict]] = {}
    for row in configured:
        by_sentence.setdefault((row["doc"], row["sentence_id"]), []).append(row)
    for found in discovered:
        kept = by_sentence.setdefault((found["doc"], found["sentence_id"]), [])
        rivals = [row for row in kept if found["start"] < row["end"] and row["start"] < found["end"]]
        if all(found["end"] - found["start"] > row["end"] - row["start"] for row in rivals):
            kept[:] = [row for row in kept if not any(row is rival for rival in rivals)] + [found]
    return [row for rows in by_sentence.values() for row in rows]


def entity_counts(mentions: pd.DataFrame) -> pd.DataFrame:
    """Per document and entity: `mentions` (all) and `sentences` (distinct sentences naming it), sorted by
    document then most mentioned. Columns `doc, entity, type, mentions, sentences`."""
    if mentions.empty:
        return pd.DataFrame(columns=COUNT_COLUMNS)
    counts = (mentions.groupby(["doc", "entity", "type"], sort=False)
              .agg(mentions=("start", "size"), sentences=("sentence_id", "nunique")).reset_index())
    return counts.sort_values(["doc", "mentions", "entity"], ascending=[True, False, True],
                              ignore_index=True)[COUNT_COLUMNS]


def entity_cooccurrence(mentions: pd.DataFrame) -> pd.DataFrame:
    """Pairs of entities named in the same sentence: `entity_a, entity_b` (alphabetical), `sentences` (how
    many sentences name both) and `docs` (in how many documents that happens), most frequent first."""
    named: dict[tuple, set] = {}  # (doc, sentence_id) -> entities; plain columns: a groupby loop takes seconds at scale
    for doc, sentence_id, entity in zip(mentions["doc"], mentions["sentence_id"], mentions["entity"]):
        named.setdefault((doc, sentence_id), set()).add(entity)
    pairs: dict[tuple[str, str], dict] = {}
    for (doc, _), entities in named.items():
        for a, b in itertools.combinations(sorted(entities), 2):
            entry = pairs.setdefault((a, b), {"sentences": 0, "docs": set()})
            entry["sentences"] += 1
            entry["docs"].add(doc)
    rows = [{"entity_a": a, "entity_b": b, "sentences": v["sentences"], "docs": len(v["docs"])}
            for (a, b), v in pairs.items()]
    table = pd.DataFrame(rows, columns=COOCCURRENCE_COLUMNS)
    return table.sort_values(["sentences", "entity_a", "entity_b"], ascending=[False, True, True],
                             ignore_index=True)
