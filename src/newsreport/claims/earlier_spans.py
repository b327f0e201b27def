"""Earlier levels told as a span back from the figure they are compared with ("rose to 57 on Monday, up
from 42 a day earlier", "2.3 million on May 30, up from 1.4 million the week before"): dated by that
figure's day less the span, so the two make a series (and the earlier level can agree with another
article's count of that day)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from newsreport.claims.periods import NOW_BASIS, NOW_DAY
from newsreport.claims.weeks import week_before

# An earlier level dated by a span back from the figure it is compared with: "rose to 57 on Monday, up from 42
# a day earlier", "2.3 million on May 30, up from 1.4 million the week before"
EARLIER_SPAN = re.compile(r",?\s+(?:(?:a|one)\s+(day|week)\s+(?:earlier|before)|the\s+(day|week)\s+before|"
                          r"the\s+previous\s+(day|week))\b", re.I)
EARLIER_BY = "a span before the figure it is compared with: "
SPAN_DAYS = {"day": 1, "week": 7}


def date_earlier_spans(rows: list[dict], published: dict | None = None) -> list[dict]:
    """Date each earlier level told as a span back ("up from 42 a day earlier") by the day of the figure
    its sentence compares it with, less that span; drop it where that figure has no day. A figure said to
    hold now ("now has 8 million, up from 4 million a week earlier") is dated by its publication day
    (`published`: doc -> day) when its sentence gives such an earlier level: the two make a series of days."""
    spanned = {(r["doc"], r["sentence_id"], r["entity"], r["metric"]) for r in rows
               if str(r["period_basis"]).startswith(EARLIER_BY)}
    for row in rows:
        issued = (published or {}).get(row["doc"])
        if not row["earlier"] and not row["period"] and row["period_basis"] == NOW_BASIS and issued is not None \
                and (row["doc"], row["sentence_id"], row["entity"], row["metric"]) in spanned:
            row["period"], row["period_basis"] = issued.isoformat(), NOW_DAY
    days = {(r["doc"], r["sentence_id"], r["entity"], r["metric"]): r["period"] for r in rows
            if not r["earlier"] and (re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["period"] or "") or week_before(r["period"]))}
    kept = []
    for row in rows:
        if str(row["period_basis"]).startswith(EARLIER_BY):
            day = days.get((row["doc"], row["sentence_id"], row["entity"], row["metric"]))
            if not day:
                continue
            span = row["period_basis"][len(EARLIER_BY):]
            if week_before(day):  # "2.4 million last week, up from 900,000 the week before": the week before
                if span != "week":
                    continue
                row["period"] = week_before(day)
            else:
                row["period"] = (date.fromisoformat(day) - timedelta(days=SPAN_DAYS[span])).isoformat()
        kept.append(row)
    return kept
