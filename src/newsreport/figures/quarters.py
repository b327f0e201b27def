"""Quarters named in a text ("the third quarter of 2024", "third-quarter", "Q3 2024", "the
April-to-June quarter", "the three months to September") read as periods like '2024-Q3'. The figures
step dates a quarterly figure by them, and the claims step keys its claims by them."""

from __future__ import annotations

import re

from newsreport.figures.date_patterns import MONTHS

QUARTERS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
            "last": 4, "final": 4}  # (the last or final one only of a year written: "the last quarter of 2024")
# a quarter is not its year: "revenue of $2 billion in the first quarter of 2024" is not 2024's revenue
QUARTER_PHRASES = [
    (re.compile(r"\b(first|1st|second|2nd|third|3rd|fourth|4th)[- ]quarter (?:of |in )?((?:19|20)\d{2})\b"
                r"|\b(last|final) quarter of ((?:19|20)\d{2})\b", re.I),
     lambda m: f"{m.group(2) or m.group(4)}-Q{QUARTERS[(m.group(1) or m.group(3)).lower()]}"),
    (re.compile(r"\bQ([1-4])\s*((?:19|20)\d{2})\b"), lambda m: f"{m.group(2)}-Q{m.group(1)}"),
    (re.compile(r"\b((?:19|20)\d{2})\s*Q([1-4])\b"), lambda m: f"{m.group(1)}-Q{m.group(2)}"),  # "2024 Q3"
]
YEARLESS_QUARTER = re.compile(r"\b(first|1st|second|2nd|third|3rd|fourth|4th)(?:\s*-\s*|\s+)quarter\b"
                              r"(?!,? (?:of |in )?(?:19|20)\d{2})|\bQ([1-4])\b(?!\s*(?:19|20)\d{2})(?<!\d{4} Q\d)",
                              re.I)


def month_number(name: str) -> int:
    """1 for 'January' or 'Jan.', … 12 for 'December'."""
    return MONTHS[name.lower().rstrip(".")[:3] if name.lower()[:4] != "sept" else "sept"]


def yearless_quarter(text: str, published, future: bool = False) -> str:
    """'2025-Q3' for "in the third quarter" (or "Q3") in an article published in August 2025: the
    latest such quarter that has begun by publication, or with `future` ("expects revenue of $9
    billion in the third quarter") the next one that has not ended; '' without such a phrase or
    publication date."""
    match = YEARLESS_QUARTER.search(text)
    if not match or published is None:
        return ""
    quarter = QUARTERS[match.group(1).lower()] if match.group(1) else int(match.group(2))
    first_month, last_month = 3 * quarter - 2, 3 * quarter
    year = published.year
    if future and last_month < published.month:
        year += 1
    elif not future and first_month > published.month:
        year -= 1
    return f"{year}-Q{quarter}"


_MONTH_WORD = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|March|Mar|April|Apr|May|June|Jun|July|Jul|Aug(?:ust)?|Sept?(?:ember)?|"
               r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
# a quarter named by its months: "the April-to-June quarter", "the July-September quarter", "the three
# months to June", "the quarter ended Sept. 30", "the three months ending in December"
MONTHS_QUARTER = re.compile(
    rf"\b(?:{_MONTH_WORD}(?:\s*[-–]\s*|\s*[-–]?\s*(?:to|through)\s*[-–]?\s*)(?P<end>{_MONTH_WORD})\.?\s+quarter"
    rf"|(?:three months|quarter)\s+(?:to|ended|ending|through|that ended)\s+(?:in\s+)?(?P<end2>{_MONTH_WORD})\.?"
    rf"(?:\s+\d{{1,2}})?"
    # "between April and June": three months that make a calendar quarter, as a window (not "rose from April to
    # June", a change between two months)
    rf"|between\s+(?P<first3>{_MONTH_WORD})\.?\s+and\s+(?P<end3>{_MONTH_WORD})\b\.?"
    # "in July, August and September": the three months of a quarter listed
    rf"|(?P<first4>{_MONTH_WORD}),\s+{_MONTH_WORD},?\s+and\s+(?P<end4>{_MONTH_WORD})\b)"
    rf"(?:,?\s+(?P<year>(?:19|20)\d{{2}}))?", re.I)


def months_quarter(text: str, published, future: bool = False) -> str:
    """'2025-Q2' for "the April-to-June quarter", "the three months to June" or "in April, May and June": the
    quarter its last month ends, of the year written, else (as `yearless_quarter`) the latest such quarter begun by
    publication, or the next one not ended with `future`; '' when no such phrase ends a quarter."""
    match = MONTHS_QUARTER.search(text)
    if not match:
        return ""
    last_month = month_number(match.group("end") or match.group("end2") or match.group("end3") or match.group("end4"))
    first = re.match(_MONTH_WORD, match.group(0), re.I) if match.group("end") else \
        re.match(_MONTH_WORD, match.group("first3"), re.I) if match.group("end3") else \
        re.match(_MONTH_WORD, match.group("first4"), re.I) if match.group("end4") else None
    if last_month % 3 or first and (last_month - month_number(first.group(0))) % 12 != 2:
        return ""  # "the three months to May" or "the May-June quarter" is no calendar quarter
    quarter = last_month // 3
    if match.group("year"):
        return f"{match.group('year')}-Q{quarter}"
    if published is None:
        return ""
    year = published.year
    if future and last_month < published.month:
        year += 1
    elif not future and last_month - 2 > published.month:
        year -= 1
    return f"{year}-Q{quarter}"


def stated_quarter(text: str, rel_start: int, rel_end: int, published, future: bool = False) -> str:
    """The quarter the date phrase `text[rel_start:rel_end]` names ("in the third quarter of 2024", "the
    April-to-June quarter", "third-quarter"), read before the year figure inside it; '' for none."""
    for pattern, to_period in QUARTER_PHRASES:
        match = pattern.search(text[rel_start:rel_end])
        if match:
            return to_period(match)
    # "in the third quarter": of the publication year, or the one next to it
    return months_quarter(text[max(0, rel_start - 30):rel_end + 12], published, future) \
        or yearless_quarter(text[rel_start:rel_end], published, future)


QUARTER_MENTION = re.compile("|".join(
    [pattern.pattern for pattern, _ in QUARTER_PHRASES] + [YEARLESS_QUARTER.pattern, MONTHS_QUARTER.pattern]
).replace("(?P<end>", "(?:").replace("(?P<end2>", "(?:").replace("(?P<year>", "(?:"), re.I)
# "since the third quarter of 2023": a total runs from it; the quarter is not the figure's period
SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?$", re.I)
# words that put a quarter ahead: "expects third-quarter revenue of $2 billion", "its fourth-quarter outlook"
EXPECTATION = re.compile(r"\b(?:expect|expects|expected|expecting|forecasts?|forecast|projects?|projected|"
                         r"guidance|outlook|sees|predicts?|predicted|estimates?|targets?)\b", re.I)


# "sales in the quarter", "a dividend for the quarter": the quarter the text named last
THE_QUARTER = re.compile(r"\b(?:in|for|during|over|through|across|of)\s+the\s+(?:latest\s+|same\s+|recent\s+)?quarter\b"
                         r"(?!\s+(?:of|ended|ending|to|through|that)\b)(?!-)", re.I)
QUARTER_WORD = re.compile(r"quarter|three months|\bQ[1-4]\b", re.I)


def quarter_spans(text: str) -> list[tuple[int, int, bool]]:
    """Spans of the quarters named in `text` ("third-quarter", "the quarter ended Sept. 30", "Q4
    2024") and of "the quarter" referring back to one ("sales in the quarter"), in text order, each
    with True when it refers back; a quarter after "since" is left out."""
    if not ("uarter" in text or "UARTER" in text or "onths" in text or "ONTHS" in text or "Q" in text) \
            or not QUARTER_WORD.search(text):
        return []
    named = [(*m.span(), False) for m in QUARTER_MENTION.finditer(text)
             if not SINCE_BEFORE.search(text[max(0, m.start() - 12):m.start()])]
    back = [(m.end() - len("quarter"), m.end(), True) for m in THE_QUARTER.finditer(text)] if named else []
    return sorted(named + back)
