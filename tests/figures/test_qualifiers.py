"""Hedge words and the direction of a change."""

from newsreport.figures.extractor import extract


def test_a_fall_goes_down():
    fell = extract("Revenue fell 2.1% last quarter.")[0]
    assert (fell.value, fell.direction, fell.kind) == (2.1, "down", "percent")
