"""Years: telling "in 2013" or "2018 sales" (a year) from "2000 people" (a count), and giving
dates written without a year the year of the corpus they were published in."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from typing import TYPE_CHECKING

import pandas as pd

from newsreport.figures.dates import find_dates
from newsreport.figures.record import Figure
from newsreport.figures.span_years import fill_partial
from newsreport.figures.units import IRREGULAR_PLURALS

if TYPE_CHECKING:
    from newsreport.figures.numbers import Atom

# Four-digit numbers before these count things, not years: "2000 people".
COUNTED_NOT_YEARS = frozenset("people workers employees jobs users staff students members units homes "
                              "households cars vehicles shares customers patients troops deaths cases "
                              "stores flights".split())
TIME_CONTEXT_WORDS = frozenset("in since of by from until till to between and during after before year "
                               "early late mid the fiscal through around circa spring summer autumn "
                               "winter fall".split())


# A fiscal or calendar year glued to its label: "FY2024", "FY25", "FY 2023", "CY2024" (a two-digit
# year is of this century).
LABELLED_YEAR = re.compile(r"\b(?:FY|CY)\s?(?P<year>(?:19|20)\d\d|\d\d)\b")


def find_labelled_years(scan) -> None:
    """Add every fiscal or calendar year written with its label ("FY2024", "FY25") not yet claimed."""
    if "Y" not in scan.text:
        return
    for match in LABELLED_YEAR.finditer(scan.text):
        start, end = match.start(), match.end()
        if scan.is_free(start, end):
            digits = match.group("year")
            year = int(digits) if len(digits) == 4 else 2000 + int(digits)
            scan.add(Figure(start, end, "", "year", value=float(year), date=str(year), period=str(year)))


def _word_before(text: str, start: int) -> str:
    prev = re.search(r"([A-Za-z]+)\W*$", text[max(0, start - 20):start])
    return prev.group(1).lower() if prev else ""


def year_like(text: str, atom: Atom) -> bool:
    """A bare four-digit number that reads as a year ("in 2013", "2018 sales", "by 2120")."""
    digits = text[atom.num_start:atom.num_end]
    if atom.kind != "count" or atom.words or atom.has_scale or not re.fullmatch(r"\d{4}", digits):
        return False
    if _word_before(text, atom.start) in TIME_CONTEXT_WORDS:
        return 1000 <= atom.value <= 2300
    return 1800 <= atom.value <= 2100 and _looks_like_year(text, atom)


SPLIT_YEAR_TAIL = re.compile(r"[-–/](\d\d)(?!\d)")


# Two years joined by a dash, the second later ("the 2009-2010 flu season", "from 2019–2021"): one
# span of years, not a year and a count.
YEAR_SPAN_TAIL = re.compile(r"[-–](?P<end>(?:1[89]|20)\d\d)(?![\d%])")


def year_span(text: str, atom: Atom) -> tuple[int, int] | None:
    """(last year, end offset) when `atom` opens a span of years written "2009-2010", else None."""
    digits = text[atom.num_start:atom.num_end]
    tail = YEAR_SPAN_TAIL.match(text, atom.num_end)
    if atom.has_scale or tail is None or not re.fullmatch(r"(?:1[89]|20)\d\d", digits):
        return None
    last = int(tail.group("end"))
    return (last, tail.end()) if int(digits) < last <= int(digits) + 50 else None


def split_year_end(text: str, atom: Atom) -> int | None:
    """Where a split year ends when `atom` opens one: a year, a dash or slash and the next year's
    last two digits name one fiscal or sporting year ("the 2024-25 budget", "the 2019/20
    season"), not a year and a count. None otherwise."""
    digits = text[atom.num_start:atom.num_end]
    tail = SPLIT_YEAR_TAIL.match(text, atom.num_end)
    if atom.has_scale or tail is None or not re.fullmatch(r"(?:1[89]|20)\d\d", digits):
        return None
    return tail.end() if int(tail.group(1)) == (int(digits) + 1) % 100 else None


def _looks_like_year(text: str, atom: Atom) -> bool:
    if 1950 <= atom.value <= 2050 and not (atom.noun_phrase and atom.noun_phrase.split()[0].lower()
                                          in COUNTED_NOT_YEARS):
        return True
    if re.match(r"['’′]?s\b", text[atom.num_end:atom.num_end + 3]):
        return True
    if atom.noun_phrase:
        head = atom.noun_phrase.split()[0]
        if head.lower().endswith("s") or head.lower() in IRREGULAR_PLURALS:
            return False
    return True


# --------------------------------------------------------------------------- corpus-level fallback


def corpus_span(published_dates) -> tuple[date, date] | None:
    """The first and last publication date among `published_dates` (Nones ignored), or None."""
    known = sorted(d for d in published_dates if d is not None)
    return (known[0], known[-1]) if known else None


def infer_missing_years(figures: pd.DataFrame, span: tuple[date, date] | None,
                        texts: dict[str, str] | None = None) -> pd.DataFrame:
    """Fill what per-document extraction could not date, from the corpus's publication span:
    a date written without a year ("--01-19") takes the year that puts it in or nearest the span.
    When the article's text is given (`texts`: doc -> text), the article is re-read with the span
    (`find_dates(text, None, span)`), so its relative days ("on Tuesday", "last year") anchor to
    its own dates once those have a year, and count from the span's last day only when it names
    no day, moved by whole weeks to the days the corpus's dated articles name most
    (`undated_days.timeline_reference`). Rows dated from the span get `date_inferred` 'corpus'. Returns a copy."""
    table = figures.copy()
    if span is None or table.empty:
        return table
    dates = table["date"].fillna("").astype(str)
    open_rows = table["kind"].isin(["date", "year"]) & ((dates == "") | dates.str.contains("--", regex=False))
    # the days the corpus's articles name: written with their number ("March 10", the year maybe
    # from the span) or dated from their own article's publication day ("on Tuesday")
    numbered = table["quote"].fillna("").astype(str).str.contains(r"\d", regex=True)
    is_day = dates.str.fullmatch(r"\d{4}-\d\d-\d\d|--\d\d-\d\d")
    stated = (table["kind"] == "date") & is_day & (numbered | (table["date_inferred"].fillna("").astype(str) == ""))
    timeline = Counter(fill_partial(day, span) for day in dates[stated])
    for doc in table.loc[open_rows, "doc"].unique():
        rows = table.index[open_rows & (table["doc"] == doc)]
        if texts and doc in texts:
            read = {(m.start, m.end): m for m in find_dates(texts[doc], None, span, timeline)}
            for index in rows:
                mention = read.get((int(table.at[index, "start"]), int(table.at[index, "end"])))
                if mention is None or not mention.iso or "--" in mention.iso:
                    continue
                table.loc[index, ["date", "period", "date_inferred"]] = [mention.iso, mention.iso, mention.inferred]
                if table.at[index, "kind"] == "year":
                    table.loc[index, "value"] = float(mention.iso)
        else:
            for index in rows:
                value = str(table.at[index, "date"] or "")
                if "--" in value:
                    filled = fill_partial(value, span)
                    table.loc[index, ["date", "period", "date_inferred"]] = [filled, filled, "corpus"]
    # other figures whose period is a date without a year ("sales on January 19")
    periods = table["period"].fillna("").astype(str)
    partial = periods.str.contains("--", regex=False)
    table.loc[partial, "period"] = periods[partial].map(lambda v: fill_partial(v, span))
    table.loc[partial, "date_inferred"] = "corpus"
    return table
