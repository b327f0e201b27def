"""Finding dates in news text and resolving them to ISO strings.

A date written in full ("Jan. 16, 2025", "June 2021", "mid-2024") is read as written. A date
without a year ("January 19") and a relative day ("yesterday", "last Friday", "starting Sunday")
are resolved against the publication date when it is known; otherwise against the article's own
dated mentions (the year of the nearest date written with its year; the latest day it names), and
the mention records that its date was inferred from the article. A date that neither resolves
keeps its month and day as "--MM-DD" (ISO 8601's form without a year) for the corpus-level
fallback in `newsreport.figures.years`. Compiled regexes only: dateparser was measured at well
under a thousand strings a second, too slow for every sentence.
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
# Words before a weekday that make it a day of the story, and which way they count from the
# reference day: back to the latest such weekday, forward to the next, or within its week.
WEEKDAY_LEADS = {
    "last": "before", "past": "before", "this past": "before",
    "on": "back", "since": "back", "as of": "back", "late": "back", "early": "back", "by": "back",
    "after": "back", "over": "back", "from": "back",
    "starting": "ahead", "until": "ahead", "till": "ahead", "next": "after", "coming": "ahead",
    "this": "week",
}
# A verb phrase in the future before a weekday points ahead: "the ban will take effect on Sunday",
# "the court is due to rule on Friday", "could be banned on Sunday".
FUTURE_BEFORE = re.compile(r"\b(?:will|shall|won't|could\s+be|would\s+be|(?:is|are)\s+(?:set|due|expected|"
                           r"scheduled|slated|poised|going)\s+to)\b[^.;!?]{0,60}$", re.IGNORECASE)
# Dates after these words are deadlines, not the day the story is told: "unless sold by January 19".
DEADLINE_LEAD = re.compile(r"\b(?:by|until|till|before|deadline(?:\s+of)?|due)\s+$", re.IGNORECASE)
# "today" is a day of the story after these words or opening a sentence; elsewhere it means
# "nowadays" ("the largest market today", "but not today").
TODAY_LEADS = ("as of", "until", "till", "since", "from", "by", "before", "after", "earlier", "later")

_MONTH = (r"(?P<month>January|February|March|April|May|June|July|August|September|October|"
          r"November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|"
          r"Oct\.?|Nov\.?|Dec\.?)")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_LEADS = "|".join(sorted((re.escape(k) for k in WEEKDAY_LEADS), key=len, reverse=True))

# Longest readings first: a span taken by an earlier pattern is not read again.
DATE_PATTERNS = [
    # a span of days: "from January 24 to 25", "Jan. 24-26", "between March 3 and March 5, 2024"
    re.compile(rf"\b(?:(?:from|between)\s+)?{_MONTH}\s+{_DAY}\s*(?:-|–|to|through|and)\s*"
               rf"(?:(?P<month2>January|February|March|April|May|June|July|August|September|October|"
               rf"November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|"
               rf"Nov\.?|Dec\.?)\s+)?(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?(?![\d,.]\d)(?!\s*(?:%|per|percent))"
               rf"(?:,?\s+{_YEAR})?\b"),
    # a weekday naming its date: "Sunday, January 26", "Monday, Jan. 27, 2025"
    re.compile(rf"\b{_WEEKDAY},?\s+{_MONTH}\s+{_DAY}(?![\d,.]\d)(?:,?\s+{_YEAR})?\b"),
    re.compile(rf"\b{_MONTH}\s+{_DAY}(?![\d,.]\d)(?:,?\s+{_YEAR})?\b"),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?\b"),
    re.compile(rf"\b{_MONTH}\s+(?:of\s+)?{_YEAR}\b"),
    re.compile(rf"\b(?P<part>mid|early|late|end of|the end of|beginning of|start of)[\s\-]+{_YEAR}\b",
               re.IGNORECASE),
    re.compile(r"\b(?P<rel>yesterday|today|tomorrow)\b", re.IGNORECASE),
    # a year named from the reference day: "last year", "this year", "next year"
    re.compile(r"\b(?P<relyear>last|this|next|past)\s+year\b(?!['’]s)", re.IGNORECASE),
    re.compile(rf"\b(?P<which>{_LEADS})\s+{_WEEKDAY}\b", re.IGNORECASE),
]

# Times of day are not figures ("2:19 a.m.", "10.45pm", "00:00", "5am").
TIME_PATTERN = re.compile(
    r"\b\d{1,2}(?:[:.]\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b)|\b\d{1,2}:\d{2}(?::\d{2})?\b"
    r"(?:/\d{1,2}:\d{2})?"
)


@dataclass(frozen=True)
class DateMention:
    """A date found in text: its span, ISO value ('' when it cannot be resolved, '--MM-DD' when
    only the year is missing; 'A/B' for a span of days), precision, and `inferred`: '' when the
    text or the publication date gives it, 'article' when it rests on the article's other dates."""

    start: int
    end: int
    iso: str
    precision: str  # day, month or year
    inferred: str = ""


def _month_number(token: str) -> int:
    return MONTHS[token.lower().rstrip(".")]


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def resolve_month_day(month: int, day: int, year: int | None, published: date | None) -> str:
    """ISO date for a month and day; a missing year comes from the publication date (the year
    before when that would put the date more than half a year after publication)."""
    if year is None:
        if published is None:
            return ""
        year = published.year
        candidate = _safe_date(year, month, day)
        if candidate is None:
            return ""
        if candidate - published > timedelta(days=183):
            year -= 1
    found = _safe_date(year, month, day)
    return found.isoformat() if found else ""


def resolve_weekday(which: str, weekday: int, reference: date | None) -> str:
    """ISO date of a weekday named with a lead word ("last Friday", "on Monday", "starting
    Sunday", "this Sunday"), counted from the reference day (publication, or the story's day)."""
    if reference is None:
        return ""
    way = WEEKDAY_LEADS.get(" ".join(which.lower().split()), "back")
    back = (reference.weekday() - weekday) % 7
    ahead = (weekday - reference.weekday()) % 7
    if way == "week":  # the same Monday-to-Sunday week
        return (reference + timedelta(days=weekday - reference.weekday())).isoformat()
    if way == "after":
        return (reference + timedelta(days=ahead or 7)).isoformat()
    if way == "ahead":
        return (reference + timedelta(days=ahead)).isoformat()
    if way == "before" and back == 0:
        back = 7
    return (reference - timedelta(days=back)).isoformat()


@dataclass(frozen=True)
class _Raw:
    match: re.Match

    @property
    def groups(self) -> dict:
        return self.match.groupdict()


def _month_day_iso(month: int, day: int, year: int | None, published: date | None,
                   context_year: int | None) -> tuple[str, str]:
    """(iso, inferred) for a day of a month, from its year, the publication date, or the article."""
    if year is not None or published is not None:
        return resolve_month_day(month, day, year, published), ""
    if context_year is not None:
        return resolve_month_day(month, day, context_year, None), "article"
    return (f"--{month:02d}-{day:02d}" if _safe_date(2000, month, day) else ""), ""


def _is_today(text: str, match: re.Match) -> bool:
    before = text[max(0, match.start() - 12):match.start()].lower()
    if any(re.search(rf"\b{lead}\s+$", before) for lead in TODAY_LEADS):
        return True
    return not before.strip() or before.rstrip()[-1:] in ".!?\n\"“"


def _resolve(raw: _Raw, text: str, published: date | None, context_year: int | None,
             story_day: date | None) -> DateMention | None:
    match, groups = raw.match, raw.groups
    start, end = match.start(), match.end()
    reference, inferred = (published, "") if published is not None else (story_day, "article")
    if groups.get("rel"):
        word = groups["rel"].lower()
        if word == "today" and not _is_today(text, match):
            return None
        if reference is None:
            return DateMention(start, end, "", "day")
        shift = {"yesterday": -1, "today": 0, "tomorrow": 1}[word]
        return DateMention(start, end, (reference + timedelta(days=shift)).isoformat(), "day", inferred)
    if groups.get("relyear"):
        if reference is None:
            return DateMention(start, end, "", "year")
        shift = {"last": -1, "past": -1, "this": 0, "next": 1}[groups["relyear"].lower()]
        return DateMention(start, end, str(reference.year + shift), "year", inferred)
    if groups.get("which"):
        which = groups["which"]
        sentence_start = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
        if WEEKDAY_LEADS.get(which.lower()) == "back" and FUTURE_BEFORE.search(text[sentence_start:start]):
            which = "starting"  # a future event counts ahead: "will be banned on Sunday"
        iso = resolve_weekday(which, WEEKDAYS[groups["weekday"].lower()], reference)
        return DateMention(start, end, iso, "day", inferred if iso else "")
    year = int(groups["year"]) if groups.get("year") else None
    if groups.get("part"):
        part = groups["part"].lower()
        if part == "mid":
            return DateMention(start, end, f"{year}-06", "month")
        if part.endswith("end of"):
            return DateMention(start, end, f"{year}-12", "month")
        return DateMention(start, end, f"{year}", "year")
    month_token = groups["month"]
    month = _month_number(month_token)
    if groups.get("day"):
        day = int(groups["day"])
        if not 1 <= day <= 31:
            return None
        iso, how = _month_day_iso(month, day, year, published, context_year)
        if groups.get("day2"):
            month2 = _month_number(groups["month2"]) if groups.get("month2") else month
            day2 = int(groups["day2"])
            if not 1 <= day2 <= 31 or (month2, day2) <= (month, day):
                return None
            iso2, _ = _month_day_iso(month2, day2, year, published, context_year)
            if not iso or not iso2:
                return None
            if iso[:2] != "--" and iso2 < iso:  # "Dec. 30 to Jan. 2": the second day is in the next year
                return None
            return DateMention(start, end, f"{iso}/{iso2}", "day", how)
        # "May 5" is safe; bare "may" as a verb never has a capital M plus a day number.
        return DateMention(start, end, iso, "day", how)
    if month_token.lower() in ("may", "march") and year is None:
        return None
    return DateMention(start, end, f"{year}-{month:02d}", "month")


def _raw_mentions(text: str) -> list[_Raw]:
    found: list[_Raw] = []
    for pattern in DATE_PATTERNS:
        for match in pattern.finditer(text):
            if match.groupdict().get("day2") and not _ordered_span(match):
                continue
            if any(r.match.start() < match.end() and match.start() < r.match.end() for r in found):
                continue
            found.append(_Raw(match))
    return sorted(found, key=lambda r: r.match.start())


def _ordered_span(match: re.Match) -> bool:
    """A span of days is written first day first ("January 24 to 25"); "March 25 to 3" is not one."""
    groups = match.groupdict()
    if groups.get("month2"):
        return _month_number(groups["month2"]) != _month_number(groups["month"]) or \
            int(groups["day2"]) > int(groups["day"])
    return int(groups["day2"]) > int(groups["day"])


def _context_year(raws: list[_Raw], position: int) -> int | None:
    """The year of the article's dated mention (day or month with its year) nearest `position`."""
    dated = [(abs(r.match.start() - position), int(r.groups["year"])) for r in raws
             if r.groups.get("year") and r.groups.get("month")]
    return min(dated)[1] if dated else None


def find_dates(text: str, published: date | None = None) -> list[DateMention]:
    """Every date mention of `text`, non-overlapping, in text order (see the module docstring for
    how dates without a year and relative days are resolved)."""
    raws = _raw_mentions(text)
    # first the calendar dates, then relative days counted from the story's latest named day
    absolute = {id(r): _resolve(r, text, published, _context_year(raws, r.match.start()), None)
                for r in raws if not (r.groups.get("rel") or r.groups.get("which") or r.groups.get("relyear"))}
    days = [date.fromisoformat(m.iso) for m in absolute.values()
            if m is not None and m.precision == "day" and re.fullmatch(r"\d{4}-\d\d-\d\d", m.iso)
            and not DEADLINE_LEAD.search(text[max(0, m.start - 12):m.start])]
    story_day = max(days) if days else None
    mentions = []
    for raw in raws:
        mention = absolute[id(raw)] if id(raw) in absolute else _resolve(raw, text, published, None, story_day)
        if mention is not None:
            mentions.append(mention)
    return mentions


def find_times(text: str) -> list[tuple[int, int]]:
    """Spans of clock times ("2:19 a.m.", "10.45pm", "00:00/00:00"), which are not figures."""
    return [(m.start(), m.end()) for m in TIME_PATTERN.finditer(text)]
