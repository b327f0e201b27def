"""Values as intervals, and whether two mentions of one claim can both be true."""

from __future__ import annotations

import math
import re

from newsreport.claims.units import READINGS, compared_unit


NEARLY = re.compile(r"^\s*(?:nearly|almost|just under|close to)\b", re.I)
HOURS = {"minute": 1 / 60, "hour": 1, "day": 24, "week": 168, "month": 730.5, "year": 8766}


def duration_hours(unit: str) -> float:
    """Hours in one `unit` ('days' -> 24), so "two days" and "48 hours" compare; 1 when unknown."""
    return HOURS.get(str(unit).lower().rstrip("s"), 1.0)


def value_interval(row: dict, tolerance: dict) -> tuple[float, float]:
    """The interval of values a numeric mention allows: exact ±5% (reporting rounds; a whole count
    not ending in zero is exactly itself; a figure with two or more significant digits not ending in
    zero, "$412 million", ±3%, or half its last digit), approx ±10%,
    "nearly X" [0.9X, X], more_than (X, ∞), less_than [0, X), at_least [X, ∞), at_most [0, X], ranges
    as given; a year is exactly itself; durations in hours. Tolerances come from `config/metrics.yaml`."""
    exact, approx = float(tolerance.get("exact", 0.05)), float(tolerance.get("approx", 0.10))
    scale = duration_hours(row.get("unit", "")) if row.get("kind") == "duration" else 1.0
    value, low, high = (None if v is None else v * scale for v in (row["value"], row["low"], row["high"]))
    qualifier = row["qualifier"] or "exact"
    if qualifier == "range" and low is not None and high is not None:
        return (min(low, high), max(low, high))
    if value is None:
        value = low if low is not None else high
    if value is None:
        return (-math.inf, math.inf)
    if row.get("kind") == "year":
        return (value, value)
    magnitude = abs(value)
    if qualifier == "approx" and NEARLY.match(str(row.get("quote", ""))):
        return (value - approx * magnitude, value)  # "nearly 300 million": just under it, 270-300 million
    if row.get("kind") == "percent" and qualifier in ("exact", "approx") and precise_figure(str(row.get("quote", ""))):
        # a share is a point on a 0-100 scale: "54.3%" is 54.3 to its rounding, "some 57 per cent" about 57
        # points (56-58), not 57 ± 10% (51-63 points, which would hold 54.3%)
        half = last_digit_half(str(row.get("quote", "")), magnitude) * (2 if qualifier == "approx" else 1)
        spread = max(POINT_SHARE * magnitude, half)
        return (value - spread, value + spread)
    if qualifier == "approx":
        return (value - approx * magnitude, value + approx * magnitude)
    if qualifier == "more_than":
        return (value + 1e-9 * max(magnitude, 1), math.inf)
    if qualifier == "at_least":
        return (value, math.inf)
    if qualifier == "less_than":
        return (0.0 if value > 0 else -math.inf, value - 1e-9 * max(magnitude, 1))
    if qualifier == "at_most":
        return (0.0 if value > 0 else -math.inf, value)
    if compared_unit(row) in READINGS:  # "48.6 degrees": a reading on a scale with no zero, exact to its last digit
        return (value - last_digit_half(str(row.get("quote", "")), magnitude),
                value + last_digit_half(str(row.get("quote", "")), magnitude))
    if row.get("kind") == "count" and row["value"] is not None and unrounded(row["value"]) \
            and tolerance.get("unrounded_exact", True):  # (durations are spans in round units: "48 hours", "two days")
        return (value, value)  # "57 people", "1,234 flights": a count written to the unit is not a rounding
    precise = tolerance.get("precise")
    if precise is not None and row.get("kind") in PRECISE_KINDS and precise_figure(str(row.get("quote", ""))):
        # never narrower than the figure's last written digit allows: "$1.2 billion" may be $1.25 billion rounded
        spread = max(float(precise) * magnitude, last_digit_half(str(row.get("quote", "")), magnitude))
        return (value - spread, value + spread)
    if row.get("kind") == "percent" and NUMERAL.search(str(row.get("quote", ""))):  # "6%" may be 6.4% rounded
        spread = max(exact * magnitude, last_digit_half(str(row.get("quote", "")), magnitude))
        return (value - spread, value + spread)
    return (value - exact * magnitude, value + exact * magnitude)


PRECISE_KINDS = ("count", "money", "percent")  # (durations are spans in round units: "48 hours", "two days")
POINT_SHARE = 0.01  # a percentage written to two or more digits: its own rounding, or 1% of it (54.3% allows 53.8-54.8)
NUMERAL = re.compile(r"\d[\d,]*(?:\.\d+)?")


def last_digit_half(quote: str, magnitude: float) -> float:
    """Half a unit of the last digit written, in the figure's own scale: 0.05 billion for "$1.2 billion"."""
    found = NUMERAL.search(quote)
    if found is None:  # written in words ("forty degrees", "magnitude five"): a whole number, exact to its unit
        return 0.5
    numeral = found.group().replace(",", "")
    written = float(numeral)
    decimals = len(numeral.partition(".")[2])
    return 0.5 * 10 ** -decimals * (magnitude / written) if written else 0.0


def precise_figure(quote: str) -> bool:
    """Whether a figure is written with two or more significant digits, the last not zero ("$412 million",
    "6.8 billion", "48 million", "3.2%") or a zero after the decimal point ("6.0%"): no round number a report rounds to ("320 million", "15,000", "$4
    billion"), so only a small tolerance (`tolerance.precise`) separates two sources that state it."""
    numeral = NUMERAL.search(quote)
    digits = numeral.group().replace(",", "").replace(".", "").lstrip("0") if numeral else ""
    # a zero after the decimal point is written on purpose ("6.0%", "$2.50"): the figure is precise to it
    return len(digits) >= 2 and (not digits.endswith("0") or "." in numeral.group())


def unrounded(value: float) -> bool:
    """A whole count of at least 11 not ending in zero ("57", "1,234"): written to the unit, where the
    exact tolerance is for figures reporting rounds ("320 million", "15,000", "12.4%")."""
    return value > 10 and float(value).is_integer() and int(value) % 10 != 0


def dates_compatible(a: str, b: str) -> bool:
    """Two ISO dates (or prefixes) agree when equal or when one is a coarser prefix of the other."""
    return a.startswith(b) or b.startswith(a)


def compatible(a: dict, b: dict, tolerance: dict) -> bool:
    """Whether two mentions of one claim can both be true."""
    if a["kind"] == "date" or b["kind"] == "date":
        return dates_compatible(a["date"], b["date"])
    a_low, a_high = value_interval(a, tolerance)
    b_low, b_high = value_interval(b, tolerance)
    return a_low <= b_high + touching(b_high) and b_low <= a_high + touching(a_high)


def touching(bound: float) -> float:
    """Slack for two intervals that meet at one rounding boundary ("3.1%" up to 3.15, "3.2%" from 3.15),
    which floating point may set a hair apart."""
    return 1e-9 * max(abs(bound), 1.0) if math.isfinite(bound) else 0.0



def all_compatible(mentions: list[dict], tolerance: dict) -> bool:
    """Whether every two mentions that are compared (same kind; money in the same currency) can both
    be true, in one pass: intervals on a line that overlap two by two share a point (the largest low
    is at most the smallest high), and days agree two by two when each is a prefix of the longest.
    The quick answer for a claim a thousand articles repeat; False says only that some pair differs."""
    classes: dict[tuple, list[dict]] = {}
    for mention in mentions:
        classes.setdefault((mention["kind"], compared_unit(mention)), []).append(mention)
    for (kind, _), members in classes.items():
        if kind == "date":
            days = {m["date"] for m in members}
            longest = max(days, key=len)
            if not all(longest.startswith(day) for day in days):
                return False
        else:
            bounds = [value_interval(m, tolerance) for m in members]
            highest_low, lowest_high = max(low for low, _ in bounds), min(high for _, high in bounds)
            if highest_low > lowest_high + touching(lowest_high):
                return False
    return True


def agreeing_groups(mentions: list[dict], tolerance: dict) -> list[list[dict]]:
    """The sets of mentions, from two or more documents, whose values can all be true together, in a
    claim where some values cannot ("$14 billion" and "about $14.5 billion" against "$9.5 billion":
    the first two agree). Each mention is in at most one set. Numbers: intervals sorted by their low
    end and swept, a set closing when the next interval starts past the set's smallest high end;
    days: the same day as written."""
    classes: dict[tuple, list[dict]] = {}
    for mention in mentions:
        classes.setdefault((mention["kind"], compared_unit(mention)), []).append(mention)
    groups = []
    for (kind, _), members in classes.items():
        if kind == "date":
            by_day: dict[str, list[dict]] = {}
            for mention in members:
                by_day.setdefault(mention["date"], []).append(mention)
            groups += list(by_day.values())
            continue
        current, top = [], math.inf
        for mention, (low, high) in sorted(((m, value_interval(m, tolerance)) for m in members),
                                           key=lambda pair: pair[1][0]):
            if current and low > top + touching(top):
                groups.append(current)
                current, top = [], math.inf
            current.append(mention)
            top = min(top, high)
        groups.append(current)
    return [g for g in groups if len({m["doc"] for m in g}) >= 2 and len(g) < len(mentions)]
