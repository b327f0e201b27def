"""Which part of a share sale a subscription multiple counts: an offer is often split among classes of buyers, each
bid for on its own ("the portion reserved for institutional buyers was booked 61 times", "retail investors bid for
7.2 times the shares set aside for them", "the retail tranche was covered twice"), and the whole offer's multiple
is none of theirs. The buyers are read from the figure's clause before it: its subject's side."""

from __future__ import annotations

import re

DETERMINERS = r"(?:the|a|an|its|their|our|all|other|of|for|by|to)"
# "qualified institutional buyers", "retail investors": the word before the buyers names their class
BUYERS = re.compile(rf"\b(?!{DETERMINERS}\b)([a-z][\w-]*)\s+(?:investors?|buyers?|bidders?|subscribers?|applicants?)\b", re.I)
# "the retail portion", "the employee tranche": the word before the part names whose part it is
PART = re.compile(rf"\b(?!{DETERMINERS}\b)([a-z][\w-]*)\s+(?:portion|tranche|quota|category|segment)\b", re.I)


def buyers_part(sentence: str, clause_start: int, figure_start: int) -> str:
    """The class of buyers the part of an offer whose multiple is at `figure_start` is reserved for ("institutional",
    "retail"), read between the start of the figure's clause and the figure; '' for the whole offer."""
    before = sentence[clause_start:figure_start]
    found = BUYERS.search(before) or PART.search(before)
    return found.group(1).lower() if found else ""
