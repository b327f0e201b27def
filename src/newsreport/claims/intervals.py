"""Values as intervals, and whether two mentions of one claim can both be true."""

from __future__ import annotations

import math


def value_interval(row: dict, tolerance: dict) -> tuple[float, float]:
    """The interval of values a numeric mention allows, given its qualifier (see module docstring)."""
    exact, approx = float(tolerance.get("exact", 0.02)), float(tolerance.get("approx", 0.10))
    factor = float(tolerance.get("bound_factor", 1.5))
    value, low, high = row["value"], row["low"], row["high"]
    qualifier = row["qualifier"] or "exact"
    if qualifier == "range" and low is not None and high is not None:
        return (min(low, high), max(low, high))
    if value is None:
        value = low if low is not None else high
    if value is None:
        return (-math.inf, math.inf)
    magnitude = abs(value)
    if qualifier == "approx":
        return (value - approx * magnitude, value + approx * magnitude)
    if qualifier == "more_than":
        return (value + 1e-9 * max(magnitude, 1), value * factor if value > 0 else value + magnitude * (factor - 1))
    if qualifier == "at_least":
        return (value, value * factor if value > 0 else value + magnitude * (factor - 1))
    if qualifier == "less_than":
        return (value / factor if value > 0 else value - magnitude, value - 1e-9 * max(magnitude, 1))
    if qualifier == "at_most":
        return (value / factor if value > 0 else value - magnitude, value)
    return (value - exact * magnitude, value + exact * magnitude)


def dates_compatible(a: str, b: str) -> bool:
    """Two ISO dates (or prefixes) agree when equal or when one is a coarser prefix of the other."""
    return a.startswith(b) or b.startswith(a)


def compatible(a: dict, b: dict, tolerance: dict) -> bool:
    """Whether two mentions of one claim can both be true."""
    if a["kind"] == "date" or b["kind"] == "date":
        return dates_compatible(a["date"], b["date"])
    a_low, a_high = value_interval(a, tolerance)
    b_low, b_high = value_interval(b, tolerance)
    return a_low <= b_high and b_low <= a_high

