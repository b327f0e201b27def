"""The time a figure refers to: a quarter named in its clause ("third-quarter revenue of $2.1 billion
on Wednesday" is the third quarter's, the day dates the report), a date or year in its sentence
(preferring one led by "in", "by", "as of"), "the following year" after an earlier period, "last
year", else the publication month."""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date
from typing import TYPE_CHECKING

from newsreport.figures.quarters import EXPECTATION, quarter_spans, stated_quarter
from newsreport.figures.relative_days import clause_tense

if TYPE_CHECKING:
    from newsreport.figures.scan import Scan

PERIOD_LEAD = re.compile(r"(?:\bin|\bby|\bas of|\bsince|\bduring|\bfor|\bthrough|\bend of|\bat the end of|"
                         r"\buntil|\bafter)\s+(?:the\s+)?(?:mid-)?$", re.IGNORECASE)
FOLLOWING_YEAR = re.compile(r"\b(?:the following year|a year later|the next year|the year after)\b",
                            re.IGNORECASE)
# A date after these words dates the people or things counted, not the figure: "people born after
# 2000 make up 40%", "the firm, founded in 2010, has 300 staff", "launched in 2020, it has ...".
DATES_THE_SUBJECT = re.compile(r"\b(?:born|founded|established|launched|created|incorporated|formed|"
                               r"opened|built|started|introduced|set up|dating|dated)\s+(?:[\w,]+\s+){0,3}$",
                               re.IGNORECASE)
QUARTER_KINDS = ("count", "percent", "money", "ratio", "multiple", "other")  # (not ranks or spans of time)
JOINED_CLAUSE = re.compile(r";|\b(?:and|but|while|whereas)\b")
YEAR_IN = re.compile(r"(?:19|20)\d\d")
CLAUSE_BREAK = re.compile(r"[;,]|\b(?:and|but|while|whereas)\b")
RELATIVE_YEAR = re.compile(r"(?<!\bthe\s)\b(?P<which>last|this|next|past)\s+year\b", re.IGNORECASE)  # not "the past year"


def _same_clause(breaks: list[tuple[int, int]], one, other) -> bool:
    """Whether no comma, semicolon or conjunction (`breaks`: their spans in text order) stands between
    two figures."""
    first, second = (one, other) if one.start <= other.start else (other, one)
    index = bisect_left(breaks, (first.end, -1))
    return not (index < len(breaks) and breaks[index][1] <= second.start)


class _Quarter:
    """A quarter named in the text, placed like a time figure (`start`, `end`) for `_same_clause`,
    with the period it reads as ('' when it cannot be dated)."""

    def __init__(self, start: int, end: int, period: str = ""):
        self.start, self.end, self.period = start, end, period


def _quarter_period(text: str, start: int, end: int, sentence_start: int, published: date | None,
                    day: str) -> str:
    """'2024-Q3' for the quarter named at `text[start:end]`: of the year written, else counted from the
    publication date (or, in an undated article, from `day`, a date or month of the sentence), ahead
    when the clause looks ahead ("expects fourth-quarter sales", "will report third-quarter results")."""
    reference = published or (date.fromisoformat((day + "-01")[:10]) if re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?", day)
                              else None)
    future = bool(EXPECTATION.search(text, sentence_start, start)) or clause_tense(text, start, end) == "future"
    return stated_quarter(text, start, end, reference, future)


def _quarters(scan: Scan, time_figures: list, time_starts: list[int]) -> list[_Quarter]:
    """The quarters of the text with their periods; "the quarter" takes the one named first before it
    (news names the quarter it reports on first: "reported fourth-quarter sales ... 27% of sales in the
    quarter, down from 49% in the third quarter")."""
    quarters, first = [], ""
    for start, end, refers_back in quarter_spans(scan.text):
        if refers_back:
            period = first
        else:
            left, right = scan.sentence_span(start)
            days = time_figures[bisect_left(time_starts, left):bisect_left(time_starts, right)]
            period = _quarter_period(scan.text, start, end, left, scan.published,
                                     max((f.date for f in days), key=len, default=""))
            first = first or period
        if period:
            quarters.append(_Quarter(start, end, period))
    return quarters


def assign_periods(scan: Scan) -> None:
    """Give each non-date figure of `scan` (in text order) the time it refers to."""
    text = scan.text
    time_figures = sorted((f for f in scan.figures if f.kind in ("date", "year") and f.date), key=lambda f: f.start)
    time_starts = [f.start for f in time_figures]
    # what each time figure's own context says, read once (linear time on text without sentence breaks)
    dates_subject = {id(f): bool(DATES_THE_SUBJECT.search(text[max(0, f.start - 30):f.start])) for f in time_figures}
    led_by = {id(f): bool(PERIOD_LEAD.search(text[max(0, f.start - 16):f.start])) for f in time_figures}
    breaks = [m.span() for m in CLAUSE_BREAK.finditer(text)]
    relative_years = []
    if scan.published is not None:
        for match in RELATIVE_YEAR.finditer(text):
            shift = {"last": -1, "past": -1, "this": 0, "next": 1}[match.group("which").lower()]
            relative_years.append((match.start(), str(scan.published.year + shift)))
    # found once, looked up by sentence (linear time on text without sentence breaks)
    following_years = [m.start() for m in FOLLOWING_YEAR.finditer(text)]
    relative_starts = [position for position, _ in relative_years]
    quarters = _quarters(scan, time_figures, time_starts)
    quarter_starts = [q.start for q in quarters]
    previous_period = ""
    for figure in scan.figures:
        if figure.kind in ("date", "year"):
            if not DATES_THE_SUBJECT.search(text[max(0, figure.start - 30):figure.start]):
                previous_period = figure.date or previous_period
            continue
        start, end = scan.sentence_span(figure.start)
        in_sentence = time_figures[bisect_left(time_starts, start):bisect_left(time_starts, end)]
        candidates = [f for f in in_sentence if f.period and not dates_subject[id(f)]]
        led = [f for f in candidates if led_by[id(f)]]
        pool = led or candidates
        # prefer a date of the figure's own clause: "top position ... on January 11 and first place
        # ... on January 14" gives each rank its own day
        pool = [f for f in pool if _same_clause(breaks, f, figure)] or pool
        chosen = min(pool, key=lambda f: abs(f.start - figure.start)) if pool else None
        named = quarters[bisect_left(quarter_starts, start):bisect_left(quarter_starts, end)] \
            if quarters and figure.kind in QUARTER_KINDS and "old" not in figure.unit else []  # (nor ages: "Lee, 49,")
        # a quarter of the figure's own clause is its period, and one of its sentence when only a day
        # elsewhere in it would date the figure (the day dates the report of the quarter) or when it
        # opens the sentence before the figure ("In the third quarter, revenue rose to $2.1 billion")
        quarter = ([q for q in named if _same_clause(breaks, q, figure)] or (
            named if chosen is not None and len(chosen.period) == 10 and not _same_clause(breaks, chosen, figure)
            else [q for q in named if chosen is None and q.end <= figure.start
                  and not JOINED_CLAUSE.search(text, q.end, figure.start)])) if named else []
        nearest = min(quarter, key=lambda q: abs(q.start - figure.start)) if quarter else None
        if nearest is not None:
            # a year counted from a date the article infers is inferred too
            inferred = scan.published is None and not YEAR_IN.search(text, nearest.start, nearest.end)
            figure.period = nearest.period
            figure.date_inferred = max((f.date_inferred for f in in_sentence), default="") if inferred else ""
        elif chosen is not None:
            figure.period, figure.date_inferred = chosen.period, chosen.date_inferred
        else:
            following = bisect_left(following_years, start) < bisect_left(following_years, end)
            first_relative = bisect_left(relative_starts, start)
            relative = [relative_years[first_relative][1]] \
                if first_relative < len(relative_starts) and relative_starts[first_relative] < end else []
            if following and previous_period[:4].isdigit():
                figure.period = str(int(previous_period[:4]) + 1)
            elif relative:
                figure.period = relative[0]
            elif scan.published is not None:
                figure.period = scan.published.strftime("%Y-%m")
        previous_period = figure.period if figure.period else previous_period
