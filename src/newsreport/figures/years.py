"""Years: telling "in 2013" or "2018 sales" (a year) from "2000 people" (a count), and giving
dates written without a year the year of the corpus they were published in."""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

import pandas as pd

from newsreport.figures.dates import find_dates
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

PARTIAL_DAY = re.compile(r"--(\d\d)-(\d\d)")


def corpus_span(published_dates) -> tuple[date, date] | None:
    """The first and last publication date among `published_dates` (Nones ignored), or None."""
    known = sorted(d for d in published_dates if d is not None)
    return (known[0], known[-1]) if known else None


def _year_in_span(month: int, day: int, span: tuple[date, date]) -> date | None:
    """The day `month`-`day` in the year that puts it inside the span, or nearest to it."""
    first, last = span
    best = None
    for year in range(first.year - 1, last.year + 2):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        distance = max((first - candidate).days, (candidate - last).days, 0)
        if best is None or distance < best[0]:
            best = (distance, candidate)
    return best[1] if best else None


def _fill(value: str, span: tuple[date, date]) -> str:
    """'--MM-DD' (or a span of them) with its year from the corpus span; other values unchanged."""
    parts = []
    for part in value.split("/"):
        partial = PARTIAL_DAY.fullmatch(part)
        if partial:
            day = _year_in_span(int(partial.group(1)), int(partial.group(2)), span)
            if day is None:
                return value
            part = day.isoformat()
        parts.append(part)
    return "/".join(parts)


def _story_day(table: pd.DataFrame, doc: str, span: tuple[date, date]) -> date:
    """The day an undated article is read from: its latest dated day, else the corpus's last day."""
    dated = table[(table["doc"] == doc) & (table["kind"] == "date")]
    days = [d for d in dated["date"] if isinstance(d, str) and re.fullmatch(r"\d{4}-\d\d-\d\d", d)]
    return date.fromisoformat(max(days)) if days else span[1]


def infer_missing_years(figures: pd.DataFrame, span: tuple[date, date] | None,
                        texts: dict[str, str] | None = None) -> pd.DataFrame:
    """Fill what per-document extraction could not date, from the corpus's publication span:
    a date written without a year ("--01-19") takes the year that puts it in or nearest the span;
    a relative day or year ("on Tuesday", "last year") left unresolved is re-read in its article
    (`texts`: doc -> text) counted from the article's latest dated day, else from the span's last
    day. Such rows get `date_inferred` 'corpus'. Returns a copy."""
    table = figures.copy()
    if span is None or table.empty:
        return table
    for column in ("date", "period"):
        values = table[column].fillna("").astype(str)
        partial = values.str.contains("--", regex=False)
        table.loc[partial, column] = values[partial].map(lambda v: _fill(v, span))
        table.loc[partial, "date_inferred"] = "corpus"
    unresolved = table["kind"].isin(["date", "year"]) & (table["date"].fillna("") == "")
    for doc in table.loc[unresolved, "doc"].unique():
        if not texts or doc not in texts:
            continue
        read = {(m.start, m.end): m.iso for m in find_dates(texts[doc], _story_day(table, doc, span)) if m.iso}
        for index in table.index[unresolved & (table["doc"] == doc)]:
            iso = read.get((int(table.at[index, "start"]), int(table.at[index, "end"])), "")
            if iso:
                table.loc[index, ["date", "period", "date_inferred"]] = [iso, iso, "corpus"]
                if table.at[index, "kind"] == "year":
                    table.loc[index, "value"] = float(iso)
    return table
