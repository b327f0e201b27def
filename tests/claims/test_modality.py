"""A figure in a clause that says what someone plans, or what will or may happen, is not a reported
fact: its claims are low confidence and never a conflict."""

import pytest

from newsreport.claims.structure import read_figure


def reading_of(sentence: str, figure: str):
    start = sentence.index(figure)
    return read_figure(sentence, start, start + len(figure))


@pytest.mark.parametrize("sentence, figure", [
    ("The governor announced plans to grant Loopa a 90-day extension after the vote.", "90-day"),
    ("Veltra unveiled plans to cut 1,200 jobs by June.", "1,200"),
    ("The regulator published a proposal to lower card fees by 5% next year.", "5%"),
    ("The 60-day pause is something that will most likely be extended, the minister said.", "60-day"),
    ("A 12% raise is what the union will demand next week.", "12%"),
])
def test_plans_and_what_will_be_done_are_not_facts(sentence, figure):
    assert reading_of(sentence, figure).modal


@pytest.mark.parametrize("sentence, figure", [
    ("The governor granted Loopa a 75-day extension on Monday.", "75-day"),
    ("Veltra cut 1,200 jobs in June, its filing shows.", "1,200"),
    ("The plan cut card fees by 5% last year.", "5%"),
    ("The 60-day pause is something the minister announced on Friday.", "60-day"),
])
def test_what_was_done_stays_a_fact(sentence, figure):
    assert not reading_of(sentence, figure).modal
