"""A player's or team's count in one competition is not their count in all of them: "19 goals in all
competitions" and "14 goals in La Liga" (or "14 league goals") are two measures: a count is keyed apart by
the one competition its own clause names."""

from __future__ import annotations

import re

from newsreport.claims.clause_span import clause_around

CUP_WORDS = r"(?:League|Liga|Cup|Championship|Bundesliga|Serie A|Ligue 1|Eredivisie|Olympics|Games|Tests?|ODIs?|T20Is?)"
# "wickets in Tests", "points in the Premier League", "tries in every competition" (what is counted, then "in")
IN_COMPETITION = re.compile(rf"^\s*(?:[\w'’-]+\s+){{0,2}}?in\s+(?:the\s+)?(all competitions|(?:[A-Z][\w'’-]*\s+){{0,3}}"
                            rf"{CUP_WORDS})\b")
# "14 league goals", "nine Test centuries", "three Champions League goals"
COMPETITION_FIRST = re.compile(rf"^\s*((?:[A-Z][\w'’-]*\s+){{0,2}}{CUP_WORDS}|league|international)\s+[a-z]+")


def competition(record: dict, text: str) -> str:
    """The competition a count's own clause names, lower-cased ('' for none)."""
    if record.get("kind") != "count" or record.get("end") is None:
        return ""
    _, after = clause_around(text, int(record["start"]), int(record["end"]))
    found = IN_COMPETITION.match(after) or COMPETITION_FIRST.match(after)
    return " ".join(found.group(1).lower().split()) if found else ""


def key_competitions(records: list[dict], texts: dict[str, str]) -> None:
    """Key each count named for one competition apart ("goals: in la liga"); a count in all of them is the
    whole a count with no competition named gives too ("31 goals last season")."""
    for record in records:
        named = competition(record, texts.get(record["doc"], "")) if record.get("metric") else ""
        if named and named != "all competitions":
            record["metric"] = f"{record['metric']}: in {named}"
