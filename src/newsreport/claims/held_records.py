"""A record a figure is said to be ("The all-time record is 51C, set in 2016", "the previous record of 80,203",
"beating the old mark of 29.8 million") is the highest value ever, not the value of the period its article is
about: it is keyed apart (its measure with the detail "record"), so it neither conflicts with this week's value
nor dates itself by the day of the sentence before. "A record 87,192 fans" is this event's own value and stays."""

from __future__ import annotations

import re

# the words just before a figure that make it a record held: "record is", "record of", "record, ", "old mark of"
RECORD_BEFORE = re.compile(r"\b(?:record|all-time high|all-time low|previous best|previous high|old mark|best mark)"
                           r"(?:\s+(?:in|at|for)(?:\s+[\w'-]+){1,3}?)?"  # "the record in Rajmer state is"
                           r"(?:\s+(?:is|was|stands at|stood at|of|at)|,)\s*$", re.I)
WINDOW = 60  # characters before the figure that may hold the words


def key_records_apart(records: list[dict], texts: dict[str, str]) -> None:
    """Give each numeric mention whose figure is said to be a record the measure detail "record".
    `texts`: each document's text by its id."""
    for record in records:
        if record.get("kind") in ("date", None) or ": record" in str(record.get("metric", "")):
            continue
        start = int(record["start"])
        before = texts.get(record["doc"], "")[max(0, start - WINDOW):start]
        if RECORD_BEFORE.search(before):
            record["metric"] = f"{record['metric']}: record"
