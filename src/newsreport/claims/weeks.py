"""Weeks as periods: a count told for "last week" or "this week" (weekly downloads, a week's ticket
sales, cases reported in a week) is that calendar week's, counted from the publication day, written as
an ISO week ('2026-W37'). Two articles of one week that say "last week" state one week; an article of
the week after states another (a series, never a conflict)."""

from __future__ import annotations

import re
from datetime import date, timedelta

# "last week", "this week", "the previous week" (counted from publication), "two weeks ago";
# not "the past week" (a span of seven days up to the day written, not a calendar week)
WEEK_PHRASE = re.compile(r"\b(?:(last|this|previous) week|(a|one|two|three|four|\d) weeks? ago)\b", re.I)
WEEK_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4}
WEEK_PERIOD = re.compile(r"((?:19|20)\d{2})-W(\d{2})")


def week_of(day: date) -> str:
    """'2026-W37' for a day of that ISO week."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def week_period(text: str, published) -> str:
    """The ISO week a "last week" / "this week" / "N weeks ago" of `text` names, counted from the
    publication day; '' when the text names none or the article is undated."""
    match = WEEK_PHRASE.search(text)
    if not match or published is None:
        return ""
    if match.group(1):
        back = 0 if match.group(1).lower() == "this" else 1
    else:
        back = WEEK_COUNTS.get(match.group(2).lower()) or int(match.group(2))
    return week_of(published - timedelta(days=7 * back))


def week_before(period: str, weeks: int = 1) -> str:
    """The ISO week `weeks` before a week period ('2026-W36' for '2026-W37'); '' for another period."""
    match = WEEK_PERIOD.fullmatch(period or "")
    if not match:
        return ""
    monday = date.fromisocalendar(int(match.group(1)), int(match.group(2)), 1)
    return week_of(monday - timedelta(days=7 * weeks))
