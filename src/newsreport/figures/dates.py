"""Finding dates in news text and resolving them to ISO strings.

A date written in full ("Jan. 16, 2025", "1/19/2025", "June 2021", "mid-2024") is read as written.
A date without a year ("January 19", "the 19th") takes the publication year, else the year of the
article's nearest date written with its year. Relative days ("yesterday", "last Friday", "starting
Sunday") are resolved against the publication date, else against the article's own dates
(`newsreport.figures.relative_days`); the mention records when its date was inferred. Given the
corpus's publication span (`newsreport.figures.years` does this), what is still open is dated from
the span (`newsreport.figures.span_years`): "--MM-DD" (ISO 8601's form without a year, what a date
keeps otherwise) takes the year that puts it in the span, and relative days in an article naming
no day count from its last day, moved by whole weeks to the days the corpus's dated articles name
most when they clearly name one week more, and by days to tell its weekdays as one run
(`undated_days.timeline_reference`). Compiled regexes only: dateparser was measured at well under
a thousand strings a second, too slow for every sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from dataclasses import replace
from datetime import date

from newsreport.figures.date_patterns import (TIME_PATTERN, WEEKDAYS, DateMention, RawMention, month_number,
                                             raw_mentions)
from newsreport.figures.relative_days import (clause_tense, date_compared_months, join_weekday_after_date,
                                              link_weekdays_to_the_day_before, nearest_anchor, writing_anchor,
                                              year_before)
from newsreport.figures.quoted_days import date_quoted_today
from newsreport.figures.span_years import (FULL_DAY, bare_month_year, fill_partial, month_day_year,
                                          nearest_in_span, safe_date)
from newsreport.figures.undated_days import resolve_from_reference, resolve_relative, timeline_reference


def resolve_month_day(month: int, day: int, year: int | None, published: date | None, tense: str = "") -> str:
    """ISO date for a month and day; a missing year comes from the publication date and the tense
    the date is told in (`span_years.month_day_year`)."""
    if year is not None:
        found = safe_date(year, month, day)
    else:
        found = month_day_year(month, day, published, tense) if published is not None else None
    return found.isoformat() if found else ""


def _month_day_iso(month: int, day: int, year: int | None, published: date | None,
                   context: date | None, tense: str) -> tuple[str, str]:
    """(iso, inferred) for a day of a month, from its year, the publication date, or the article's
    nearest date written with its year (`context`)."""
    if year is not None or published is not None:
        return resolve_month_day(month, day, year, published, tense), ""
    if context is not None:  # (the article was written after its own dates: a past tense says nothing)
        return resolve_month_day(month, day, None, context, tense if tense.startswith("future") else ""), "article"
    return (f"--{month:02d}-{day:02d}" if safe_date(2000, month, day) else ""), ""


def _is_relative(raw: RawMention) -> bool:
    groups = raw.groups
    return bool(groups.get("rel") or groups.get("relyear") or groups.get("which") or groups.get("bare")
                or groups.get("mday") or groups.get("anayear") or groups.get("wday"))


# A preposition of time right before a day: the day is when the clause's verb happens.
TIME_OF_VERB_BEFORE = re.compile(r"\b(?:on|by|until|till|from|starting|before|after|through|effective|expires|ends|"
                                 r"begins|starts|opens|closes|resumes|lapses)\s+$", re.IGNORECASE)
MONTH_NAMED = re.compile(r"(?:\d{4}|-)-\d\d")  # an ISO value that names a month ("2025-01", "--01-19")


def _day_of_month(raw: RawMention, last_month: DateMention | None, published: date | None,
                  span: tuple[date, date] | None = None) -> DateMention | None:
    """"the 19th": the day of the month the article last named before it (`last_month`: "January
    13 ... by the 19th"), else of the publication month (the month before when the day is still to
    come and the clause is told in the past, the month after when it has passed and the clause is told
    in the future), else of the month that puts it nearest the corpus
    `span`. '' when none gives a month (the corpus-level pass may date it); None for no such day."""
    start, end, day = raw.match.start(), raw.match.end(), int(raw.groups["mday"])
    if not 1 <= day <= 31:
        return None
    if last_month is not None:
        if last_month.iso.startswith("--"):  # a month without its year yet: "--01-13"
            month = int(last_month.iso[2:4])
            return DateMention(start, end, f"--{month:02d}-{day:02d}", "day", "article") \
                if safe_date(2000, month, day) else None
        month_of = last_month.iso[:7]
        iso = f"{month_of}-{day:02d}"
        valid = safe_date(int(month_of[:4]), int(month_of[-2:]), day)
        return DateMention(start, end, iso, "day", "article") if valid else None
    if published is None:
        if span is None:
            return DateMention(start, end, "", "day")
        found = day_near_span(day, span)
        return DateMention(start, end, found.isoformat(), "day", "corpus") if found else None
    year, month = published.year, published.month
    tense = clause_tense(raw.match.string, start, end) if day != published.day else ""
    if day > published.day and tense == "past":
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    elif day < published.day and tense == "future":  # "the museum reopens on the 15th", written on the 20th
        year, month = (year, month + 1) if month < 12 else (year + 1, 1)
    found = safe_date(year, month, day)
    return DateMention(start, end, found.isoformat(), "day", "") if found else None


def day_near_span(day: int, span: tuple[date, date]) -> date | None:
    """The `day` of the month, in the month that puts it inside the corpus span or nearest it."""
    months = (anchor.year * 12 + anchor.month - 1 + shift for shift in range(-1, 2) for anchor in span)
    return nearest_in_span((safe_date(index // 12, index % 12 + 1, day) for index in months), span)


def _weekday_numbered(raw: RawMention, reference: date | None, inferred: str) -> DateMention:
    """"Sunday the 19th": the 19th that is a Sunday in the month nearest `reference` (within three
    months either side); '' when there is no reference or no such day near it."""
    start, end = raw.match.start(), raw.match.end()
    day, weekday = int(raw.groups["wday"]), WEEKDAYS[raw.groups["weekday"].lower()]
    if reference is None:
        return DateMention(start, end, "", "day")
    candidates = []
    for shift in range(-3, 4):
        index = reference.year * 12 + reference.month - 1 + shift
        found = safe_date(index // 12, index % 12 + 1, day)
        if found is not None and found.weekday() == weekday:
            candidates.append(found)
    if not candidates:
        return DateMention(start, end, "", "day")
    best = min(candidates, key=lambda d: abs((d - reference).days))
    return DateMention(start, end, best.isoformat(), "day", inferred)


def _resolve_absolute(raw: RawMention, published: date | None, context: date | None) -> DateMention | None:
    """A date written as a calendar date, its year from the text, `published` or `context` (the
    article's nearest date written with its year)."""
    match, groups = raw.match, raw.groups
    start, end = match.start(), match.end()
    year = int(groups["year"]) if groups.get("year") else None
    if groups.get("part"):
        part = groups["part"].lower()
        if part == "mid":
            return DateMention(start, end, f"{year}-06", "month")
        if part.endswith("end of") or part == "end":
            return DateMention(start, end, f"{year}-12", "month")
        return DateMention(start, end, f"{year}", "year")
    if groups.get("nmonth") or groups.get("sa"):
        return _numeric_date(raw, year)
    if groups.get("smonth") or groups.get("sday_first"):  # "on 1/19": its year as for "January 19"
        month, day = (int(groups["smonth"]), int(groups["sday"])) if groups.get("smonth") else \
            (int(groups["smonth_second"]), int(groups["sday_first"]))
        if day <= 12 and re.search(r"\b(?:by|before|after|was|is)\s$", match.string[max(0, start - 8):start],
                                   re.IGNORECASE):
            return None  # "cut by 1/4", "the share was 1/5": a fraction
        iso, how = _month_day_iso(month, day, None, published, context, clause_tense(match.string, start, end))
        return DateMention(start, end, iso, "day", how)
    month_token = groups["month"]
    month = month_number(month_token)
    if groups.get("mlead") or groups.get("mpart") or groups.get("mfollow") is not None \
            or groups.get("mnoun") is not None:
        return _bare_month(raw, month, published, context)
    if groups.get("day"):
        day = int(groups["day"])
        if not 1 <= day <= 31:
            return None
        tense = clause_tense(match.string, start, end) if year is None else ""
        if tense == "future" and TIME_OF_VERB_BEFORE.search(match.string, max(0, start - 12), start):
            tense = "future-time"  # "will end on August 29": the day is the verb's time, however far ahead
        iso, how = _month_day_iso(month, day, year, published, context, tense)
        if groups.get("day2"):
            month2 = month_number(groups["month2"]) if groups.get("month2") else month
            day2 = int(groups["day2"])
            if not 1 <= day2 <= 31 or (month2, day2) <= (month, day):
                return None
            iso2, _ = _month_day_iso(month2, day2, year, published, context, tense)
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


def _bare_month(raw: RawMention, month: int, published: date | None, context: date | None) -> DateMention:
    """"in January", "mid-January", "last April": a month; '--MM' when nothing dates it yet (the
    corpus span fills it)."""
    groups, match = raw.groups, raw.match
    start = match.start() if groups.get("mpart") else match.start("month")
    if (groups.get("mlead") or "").lower() in ("last", "next", "this"):
        start = match.start()
    lead = (groups.get("mlead") or "").lower()
    if published is not None or context is not None:
        # the article's own date is no writing time: a month told in the past may lie after it
        tense = clause_tense(match.string, match.start(), match.end()) if published else ""
        year = bare_month_year(month, lead, published or context, tense)
        return DateMention(start, match.end(), f"{year}-{month:02d}", "month", "" if published else "article")
    return DateMention(start, match.end(), f"--{month:02d}", "month")


def _numeric_date(raw: RawMention, year: int | None) -> DateMention | None:
    """"2025-01-19", "1/19/2025" or "19/1/2025": a slashed date is read day first when its first
    number cannot be a month, month first otherwise (the US order most English news uses); a
    two-digit year is of this century up to 50 years ahead of 2000, else of the last."""
    groups, match = raw.groups, raw.match
    if groups.get("nmonth"):
        month, day = int(groups["nmonth"]), int(groups["nday"])
    else:
        first, second = int(groups["sa"]), int(groups["sb"])
        month, day = (second, first) if first > 12 else (first, second)
        short = groups["sy"]
        year = int(short) if len(short) == 4 else (2000 + int(short) if int(short) <= 50 else 1900 + int(short))
    found = safe_date(year, month, day)
    return DateMention(match.start(), match.end(), found.isoformat(), "day") if found else None

def _written_day(raw: RawMention) -> date | None:
    """The day a date written with its year names (the 15th for a month alone), or None."""
    groups = raw.groups
    month = month_number(groups["month"])
    day = int(groups["day"]) if groups.get("day") and groups["day"].isdigit() else 15
    return safe_date(int(groups["year"]), month, day) or safe_date(int(groups["year"]), month, 15)


def _context_date(dated: list[tuple[int, date]], position: int) -> date | None:
    """The article's dated mention (a day or month with its year, the 15th standing for a month;
    `dated` holds (start, date) in text order) nearest `position`."""
    index = bisect_left(dated, (position,))
    near = [(abs(start - position), day) for start, day in dated[max(0, index - 1):index + 1]]
    return min(near)[1] if near else None


def find_dates(text: str, published: date | None = None, span: tuple[date, date] | None = None,
               timeline: Mapping[str, int] | None = None) -> list[DateMention]:
    """Every date mention of `text`, non-overlapping, in text order. Dates without a year and
    relative days are resolved as the module docstring says; `span` (the corpus's first and last
    publication day) is the last resort for what the article itself leaves open, moved by whole
    weeks to the days the corpus names most when `timeline` (ISO day -> mentions) is given."""
    raws = raw_mentions(text)
    if published is None and (writing := dateline_day(text, raws, span)) is not None:
        # a wire dateline ("SHANGHAI, Jan 15 (Wire) -") is the day the article was filed: it dates
        # the rest as a publication date would; what it dates is inferred, from the article (or
        # from the corpus, when the dateline's own year came from the span)
        day, how = writing
        return [m if m.inferred or YEAR_WRITTEN.search(text, m.start, m.end) else replace(m, inferred=how)
                for m in find_dates(text, day, span, timeline)]
    dated = [(r.match.start(), day) for r in raws if r.groups.get("year") and r.groups.get("month")
             and (day := _written_day(r)) is not None]
    absolute: dict[int, DateMention | None] = {}
    for raw in raws:
        if _is_relative(raw):
            continue
        mention = _resolve_absolute(raw, published, _context_date(dated, raw.match.start()))
        if mention is not None and span is not None and "--" in mention.iso:
            filled = fill_partial(mention.iso, span)
            if mention.precision == "month":  # a bare month told in the past lies before the span's end
                lead, month = (raw.groups.get("mlead") or "").lower(), month_number(raw.groups["month"])
                tense = clause_tense(text, raw.match.start(), raw.match.end())
                filled = f"{bare_month_year(month, lead, span[1], tense)}-{month:02d}"
            mention = replace(mention, iso=filled, inferred="corpus" if "--" not in filled else "")
        absolute[id(raw)] = mention
    # "the 19th" takes the month last named, else the publication or corpus month; it then anchors
    months = [m for r in raws if (m := absolute.get(id(r))) is not None and MONTH_NAMED.match(m.iso)]
    month_ends = [m.end for m in months]
    for raw in raws:
        if raw.groups.get("mday"):
            index = bisect_right(month_ends, raw.match.start())
            mention = _day_of_month(raw, months[index - 1] if index else None, published, span)
            if mention is not None and span is not None and "--" in mention.iso:
                mention = replace(mention, iso=fill_partial(mention.iso, span), inferred="corpus")
            absolute[id(raw)] = mention
    # a weekday with its day number ("Sunday the 19th") is dated from the publication date, else the
    # corpus span, else the article's nearest explicit day; it then anchors like an explicit date
    explicit = sorted((m.start, date.fromisoformat(m.iso[:10])) for m in absolute.values()
                      if m is not None and m.precision == "day" and FULL_DAY.match(m.iso))
    for raw in raws:
        if raw.groups.get("wday"):
            if published is not None or span is not None:
                reference, how = (published, "") if published is not None else (span[1], "corpus")
            elif explicit:
                reference, how = nearest_anchor(explicit, raw.match.start())[1], "article"
            else:
                reference, how = None, ""
            absolute[id(raw)] = _weekday_numbered(raw, reference, how)
    # the article's explicit days anchor its relative days when the publication date is unknown
    anchors = [(m.start, date.fromisoformat(m.iso[:10]), m.inferred) for m in absolute.values()
               if m is not None and m.precision == "day" and FULL_DAY.match(m.iso)]
    anchors.sort()
    offsets = [anchor[0] for anchor in anchors]
    ends = {m.start: m.end for m in absolute.values() if m is not None}
    tenses = [clause_tense(text, offset, ends[offset]) for offset in offsets] if published is None else []
    tense_at = dict(zip(offsets, tenses))
    for offset in offsets:  # a date opening a span up to the writing time: "since January 13"
        if published is None and SINCE_BEFORE.search(text, max(0, offset - 8), offset):
            tense_at[offset] = "since"
    mentions = []
    relative_year: tuple[int, int | None] | None = None  # where the last "last/this/next year" is, its year
    fallback: dict[int, DateMention] | None = None
    for raw in raws:
        if id(raw) in absolute:
            mention = absolute[id(raw)]
        elif raw.groups.get("anayear"):
            year = year_before(text, raw.match.start(), raw.groups["anayear"],
                               relative_year if relative_year and relative_year[1] else None)
            mention = DateMention(raw.match.start(), raw.match.end(), year, "year", "article") if year else None
            if mention is None and relative_year and raw.match.start() - 600 <= relative_year[0]:
                # after a "last year" left open (an undated article), open too: the corpus span dates both
                mention = DateMention(raw.match.start(), raw.match.end(), "", "year")
        elif published is not None:
            mention = resolve_relative(raw, text, published, "", "back")
        elif anchors:
            offset, day, how = writing_anchor(anchors, raw.match.start(), offsets, text, tenses)
            mention = resolve_relative(raw, text, day, "corpus" if how == "corpus" else "article", "nearest",
                                       tense_at[offset])
        elif span is not None:
            if fallback is None:
                relative = [r for r in raws if r.groups.get("which") or r.groups.get("bare") or r.groups.get("rel")]
                reference = timeline_reference(relative, text, span, timeline or {})
                fallback = resolve_from_reference(relative, text, reference)
            mention = fallback.get(id(raw)) or resolve_relative(raw, text, span[1], "corpus", "back")
        else:
            mention = resolve_relative(raw, text, None, "", "back")
        if mention is not None:
            mentions.append(mention)
            if raw.groups.get("relyear"):  # "Last year ... That same year"
                relative_year = (mention.start, int(mention.iso) if mention.iso else None)
    mentions = date_compared_months(link_weekdays_to_the_day_before(mentions, text), text)
    return join_weekday_after_date(date_quoted_today(mentions, text), text)


SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)
YEAR_WRITTEN = re.compile(r"\b(?:1[89]|20)\d\d\b|['’]\d\d\b")
# A dateline opens the body or a line: a place in capitals (or several joined by "/"), a comma, the
# month and day, then an agency in brackets or a dash ("BEIJING, Jan 19 (Reuters) -", "WASHINGTON,
# January 14 —"); the date it gives is the day of filing.
DATELINE_PLACE = re.compile(r"(?:^|\n)[A-Z][A-Z.'’ -]*[A-Z](?:/[A-Z][A-Z.'’ -]*[A-Z])*(?:\s*\([^()\n]{1,30}\))?,\s*$")
DATELINE_AFTER = re.compile(r"\s*(?:\([^()\n]{1,30}\)\s*)?[-—–]")


def dateline_day(text: str, raws: list[RawMention], span: tuple[date, date] | None) -> tuple[date, str] | None:
    """The day a dateline in the article's first lines gives, and how its year is known ('article'
    when written, 'corpus' when it comes from `span`), or None."""
    for raw in raws:
        start = raw.match.start()
        if start > 400:
            break
        if not (raw.groups.get("month") and raw.groups.get("day")) or raw.groups.get("day2") \
                or not DATELINE_PLACE.search(text, max(0, start - 60), start) \
                or not DATELINE_AFTER.match(text, raw.match.end()):
            continue
        mention = _resolve_absolute(raw, None, None)
        if mention is None or mention.precision != "day":
            return None
        iso, how = mention.iso, "article"
        if "--" in iso:
            if span is None:
                return None
            iso, how = fill_partial(iso, span), "corpus"
        return (date.fromisoformat(iso), how) if FULL_DAY.match(iso) else None
    return None


def find_times(text: str) -> list[tuple[int, int]]:
    """Spans of clock times ("2:19 a.m.", "10.45pm", "00:00/00:00"), which are not figures."""
    return [(m.start(), m.end()) for m in TIME_PATTERN.finditer(text)]
