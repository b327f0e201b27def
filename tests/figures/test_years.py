"""Years told from counts, and the corpus-level fallback for dates written without a year."""

from datetime import date

import pandas as pd
import pytest

from newsreport.figures.extractor import extract
from newsreport.figures.record import TABLE_COLUMNS
from newsreport.figures.years import corpus_span, infer_missing_years


@pytest.mark.parametrize("text, kind", [
    ("The company was founded in 2013.", "year"),
    ("Its 2018 sales were weak.", "year"),
    ("The plant employs 2000 people.", "count"),
])
def test_four_digit_numbers_are_years_in_time_context(text, kind):
    assert extract(text)[0].kind == kind


def table(text, doc="a"):
    rows = [{"doc": doc, "sentence_id": f"{doc}:s0", **vars(f)} for f in extract(text)]
    return pd.DataFrame(rows, columns=TABLE_COLUMNS)


def test_corpus_span_ignores_unknown_dates():
    assert corpus_span([None, date(2025, 1, 15), date(2025, 1, 10)]) == (date(2025, 1, 10), date(2025, 1, 15))
    assert corpus_span([None]) is None


@pytest.mark.parametrize("text, span, iso", [
    ("The ban takes effect on January 19.", (date(2025, 1, 14), date(2025, 1, 16)), "2025-01-19"),
    ("Trading resumed on December 30.", (date(2025, 1, 2), date(2025, 1, 9)), "2024-12-30"),
    ("Voting closes on 4 July.", (date(2023, 6, 1), date(2023, 8, 1)), "2023-07-04"),
])
def test_month_day_takes_the_year_nearest_the_corpus_span(text, span, iso):
    filled = infer_missing_years(table(text), span)
    row = filled[filled.kind == "date"].iloc[0]
    assert (row.date, row.period, row.date_inferred) == (iso, iso, "corpus")


@pytest.mark.parametrize("text, iso", [
    ("The app came to the top position on Tuesday.", "2025-01-14"),
    ("The firm said on Monday it would appeal.", "2025-01-13"),
    ("Service was restored late Saturday.", "2025-01-11"),
])
def test_relative_days_of_undated_articles_count_from_the_span(text, iso):
    span = (date(2025, 1, 10), date(2025, 1, 15))
    filled = infer_missing_years(table(text), span, {"a": text})
    assert filled[filled.kind == "date"].iloc[0].date == iso


def test_nothing_changes_without_a_span():
    before = table("The ban takes effect on January 19.")
    assert infer_missing_years(before, None).equals(before)


@pytest.mark.parametrize("text, iso", [
    ("Parliament passed the 2024-25 budget in March.", "2024/2025"),
    ("He scored 20 goals in the 2019/20 season.", "2019/2020"),
    ("Revenue for fiscal 1999–00 fell.", "1999/2000"),
])
def test_a_split_year_is_one_year_not_a_count(text, iso):
    years = [f for f in extract(text) if f.kind == "year"]
    assert [f.date for f in years] == [iso]
    assert not any(f.kind == "count" and f.value in (25, 14, 0) for f in extract(text))


@pytest.mark.parametrize("text, quote, year", [
    ("The law was signed in April 2024. That same year, the company sued the state.", "That same year", 2024),
    ("The start-up was founded in 2013 and launched its app the following year.", "the following year", 2014),
    ("Sales hit $2bn in 2019 and fell the previous year, the filing shows.", "the previous year", 2018),
    ("The treaty was signed in 1998 and took effect the next year.", "the next year", 1999),
])
def test_a_year_named_from_the_year_last_written(text, quote, year):
    figure = next(f for f in extract(text, date(2025, 3, 1)) if f.quote == quote)
    assert (figure.kind, figure.value, figure.date_inferred) == ("year", year, "article")


@pytest.mark.parametrize("text", ["That year was hard for everyone.", "The same year-end bonus was paid.",
                                  "Sales rose 20% in 2024 from a year earlier.",   # a span, like "a week prior"
                                  "The firm listed in 2019 and a year later it was sold."])
def test_no_anaphoric_year_without_a_written_year_or_from_a_span(text):
    assert not [f for f in extract(text) if f.kind == "year" and "year" in f.quote]
