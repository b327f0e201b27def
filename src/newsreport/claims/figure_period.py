"""The period a figure refers to, read from the date phrases of its own clause (`structure`
gives their spans): a quarter, a date figure inside the phrase, a month or year phrase, a period
relative to the publication date ("last year", "in the third quarter") or to a year named before
("the following year")."""

from __future__ import annotations

import re

from newsreport.claims.cells import text_cell as _text
from newsreport.claims.weeks import week_period  # "last week": an ISO week
from newsreport.claims.wording import MONTH_NAMES
from newsreport.claims.keys import (MONTH_ONLY, PERIOD_PHRASES, RELATIVE_YEAR, month_number, normalize_period,
                                    relative_to_publication)
from newsreport.figures.quarters import stated_quarter  # the figures step's quarter reader

MONTH_MODIFIER = re.compile(r"\b(Jan(?:uary)?|Feb(?:ruary)?|March|April|June|July|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|"
                            r"Nov(?:ember)?|Dec(?:ember)?)\s+(?=[a-z]{3,})")  # "its January downloads" ("May" is a verb too)


def month_modifier(text: str, published, future: bool = False) -> str:
    """'2025-01' for "Piper's January downloads" in an article of February 2025: a month named as a
    modifier of what is counted (the latest such month up to publication, or the next with `future`)."""
    match = MONTH_MODIFIER.search(text)
    if not match or published is None:
        return ""
    number = month_number(match.group(1))
    year = published.year - (1 if number > published.month else 0)
    if future:
        year = published.year + (1 if number < published.month else 0)
    return f"{year}-{number:02d}"


# "since its launch in 2019", "since 2021": a date a total runs from (not "has since climbed, as of Monday")
SINCE = re.compile(r"(?<!\bhas )(?<!\bhave )(?<!\bhad )\bsince\s+(?:(?!as\b)[\w'’-]+\s+){0,3}?(?:in\s+)?$", re.I)


def period_from_spans(spans, sentence, neighbours: list[dict], document, position: int, future: bool = False,
                      weeks: bool = False) -> str:
    """The period named by the first date phrase of the figure's clause that reads as one: a date
    figure of the table inside it (resolved "on Monday"), a month or year phrase, or a relative
    year ("the following year") counted from the last year named before. A quarter named in any of those phrases comes
    first: in "reported third-quarter revenue of $4.2 billion on Thursday" the day dates the report,
    the quarter the revenue. With `weeks` (counts: what a week adds up), "last week" is a calendar week;
    a sum of money told "this week" is one deal's or round's, dated by its event, not a week's total."""
    for rel_start, rel_end in spans:
        quarter = stated_quarter(sentence.text, rel_start, rel_end, document.published, future)
        if quarter and not SINCE.search(sentence.text[:rel_start]):
            return quarter
    for rel_start, rel_end in spans:
        if SINCE.search(sentence.text[:rel_start]):
            continue  # "since its launch in 2019, downloaded 50 million times": a total up to now, not 2019's
        back = same_time_a_year_back(sentence, document) if SAME_TIME_BACK.match(sentence.text[rel_start:rel_end]) else ""
        if back:  # "sold 9,200 homes in the second quarter, against 7,800 for the same quarter of 2025": that quarter a
            return back  # year back (with no quarter or month named, "last year" is read as written)
        start, end = sentence.start + rel_start, sentence.start + rel_end
        for other in neighbours:
            if _text(other.get("kind")) in ("date", "year") and int(other["start"]) < end and start < int(other["end"]):
                value = _text(other.get("date")) or _text(other.get("period")) or _text(other.get("value"))
                value = value[:-2] if value.endswith(".0") else value
                if future and re.fullmatch(r"\d{4}-\d{2}", value) and not re.search(r"\b(?:19|20)\d{2}\b",
                                                                                 sentence.text[rel_start:rel_end]):
                    continue  # "forecast 12 million users by December": the next December, not the last one
                if re.fullmatch(r"(?:19|20)\d{2}", value) and YEAR_END.search(sentence.text[:int(other["start"]) - sentence.start]):
                    return f"{value}-12"  # "at the end of last year" is that year's December
                if re.match(r"^(?:19|20)\d{2}", value):
                    return normalize_period(value)
        text = sentence.text[rel_start:rel_end]
        for pattern, to_period in PERIOD_PHRASES:
            match = pattern.search(text)
            if match:
                return normalize_period(to_period(match))
        start_of_year = YEAR_START.search(text)
        if start_of_year and document.published:  # "at the start of the year": January of the article's year
            return f"{document.published.year - (start_of_year.group(1).lower() == 'last')}-01"
        relative = relative_to_publication(text, document.published) or weeks and week_period(text, document.published)
        if relative and len(relative) == 4 and YEAR_END.search(sentence.text[:rel_start]):
            return f"{relative}-12"
        if relative:  # "1.2 billion packages last year"
            return relative
        month = MONTH_ONLY.search(text)
        if month and document.published:  # "in February": the last February up to publication
            number = month_number(month.group(1))
            year = last_year_of_month(number, document.published)
            if future:  # "will review it in June": the next June from publication
                year = document.published.year + (1 if number < document.published.month else 0)
            return f"{year}-{number:02d}"
        # "had 41 million at the end of June, up from 35 million a year earlier": counted from the sentence's own month
        # or quarter (by the figure it is compared with), not from a year the sentences before name
        own_time = MONTH_ONLY.search(sentence.text) or stated_quarter(sentence.text, 0, len(sentence.text), document.published)
        for pattern, step in RELATIVE_YEAR:
            if pattern.search(sentence.text[max(0, rel_start - 20):rel_end + 20]):
                for earlier in reversed(document.sentences[max(0, position - 2):position + 1][-1 if own_time else 0:]):
                    years = re.findall(r"\b((?:19|20)\d{2})\b", earlier.text)
                    if years:
                        return str(int(years[-1]) + step)
    return ""


# "for the same quarter a year earlier", "during the same months of the previous year": a level a year back
SAME_TIME_BACK = re.compile(r"^(?:(?:in|for|during|over)\s+)?the\s+same\s+(?:period|quarter|month|week|time|months|weeks)\b", re.I)


def same_time_a_year_back(sentence, document) -> str:
    """The quarter or month `sentence` names, a year back ('2025-Q3' for a sentence of a 2026 article that names the
    third quarter); '' when it names neither."""
    quarter = stated_quarter(sentence.text, 0, len(sentence.text), document.published)
    if quarter:
        return f"{int(quarter[:4]) - 1}{quarter[4:]}"
    month = MONTH_ONLY.search(sentence.text)
    if month and document.published:  # (the last such month up to publication, as `period_from_spans` reads it)
        number = month_number(month.group(1))
        return f"{last_year_of_month(number, document.published) - 1}-{number:02d}"
    return ""


def last_year_of_month(number: int, published) -> int:
    """The year of the last month `number` up to `published` (a February named in a March article is this year's,
    a November last year's)."""
    return published.year - (1 if number > published.month else 0)


# "at the start of the year", "at the beginning of last year" ("the start of 2025" is one of PERIOD_PHRASES)
YEAR_START = re.compile(r"\b(?:start|beginning|turn) of (the|this|last) year\b", re.I)
DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
YEAR_END = re.compile(r"\b(?:end|close) of\s+(?:the\s+)?$", re.I)
ANNUAL = re.compile(r"\b(?:annual|yearly|full[- ]year|a year(?! (?:earlier|ago|before))|per year|each year|last year|this year|(?:19|20)\d{2})\b", re.I)
ARTICLE_QUARTER = "the quarter its article names (not stated in its sentence)"


def article_quarter(document) -> str:
    """The one quarter an article names ("sales for the third quarter"), '' for none or several."""
    quarters = {stated_quarter(s.text, 0, len(s.text), document.published) for s in document.sentences}
    quarters.discard("")
    return next(iter(quarters)) if len(quarters) == 1 else ""


def summed_period(period: str, clause: str, document, rule) -> tuple[str, str]:
    """(period, basis) of a measure summed over a quarter or a year (revenue, profit): a single day is
    the day of the report ("reported net income of $310 million on Thursday"), never its period; with
    no period, in an article that names one quarter and a clause naming no year, that quarter
    ("Quarterly net profit rose to $355 million" after "sales for the third quarter"). For one deal's
    amount (`rule.no_day`) only the day is dropped: it dates the deal. Other measures: unchanged."""
    if not (rule.over_time or rule.no_day):
        return period, ""
    period = "" if DAY.fullmatch(period) else period
    if period or ANNUAL.search(clause) or not rule.over_time:
        return period, ""
    quarter = article_quarter(document)
    return quarter, ARTICLE_QUARTER if quarter else ""


def possessed_words(sentence: str, reading, rel_start: int) -> str:
    """The words between a possessor and the figure ("Pebblequest's January installs at" of "Tapstat
    put Pebblequest's January installs at 1.9 million"), where the parse may put the measure in
    another clause than the figure; '' when the figure has no possessor before it."""
    if reading.entity_basis != "possessor" or not reading.entity_span or reading.entity_span[1] > rel_start:
        return ""
    return sentence[reading.entity_span[1]:rel_start]


REPORTED_AT = re.compile(r"\b(?:said|says|reported|announced|confirmed|told (?:\w+ ){0,2}?)\s*(?:on\s+)?$", re.I)


def tally_period(period: str, reading, spans, sentence, neighbours: list[dict]) -> str:
    """The period of a running total ("killing at least 212 people"): the day its sentence says it was reported
    ("..., officials said on Tuesday", "Officials said on Tuesday that 23 people had died") when its own clause
    dates nothing but the event it counts the toll of ("struck on Sunday, killing ..."); else `period`."""
    if not reading.clause_span or any(reading.clause_span[0] <= a and b <= reading.clause_span[1] for a, b in spans):
        return period
    for other in neighbours:
        start = int(other["start"]) - sentence.start
        if _text(other.get("kind")) == "date" and not reading.clause_span[0] <= start < reading.clause_span[1] \
                and REPORTED_AT.search(sentence.text[max(0, start - 40):start]):
            return _text(other.get("date")) or period
    return period


# a year a "when" clause describes: "has doubled since 2024, when it had 6 lakh sellers", "in 2019, when the firm had 40
# stores": the figure in the clause is that year's (the verb before dates the change since)
WHEN_CLAUSE_YEAR = re.compile(r"\b((?:19|20)\d{2}),?\s+when\s+[^,.;:]{0,60}$"
                              # and one an event the year names: "in the 2020 stranding in nearby Macquarie Harbour,
                              # where about 470 whales beached", "the 2019 election, when turnout was 61%"
                              r"|\bthe ((?:19|20)\d{2})\s+[a-z][\w-]*\b[^,.;:]{0,40},\s+(?:where|when|in which)\s+[^,.;:]{0,60}$")


# ... and a "when" clause right after a figure that dates it: "$20 million when the run began in June", "2 million
# when it launched in 2021"
WHEN_AFTER = re.compile(rf"^\s+when\s+[^,.;:]{{0,40}}?\bin\s+(?:({'|'.join(MONTH_NAMES)})(?:\s+((?:19|20)\d{{2}}))?"
                        r"|((?:19|20)\d{2}))\b")


# a level told in reported speech, its present put in the past, by a verb of saying the sentence dates: "the company said
# in 2024 that it had 11 million users", "In March 2025, the bank said it was serving 2 million customers": that time's
# the subject and past verb of such a level, right before its figure ("that it had about", "the bank was serving")
LEVEL_THEN = (r"(?:it|they|the [\w-]+|[A-Z][\w-]+(?: [A-Z][\w-]+)?)\s+(?:had|was serving|counted|numbered)\s+"
              r"(?:(?:about|around|some|roughly|nearly|almost|more than|over|just over|close to)\s+)?$")
SAID_THEN = re.compile(rf"(?:\b(?:said|reported|told [\w ]{{1,30}}?|disclosed|announced|claimed|stated)\s+in\s+"
                       rf"(?:({'|'.join(MONTH_NAMES)})\s+)?((?:19|20)\d{{2}}),?\s+(?:that\s+)?"
                       rf"|^In\s+(?:({'|'.join(MONTH_NAMES)})\s+)?((?:19|20)\d{{2}}),\s+[^,.;:]{{0,60}}?\b(?:said|reported|told [\w ]{{1,30}}?)\s+(?:that\s+)?)"
                       + LEVEL_THEN)


def said_then(sentence: str, rel_start: int) -> str:
    """The year (or month) of a verb of saying that tells the figure at `rel_start` as the level then (`SAID_THEN`)."""
    match = SAID_THEN.search(sentence[:rel_start])
    if not match:
        return ""
    month, year = (match.group(1), match.group(2)) if match.group(2) else (match.group(3), match.group(4))
    return f"{year}-{month_number(month):02d}" if month else year


def when_year(sentence: str, rel_start: int, rel_end: int, published=None) -> str:
    """The year (or month) of the "when" clause that holds or follows the figure at `rel_start:rel_end`, '' for none;
    a month with no year is the last such month up to the publication date."""
    match = WHEN_CLAUSE_YEAR.search(sentence[max(0, rel_start - 140):rel_start])
    if match:
        return match.group(1) or match.group(2)
    after = WHEN_AFTER.match(sentence[rel_end:])
    if not after:
        return ""
    month, year, bare_year = after.groups()
    if bare_year:
        return bare_year
    number = month_number(month)
    if not year and published is None:
        return ""
    year = int(year) if year else published.year - (number > published.month)
    return f"{year}-{number:02d}"


def dated_by_own_verb(sentence: str, start: int, end: int, period_spans) -> bool:
    """Whether the nearest date phrase of the figure at `[start, end)` hangs from the figure's own verb ("had burned
    48,000 acres by Tuesday"), not another verb of the sentence ("broke out Friday and has since grown to 52,000")."""
    from newsreport.claims.parsing import figure_tokens, parsed, span_root
    from newsreport.claims.structure import clause_head

    doc = parsed(sentence)
    figure, date = figure_tokens(doc, start, end), figure_tokens(doc, *period_spans[0]) if period_spans else []
    return bool(figure and date) and clause_head(span_root(figure)).i == clause_head(span_root(date)).i
