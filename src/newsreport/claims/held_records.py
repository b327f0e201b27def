"""A record a figure is said to be ("The all-time record is 51C, set in 2016", "the previous record of 80,203",
"beating the old mark of 29.8 million") is the highest value ever, not the value of the period its article is
about: it is keyed apart (its measure with the detail "record"), so it neither conflicts with this week's value
nor dates itself by the day of the sentence before. "A record 87,192 fans" is this event's own value and stays. A
departure from the usual level ("4.5 degrees above normal") is keyed apart the same way: it is no reading."""

from __future__ import annotations

import re

# the words just before a figure that make it a record held: "record is", "record of", "record, ", "old mark of"
RECORD_BEFORE = re.compile(r"\b(?:record|all-time high|all-time low|previous best|previous high|old mark|best mark)"
                           r"(?:\s+(?:in|at|for)(?:\s+[\w'-]+){1,3}?)?"  # "the record in Rajmer state is"
                           r"(?:\s+(?:is|was|stands at|stood at|of|at)|,)\s*$", re.I)
WINDOW = 60  # characters before the figure that may hold the words


# a departure from the usual level told after a figure: "4.5 degrees above normal", "2% below the seasonal average"
DEPARTURE_AFTER = re.compile(r"^[^.;,]{0,25}?\b(?:above|below|warmer than|colder than|higher than|lower than)\s+"
                             r"(?:the\s+)?(?:normal|average|usual|the norm|seasonal (?:average|norm)|(?:long-term|historical) average)\b", re.I)


def key_records_apart(records: list[dict], texts: dict[str, str]) -> None:
    """Give each numeric mention whose figure is said to be a record the measure detail "record", and one that is a
    departure from the usual level ("4.5 degrees above normal") the detail "departure". `texts`: each document's
    text by its id."""
    for record in records:
        metric = str(record.get("metric", ""))
        if record.get("kind") in ("date", None) or metric.endswith((": record", ": departure")):
            continue
        if record.get("earlier") and record.get("period"):
            continue  # "beating its previous record of 10.5 million set in 2021": the level of 2021, a series with it
        start, end = int(record["start"]), int(record["end"])
        text = texts.get(record["doc"], "")
        if RECORD_BEFORE.search(text[max(0, start - WINDOW):start]):
            record["metric"] = f"{metric}: record"
        elif DEPARTURE_AFTER.match(text[end:end + WINDOW]):
            record["metric"] = f"{metric}: departure"
