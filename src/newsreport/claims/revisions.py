"""Revised figures: a value its sentence calls revised ("revised its estimate of growth up to 0.6%", "according
to revised figures", "was restated at $2.1 billion") is a later estimate of the same quantity, not a second
source disagreeing with the first. It is keyed apart (the measure's detail 'revised'), so it is compared only
with other revised values; the first estimate and the revision never make a conflict."""

from __future__ import annotations

import re

REVISED = re.compile(r"\b(?:revised|revises|revising|revision|revisions|restated|restates)\b", re.I)
DETAIL = "revised"


def revised_apart(mentions: list[dict]) -> list[dict]:
    """`mentions` (claim mention rows), each whose context says it is revised keyed with the detail
    'revised' ("gdp: revised"); in place, and returned."""
    for mention in mentions:
        metric = mention.get("metric") or ""
        if REVISED.search(mention.get("context") or "") and not metric.endswith(DETAIL):
            mention["metric"] = metric + (" " if ": " in metric else ": ") + DETAIL
    return mentions
