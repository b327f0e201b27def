"""Two sources' estimates of one unowned figure: the issue's "two estimators giving incompatible values
for the same quantity" (police and organisers on a crowd, a coast guard and a watchdog on a spill).

A figure whose sentence names no owner is only a possible discrepancy, since it may belong to anything.
Where each of two articles gives its figure on someone's word ("the organisers said", "according to
figures released by the broadcaster"), the story they both report is the owner, and two sources who
disagree on it are the conflict a reader wants flagged. A bare number ("near mile 24") is a label, not an
estimate, and keeps its doubt. A count of people with no owner is settled so too, unless its measure is a tally
revised as the story goes on (`SETTLED_BY_TWO_VOICES_UNLESS_TALLY`).
"""

from __future__ import annotations

import re

from newsreport.claims.mentions import UNOWNED_THING
from newsreport.claims.unnamed_owner import SOLE_OWNER, UNOWNED_PEOPLE

SETTLED_BY_TWO_VOICES = (UNOWNED_THING, *SOLE_OWNER.split("; "))  # (reasons are split at "; ", as this one is)
# the story's people counted by two sources ("600 workers were on shift, the owner said" / "about 1,400, according to
# the union"), unless their measure is a tally revised as the story goes on (customers without power, a toll)
SETTLED_BY_TWO_VOICES_UNLESS_TALLY = (UNOWNED_PEOPLE,)
ESTIMATE = re.compile(r"[A-Za-z%$€£¥]")  # a magnitude word, a unit or a counted noun beside the digits


def two_voices(first: dict, second: dict, voiced) -> bool:
    """Whether two mentions from different articles each give an estimate (not a bare number) on
    someone's word (`voiced`, reconcile's test of a source's verb or "according to")."""
    return first["doc"] != second["doc"] and all(
        voiced(m) and ESTIMATE.search(str(m.get("quote") or "")) for m in (first, second))
