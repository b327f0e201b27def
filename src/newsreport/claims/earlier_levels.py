"""Earlier levels ("up from 285", "down from 61% in 2021") read as the earlier point of the figure they are
compared with, so the two make a series of one entity, measure and scope and never a conflict:
- an earlier level whose own words name no measure ("Turnout was 54.3%, the commission said, down from
  61% in 2021": 'said 61%') takes the measure of that figure (`compared_measure`, then
  `neighbours.inherit_from_compared`), and so does one that names no owner (`compared_owner`); with no such
  figure it makes no claim (`drop_uncompared`);
- a previous record, high or peak ("beating the previous record of 29.8 million set in 2019") is an earlier level
  (`mark_previous_highs`);
- a running total told as the later level of a count before it ("nine deaths as of Monday, and the toll climbed to
  17 by Tuesday") is that count's (`follow_running_totals`);
- an attribution between the two ("412 cases, the health department said Tuesday, up from 285") does not
  part them (`gap_without_attribution`);
- a figure with no date of its own compared with a dated earlier level ("won 38% of the vote, down from 44%
  in 2022") is the level at the time of writing (`date_compared_now`), as "has 5 million, up from 2 million
  in 2021" is, and so is one a sentence near it compares with a previous round, election or season
  (`date_before_previous`: "... was valued at $1.9 billion in its previous round in 2025")."""

from __future__ import annotations

import re

from newsreport.claims.periods import EXPECTED, NOW_BASIS

COMPARED = "the measure of the figure it is compared with"  # a placeholder metric, replaced or dropped

# ", the Texas health department said Tuesday,", ", according to the regulator Ofcom,": who gave the figure
ATTRIBUTION = re.compile(r",\s+(?:according to [^,]{1,80}|[^,]{1,80}?\b(?:said|says|reported|reports|announced|"
                         r"estimated|estimates|showed|shows|told [^,]{1,40})(?:\s+(?:on\s+)?[A-Z]\w+)?)\s*(?=,)")


def compared_measure(reading) -> tuple[str, tuple[int, int] | None, list[str]] | None:
    """The placeholder measure of an earlier level whose own words name none; None for any other figure."""
    return (COMPARED, reading.measure_span, []) if reading.earlier else None


def compared_owner(reading) -> tuple[str, str, str] | None:
    """(entity, basis, metric) placeholders of an earlier level whose own words name no owner ("the office said,
    up from 5.1% in 2024"): both taken from the figure it is compared with; None for any other figure."""
    return ("", "compared", COMPARED) if reading.earlier else None


def drop_uncompared(rows: list[dict]) -> list[dict]:
    """`rows` without the earlier levels that found no figure to take their measure from."""
    return [row for row in rows if row["metric"] != COMPARED]


def gap_without_attribution(between: str) -> int:
    """The length of the text between a figure and its earlier level once an attribution is taken out."""
    return len(ATTRIBUTION.sub("", between))


# "beating the previous record of 29.8 million set in 2019", "above its previous high of $198": an earlier level
PREVIOUS_HIGH = re.compile(r"\b(?:previous|former|old|earlier|prior|last)\s+(?:all-time\s+)?(?:record|high|peak|best)"
                           r"(?:\s+(?:of|at))?\s+$", re.I)
SET_IN = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:set|reached|recorded|hit|achieved)\s+in\s+((?:19|20)\d{2})\b")


def mark_previous_highs(rows: list[dict]) -> None:
    """A previous record, high or peak a figure is compared with ("handled 31.4 million passengers in 2024,
    beating the previous record of 29.8 million set in 2019") is an earlier level of that figure; in place."""
    for row in rows:
        context = row["context"]
        at = context.find(row["quote"])
        if not row["earlier"] and at > 0 and PREVIOUS_HIGH.search(context[:at]):
            row["earlier"] = True
            year = SET_IN.match(context, at + len(row["quote"]))
            if year:  # "set in 2019" (the clause's other year is its figure's)
                row["period"], row["period_basis"] = year.group(1), "stated"


# "..., and the toll climbed to 17 by Tuesday", "that number had risen to": a later level of the count before it
LATER_LEVEL = re.compile(r"\b(?:the|that|this|its)\s+(?:death\s+)?(?:toll|number|count|total|tally)\s+(?:had\s+|has\s+|then\s+)?"
                         r"(?:climbed|rose|risen|grew|grown|jumped|fell|fallen|dropped|reached|increased|decreased|swelled)"
                         r"\s+(?:to\s+)?$", re.I)


def follow_running_totals(rows: list[dict]) -> None:
    """A running total told as the later level of a count before it in its sentence ("had confirmed nine deaths
    from Hurricane Nadine as of Monday, and the toll climbed to 17 by Tuesday") is that count's: it takes its
    owner, measure and scope, so the two are one series of days; in place."""
    for row in rows:
        context = row["context"]
        at = context.find(row["quote"])
        if row["earlier"] or at <= 0 or not LATER_LEVEL.search(context[:at]):
            continue
        before = [o for o in rows if o is not row and (o["doc"], o["sentence_id"], o["kind"]) == (row["doc"],
                  row["sentence_id"], row["kind"]) and not o["earlier"] and int(o["end"]) <= int(row["start"])]
        if before:  # and its measure: "1,200 homes destroyed ..., and the toll rose to 1,650" counts homes
            last = max(before, key=lambda o: int(o["end"]))
            row.update(entity=last["entity"], entity_basis=last["entity_basis"], scope=last["scope"], metric=last["metric"])


def date_compared_now(rows: list[dict], published: dict) -> None:
    """A figure whose sentence states no period, compared with an earlier level of the same entity and
    measure that has one before the article's month ("won 38%, down from 44% at the last election in
    2022", "Turnout was 54.3%, down from 61% in 2021"), is said to hold at the time of writing: it is
    dated like a figure said to hold now (`periods.place_unstated`); in place. Forecasts are left alone."""
    dated = {}
    for row in rows:
        if row["earlier"] and row["period"]:
            dated.setdefault((row["doc"], row["sentence_id"], row["entity"], row["metric"]), []).append(row)
    for row in rows:
        issued = published.get(row["doc"])
        if row["earlier"] or row["period"] or row["period_basis"] != "not stated" or issued is None \
                or EXPECTED in row["reason"]:
            continue
        earlier = dated.get((row["doc"], row["sentence_id"], row["entity"], row["metric"]), [])
        if any(int(e["start"]) > int(row["end"]) and before_month(e["period"], issued) for e in earlier):
            row["period_basis"] = NOW_BASIS


# "valued at $1.9 billion in its previous round in 2025", "61% at the last election in 2021": a level of an earlier
# event of the kind the article reports ("last" only of an election: "its last quarterly report" is the latest)
PREVIOUS_EVENT = re.compile(r"\b(?:(?:previous|prior|preceding)\s+(?:\w+\s+)?(?:round|election|vote|census|season|"
                            r"edition|survey)|last\s+(?:general\s+)?election)\b", re.I)
NEAR_SENTENCES = 2  # the sentences after or before a figure in which its earlier level may be told


def date_before_previous(rows: list[dict], published: dict) -> None:
    """A figure with no date of its own, of an entity and measure that a sentence near it gives for a previous
    round, election or season before the article's month ("values the company at $4.5 billion. ... was valued at
    $1.9 billion in its previous round in 2025"), is the level at the time of writing; in place."""
    previous = {}
    for row in rows:
        issued = published.get(row["doc"])
        if row["period"] and issued is not None and PREVIOUS_EVENT.search(row["context"]) \
                and before_month(row["period"], issued):
            previous.setdefault((row["doc"], row["entity"], row["metric"], row["scope"]), []).append(sentence_number(row))
    for row in rows:
        near = previous.get((row["doc"], row["entity"], row["metric"], row["scope"]), [])
        if not row["earlier"] and not row["period"] and row["period_basis"] == "not stated" and row["entity"] \
                and EXPECTED not in row["reason"] and any(0 < abs(n - sentence_number(row)) <= NEAR_SENTENCES for n in near):
            row["period_basis"] = NOW_BASIS


def sentence_number(row: dict) -> int:
    """The position of a row's sentence in its document ('01_wire:s012': 12)."""
    digits = re.search(r"(\d+)$", str(row["sentence_id"]))
    return int(digits.group(1)) if digits else -1


def before_month(period: str, issued) -> bool:
    """Whether `period` ('2021', '2026-05', '2026-Q1', '2026-05-03', '2026-W20') ends before the month of `issued`."""
    month = issued.isoformat()[:7]
    if re.fullmatch(r"\d{4}", period):
        return period < month[:4]
    quarter = re.fullmatch(r"(\d{4})-Q([1-4])", period)
    if quarter:
        return f"{quarter.group(1)}-{int(quarter.group(2)) * 3:02d}" < month
    return bool(re.match(r"\d{4}-\d{2}", period)) and period[:7] < month
