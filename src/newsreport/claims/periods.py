"""Figures whose sentence states no period, placed in time when the other sources allow it: a
figure said to hold now ("now counts over 80 million users") is dated by its article's publication
month when the same entity and measure are reported for other periods (a series needs a time for
each point); a figure with no time at all joins the one stated period whose values it matches (so
"1.4 billion parcels" agrees with "1.4 billion parcels in 2024"). Neither can make a conflict: a
figure joins only a period whose values it is compatible with, and "now" only dates a series. Last,
a figure with no time at all in an article published within the one period that other articles
state for it is a figure of that period, whatever its value: a news figure holds when it is told."""

from __future__ import annotations

import re

from newsreport.claims.figure_period import LEVEL_THEN
from newsreport.claims.intervals import compatible

NOW = re.compile(r"\b(?:now|currently|today|at present|so far|to date)\b", re.I)
NOW_BASIS = "not stated; the sentence says it holds now"
NOW_DATED = "the publication month (not stated; the sentence says it holds now)"
NOW_DAY = "the publication day (not stated; the sentence says it holds now)"  # in a series of days
MATCHED = "not stated; its value matches the one other sources give for this period"
RIVALS_DAY = "the publication day (not stated; the article sets two sources' values of it side by side)"


def stated_periods(records: list[dict], earlier: bool = True) -> dict[tuple, dict[str, list[dict]]]:
    """(entity, metric, scope) -> period -> the mentions stating it, for counts, money and shares;
    without the `earlier` levels a figure is compared with when False ("rose to $310 million, from
    $280 million a year earlier": the $280 million is last year's, and an undated $305 million is not)."""
    stated: dict[tuple, dict[str, list[dict]]] = {}
    for record in records:
        if record["period"] and record["kind"] not in SKIPPED_KINDS and (earlier or not record.get("earlier")):
            stated.setdefault((record["entity"], record["metric"], record["scope"]), {}).setdefault(
                record["period"], []).append(record)
    return stated


SKIPPED_KINDS = ("date", "year", "rank")
EXPECTED = "may or is expected to happen"  # the reason `mentions` gives a forecast or plan  # events, founding years and ranks carry their own days


THE_QUARTER = re.compile(r"\b(?:the|this|its|latest|last)\s+(?:\w+\s+)?quarter\b|\bquarterly\b", re.I)
# a share or rate held "in the quarter" is of the quarter the story is reporting, as a sum over it is (a count "in
# the quarter" of no summed measure may be another measure: "sold 55 million phones" beside "shipped 61 million")
IN_THE_QUARTER = re.compile(r"\b(?:in|during|for|over|through|across)\s+the\s+quarter\b", re.I)
QUARTER_BASIS = "the quarter other sources report that week (not stated; the sentence says “the quarter”)"
QUARTER_DAYS = 7


def date_the_quarter(records: list[dict], published: dict, summed: set[str]) -> None:
    """A sum over "the quarter" or a "quarterly" one (`summed`: metrics summed over a quarter or a
    year) whose sentence names no quarter is the quarter its company is reporting: the one quarter
    other articles published within `QUARTER_DAYS` days give for the same entity, measure and scope
    ("revenue for the quarter came in at $2.4 billion" beside "third-quarter revenue of $2.1 billion")."""
    quarters: dict[tuple, set[tuple[str, object]]] = {}
    for record in records:
        if re.fullmatch(r"\d{4}-Q[1-4]", record["period"] or "") and not record.get("earlier"):
            quarters.setdefault((record["entity"], record["metric"], record["scope"]), set()).add(
                (record["period"], published.get(record["doc"])))
    for record in records:
        issued = published.get(record["doc"])
        if record["period"] or record.get("earlier") or issued is None or not (
                record["metric"] in summed and THE_QUARTER.search(record.get("context") or "")
                or record["kind"] == "percent" and IN_THE_QUARTER.search(record.get("context") or "")):
            continue
        near = {period for period, day in quarters.get((record["entity"], record["metric"], record["scope"]), ())
                if day is not None and abs((day - issued).days) <= QUARTER_DAYS}
        if len(near) == 1:
            record["period"], record["period_basis"] = near.pop(), QUARTER_BASIS


def place_unstated(records: list[dict], published: dict, tolerance: dict) -> None:
    """Give undated figures the period other sources allow (see the module docstring); in place.
    First rival values one article sets side by side take its publication day when the other sources
    give days, and "now" figures their publication month; then figures with no time at all join the
    one period whose values they match (never a rival value, which stays with its rival); a level told
    in reported speech that matches none ("said it had 4.8 million users") is then dated as "now" is."""
    stated = stated_periods(records)
    rivals = rival_undated(records, tolerance)
    for record in records:
        issued = published.get(record["doc"])
        others = stated.get((record["entity"], record["metric"], record["scope"]))
        if id(record) in rivals and issued is not None and others \
                and any(re.fullmatch(r"\d{4}-\d{2}-\d{2}", period) for period in others):
            record["period"], record["period_basis"] = issued.isoformat(), RIVALS_DAY  # a toll told by two sources that day
        if not record["period"] and record["period_basis"] == NOW_BASIS and issued is not None and others:
            # by the day when the series' other points are days: "450 flights so far" on July 9 comes after
            # "300 flights" on July 7, not before it as July would
            day = any(re.fullmatch(r"\d{4}-\d{2}-\d{2}", period) for period in others)
            record["period"], record["period_basis"] = (issued.isoformat(), NOW_DAY) if day else \
                (issued.isoformat()[:7], NOW_DATED)
    stated = stated_periods(records, earlier=False)  # a value joins what sources report, not a baseline
    for record in records:
        if record["period"] or record["kind"] in SKIPPED_KINDS or record.get("earlier") or EXPECTED in record["reason"] \
                or id(record) in rivals:
            continue  # a forecast joins no period of reported values; nor does one of two rival values told together
        periods = stated.get((record["entity"], record["metric"], record["scope"]))
        issued = published.get(record["doc"])
        if not periods or issued is None:
            continue
        matches = [period for period, items in periods.items()
                   if period[:4] <= issued.isoformat()[:4] and any(m["doc"] != record["doc"] for m in items)
                   and all(compatible(record, m, tolerance) for m in items if m["kind"] == record["kind"])]
        if len(matches) == 1:
            record["period"], record["period_basis"] = matches[0], MATCHED
        elif not matches and backshifted(record):  # "said the platform had 4.8 million users": a point of the series now
            day = any(re.fullmatch(r"\d{4}-\d{2}-\d{2}", period) for period in periods)
            record["period"], record["period_basis"] = (issued.isoformat(), NOW_DAY) if day else \
                (issued.isoformat()[:7], NOW_DATED)


# a level told in reported speech, its present put in the past: "a spokeswoman said the platform had 4.8 million
# monthly users", "the bank said it was serving 2 million customers": the level when it was said, as "has" would be
BACKSHIFT = re.compile(r"\b(?:said|says|told [\w ]{1,30}?|added|reported|confirmed)\s+(?:that\s+)?" + LEVEL_THEN)


def backshifted(record: dict) -> bool:
    """Whether an undated level is told as a level then ("said the platform had 4.8 million users"): see
    `BACKSHIFT`; never a change or an earlier level."""
    context, quote = record.get("context") or "", " ".join(str(record.get("quote") or "").split())
    at = context.find(quote) if quote else -1
    return at >= 0 and not record.get("direction") and not record.get("earlier") and bool(BACKSHIFT.search(context[:at]))


def rival_undated(records: list[dict], tolerance: dict) -> set[int]:
    """The ids of undated figures whose own article gives another undated value of the same entity, measure and
    scope that they are incompatible with ("the ministry said 112 people had died ... the Relief Society put the toll
    at more than 160"): rival counts of one moment, kept together to be compared, never split across periods."""
    undated: dict[tuple, list[dict]] = {}
    for record in records:
        if not record["period"] and record["kind"] not in SKIPPED_KINDS and not record.get("earlier") \
                and not record.get("direction"):  # (a change told beside the level it led to is no rival of it)
            undated.setdefault((record["doc"], record["entity"], record["metric"], record["scope"]), []).append(record)
    return {id(r) for group in undated.values() for r in group
            if any(o is not r and o["kind"] == r["kind"] and not compatible(r, o, tolerance) for o in group)}


EVENT_DAY_GAP = 1  # "went offline on Saturday night" and "restored on Sunday after a 14-hour blackout": one outage


def join_event_days(records: list[dict]) -> None:
    """The length of one event dated on neighbouring days by its start and its end (an outage from
    Saturday night to Sunday) is one claim: durations of one entity, measure and scope whose days are
    at most `EVENT_DAY_GAP` apart take the earliest of them, when they form one such run of days."""
    from datetime import date

    days: dict[tuple, set[str]] = {}
    for record in records:
        if record["kind"] == "duration" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", record["period"] or ""):
            days.setdefault((record["entity"], record["metric"], record["scope"]), set()).add(record["period"])
    for key, found in days.items():
        ordered = sorted(found, key=date.fromisoformat)
        gaps = [(date.fromisoformat(b) - date.fromisoformat(a)).days for a, b in zip(ordered, ordered[1:])]
        if len(ordered) < 2 or any(gap > EVENT_DAY_GAP for gap in gaps):
            continue
        for record in records:
            if record["kind"] == "duration" and (record["entity"], record["metric"], record["scope"]) == key \
                    and record["period"] in found and record["period"] != ordered[0]:
                record["period"], record["period_basis"] = ordered[0], JOINED_DAY


JOINED_DAY = "stated as the next day (the event ran from one day into the next)"


YEAR_RATE = "_per_year"


def whole_year_rates(records: list[dict]) -> None:
    """A yearly amount of a stated year is that year's amount: "annual revenue of $2 billion in 2024"
    is 2024's revenue, as "$2 billion in sales last year" is."""
    for record in records:
        metric = record.get("metric") or ""
        if metric.endswith(YEAR_RATE) and re.fullmatch(r"(?:19|20)\d{2}", record.get("period") or ""):
            record["metric"] = metric[: -len(YEAR_RATE)]


YEAR_END = "stated as the year; its value matches the year-end level other sources give"


def join_year_end(records: list[dict], tolerance: dict, level_metrics: set[str]) -> None:
    """A level stated for a year ("45 million users last year") joins the same level stated for the
    year's end ("at the end of 2024", "in December 2024") when its value matches every value given
    there, so the two agree; only for levels (`level_metrics`: users, which stand at a count at any
    time), never for amounts a year adds up (revenue, downloads). It never makes a conflict."""
    stated = stated_periods(records)
    for record in records:
        period = record["period"] or ""
        if not re.fullmatch(r"(?:19|20)\d{2}", period) or record["metric"] not in level_metrics \
                or record["kind"] in SKIPPED_KINDS or record.get("earlier"):
            continue
        ends = stated.get((record["entity"], record["metric"], record["scope"]), {}).get(f"{period}-12", [])
        if ends and any(m["doc"] != record["doc"] for m in ends) \
                and all(compatible(record, m, tolerance) for m in ends if m["kind"] == record["kind"]):
            record["period"], record["period_basis"] = f"{period}-12", YEAR_END


def reported_periods(records: list[dict]) -> dict[tuple, dict[str, list[dict]]]:
    """(entity, metric, scope) -> period -> the mentions reporting it: `stated_periods` without earlier
    levels, forecasts or plans (a period only expected is no reported one)."""
    reported = {}
    for key, periods in stated_periods(records, earlier=False).items():
        kept = {p: [m for m in items if EXPECTED not in m["reason"]] for p, items in periods.items()}
        reported[key] = {p: items for p, items in kept.items() if items}
    return reported


def undated_figures(records: list[dict], kept_kind) -> dict[tuple, list[dict]]:
    """(entity, metric, scope) -> the mentions stating no period, of a kind `kept_kind` accepts, not earlier levels."""
    undated: dict[tuple, list[dict]] = {}
    for record in records:
        if not record["period"] and kept_kind(record["kind"]) and not record.get("earlier"):
            undated.setdefault((record["entity"], record["metric"], record["scope"]), []).append(record)
    return undated


PUBLISHED_IN = "not stated; its article was published in the period other sources give"
REPORTED_DAYS = 1  # a day's count is told that day or the next ("killed 112 people on Tuesday", filed Wednesday)


def join_publication_period(records: list[dict], published: dict, summed: set[str]) -> None:
    """Undated figures take the one period the other articles state for their entity, measure and
    scope when their own articles were published in it: in that month or year, or on that day or the
    next (`REPORTED_DAYS`), so "GMV of about Rs 9,500 crore" in an October article is compared with
    "Rs 12,000 crore in October". All the undated figures of a key move or none does (two undated
    figures that agree stay together); not sums over a quarter or a year (`summed`: an undated revenue
    in a 2026 article is often 2025's), forecasts and plans (on either side), earlier levels, nor where
    an undated figure's own article dates the measure elsewhere."""
    from datetime import date

    stated, undated = reported_periods(records), undated_figures(records, lambda kind: kind not in SKIPPED_KINDS)

    def fits(record: dict, key: tuple, period: str) -> bool:
        issued = published.get(record["doc"])
        if issued is None or EXPECTED in record["reason"] or record["metric"].partition(": ")[0] in summed \
                or any(m["doc"] == record["doc"] for m in stated[key][period]):
            return False
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", period):
            return 0 <= (issued - date.fromisoformat(period)).days <= REPORTED_DAYS
        return re.fullmatch(r"\d{4}(?:-\d{2})?", period) is not None and issued.isoformat().startswith(period)

    for key, figures in undated.items():
        if len(stated.get(key, {})) != 1:
            continue
        period = next(iter(stated[key]))
        if all(fits(record, key, period) for record in figures):
            for record in figures:
                record["period"], record["period_basis"] = period, PUBLISHED_IN


LATER_LEVEL = "the publication month (not stated; other sources give the measure at an earlier time)"
LATER_DAY = "the publication day (not stated; other sources give the measure on earlier days)"
LEVEL_KINDS = ("count", "money", "percent", "other")


def date_later_levels(records: list[dict], published: dict, summed: set[str]) -> None:
    """A level nobody dates in an article published after every period the other sources state for it is
    the level at publication: "Chirply has 4.8 million monthly users" in a September article, beside "5.3
    million in June", is September's point of a series, not an undated claim apart. All the undated figures
    of a key move or none does; not sums over a period (`summed`), forecasts, earlier levels, nor an
    article that dates the measure itself."""
    from datetime import date

    stated, undated = reported_periods(records), undated_figures(records, lambda kind: kind in LEVEL_KINDS)
    dated_docs = {(r["entity"], r["metric"], r["scope"], r["doc"]) for r in records if r["period"]}
    for key, figures in undated.items():
        periods = stated.get(key, {})
        if not periods or key[1].partition(": ")[0] in summed:
            continue
        by_day = any(re.fullmatch(r"\d{4}-\d{2}-\d{2}", p) for p in periods)
        latest = max(p if re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", p) else f"{p[:4]}-12" for p in periods)  # a year, quarter or week: its year's end (later, so never moved early)
        issued = [published.get(r["doc"]) for r in figures]
        if any(day is None for day in issued) or any(EXPECTED in r["reason"] or (*key, r["doc"]) in dated_docs
                                                     for r in figures):
            continue
        if by_day and all((day - date.fromisoformat(latest[:10] if len(latest) == 10 else f"{latest}-28")).days
                          > REPORTED_DAYS for day in issued) \
                or not by_day and all(day.isoformat()[:7] > latest[:7] for day in issued):
            for record, day in zip(figures, issued):
                record["period"], record["period_basis"] = (day.isoformat(), LATER_DAY) if by_day else \
                    (day.isoformat()[:7], LATER_LEVEL)
