"""Finding dates in news text and resolving them to ISO strings.

"January 19" takes the year of publication (or the year before, when that would put it more
than half a year after publication); "yesterday" and "last Friday" are counted back from the
publication date; "mid-2024" is 2024-06 and "June 2021" is 2021-06. Compiled regexes only:
dateparser was measured at well under a thousand strings a second, too slow for every sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}

_MONTH = (r"(?P<month>January|February|March|April|May|June|July|August|September|October|"
          r"November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|"
          r"Oct\.?|Nov\.?|Dec\.?)")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"

# Month-day before day-month before month-year: the longest reading wins at each position.
DATE_PATTERNS = [
    re.compile(rf"\b{_MONTH}\s+{_DAY}(?![\d,.]\d)(?:,?\s+{_YEAR})?\b"),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?\b"),
    re.compile(rf"\b{_MONTH}\s+(?:of\s+)?{_YEAR}\b"),
    re.compile(rf"\b(?P<part>mid|early|late|end of|the end of|beginning of|start of)[\s\-]+{_YEAR}\b",
               re.IGNORECASE),
    re.compile(r"\b(?P<rel>yesterday|today|tomorrow)\b", re.IGNORECASE),
    re.compile(r"\b(?P<which>last|this|next|on|this past|past)\s+(?P<weekday>Monday|Tuesday|Wednesday|"
               r"Thursday|Friday|Saturday|Sunday)\b", re.IGNORECASE),
]

# Times of day are not figures ("2:19 a.m.", "10.45pm", "00:00", "5am").
TIME_PATTERN = re.compile(
    r"\b\d{1,2}(?:[:.]\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b)|\b\d{1,2}:\d{2}(?::\d{2})?\b"
    r"(?:/\d{1,2}:\d{2})?"
)


@dataclass(frozen=True)
class DateMention:
    """A date found in text: its span, ISO value ('' when it cannot be resolved) and precision."""

    start: int
    end: int
    iso: str
    precision: str  # day, month or year


def _month_number(token: str) -> int:
    return MONTHS[token.lower().rstrip(".")]


def resolve_month_day(month: int, day: int, year: int | None, published: date | None) -> str:
    """ISO date for a month and day; a missing year comes from the publication date."""
    if year is None:
        if published is None:
            return ""
        year = published.year
        try:
            if date(year, month, day) - published > timedelta(days=183):
                year -= 1
        except ValueError:
            return ""
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return ""


def resolve_weekday(which: str, weekday: int, published: date | None) -> str:
    """ISO date of "last Friday", "on Monday", "next Tuesday" counted from the publication date."""
    if published is None:
        return ""
    which = which.lower()
    back = (published.weekday() - weekday) % 7
    if which == "next":
        ahead = (weekday - published.weekday()) % 7 or 7
        return (published + timedelta(days=ahead)).isoformat()
    if which in ("last", "past", "this past") and back == 0:
        back = 7
    return (published - timedelta(days=back)).isoformat()


def _mention(match: re.Match, published: date | None) -> DateMention | None:
    groups = match.groupdict()
    if groups.get("rel"):
        if published is None:
            return DateMention(match.start(), match.end(), "", "day")
        shift = {"yesterday": -1, "today": 0, "tomorrow": 1}[groups["rel"].lower()]
        return DateMention(match.start(), match.end(), (published + timedelta(days=shift)).isoformat(), "day")
    if groups.get("weekday"):
        iso = resolve_weekday(groups["which"], WEEKDAYS[groups["weekday"].lower()], published)
        return DateMention(match.start(), match.end(), iso, "day")
    year = int(groups["year"]) if groups.get("year") else None
    if groups.get("part"):
        part = groups["part"].lower()
        if part == "mid":
            return DateMention(match.start(), match.end(), f"{year}-06", "month")
        if part.endswith("end of"):
            return DateMention(match.start(), match.end(), f"{year}-12", "month")
        return DateMention(match.start(), match.end(), f"{year}", "year")
    month_token = groups["month"]
    month = _month_number(month_token)
    if groups.get("day"):
        day = int(groups["day"])
        if not 1 <= day <= 31:
            return None
        # "May 5" is safe; bare "may" as a verb never has a capital M plus a day number.
        return DateMention(match.start(), match.end(), resolve_month_day(month, day, year, published), "day")
    if month_token.lower() in ("may", "march") and year is None:
        return None
    return DateMention(match.start(), match.end(), f"{year}-{month:02d}", "month")


def find_dates(text: str, published: date | None = None) -> list[DateMention]:
    """Every date mention of `text`, non-overlapping, in text order."""
    found: list[DateMention] = []
    for pattern in DATE_PATTERNS:
        for match in pattern.finditer(text):
            mention = _mention(match, published)
            if mention is None:
                continue
            if any(m.start < mention.end and mention.start < m.end for m in found):
                continue
            found.append(mention)
    return sorted(found, key=lambda m: m.start)


def find_times(text: str) -> list[tuple[int, int]]:
    """Spans of clock times ("2:19 a.m.", "10.45pm", "00:00/00:00"), which are not figures."""
    return [(m.start(), m.end()) for m in TIME_PATTERN.finditer(text)]
