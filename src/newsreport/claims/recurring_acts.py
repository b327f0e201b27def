"""An act one article tells on two days, of whatever things ("Halden submitted its offer on Tuesday", "a second
group lodged its bid on Thursday"), is done again and again in the story (several bidders, several suits): each
account of it, in every article, is then its own event, never a conflict (as `occurrences.unify_occurrences` does
for one thing told on two days)."""

from __future__ import annotations

from newsreport.claims.occurrences import OCCURRENCE

PREFIX = OCCURRENCE + ": "


def act_of(metric: str) -> str:
    """The act of an occurrence's metric, without the thing it happened to ('submit' of 'occurrence: submit (bid)')."""
    return metric.removeprefix(PREFIX).partition(" (")[0]


def date_recurring_acts(records: list[dict]) -> None:
    """Give each account of an act one article tells on two days its own day as its period, so no two are compared."""
    days: dict[tuple[str, str], set[str]] = {}
    for record in records:
        if str(record.get("metric", "")).startswith(PREFIX):
            days.setdefault((act_of(str(record["metric"])), str(record["doc"])), set()).add(str(record["date"]))
    recurring = {act for (act, _), dates in days.items() if len(dates) > 1}
    for record in records:
        if str(record.get("metric", "")).startswith(PREFIX) and act_of(str(record["metric"])) in recurring:
            record["period"], record["period_basis"] = record["date"], "stated"
