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
