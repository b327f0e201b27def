"""The patterns that find date mentions in news text ("Jan. 16, 2025", "18-19 January", "last
Friday", "the 19th", "19.01.2025"), longest readings first, each guarded by a cheap substring test;
`newsreport.figures.dates` resolves what they find."""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsreport.figures.relative_days import WEEKDAY_LEADS

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
_LOWER_MONTH = (r"(?P<month>january|february|april|june|july|august|september|october|november|december|"
                r"jan\.|feb\.|apr\.|jun\.|jul\.|aug\.|sept\.|sep\.|oct\.|nov\.|dec\.|"
                # and in capitals (datelines, subheadings: "BEIJING, JAN 19", "UPDATED JANUARY 19, 2025")
                # ("MAY" and "MARCH" left out, as in lower case: verbs in a shouted line)
                r"JANUARY|FEBRUARY|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|"
                r"JAN\.?|FEB\.?|MAR\.|APR\.?|JUN\.?|JUL\.?|AUG\.?|SEPT\.?|SEP\.?|OCT\.?|NOV\.?|DEC\.?)")
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NAMED_DAYS = "".join(rf"(?<!{word}\s)" for word in ("Black", "Cyber", "Super", "Good", "Ash", "Holy", "Maundy",
                                                "Easter", "Giving", "Bloody", "Blue", "Fat", "Manic", "Palm"))
_LEADS = "|".join(sorted((re.escape(k) for k in WEEKDAY_LEADS), key=len, reverse=True))

# Nouns of data, trade and events that a month before them dates ("December exports", "January's ban").
MONTH_PERIOD_NOUNS = (
    r"(?:sales|exports|imports|figures?|data|numbers|report|reading|jobs|payrolls|inflation|meeting|meetings|"
    r"elections?|vote|referendum|deadline|gains?|loss|losses|decline|drop|fall|rise|surge|spike|slump|record|"
    r"high|low|peak|total|release|launch|ban|shutdown|outage|contracts?|futures|delivery|deliveries|session|"
    r"rally|sell-?off|survey|poll|issue|edition|budget|forecast|estimate|revenues?|output|production|shipments|"
    r"traffic|downloads|levels?|rates?|print|announcement|order|summit|hearing|ruling|visit|attack|storm|"
    r"floods?|earthquake|quake|wildfires?|opening|debut|update|cut|hike|increase|decrease|average|event|"
    r"conference|inauguration|deal|agreement|talks|protests?|strike|holidays?|crash|results|"
    r"earnings|prices|spending|unemployment|payroll)"
)

# Longest readings first: a span taken by an earlier pattern is not read again.
DATE_PATTERNS = [
    # numeric dates: ISO 8601 ("2025-01-19") and slashed ("1/19/2025", "19/01/2025", "9/11/01")
    re.compile(r"(?<![\d/.-])(?P<year>(?:1[89]|20)\d\d)(?P<sep>[-/])(?P<nmonth>0[1-9]|1[0-2])(?P=sep)(?P<nday>[0-3]\d)"
               r"(?![\d/-]|\.\d)"),
    # day first with dots, as in most of Europe ("19.01.2025"); not a version ("version 2.10.2024")
    re.compile(r"(?<![\w.])(?<![Vv]ersion\s)(?<![Rr]elease\s)(?P<nday>[0-3]?\d)\.(?P<nmonth>[01]?\d)\."
               r"(?P<year>(?:1[89]|20)\d\d)(?![\d]|\.\d)"),
    re.compile(r"(?<![\d/.-])(?P<sa>[0-3]?\d)/(?P<sb>[0-3]?\d)/(?P<sy>(?:1[89]|20)\d\d|\d\d)(?![\d/-]|\.\d)"),
    # a weekday naming its slashed date, one figure ("Sunday, 19/01", "Monday 1/20")
    re.compile(rf"\b{_WEEKDAY},?\s+(?:(?P<smonth>1[0-2]|0?[1-9])/(?P<sday>3[01]|[12]\d|0?[1-9])|"
               r"(?P<sday_first>1[3-9]|2\d|3[01])/(?P<smonth_second>0?[1-9]|1[0-2]))(?<!24/7)(?![\d/]|[.,]\d|\s*%)"),
    # a slashed month and day without a year after a word of time ("on 1/19", "until 3/14", "Sun. 1/19");
    # not a fraction ("on 1/3 of the land", "cut by 1/4"): after "by", "before", "after", "was", "is"
    # only a day that is no common denominator ("the deadline was 1/19")
    re.compile(r"(?:" + "|".join(rf"(?<=\b{lead}\s)" for lead in (
        "on", "On", "by", "By", "until", "Until", "till", "through", "thru", "since", "Since", "before", "Before",
        "after", "After", "starting", "effective", "dated", "was", "is", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun",
        "Mon.", "Tue.", "Wed.", "Thu.", "Fri.", "Sat.", "Sun.", "Monday", "Tuesday", "Wednesday", "Thursday",
        "Friday", "Saturday", "Sunday", "Mon,", "Tue,", "Wed,", "Thu,", "Fri,", "Sat,", "Sun,", "Monday,", "Tuesday,",
        "Wednesday,", "Thursday,", "Friday,", "Saturday,", "Sunday,"))
        # (month first, as US news writes it; day first only where the day cannot be a month and the month
        # has two digits: "on 19/01", but "24/7" is round the clock)
        + r")(?:(?P<smonth>1[0-2]|0?[1-9])/(?P<sday>3[01]|[12]\d|0?[1-9])|"
          r"(?P<sday_first>1[3-9]|2\d|3[01])/(?P<smonth_second>0[1-9]|1[0-2]))"
          r"(?![\d/]|[.,]\d|\s*(?:%|of\b|th\b))"),
    # the same with dashes, only with a four-digit year ("19-1-2025"): shorter runs are codes or scores
    re.compile(r"(?<![\d/.-])(?P<sa>[0-3]?\d)-(?P<sb>[0-3]?\d)-(?P<sy>(?:19|20)\d\d)(?![\d/-]|\.\d)"),
    # a span of days: "from January 24 to 25", "Jan. 24-26", "between March 3 and March 5, 2024"
    re.compile(rf"\b(?:(?:from|between)\s+)?{_MONTH}\s+{_DAY}\s*(?:-|–|to|through|and)\s*"
               rf"(?:(?P<month2>January|February|March|April|May|June|July|August|September|October|"
               rf"November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|"
               rf"Nov\.?|Dec\.?)\s+)?(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?(?![\d,.]\d)(?!\s*(?:%|per|percent))"
               rf"(?:,?\s+{_YEAR})?\b"),
    # the same written day first: "18-19 January", "from 3 to 5 March 2025"
    re.compile(rf"\b(?:(?:from|between)\s+)?{_DAY}\s*(?:-|–|to|through|and)\s*(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?"
               rf"\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?\b"),
    # a weekday naming its date: "Sunday, January 26", "Monday, Jan. 27, 2025", "Sunday 19 January",
    # "Sunday (January 19)"
    re.compile(rf"\b{_WEEKDAY}(?:,?\s+|\s*\()(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?\b"),
    re.compile(rf"\b{_WEEKDAY}(?:,?\s+|\s*\(){_MONTH}\s+{_DAY}(?![\d,.]\d)(?:,?\s+{_YEAR})?\b"),
    re.compile(rf"\b{_MONTH}(?:\s+|(?<=\.)|\s+the\s+(?=[0-3]?\d(?:st|nd|rd|th)\b)){_DAY}(?![\d,.]\d)"
               rf"(?:\s?,?\s+{_YEAR})?\b"),  # (also "January the 19th")
    # lower-cased text (wire transcripts, lower-cased feeds): "as of december 1", "due nov. 15, 1999"
    # ("may" and "march" are left out: "may 5" and "march 20 miles" are verbs)
    re.compile(rf"(?<![\w.]){_LOWER_MONTH}(?:\s+|(?<=\.)){_DAY}(?![\d,.]\d)(?!\s*(?:%|percent|per\b))"
               rf"(?:\s?,?\s+{_YEAR})?\b"),
    # (not the number of a labelled part of the month: "week 3 of January", "round 2 of March's talks")
    re.compile("".join(rf"(?<!\b[{word[0].upper()}{word[0]}]{word[1:]}\s)" for word in ("week", "game", "part", "leg",
                                                                                   "round", "stage", "phase"))
               + rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?\b"),
    re.compile(rf"\b{_DAY}-{_MONTH}-{_YEAR}\b"),  # "7-Mar-2022"
    re.compile(rf"\b{_MONTH}\s+(?:of\s+)?{_YEAR}\b"),
    # a comma between month and year after a word of time: "in April, 2024", "since January, 2023"
    # (not a name: "Theresa May, 2019")
    re.compile(r"(?:" + "|".join(rf"(?<=\b{lead}\s)" for lead in ("in", "In", "since", "Since", "until", "by", "from",
                                                                 "during", "of", "through", "before", "after"))
               + rf"){_MONTH},\s+{_YEAR}\b"),
    # ("end-2024", "end-March" as business and central-bank copy write the end of a period)
    re.compile(rf"\b(?P<part>mid|early|late|end of|the end of|beginning of|start of|end(?=-))[\s\-]+{_YEAR}\b",
               re.IGNORECASE),
    # a month named without a day or year, after a word that makes it a time ("in January", "since
    # March", "last April", "mid-January", "In December," opening a sentence); its year comes from the
    # publication date or the article
    re.compile(r"\b(?:(?P<mpart>mid|early|late|(?:the\s+)?(?:end|beginning|start|middle|rest)\s+of|end(?=-)|"
               r"(?i:all|most|much|part)\s+of)[\s-]+|"
               r"(?P<mlead>(?i:in|since|by|until|till|to|through|throughout|during|before|after|from|between|last|this|"
               r"next|beyond|into|towards|toward|ahead of|"
               # British comparisons: "a rise of 10% on August", "down 2% on March" ("on May" may be a person)
               r"on(?=\s+(?!May\b))))\s+)"
               r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)"
               r"\b(?![\s,.]*\d)(?!['’]s)(?!\s+(?:[A-Z]|and\s+[A-Z][a-z]+\s+\d))"),
    # a month coordinated with one just named, or ending a span of months: "in January and February",
    # "between March and May", "from June to August", "in November, December and January"
    # (the month before the joint is checked by `_follows_a_month`: a look-behind per month and joint
    # cost more than the rest of the date patterns)
    re.compile("(?:" + "|".join(rf"(?<={joint})" for joint in (" and ", " or ", " to ", " through ", " until ", ", "))
               + r")(?P<mfollow>)(?P<month>January|February|March|April|May|June|July|August|September|October|"
               r"November|December)\b(?![\s,.]*\d)(?!['’]s)(?!\s+(?:[A-Z]|and\s+[A-Z][a-z]+\s+\d))"),
    # a month naming the period of what follows, as a modifier or a possessive: "December exports",
    # "the March wheat contract", "January's deadline", "November's election". A noun of data,
    # trade or events must follow (two words may stand between), so names stay out ("June Carter",
    # "April's mother"); "May" is left out ("May's government" is a person's).
    re.compile(r"\b(?<![.-])(?P<mnoun>)(?P<month>January|February|March|April|June|July|August|September|October|"
               r"November|December)(?=(?:['’]s)?(?:\s+[a-z]+){0,2}\s+" + MONTH_PERIOD_NOUNS + r"\b)"),
    # the same two in lower-cased text ("in august", "since july", "the december contract"); "may" and
    # "march" are left out, as verbs
    re.compile(r"\b(?P<mlead>in|since|by|until|through|during|before|after|from|last|this|next)\s+"
               r"(?P<month>january|february|april|june|july|august|september|october|november|december)"
               r"\b(?![\s,.]*\d)(?!['’]s)"),
    re.compile(r"\b(?<![.-])(?P<mnoun>)(?P<month>january|february|april|june|july|august|september|october|"
               r"november|december)(?=(?:['’]s)?(?:\s+[a-z]+){0,2}\s+" + MONTH_PERIOD_NOUNS + r"\b)"),
    # a weekday with its day number and no month: "Sunday the 19th", "Friday, the 8th"
    re.compile(rf"\b{_WEEKDAY},?\s+(?:the\s+)?(?P<wday>[1-3]?\d)(?:st|nd|rd|th)\b"
               r"(?!\s+(?:century|centuries|anniversary|birthday|place|round|floor|minute|hole|inning|time)\b)"),
    # (and the parts of a day named from it: "last night", "tonight", "this morning")
    re.compile(r"\b(?P<rel>yesterday|today|tomorrow|tonight|last\s+night|this\s+(?:morning|afternoon|evening))\b",
               re.IGNORECASE),
    # a year named from the year last written: "that same year", "the following year". A span counted
    # from it ("a year later", like "a week prior") names no calendar year and is no figure.
    re.compile(r"\b(?P<anayear>(?:that|the)\s+(?:same|very)\s+year|that\s+year|the\s+(?:following|next|previous|"
               r"prior|preceding)\s+year)\b(?!['’]s)", re.IGNORECASE),
    # a year named from the reference day: "last year", "this year", "next year"
    # ("the past year", "the last year" are the twelve months before, a span and no calendar year)
    re.compile(r"(?<!\bthe\s)\b(?P<relyear>last|this|next|past)\s+year\b", re.IGNORECASE),
    re.compile(rf"\b(?P<which>{_LEADS})\s+{_WEEKDAY}\b", re.IGNORECASE),
    # a bare weekday ("said Monday", "Tuesday's vote"); not in names ("Black Friday", "the Sunday Times")
    re.compile(rf"{_NAMED_DAYS}\b(?P<bare>{_WEEKDAY})\b(?!s\b)(?!\s+[A-Z])"),
    # a day of the month named by its number alone: "by the 19th", "on the 4th." An ordinal before a
    # noun is not a day ("the 19th century", "the 3rd round"), so only punctuation, the end of the
    # text or a joining word may follow.
    # (the lead is checked behind "the" once "the" has matched: a literal first keeps the scan fast)
    re.compile(r"\bthe(?:" + "|".join(rf"(?<=\b{lead}\sthe)" for lead in ("on", "by", "to", "until", "till", "since",
                                                                        "before", "after", "from", "through", "and"))
               + r")\s+"
               r"(?P<mday>[1-3]?\d)(?:st|nd|rd|th)\b(?=\s*(?:[,.;:)!?\u2014\u2013]|$|\s(?:and|or|when|to|until|"
               r"through|at|as|but|after|before|in|with|for|of\s+(?:this|that|last|next)\s+month)\b))", re.IGNORECASE),
]

# Times of day are not figures ("2:19 a.m.", "10.45pm", "00:00", "5am").

TIME_PATTERN = re.compile(
    r"\b\d{1,2}(?:[:.]\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b)|\b\d{1,2}:\d{2}(?::\d{2})?\b"
    r"(?:/\d{1,2}:\d{2})?"
)


def month_number(token: str) -> int:
    """1-12 for a month name or its abbreviation ("Sept.")."""
    return MONTHS[token.lower().rstrip(".")]


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


@dataclass(frozen=True)
class RawMention:
    """One match of DATE_PATTERNS, before resolution."""

    match: re.Match

    @property
    def groups(self) -> dict:
        return self.match.groupdict()


_LOWER_MONTH_NAMES = ("january", "february", "april", "june", "july", "august", "september", "october", "november",
                      "december")
_LOWER_MONTH_PREFIXES = ("jan", "feb", "apr", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
                         "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
_MONTH_PREFIXES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# For each of DATE_PATTERNS, words or marks any match must contain: most sentences name no date,
# and a substring test is far cheaper than a regex scan (text, lower-cased text, has a month name).
_DATE_GUARDS = (
    lambda text, lower, month: "-" in text or "/" in text, lambda text, lower, month: "." in text,
    lambda text, lower, month: "/" in text, lambda text, lower, month: "/" in text, lambda text, lower, month: "/" in text,
    lambda text, lower, month: "-" in text,
    *[lambda text, lower, month: month] * 5,
    lambda text, lower, month: any(prefix in text for prefix in _LOWER_MONTH_PREFIXES),
    *[lambda text, lower, month: month] * 3,
    lambda text, lower, month: month and (", 1" in text or ", 2" in text),  # "in April, 2024"
    lambda text, lower, month: any(w in lower for w in ("mid", "early", "late", "end of", "end-", "beginning",
                                                        "start of")),
    lambda text, lower, month: month, lambda text, lower, month: month,
    lambda text, lower, month: month and any(name in text for name in _MONTH_NAMES),
    *[lambda text, lower, month: any(name in text for name in _LOWER_MONTH_NAMES)] * 2,
    lambda text, lower, month: "day" in lower,
    lambda text, lower, month: any(w in lower for w in ("day", "tomorrow", "night", "morning", "afternoon",
                                                        "evening")),
    lambda text, lower, month: "year" in lower, lambda text, lower, month: "year" in lower,
    lambda text, lower, month: "day" in lower, lambda text, lower, month: "day" in lower,
    lambda text, lower, month: "the" in lower,
)


def raw_mentions(text: str) -> list[RawMention]:
    """Every date pattern's matches in `text`, none overlapping a longer reading, in text order."""
    found: list[RawMention] = []
    taken = bytearray(len(text))  # characters read by an earlier (longer) pattern
    lower = text.lower()
    month = any(prefix in text for prefix in _MONTH_PREFIXES)
    for pattern, guard in zip(DATE_PATTERNS, _DATE_GUARDS, strict=True):
        if not guard(text, lower, month):
            continue
        for match in pattern.finditer(text):
            if match.groupdict().get("day2") and not _ordered_span(match):
                continue
            if match.groupdict().get("mfollow") is not None and not _follows_a_month(found, text, match.start()):
                continue  # "June and April" as names: only a month after a month read as a date follows
            if any(taken[match.start():match.end()]):
                continue
            taken[match.start():match.end()] = b"\x01" * (match.end() - match.start())
            found.append(RawMention(match))
    return sorted(found, key=lambda r: r.match.start())


def _follows_a_month(found: list[RawMention], text: str, start: int) -> bool:
    """Whether a month mention found so far ends right before the joint ending at `start` (", ",
    " and ", " to ", ...), itself following a month or a list of them."""
    joint = re.search(r"(?:,\s*|\s+(?:and|or|to|through|until)\s+)$", text[max(0, start - 10):start])
    return bool(joint) and text.endswith(_MONTH_NAMES, 0, start - len(joint.group())) \
        and any(raw.match.end() == start - len(joint.group()) and raw.groups.get("month") for raw in found)


def _ordered_span(match: re.Match) -> bool:
    """A span of days is written first day first ("January 24 to 25"); "March 25 to 3" is not one."""
    groups = match.groupdict()
    if groups.get("month2"):
        return month_number(groups["month2"]) != month_number(groups["month"]) or \
            int(groups["day2"]) > int(groups["day"])
    return int(groups["day2"]) > int(groups["day"])
