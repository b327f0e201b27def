"""What a figure is about: its counted noun and the name that owns it."""

import pytest

from newsreport.figures.extractor import extract


def subject_of(text, value):
    return next(f.subject for f in extract(text) if f.value == value)


@pytest.mark.parametrize("text, value, subject", [
    ("Around 3,000 firefighters battled the fire as 40 flights were cancelled.", 40, "flights"),
    ("One analyst said 40 flights were cancelled.", 40, "flights"),
    ("Analysts said 12 stores would close.", 12, "stores"),
    ("Nearly 500 workers joined the strike.", 500, "workers"),
])
def test_words_opening_a_sentence_are_not_owners(text, value, subject):
    assert subject_of(text, value) == subject


@pytest.mark.parametrize("text, value, subject", [
    ("Zalando had 50 million active customers in 2023.", 50e6, "Zalando active customers"),
    ("Vinted said it had 105 million registered members.", 105e6, "Vinted registered members"),
    ("Tesla delivered 20,000 Model 3 cars, and the Model 3 won 2,000 buyers.", 2000, "Model 3 buyers"),
])
def test_named_owners_are_kept(text, value, subject):
    assert subject_of(text, value) == subject


@pytest.mark.parametrize("text, value, subject", [
    ("Its revenue rose to $5.2 billion.", 5.2e9, "revenue"),
    ("Their profits hit $40 million.", 40e6, "profits"),
    ("Shein said its sales reached $30 billion.", 30e9, "Shein sales"),
])
def test_measure_nouns_before_an_amount(text, value, subject):
    assert subject_of(text, value) == subject
