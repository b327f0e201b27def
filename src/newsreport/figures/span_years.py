"""Years for dates written without one, from the corpus's publication span: "--01-19" (ISO 8601's
form without a year) takes the year that puts the day inside the span, or nearest it."""

from __future__ import annotations

import re
from datetime import date

PARTIAL_DAY = re.compile(r"--(\d\d)-(\d\d)")
FULL_DAY = re.compile(r"\d{4}-\d\d-\d\d")
PARTIAL_MONTH = re.compile(r"--(\d\d)")


def nearest_month(month: int, reference: date) -> str:
    """'YYYY-MM' for `month` in the year that puts it nearest `reference` (the past on a tie)."""
    return f"{bare_month_year(month, '', reference)}-{month:02d}"


def safe_date(year: int, month: int, day: int) -> date | None:
    """The date, or None when the day does not exist ("February 30")."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


# How far past a reference day a date told in the past may lie (or before it, one told in the future)
# before it moves a year: tense is read roughly ("four games left" reads as a past), and a story's own
# days lie near its writing.
TENSE_SLACK_DAYS = 60


def month_day_year(month: int, day: int, reference: date, tense: str = "") -> date | None:
    """The day `month`-`day` dated from a reference day (the publication date, or the article's own
    date): in the reference's year, or the year before when that puts it more than half a year after
    the reference; told in the past, the latest not more than two months after the reference ("signed
    it on April 24" in January: last April), told in the future the first not more than two months
    before it ("will report on Jan. 3" in December: next January); tense 'future-time', a future verb
    whose time the day is ("will end on August 29"), puts it ahead however far (written in January,
    this August; but "will speak about the December 12 attack" is last December's)."""
    candidate = safe_date(reference.year, month, day)
    if candidate is None:
        return None
    ahead = (candidate - reference).days
    if (ahead > 183 and tense != "future-time") or (tense == "past" and ahead > TENSE_SLACK_DAYS):
        return safe_date(reference.year - 1, month, day)
    if tense in ("future", "future-time") and ahead < -TENSE_SLACK_DAYS:
        return safe_date(reference.year + 1, month, day)
    return candidate


def nearest_in_span(candidates, span: tuple[date, date]) -> date | None:
    """The first of `candidates` (dates, None skipped) inside the span, or nearest to it."""
    first, last = span
    best = None
    for candidate in candidates:
        if candidate is None:
            continue
        distance = max((first - candidate).days, (candidate - last).days, 0)
        if best is None or distance < best[0]:
            best = (distance, candidate)
    return best[1] if best else None


def year_in_span(month: int, day: int, span: tuple[date, date]) -> date | None:
    """The day `month`-`day` in the year that puts it inside the span, or nearest to it."""
    return nearest_in_span((safe_date(year, month, day) for year in range(span[0].year - 1, span[1].year + 2)), span)


def fill_partial(value: str, span: tuple[date, date]) -> str:
    """'--MM-DD' (or a span of them) with its year from the corpus span; other values unchanged."""
    month = PARTIAL_MONTH.fullmatch(value)
    if month:  # a month without a year: the year that puts it nearest the span's end
        return nearest_month(int(month.group(1)), span[1])
    parts = []
    for part in value.split("/"):
        partial = PARTIAL_DAY.fullmatch(part)
        if partial:
            day = year_in_span(int(partial.group(1)), int(partial.group(2)), span)
            if day is None:
                return value
            part = day.isoformat()
        parts.append(part)
    return "/".join(parts)


def bare_month_year(month: int, lead: str, reference: date, tense: str = "") -> int:
    """The year of a month named without one, from a reference day: "last April" the latest April
    before the reference month, "next March" the first after it; told in the past, the latest not
    after the month following the reference month (tense is read roughly: "asked for the quota to be
    cut from April" in March is this April; but a past "in" a month is never ahead), in the future the first on or after the reference month
    (a future is read from its markers, "will", "set to", more surely than a past from its -ed forms);
    otherwise the next such month when it is at most three months ahead, else the last one (news
    reports more than it forecasts: "the record set in July", written in February, is last July)."""
    if lead == "last":
        return reference.year if month < reference.month else reference.year - 1
    if lead == "next":
        return reference.year if month > reference.month else reference.year + 1
    if lead == "this":
        return reference.year
    ahead, behind = (month - reference.month) % 12, (reference.month - month) % 12
    # (a month a past event happened "in" lies behind: "exports fell 3% in February", written in January,
    # is last February; one led by "from", "until", "by" may still be a schedule)
    # (the end of a span told in the present is a schedule: "the pause runs until July", "the exemption
    # lasts till December" lie ahead)
    untold = 11 if lead in ("until", "till") else 3
    forward = ahead <= {"past": 0 if lead in ("in", "during", "throughout") else 1, "future": 11}.get(tense, untold)
    index = reference.year * 12 + reference.month - 1 + (ahead if forward else -behind)
    return index // 12
