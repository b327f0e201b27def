"""A level a company gave "in its last quarterly report" is the level at the end of that quarter, not at the
article's publication: "it had 31 million members at the time of its latest quarterly results" (an article of
November) is the same point as "34 million members at the end of September" in another article, and is compared
with it."""

from __future__ import annotations

import re

LAST_REPORT = re.compile(r"\b(?:last|latest|most recent)\s+(?:quarterly\s+(?:report|results|update|filing|earnings|statement)"
                         r"|quarter(?:'s|’s)?\s+(?:report|results|earnings)|earnings\s+(?:report|release))\b", re.I)
QUARTER_END_BASIS = "the end of the quarter its last quarterly report covers (the one other sources give)"
QUARTERS_BACK = 2  # the report published last may cover the quarter before the one just ended


def quarter_ends_before(published) -> list[str]:
    """The last `QUARTERS_BACK` quarter-end months before `published`, latest first ('2026-09', '2026-06')."""
    months = published.year * 12 + published.month - 1
    last_end = months - (published.month - 1) % 3 - 1  # the month ending the last full quarter
    return [f"{m // 12}-{m % 12 + 1:02d}" for m in range(last_end, last_end - 3 * QUARTERS_BACK, -3)]


def date_last_reports(records: list[dict], published: dict, summed: set[str]) -> None:
    """Undated levels whose sentence cites the company's last quarterly report take the latest of the quarter-end
    months before publication that other articles state for the same entity, measure and scope; none when no
    other article dates the measure at such a month (the report's quarter is not guessed). Not sums over a
    quarter or a year (`summed`: "revenue in its last quarterly report" is the quarter's), nor earlier levels."""
    stated: dict[tuple, dict[str, set[str]]] = {}  # key -> period -> the documents stating it
    for record in records:
        if record["period"] and record["kind"] != "date" and not record.get("earlier"):
            stated.setdefault((record["entity"], record["metric"], record["scope"]), {}).setdefault(
                record["period"], set()).add(record["doc"])
    for record in records:
        issued = published.get(record["doc"])
        if record["period"] or record["kind"] == "date" or record.get("earlier") or issued is None \
                or record["metric"].partition(": ")[0] in summed or not LAST_REPORT.search(record.get("context") or ""):
            continue
        given = stated.get((record["entity"], record["metric"], record["scope"]), {})
        end = next((month for month in quarter_ends_before(issued) if given.get(month, set()) - {record["doc"]}), "")
        if end:
            record["period"], record["period_basis"] = end, QUARTER_END_BASIS
