"""One-off amounts dated at two granularities. A fine, damages or a fee is paid once: "fined £1.2m in March"
and "a £1.5 million fine earlier this year" give one amount, dated by its month in one article and by its
year in another, and are compared. A running measure is not joined so (revenue "in 2025" is not March's)."""

from __future__ import annotations

import re

from newsreport.claims.periods import EXPECTED

MONTH_OF_YEAR = "stated as the year; the one month other sources give for this amount lies in it"


def join_months_of_a_year(records: list[dict], one_off: set[str]) -> None:
    """A one-off amount (`one_off`: money measures whose day dates a deal or a decision, config `no_day`)
    stated for a year takes the one month of that year other articles state for the same entity, measure
    and scope; not where its own article dates the measure in that month too (then it tells the two apart),
    nor forecasts or earlier levels."""
    def one_off_amount(record: dict) -> bool:
        return record["kind"] == "money" and record["metric"].partition(": ")[0] in one_off \
            and not record.get("earlier") and EXPECTED not in (record.get("reason") or "")

    months: dict[tuple, dict[str, set[str]]] = {}
    for record in records:
        if one_off_amount(record) and re.fullmatch(r"\d{4}-\d{2}", record["period"] or ""):
            months.setdefault((record["entity"], record["metric"], record["scope"]), {}).setdefault(
                record["period"], set()).add(record["doc"])
    for record in records:
        if not one_off_amount(record) or not re.fullmatch(r"\d{4}", record["period"] or ""):
            continue
        inside = {m: docs for m, docs in months.get((record["entity"], record["metric"], record["scope"]), {}).items()
                  if m.startswith(record["period"])}
        if len(inside) == 1 and record["doc"] not in next(iter(inside.values())):
            record["period"], record["period_basis"] = next(iter(inside)), MONTH_OF_YEAR
