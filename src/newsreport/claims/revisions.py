"""Revised figures: a value its sentence calls revised ("revised its estimate of growth up to 0.6%", "according
to revised figures", "was restated at $2.1 billion") is a later estimate of the same quantity, not a second
source disagreeing with the first. It is keyed apart (the measure's detail 'revised'), so it is compared only
with other revised values; the first estimate and the revision never make a conflict."""

from __future__ import annotations

import re

REVISED = re.compile(r"\b(?:revised|revises|revising|revision|revisions|restated|restates)\b", re.I)
# another thing revised, not a figure: "rival Chatterly's revised terms of service", "a revised plan", "the revised law"
OTHER_THING = re.compile(r"(?:[\w-]+\s+){0,2}?(?:terms|rules?|polic(?:y|ies)|plans?|versions?|designs?|editions?|"
                         r"guidelines|schedules?|proposals?|offers?|bids?|contracts?|agreements?|timetables?|laws?|bills?|"
                         r"maps?|routes?|apps?|features?|services?|logos?|layouts?|interfaces?|formats?|curricul(?:um|a)|"
                         r"syllabus|charters?|code|rulebook|manifesto|strategy|scheme)\b", re.I)
DETAIL = "revised"


def revised_apart(mentions: list[dict]) -> list[dict]:
    """`mentions` (claim mention rows), each whose context says it is revised keyed with the detail
    'revised' ("gdp: revised"), unless what is revised is another thing (`OTHER_THING`); in place, and returned."""
    for mention in mentions:
        metric = mention.get("metric") or ""
        context = mention.get("context") or ""
        if any(not OTHER_THING.match(context, m.end() + 1) for m in REVISED.finditer(context)) and not metric.endswith(DETAIL):
            mention["metric"] = metric + (" " if ": " in metric else ": ") + DETAIL
    return mentions
