"""The clause of a sentence a figure stands in, as text: from the last clause break before the figure to the first
after it ("Those on the top dose lost 38 pounds, while those on a dummy pill lost 2.9%": the second clause for
2.9%). Words that qualify what a figure counts (a placebo arm, a competition) are read there, not in the
whole sentence, which may give the other arm's figure too."""

from __future__ import annotations

import re

# (a comma before a preposition or a relative word opens another phrase: "18% on placebo, in a study that enrolled")
BREAK = re.compile(r"[.;:!?\n]\s|,\s*(?:while|whereas|but|and|compared with|against|versus|in|with|at|from|on|for|after|"
                   r"before|which|who|that|where|when)\b|\bwhile\b|\bwhereas\b|"
                   r"\bcompared (?:with|to)\b|\bversus\b|\bvs\.?\s|\bagainst\b", re.I)


def clause_around(text: str, start: int, end: int, reach: int = 160) -> tuple[str, str]:
    """(text before, text after) a figure at `start`–`end`, each cut at the nearest clause break."""
    before = text[max(0, start - reach):start]
    after = text[end:end + reach]
    breaks = list(BREAK.finditer(before))
    if breaks:
        before = before[breaks[-1].end():]
    first = BREAK.search(after)
    if first:
        after = after[:first.start()]
    return before, after
