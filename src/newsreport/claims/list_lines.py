"""Lines of a "By the numbers" list that give a figure, then a colon, then what it counts ("- 45 million:
monthly users worldwide", "• $1.1 billion: the group's 2025 revenue"): read as the phrase they stand for
("45 million monthly users worldwide"). The colon becomes a space, so every offset into the line holds."""

from __future__ import annotations

import re

# a bullet, the figure (no letters before the colon but a unit or a scale word), a colon, then a label
VALUE_FIRST = re.compile(r"^\s*([-–•*·])\s*[$€£¥₹]?\s*[\d.,]+(?:\s*(?:%|[a-zA-Z]+)){0,2}\s*(:)\s+\S")


def as_phrase(line: str) -> str:
    """`line` with its bullet and the colon after its leading figure turned into spaces (same length); any
    other text unchanged."""
    match = VALUE_FIRST.match(line)
    if not match:
        return line
    return line[:match.start(1)] + " " + line[match.end(1):match.start(2)] + " " + line[match.end(2):]
