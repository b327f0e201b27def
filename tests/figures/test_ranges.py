"""Two numbers read as one range, or as two alternatives."""

import pytest

from newsreport.figures.extractor import extract


def test_scale_of_the_second_bound_applies_to_the_first():
    span = extract("shares could rise 5 to 10 million")[0]
    assert (span.low, span.high, span.qualifier) == (5e6, 10e6, "range")


@pytest.mark.parametrize("text, values, unit", [
    ("Tickets cost 8 or 9 euros at the door.", [8, 9], "EUR"),
    ("Growth will be 3 or 4 percent this year.", [3, 4], "%"),
    ("Each repair costs $5 or $6.", [5, 6], "USD"),
])
def test_numerals_joined_by_or_are_two_figures_with_one_unit(text, values, unit):
    found = [f for f in extract(text) if f.kind not in ("date", "year")]
    assert [f.value for f in found] == values and {f.unit for f in found} == {unit}


@pytest.mark.parametrize("text, low, high", [
    ("Over the past three or four years, lenders changed.", 3, 4),
    ("It takes two or three weeks to ship.", 2, 3),
    ("The match lasted five or six hours.", 5, 6),
])
def test_number_words_joined_by_or_are_a_rough_range(text, low, high):
    figure = next(f for f in extract(text) if f.low is not None)
    assert (figure.low, figure.high) == (low, high)


@pytest.mark.parametrize("text, low, high", [
    ("The survey covered people aged 18 to 34.", 18, 34),
    ("Players aged 16-21 may apply.", 16, 21),
    ("Voters aged 65 to 80 turned out most.", 65, 80),
])
def test_age_ranges_are_years_old(text, low, high):
    figure = next(f for f in extract(text) if f.low is not None)
    assert (figure.low, figure.high, figure.unit) == (low, high, "years old")
