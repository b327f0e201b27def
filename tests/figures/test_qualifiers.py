"""Hedge words and the direction of a change."""

import pytest

from newsreport.figures.extractor import extract


@pytest.mark.parametrize("text, value", [
    ("Revenue fell 2.1% last quarter.", 2.1),
    ("Exports dropped by 4% in March.", 4),
    ("Its shares slid 7.5 percent on Friday.", 7.5),
])
def test_a_fall_goes_down(text, value):
    fell = next(f for f in extract(text) if f.kind == "percent")
    assert (fell.value, fell.direction) == (value, "down")


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


@pytest.mark.parametrize("text, value, qualifier", [
    ("Parcels worth $800 or less enter duty-free.", 800, "at_most"),
    ("Firms with 50 employees or fewer are exempt.", 50, "at_most"),
    ("Loans of 5% or lower were offered.", 5, "at_most"),
    ("Towns of 10,000 people or more voted.", 10000, "at_least"),
])
def test_qualifiers_written_after_the_number(text, value, qualifier):
    figure = next(f for f in extract(text) if f.value == value)
    assert figure.qualifier == qualifier
