"""A No. 1 whose sentence names no store ("Velto reached No. 1 on Saturday, Feb. 7, according to
Appmetric") is on the chart the sentence before it names ("... after the app reached the top of the US
App Store over the weekend"), in that chart's country: articles name the store once and then write
"No. 1" alone."""

from __future__ import annotations

import re

from newsreport.claims.store_places import STORE_NAMES, clause_places

# reaching or holding the first place: "reached No. 1", "hit number one", "took the top spot", "was No. 1"
# (a parsed clause's words are spaced: "No . 1")
NUMBER_ONE = re.compile(r"\b(?:hit|hits|reached|reaches|climbed to|climbs to|rose to|rises to|jumped to|shot to|"
                        r"became|becomes|was|is|remained|remains|held|holds|took|takes|grabbed|claimed|stayed)\s+"
                        r"(?:at\s+)?(?:the\s+)?(?:No\s?\.?\s?1|number[- ]one|top spot|first place)\b"
                        r"(?!\s+(?:in|among|of|for)\s+(?!the\s+(?:charts?|rankings?)\b)(?!(?:the\s+)?(?-i:[A-Z])))",
                        re.I)  # not on another list: "No. 1 in her class", "No. 1 among banks" (but "No. 1 in Japan")


def carried_chart(document, position: int, clause: str) -> tuple[str, list[str]] | None:
    """(store, places of that store) for a No. 1 in `clause` of sentence `position` whose sentence names no
    store while the sentence before it does; None otherwise."""
    sentence = document.sentences[position].text
    if position == 0 or not NUMBER_ONE.search(clause) or any(p.search(sentence) for p, _ in STORE_NAMES):
        return None
    before = document.sentences[position - 1].text
    store = next((name for pattern, name in STORE_NAMES if pattern.search(before)), "")
    return (store, clause_places(before, (0, len(before)))) if store else None


def chart_rule(rule, reading, document, position: int, vocabulary):
    """(rule, carried) for a date whose own clause gave `rule`: the app-ranking rule and the carried chart
    when `rule` is None and the clause says No. 1 on the chart the sentence before names; else (rule, None)."""
    carried = carried_chart(document, position, reading.clause_text or document.sentences[position].text) \
        if rule is None else None
    return (next(e for e in vocabulary.events if e.name == "app_ranking"), carried) if carried else (rule, None)
