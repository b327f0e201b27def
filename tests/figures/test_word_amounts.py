"""Fractions, vague plurals and multiples written in words."""

import pytest

from newsreport.figures.extractor import extract


def test_fractions_in_words_are_ratios():
    third = extract("a third of the users left")[0]
    assert third.kind == "ratio" and abs(third.value - 1 / 3) < 1e-9


@pytest.mark.parametrize("text, value, qualifier", [
    ("Sales grew more than four times in a decade.", 4, "more_than"),
    ("Orders saw a sixfold rise after the launch.", 6, "exact"),
    ("The bill is a tenfold increase on last year's.", 10, "exact"),
    ("Prices jumped 10-fold.", 10, "exact"),
])
def test_multiples_in_words(text, value, qualifier):
    figure = next(f for f in extract(text) if f.kind == "multiple")
    assert (figure.value, figure.qualifier) == (value, qualifier)


@pytest.mark.parametrize("text", [
    "THOUSANDS FLOCK TO THE NEW APP",
    "Billions Wiped Off Tech Stocks",
    "Millions Tune In",
])
def test_vague_amounts_in_headings_are_not_figures(text):
    assert extract(text) == []


def test_vague_amounts_in_sentences_stay_ranges():
    figure = extract("Thousands of people marched on Sunday.")[0]
    assert (figure.low, figure.high, figure.qualifier) == (1e3, 1e4, "range")
