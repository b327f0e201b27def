"""A change an article leaves undated takes the one period the same article gives that measure: a data
release states its month once ("Canada added 46,000 jobs in October") and then breaks it down without
repeating it ("Ontario added 31,000 jobs, Quebec lost about 9,000 positions"). A rival's change is no breakdown:
"Rival Pelko cut 300 jobs in March" does not date the cuts the article is about."""

from __future__ import annotations

from newsreport.claims.periods import EXPECTED
from newsreport.claims.place_names import canonical_place
from newsreport.claims.places import is_place
from newsreport.corpus.gazetteer import is_known_place

ARTICLE_PERIOD = "not stated; its article gives this measure for that period"
CHANGE_KINDS = ("count", "money", "percent")


def one_release(dated: dict, record: dict) -> bool:
    """Whether a dated figure's period reaches `record`: the same owner, an unnamed one, another owner
    whose figure the article states first (a release's total, then its breakdown) or two places (a country's
    figure broken down by region); not another company told of later ("... Rival Pelko cut 300 jobs in March")."""
    owners = (dated["entity"], record["entity"])
    return not all(owners) or owners[0] == owners[1] or dated["start"] < record["start"] or all(
        is_known_place(owner) or canonical_place(owner) or is_place(owner, str(r["context"] or ""))
        for owner, r in zip(owners, (dated, record)))


def date_by_article(records: list[dict]) -> None:
    """Give each undated change (a figure with a direction) the one period its own article states for the
    same measure, of the same owner or a place of the same release (`one_release`); in place. Nothing moves
    where the article gives the measure two periods, nor a forecast, an earlier level or a level."""
    dated: dict[tuple, list[dict]] = {}
    for record in records:
        if record["period"] and record["period_basis"] == "stated" and not record.get("earlier") \
                and EXPECTED not in record["reason"]:
            dated.setdefault((record["doc"], record["metric"]), []).append(record)
    for record in records:
        if record["period"] or not record["direction"] or record["kind"] not in CHANGE_KINDS \
                or record.get("earlier") or EXPECTED in record["reason"]:
            continue
        sources = dated.get((record["doc"], record["metric"]), [])
        if len({s["period"] for s in sources}) == 1 and all(one_release(s, record) for s in sources):
            record["period"], record["period_basis"] = sources[0]["period"], ARTICLE_PERIOD
