"""A figure inside the subject's own phrase says what the subject is, so the verb's object does not own it: "The
metro, home to about 1.2 million people, includes Gqeberha" is the metro's population, not Gqeberha's (a water-crisis
report's summary read "about 1,2 million people — Gqeberha's people"). A figure the verb gives its object still
belongs to the object ("Regulators fined Loopa $40 million"). Sentences of our own, from several kinds of story."""

import pytest

from newsreport.claims.structure import read_figure


def owner_of(sentence: str, quote: str) -> str:
    start = sentence.index(quote)
    return read_figure(sentence, start, start + len(quote)).entity_text


@pytest.mark.parametrize("sentence, quote, wrong", [
    ("The metro, home to about 1.2 million people, includes Gqeberha, Kariega and Despatch.", "1.2 million people",
     "Gqeberha"),
    ("The province, with some 4 million residents, borders Quebec to the east.", "4 million residents", "Quebec"),
    ("The airline, which flies 30 million passengers a year, serves Lisbon from three bases.", "30 million passengers",
     "Lisbon"),
])
def test_a_figure_inside_the_subject_is_not_the_object_s(sentence, quote, wrong):
    assert owner_of(sentence, quote) != wrong


@pytest.mark.parametrize("sentence, quote, owner", [
    ("Regulators fined Loopa $40 million on Monday.", "$40 million", "Loopa"),
    ("Prosecutors ordered Kestrel Exchange to repay $1.9 billion to its customers.", "$1.9 billion", "Kestrel Exchange"),
])
def test_a_figure_the_verb_gives_its_object_is_the_object_s(sentence, quote, owner):
    assert owner_of(sentence, quote) == owner
