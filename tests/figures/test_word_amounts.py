"""Fractions, vague plurals and multiples written in words."""

from newsreport.figures.extractor import extract


def test_fractions_in_words_are_ratios():
    third = extract("a third of the users left")[0]
    assert third.kind == "ratio" and abs(third.value - 1 / 3) < 1e-9
