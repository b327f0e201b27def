"""The time a figure refers to."""

from datetime import date

import pytest

from newsreport.figures.extractor import extract


def period_of(text, value, published=date(2025, 1, 14)):
    return next(f.period for f in extract(text, published) if f.value == value and f.kind != "year")


@pytest.mark.parametrize("text, value", [
    ("People born after 2000 make up 40% of its users.", 40),
    ("The firm, founded in 2010, has 300 staff.", 300),
    ("Launched in 2020, the app has 8 million users.", 8e6),
])
def test_a_date_of_the_subject_is_not_the_figures_period(text, value):
    assert period_of(text, value) == "2025-01"


@pytest.mark.parametrize("text, value, period", [
    ("In 2023, its users grew by 20%.", 20, "2023"),
    ("It had 50 million users by mid-2021.", 50e6, "2021-06"),
    ("The app reached first place on the Play Store on January 11.", 1, "2025-01-11"),
])
def test_a_date_in_the_sentence_is_the_period(text, value, period):
    assert period_of(text, value) == period


def test_a_sentence_does_not_end_at_an_abbreviation():
    text = ("The game rose to the top position among U.S. App Store downloads on January 11 and reached "
            "first place on the U.S. Google Play Store on January 14.")
    periods = [f.period for f in extract(text, date(2025, 1, 16)) if f.kind == "rank"]
    assert periods == ["2025-01-11", "2025-01-14"]


# A quarter named in the figure's clause is its period; a day in the same sentence dates the report
# of the quarter, not the figure. Sentences of our own from earnings, streaming, retail, chip, bank
# and app-economy stories.
@pytest.mark.parametrize("text, value, published, period", [
    ("Acme Foods reported third-quarter revenue of $2.1 billion on Wednesday, up 12% from a year earlier.",
     2.1e9, date(2024, 10, 24), "2024-Q3"),
    ("Acme Foods reported third-quarter revenue of $2.1 billion on Wednesday, up 12% from a year earlier.",
     12, date(2024, 10, 24), "2024-Q3"),
    ("On Tuesday the streaming service said it added 4.1 million subscribers in the October-to-December quarter.",
     4.1e6, date(2025, 1, 21), "2024-Q4"),
    ("The chipmaker shipped 12 million units in Q3 2024 and 15 million in Q4, it said on Monday.",
     12e6, date(2025, 1, 20), "2024-Q3"),
    ("The chipmaker shipped 12 million units in Q3 2024 and 15 million in Q4, it said on Monday.",
     15e6, date(2025, 1, 20), "2024-Q4"),
    ("The lender booked a first-quarter net loss of 58 cents a share on April 24, wider than forecast.",
     58, date(2024, 4, 25), "2024-Q1"),
    ("Spending on in-app purchases rose 9% in the three months to September, the data firm said Thursday.",
     9, date(2024, 10, 10), "2024-Q3"),
    ("Revenue in the fourth quarter of 2023 was $310 million, the company said on Jan. 18.",
     310e6, date(2024, 1, 19), "2023-Q4"),
])
def test_a_quarter_in_the_clause_is_the_period_not_the_day_of_the_report(text, value, published, period):
    assert period_of(text, value, published) == period


@pytest.mark.parametrize("text, value, published, period", [
    # a forecast looks ahead: the next fourth quarter that has not ended
    ("The retailer expects fourth-quarter sales of about $14 billion, it said on Thursday.", 14e9,
     date(2024, 8, 22), "2024-Q4"),
    ("Analysts expect first-quarter revenue of $5 billion.", 5e9, date(2024, 11, 2), "2025-Q1"),
    # a year of the figure's own clause keeps its year; the quarter is another clause's
    ("Revenue for 2024 rose 5%, while fourth-quarter sales fell 2%.", 5, date(2025, 2, 3), "2024"),
    ("Revenue for 2024 rose 5%, while fourth-quarter sales fell 2%.", 2, date(2025, 2, 3), "2024-Q4"),
    # a month of the figure's own clause outranks a quarter of another clause
    ("Sales in December rose 8%, the best month of the quarter.", 8, date(2025, 1, 9), "2024-12"),
    # a total that runs from a quarter is not that quarter's
    ("Its users have doubled to 40 million since the third quarter, the app's founder said on Monday.", 40e6,
     date(2025, 1, 14), "2025-01-13"),
])
def test_a_quarter_dates_only_what_its_clause_says(text, value, published, period):
    assert period_of(text, value, published) == period


def test_an_undated_article_counts_a_quarter_from_the_date_it_names():
    text = "The retailer said on Jan. 16, 2025 that its sales rose 4% in the three months to December."
    figure = next(f for f in extract(text) if f.kind == "percent")
    assert figure.period == "2024-Q4"


def test_the_quarter_refers_back_to_the_quarter_the_article_reports_on():
    text = ("The toymaker on Tuesday reported fourth-quarter sales of $1.9 billion. "
            "Online orders made up 31% of sales in the quarter, down from 35% in the third quarter. "
            "It will pay a dividend of 45 cents a share for the quarter.")
    periods = {f.quote: f.period for f in extract(text, date(2025, 2, 11)) if f.kind not in ("date", "year")}
    assert periods["$1.9 billion"] == "2024-Q4"
    assert periods["31%"] == "2024-Q4"
    assert periods["35%"] == "2024-Q3"
    assert periods["45 cents"] == "2024-Q4"


@pytest.mark.parametrize("text, value, published, period", [
    # a quarter opening the sentence dates the figures after it
    ("In the third quarter, the airline carried 41 million passengers.", 41e6, date(2024, 10, 30), "2024-Q3"),
    # an age, or a span joined by "and", is not the quarter's
    ("Chief executive Dana Lee, 52, said third-quarter profit doubled.", 52, date(2024, 10, 30), "2024-10"),
    ("The bank cut costs in the quarter ended June and will hire 300 people over two years.", 2,
     date(2024, 7, 20), "2024-07"),
])
def test_a_quarter_of_the_sentence_reaches_only_the_figures_it_dates(text, value, published, period):
    assert period_of(text, value, published) == period
