"""Places counted by the rank something reached in them: "the No. 1 free app in 12 countries" and "reached the
top five in 30 countries" are two measures (and neither is where it is sold: "available in 90 countries"), so a
count of countries or markets is keyed apart by the rank its own sentence tells."""

from __future__ import annotations

import re

SENTENCE_BREAK = re.compile(r"(?<!\bNo)[.;!?]\s")  # (not the point of "No. 1")
REACH = 150  # characters either side of the count
PLACE_COUNTS = {"countries", "markets", "territories", "cities", "states", "regions", "nations"}
TOP_N = re.compile(r"\btop[ -](ten|10|five|5|three|3|twenty|20|fifty|50|100|hundred)\b", re.I)
TOP_WORDS = {"ten": "10", "five": "5", "three": "3", "twenty": "20", "fifty": "50", "hundred": "100"}
FIRST = re.compile(r"\b(?:No\.?\s?1|number one|topped|tops|topping|top spot|first place|top of the|most[- ]downloaded|"
                   r"top-grossing|best-selling|bestselling)\b", re.I)


def rank_told(record: dict, text: str) -> str:
    """'top 10' or 'No. 1': the rank a count of places is told with in its own sentence ('' for none)."""
    if record.get("kind") != "count" or record.get("end") is None \
            or (record.get("metric") or "").split(":")[0] not in PLACE_COUNTS:
        return ""
    start, end = int(record["start"]), int(record["end"])
    before = SENTENCE_BREAK.split(text[max(0, start - REACH):start])[-1]
    sentence = f"{before} {SENTENCE_BREAK.split(text[end:end + REACH])[0]}"
    top = TOP_N.search(sentence)
    if top:
        return f"top {TOP_WORDS.get(top.group(1).lower(), top.group(1))}"
    return "No. 1" if FIRST.search(sentence) else ""


def key_ranked_places(records: list[dict], texts: dict[str, str]) -> None:
    """Key each count of places told with a rank apart by that rank ("countries: top 10"); in place."""
    for record in records:
        rank = rank_told(record, texts.get(record["doc"], ""))
        if rank:
            record["metric"] = f"{record['metric']}: {rank}"
