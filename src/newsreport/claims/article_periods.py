"""A change an article leaves undated takes the one period the same article gives that measure: a data
release states its month once ("Canada added 46,000 jobs in October") and then breaks it down without
repeating it ("Ontario added 31,000 jobs, Quebec lost about 9,000 positions")."""

from __future__ import annotations

from newsreport.claims.periods import EXPECTED

ARTICLE_PERIOD = "not stated; its article gives this measure for that period"
CHANGE_KINDS = ("count", "money", "percent")


def date_by_article(records: list[dict]) -> None:
    """Give each undated change (a figure with a direction) the one period its own article states for the
    same measure, of any owner or scope; in place. Nothing moves where the article gives the measure two
    periods, nor a forecast, an earlier level or a level."""
    periods: dict[tuple, set[str]] = {}
    for record in records:
        if record["period"] and record["period_basis"] == "stated" and not record.get("earlier") \
                and EXPECTED not in record["reason"]:
            periods.setdefault((record["doc"], record["metric"]), set()).add(record["period"])
    for record in records:
        if record["period"] or not record["direction"] or record["kind"] not in CHANGE_KINDS \
                or record.get("earlier") or EXPECTED in record["reason"]:
            continue
        stated = periods.get((record["doc"], record["metric"]), set())
        if len(stated) == 1:
            record["period"], record["period_basis"] = next(iter(stated)), ARTICLE_PERIOD
