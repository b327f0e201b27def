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


# "his ward had reported more than 300 leaks": the ward's leaks, not the councillor's (the same report's summary then
# read "more than 300 leaks — Andile Mpofu's leaks"); what the subject is or has stays the person's ("His fortune")
@pytest.mark.parametrize("sentence, quote", [
    ("Ward councillor Andile Mpofu said his ward had reported more than 300 leaks since January.", "300 leaks"),
    ("Dana Whitfield said her company employs 400 people in Leeds.", "400 people"),
    ("Coach Mara Olsen said her team sold 2 million tickets last season.", "2 million tickets"),
])
def test_what_a_person_s_ward_or_team_did_is_not_the_person_s(sentence, quote):
    assert owner_of(sentence, quote).lower() not in ("his", "her", "andile mpofu", "dana whitfield", "mara olsen")


def test_what_a_person_s_subject_measures_is_still_theirs():
    assert owner_of("Ana Lima built the chain from one shop. Her fortune grew to $3 billion.", "$3 billion") == "Her"
