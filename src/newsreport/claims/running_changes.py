"""A change that runs on from a start to the day it is told ("shares have fallen 11% since the boycott began", "are
down 20% since January"): the sum of many days, not the change of the one day other sources give a change ("fell 7%
on Monday"), so it does not take that day (`reconcile.attach_unstated_days`)."""

from __future__ import annotations

import re

from newsreport.claims.clause_span import clause_around

SINCE_START = re.compile(r"\bsince\b", re.I)


def running_since(record: dict) -> bool:
    """Whether the clause of a change says it runs on "since" a start (`SINCE_START`)."""
    context, quote = str(record.get("context") or ""), " ".join(str(record.get("quote") or "").split())
    at = context.find(quote) if quote else -1
    if at < 0 or not record.get("direction"):
        return False
    before, after = clause_around(context, at, at + len(quote))
    return bool(SINCE_START.search(before) or SINCE_START.search(after))
