"""A count a relative clause defines: in "15 million monthly users, and 9 million who open the app daily" the clause
after the bare count, not the count before it, says what is counted (daily users), as it does in "some 400,000 who
stream every day" or "1.2 million that log in each day"."""

from __future__ import annotations

import re

from newsreport.claims.vocabulary import Vocabulary, nearest_metric

DEFINING_CLAUSE = re.compile(r"\s+(?:who|that)\s+[^,.;:]+")
# a count that ends in its number, with no noun of its own ("9 million", "some 400,000", "1.2m", "twelve")
NUMBER_END = re.compile(r"(?:\d|\b(?:hundred|thousand|million|billion|trillion|lakh|crore|dozen|[a-z]+ty|one|two|three|four"
                        r"|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|m|bn|k))$", re.I)


def defined_measure(kind: str, sentence: str, rel_end: int, vocabulary: Vocabulary) -> tuple[str, None, list[str]] | None:
    """(metric, no span, no doubt) of a count ending at `rel_end` in `sentence` right before a relative clause that
    names a config measure (a noun after the count is its own: "9 million users who ..."); None otherwise."""
    bare = NUMBER_END.search(sentence[:rel_end])  # "12 million Polish users who rely on it to chat": its own noun counts
    clause = DEFINING_CLAUSE.match(sentence[rel_end:]) if kind == "count" and bare else None
    metric = nearest_metric(clause.group(), 0, 0, "count", vocabulary, in_phrase=True)[0] if clause else None
    return (metric.name, None, []) if metric is not None else None
