"""Earlier levels told as a span back from the figure they are compared with ("rose to 57 on Monday, up
from 42 a day earlier", "2.3 million on May 30, up from 1.4 million the week before", "55 million at the end
of September, up from 51 million a year earlier"): dated by that figure's period less the span (a day, a week,
a month or a year back, at the figure's own granularity), so the two make a series, never a conflict (and the
earlier level can agree with another article's count of that period)."""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, timedelta

from newsreport.claims.earlier_levels import date_compared_now, drop_uncompared
from newsreport.claims.periods import NOW_BASIS, NOW_DAY
from newsreport.claims.weeks import week_before

# An earlier level dated by a span back from the figure it is compared with: "rose to 57 on Monday, up from 42
# a day earlier", "2.3 million on May 30, up from 1.4 million the week before"
EARLIER_SPAN = re.compile(r",?\s+(?:(?:a|one)\s+(day|week|month|year)\s+(?:earlier|before)|the\s+(day|week|month|year)\s+"
                          r"before|the\s+previous\s+(day|week|month|year))\b", re.I)
EARLIER_BY = "a span before the figure it is compared with: "
SPAN_DAYS = {"day": 1, "week": 7}


def date_earlier_spans(rows: list[dict], published: dict | None = None) -> list[dict]:
    """Date each earlier level told as a span back ("up from 42 a day earlier") by the day of the figure
    its sentence compares it with, less that span; drop it where that figure has no day. A figure said to
    hold now ("now has 8 million, up from 4 million a week earlier") is dated by its publication day
    (`published`: doc -> day) when its sentence gives such an earlier level: the two make a series of days."""
    rows = drop_uncompared(rows)
    date_compared_now(rows, published or {})
    spanned = {(r["doc"], r["sentence_id"], r["entity"], r["metric"]): r["period_basis"][len(EARLIER_BY):] for r in rows
               if str(r["period_basis"]).startswith(EARLIER_BY)}
    for row in rows:
        issued = (published or {}).get(row["doc"])
        span = spanned.get((row["doc"], row["sentence_id"], row["entity"], row["metric"]))
        if not row["earlier"] and not row["period"] and row["period_basis"] == NOW_BASIS and issued is not None and span:
            # (a month or a year earlier: the publication month, so other articles' counts of that month still meet it)
            row["period"] = issued.isoformat() if span in SPAN_DAYS else issued.isoformat()[:7]
            row["period_basis"] = NOW_DAY if span in SPAN_DAYS else NOW_BASIS
    days = {(r["doc"], r["sentence_id"], r["entity"], r["metric"]): r["period"] for r in rows
            if not r["earlier"] and shifted_back(r["period"] or "", "year")}
    kept = []
    for row in rows:
        if str(row["period_basis"]).startswith(EARLIER_BY):
            day = days.get((row["doc"], row["sentence_id"], row["entity"], row["metric"]))
            if not day:
                continue
            row["period"] = shifted_back(day, row["period_basis"][len(EARLIER_BY):])
            if not row["period"]:
                continue  # "a day earlier" than a month: no period of its own
        kept.append(row)
    return kept


def shifted_back(period: str, span: str) -> str:
    """`period` less one `span` (day, week, month, year) at its own granularity: '2026-09-06' less a week is
    '2026-08-30', '2026-W37' less a week '2026-W36', '2026-09' less a month '2026-08' and less a year
    '2025-09', '2026-Q3' less a year '2025-Q3', '2026' less a year '2025'; '' when the span is finer than the
    period (a day before a month) or the period is none of these."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", period):
        day = date.fromisoformat(period)
        if span in SPAN_DAYS:
            return (day - timedelta(days=SPAN_DAYS[span])).isoformat()
        months = day.year * 12 + day.month - 1 - (12 if span == "year" else 1)
        year, month = months // 12, months % 12 + 1
        return date(year, month, min(day.day, monthrange(year, month)[1])).isoformat()
    if week_before(period):
        return week_before(period) if span == "week" else week_before(period, 52) if span == "year" else ""
    if re.fullmatch(r"\d{4}-\d{2}", period) and span in ("month", "year"):
        months = int(period[:4]) * 12 + int(period[5:]) - 1 - (12 if span == "year" else 1)
        return f"{months // 12}-{months % 12 + 1:02d}"
    if re.fullmatch(r"\d{4}(?:-Q[1-4])?", period) and span == "year":
        return f"{int(period[:4]) - 1}{period[4:]}"
    return ""
