"""Names no configuration lists: organizations, products, places and people found by spaCy's
named-entity recognizer in the kept sentences, merged by their words across the corpus.

The small English model misses many repeats of a name (a name opening a sentence, a headline) and
labels it inconsistently ("Rappi" is ORG in one sentence, PERSON in another), so the recognizer
only proposes names: every occurrence of the same words counts as a mention, a name's type is the
label most of its recognized mentions get, and a name counts only when the corpus mentions it at
least `MIN_MENTIONS` times (a one-off span is more often a misread than an actor of the story)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

import pandas as pd

from newsreport.corpus.gazetteer import is_known_place
from newsreport.corpus.syntax import parse_many

# a country or city (GPE) is kept apart from other places until the names are typed: spaCy's small model
# gives many company names that label, and a gazetteer settles them (see name_types)
COUNTRY_OR_CITY = "country or city"
LABEL_TYPES = {"ORG": "organization", "PRODUCT": "product", "GPE": COUNTRY_OR_CITY, "LOC": "place", "FAC": "place",
               "PERSON": "person"}
MIN_MENTIONS = 2
CALENDAR_WORDS = re.compile(r"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)",
                            re.I)
PLURAL_WORD = re.compile(r"[A-Z][a-z]+s")  # "Households", "Residents"; not "CADE", "Lemon8"
LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)
TRAILING_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


@dataclass
class DiscoveredName:
    """One name found by the recognizer: its canonical spelling, type and every mention
    `(doc, start, end, sentence_id)` with offsets into the document text."""

    name: str
    type: str
    mentions: list[tuple[str, int, int, str]] = field(default_factory=list)


def clean_span(text: str, start: int) -> tuple[str, int] | None:
    """The name inside an entity span, without a leading article or trailing possessive, with its
    new start; None when what remains is not a name (no capital letter, digits, a month)."""
    stripped = LEADING_ARTICLE.sub("", text)
    start += len(text) - len(stripped)
    stripped = TRAILING_POSSESSIVE.sub("", stripped).strip()
    if len(stripped) < 2 or not any(c.isupper() for c in stripped) or any(c.isdigit() for c in stripped):
        return None
    if "\n" in stripped or CALENDAR_WORDS.match(stripped) and len(stripped.split()) == 1:
        return None
    return stripped, start


def name_pattern(name: str) -> re.Pattern:
    """Whole-word, case-sensitive matches of `name`, also before a possessive ("Rappi's")."""
    return re.compile(rf"(?<![\w@#]){re.escape(name)}(?![\w-])")


CANDIDATE_COLUMNS = ["doc", "sentence_id", "name", "type"]
NAME_END = re.compile(r"[\w-]")  # a character that continues a word: a name cannot end before it


def entity_candidates(corpus) -> pd.DataFrame:
    """The per-document part of discovery (the spaCy parse): every span the recognizer labels as a
    name, cleaned, as `doc, sentence_id, name, type`, in document, sentence and span order. Combining
    these tables over documents in corpus order gives the corpus's candidates."""
    rows = []
    sentences = [(document, sentence) for document in corpus.documents for sentence in document.sentences]
    for (document, sentence), parsed in zip(sentences, parse_many(s.text for _, s in sentences)):
        for entity in parsed.ents:
            if len(entity) == 1 and entity[0].tag_ == "NNS" and PLURAL_WORD.fullmatch(entity.text):
                continue  # "Households that use more ...": a plural common noun opening a sentence, no name
            if entity.label_ in LABEL_TYPES and (cleaned := clean_span(entity.text, entity.start_char)):
                rows.append((document.doc, sentence.sentence_id, cleaned[0], LABEL_TYPES[entity.label_]))
    return pd.DataFrame(rows, columns=CANDIDATE_COLUMNS)


def name_types(candidates: pd.DataFrame) -> dict[str, str]:
    """Each candidate name's type: the label most of its recognized spans get, countries, cities and
    other places counted as one (a tie goes to the label seen first, so the candidates must come in
    corpus order). A name labelled a place only as a country or city, that some spans label an
    organization or product and no gazetteer lists, takes the more frequent of those: "Nvidia",
    labelled a country four times and an organization twice, is an organization; "Davos", only ever
    a place, stays one.
    `benchmarks/name_types.py` lists the names this retypes."""
    labels: dict[str, Counter] = {}
    for name, type_ in zip(candidates["name"], candidates["type"]):
        labels.setdefault(name, Counter())[type_] += 1
    types = {name: _name_type(name, counts) for name, counts in labels.items()}
    # the first word of an organization's name, alone, is that organization's short name ("Wickham" for "Wickham
    # Inns"), whatever person the recognizer takes it for
    firms = {name.split()[0] for name, type_ in types.items() if type_ == "organization" and " " in name}
    return {name: "organization" if type_ == "person" and name in firms else type_ for name, type_ in types.items()}


def _name_type(name: str, counts: Counter) -> str:
    merged: Counter = Counter()
    for label, n in counts.items():  # in first-seen order, so a tie still goes to the label seen first
        merged["place" if label == COUNTRY_OR_CITY else label] += n
    best = merged.most_common(1)[0][0]
    if best != "place" or "place" in counts:
        return best
    # only a firm or product: a place some spans call a person ("Zembla") is more often a place
    others = [label for label, _ in counts.most_common() if label in ("organization", "product")]
    return others[0] if others and not is_known_place(name) else "place"


def _trie_pattern(node: dict) -> str:
    """Regex of a character trie: branches in order, a name ending here last (longest first)."""
    branches = []
    for char, child in sorted((k, v) for k, v in node.items() if k != ""):
        text = char
        while len(child) == 1 and "" not in child:  # a chain without a branch: one literal, no group
            (char, child), = child.items()
            text += char
        branches.append(re.escape(text) + _trie_pattern(child))
    if "" in node:
        branches.append(r"(?![\w-])")
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


class NameFinder:
    """Every whole-word occurrence of any of `names` in a text, as `name_pattern(name).finditer` would
    find it for each name, with one compiled regex: an alternation of all names factored as a
    character trie (longest first), so a corpus with a great many names stays fast."""

    def __init__(self, names):
        self.names = set(names)
        trie: dict = {}
        for name in self.names:
            node = trie
            for char in name:
                node = node.setdefault(char, {})
            node[""] = True
        # at each word start, the longest name there (a lookahead, so overlapping ones are seen too)
        self.pattern = re.compile(rf"(?<![\w@#])(?=({_trie_pattern(trie)}))") if self.names else None
        self._prefixes: dict[str, list[str]] = {}

    def _names_within(self, longest: str) -> list[str]:
        """The names that are prefixes of `longest` (itself included), longest first."""
        if longest not in self._prefixes:
            self._prefixes[longest] = [longest[:k] for k in range(len(longest), 1, -1) if longest[:k] in self.names]
        return self._prefixes[longest]

    def occurrences(self, text: str) -> list[tuple[int, int, str]]:
        """`(start, end, name)` of each occurrence, per name left to right without overlap."""
        if self.pattern is None:
            return []
        found, last_end = [], {}
        for match in self.pattern.finditer(text):
            start = match.start()
            for name in self._names_within(match.group(1)):
                end = start + len(name)
                if (end == len(text) or not NAME_END.match(text, end)) and start >= last_end.get(name, 0):
                    found.append((start, end, name))
                    last_end[name] = end
        return found


def resolved_occurrences(finder: NameFinder, sentences):
    """`(doc, sentence_id, start, end, name)` of every occurrence of `finder`'s names in `sentences`
    (`(doc, sentence_id, start, text)`, `start` the sentence's offset in the document text), offsets
    into the document text. Where two overlap in a sentence, the longer wins; each sentence is
    resolved on its own, so a changed corpus need resolve only its changed sentences."""
    for doc, sentence_id, offset, text in sentences:
        kept: list[tuple[int, int, str]] = []
        for start, end, name in sorted(finder.occurrences(text), key=lambda s: (s[0] - s[1], s[0])):
            if all(end <= s or start >= e for s, e, _ in kept):
                kept.append((start, end, name))
        for start, end, name in kept:
            yield doc, sentence_id, offset + start, offset + end, name


def kept_names(types: dict[str, str], occurrences, min_mentions: int = MIN_MENTIONS) -> list[DiscoveredName]:
    """The names of `types` (name -> type) with their `occurrences` (`resolved_occurrences`), kept
    when they make at least `min_mentions` mentions; most mentioned first."""
    found: dict[str, list[tuple[str, int, int, str]]] = {name: [] for name in types}
    for doc, sentence_id, start, end, name in occurrences:
        found[name].append((doc, start, end, sentence_id))
    names = [DiscoveredName(name, types[name], sorted(mentions))
             for name, mentions in found.items() if len(mentions) >= min_mentions]
    return sorted(names, key=lambda n: (-len(n.mentions), n.name))


def names_in_sentences(candidates: pd.DataFrame, sentences, min_mentions: int = MIN_MENTIONS) -> list[DiscoveredName]:
    """The corpus-level part of discovery: the names of `candidates` (see `entity_candidates`), with
    every place their words occur in `sentences` (`(doc, sentence_id, start, text)` of every kept
    sentence, `start` its offset in the document text), kept when that makes at least `min_mentions`
    mentions; most mentioned first. Where two names overlap, the longer wins."""
    types = name_types(candidates)
    return kept_names(types, resolved_occurrences(NameFinder(types), sentences), min_mentions)


def corpus_sentences(corpus):
    """`(doc, sentence_id, start, text)` of every kept sentence of `corpus`."""
    return ((d.doc, s.sentence_id, s.start, s.text) for d in corpus.documents for s in d.sentences)


def discovered_names(corpus, min_mentions: int = MIN_MENTIONS) -> list[DiscoveredName]:
    """Names the recognizer proposes anywhere in `corpus`, with every place the same words occur in
    a kept sentence (the recognizer misses many repeats, e.g. a name opening a sentence), kept when
    that makes at least `min_mentions` mentions; most mentioned first. Where two names overlap, the
    longer wins ("Latin America" over "America"). The map (`entity_candidates`, per document) and
    reduce (`names_in_sentences`, over the corpus) composed."""
    return names_in_sentences(entity_candidates(corpus), corpus_sentences(corpus), min_mentions)
