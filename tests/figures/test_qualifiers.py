"""Hedge words and the direction of a change."""

import pytest

from newsreport.figures.extractor import extract


def test_a_fall_goes_down():
    fell = extract("Revenue fell 2.1% last quarter.")[0]
    assert (fell.value, fell.direction, fell.kind) == (2.1, "down", "percent")


@pytest.mark.parametrize("text, qualifier", [
    ("The app has about 300 million monthly users.", "approx"),
    ("It is now worth more than $17 billion.", "more_than"),
    ("Fewer than 700,000 users signed up.", "less_than"),
    ("Fines could reach up to 6% of turnover.", "at_most"),
    ("The park drew 15,000+ visitors.", "at_least"),
])
def test_hedges_become_qualifiers(text, qualifier):
    assert [f.qualifier for f in extract(text)] == [qualifier]


@pytest.mark.parametrize("text, direction", [
    ("Shares plunged around 17% on Monday.", "down"),
    ("Daily users jumped by over 110%.", "up"),
    ("The Nasdaq shed 3%.", "down"),
])
def test_verbs_of_change_give_a_direction(text, direction):
    assert next(f for f in extract(text) if f.kind == "percent").direction == direction
