"""Figures of companies taken together: "the combined group's revenue", "the two apps have 40 million users",
"their combined sales". Such a stand-in names no one company, so it is not the article's main actor: the owner is
the pair the article joined before ("Orvo and Tesk agreed to merge"), keyed as owners together are ("Orvo and
Tesk", in sorted order), else the stand-in's own words. The price of a merger is that pair's too (`merging_pair`)."""

from __future__ import annotations

import re

from newsreport.claims.keys import canonical_entity
from newsreport.claims.vocabulary import entity_mentions

# the words right before the stand-in noun: "the combined", "the two food-delivery", "both", "the newly merged"
TOGETHER_BEFORE = re.compile(r"\b(?:combined|merged|enlarged|joint|two|both)\s+(?:[a-z][\w-]*\s+)?$", re.I)
# ... or right after a plural one: "their combined revenue", "the firms' joint sales"
TOGETHER_AFTER = re.compile(r"^(?:['’]s?)?\s+(?:combined|joint)\b", re.I)
LONGER_NAME = re.compile(r"\b[A-Z][\w&.-]*\s+(?:of|for)\s+$")  # "the Ministry of Trade and Industry": one name
NAME = r"[A-Z][\w&'’.]*(?:\s+[A-Z][\w&'’.]*){0,3}"
PAIR = re.compile(rf"\b({NAME})(?:\s+(?:and|&)\s+|[-–/])({NAME})")  # "Orvo and Tesk", "the Orvo-Tesk deal"


def is_collective(sentence: str, span: tuple[int, int]) -> bool:
    """Whether the anaphor at `span` of `sentence` stands for companies together ("the merged group",
    "their combined revenue"), not for one named before."""
    return bool(TOGETHER_BEFORE.search(sentence[:span[0]]) or TOGETHER_AFTER.match(sentence[span[1]:]))


def named_pair(texts: list[str], names: frozenset, vocabulary) -> str:
    """The last two names `texts` (nearest last) join with "and", both names of the article (`names`) and no place,
    in sorted order: "Orvo and Tesk" (not "the Ministry of Trade and Industry"); '' when no text joins two."""
    names = names | {part for name in names if "-" in name for part in name.split("-")}  # ("Orvo-Tesk" is one word)
    for text in reversed(texts):
        pairs = [[_named(part, names) or _configured(part, vocabulary) for part in match.groups()]
                 for match in PAIR.finditer(text) if not _inside_name(text[:match.start()])]
        pairs = [pair for pair in pairs if all(pair) and pair[0] != pair[1] and not any(  # (not "Chile and Peru")
            pattern.fullmatch(part) for part in pair for _, pattern in vocabulary.places)]
        if pairs:
            return " and ".join(sorted({canonical_entity(part, vocabulary) for part in pairs[-1]}))
    return ""


def _inside_name(before: str) -> bool:
    """Whether a pair starting after `before` ends a longer name ("the Ministry of Trade and Industry"); a word opening
    the sentence is no name ("Shareholders of Orvo and Tesk")."""
    found = LONGER_NAME.search(before)
    return bool(found and found.start() > 0)


def _named(words: str, names: frozenset) -> str:
    """`words` from their first name word ("When Orvo" -> "Orvo"); '' when none is a name of the article."""
    parts = words.split()
    first = next((i for i, word in enumerate(parts) if word.rstrip("'’s") in names or word in names), None)
    return " ".join(parts[first:]) if first is not None else ""


def _configured(words: str, vocabulary) -> str:
    """`words` when they end in an entity the vocabulary knows (a name opening its only sentence); else ''."""
    found = entity_mentions(words, vocabulary)
    return words[found[-1][0]:] if found and found[-1][1] == len(words) else ""


def collective_owner(document, position: int, span: tuple[int, int], vocabulary, names: frozenset) -> str:
    """The owner of a figure whose owner reads as companies together: the pair the article joined last up to the
    stand-in (its title first), else first after it, else the stand-in's words ("combined group"); '' when it
    stands for one company."""
    sentence = document.sentences[position].text
    if not is_collective(sentence, span):
        return ""
    before = [document.title or ""] + [s.text for s in document.sentences[:position]] + [sentence[:span[0]]]
    after = [sentence[span[1]:]] + [s.text for s in document.sentences[position + 1:]]
    words = TOGETHER_BEFORE.search(sentence[:span[0]])
    return named_pair(before, names, vocabulary) or named_pair(after[::-1], names, vocabulary) or canonical_entity(
        words.group(0) + sentence[span[0]:span[1]] if words else "combined", vocabulary)  # "their combined revenue"


MERGING = re.compile(r"\b(?:merg(?:e|es|ed|ing|er)|combin(?:e|es|ed|ing|ation))\b", re.I)


def merging_pair(document, vocabulary, names: frozenset) -> str:
    """The two companies an article says merge ("Orvo and Tesk agreed to merge", "the merger of Orvo and Tesk",
    "the Orvo-Tesk merger"): the pair its first sentence of a merger joins (title first); '' when none does."""
    texts = [t for t in [document.title or ""] + [s.text for s in document.sentences] if MERGING.search(t)]
    return next((pair for pair in (named_pair([t], names, vocabulary) for t in texts) if pair), "")
