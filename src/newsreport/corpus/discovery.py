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

from newsreport.corpus.syntax import parse

LABEL_TYPES = {"ORG": "organization", "PRODUCT": "product", "GPE": "place", "LOC": "place", "FAC": "place",
               "PERSON": "person"}
MIN_MENTIONS = 2
CALENDAR_WORDS = re.compile(r"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)",
                            re.I)
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


def discovered_names(corpus, min_mentions: int = MIN_MENTIONS) -> list[DiscoveredName]:
    """Names the recognizer proposes anywhere in `corpus`, with every place the same words occur in
    a kept sentence (the recognizer misses many repeats, e.g. a name opening a sentence), kept when
    that makes at least `min_mentions` mentions; most mentioned first. Where two names overlap, the
    longer wins ("Latin America" over "America")."""
    labels: dict[str, Counter] = {}
    for document in corpus.documents:
        for sentence in document.sentences:
            for entity in parse(sentence.text).ents:
                if entity.label_ in LABEL_TYPES and (cleaned := clean_span(entity.text, entity.start_char)):
                    labels.setdefault(cleaned[0], Counter())[LABEL_TYPES[entity.label_]] += 1
    found: dict[str, list[tuple[str, int, int, str]]] = {name: [] for name in labels}
    for document in corpus.documents:
        for sentence in document.sentences:
            spans = [(m.start(), m.end(), name) for name in labels for m in name_pattern(name).finditer(sentence.text)]
            kept: list[tuple[int, int, str]] = []
            for start, end, name in sorted(spans, key=lambda s: (s[0] - s[1], s[0])):
                if all(end <= s or start >= e for s, e, _ in kept):
                    kept.append((start, end, name))
            for start, end, name in kept:
                found[name].append((document.doc, sentence.start + start, sentence.start + end, sentence.sentence_id))
    names = [DiscoveredName(name, labels[name].most_common(1)[0][0], sorted(mentions))
             for name, mentions in found.items() if len(mentions) >= min_mentions]
    return sorted(names, key=lambda n: (-len(n.mentions), n.name))
