"""Two estimators of the story's one measure: where one article names the owner ("Hanbit said pre-orders for the
Lumo X7 topped 4 million") and another tells the figure on an estimator's word with no owner ("Cobalt Research
estimates that pre-orders are closer to 2.5 million"), the estimator (a body that counts others' figures: a research
firm, a trade forum, a union) is the figure's source, not another actor it may belong to, so the one owner the corpus
gives the measure is taken and the two disagree (claims/unnamed_owner.speakers); a company telling its own figure is
still another actor (tests/claims/test_sole_owner.py). Not for counts of people (the people of one event are the
story's, as before), and never for a statistic of a group ("the average break-even"). Stories of our own: a phone's
pre-orders, parcels imported, flights cancelled in a strike, a dairy price."""

import pytest

from claims_fixtures import joined, table, two_outlets


@pytest.mark.parametrize("first, second", [
    ("Hanbit said pre-orders for the Lumo X7 topped 4 million in the first week.",
     "Cobalt Research estimates that pre-orders in the first week were closer to 2.5 million."),
    ("Zembla Customs handled around 60 million low-value parcels last year, the minister said.",
     "The Retail Forum, which represents 300 shops, estimates that more than 80 million low-value parcels arrived last year."),
    ("Skylark Air cancelled 240 flights during the two-day strike, the airline said.",
     "The pilots' union says that more than 400 flights were cancelled during the two-day strike."),
])
def test_an_estimator_is_no_owner_of_the_figure_it_tells(tmp_path, first, second):
    claims = two_outlets(tmp_path, first, second)
    assert "conflict" in set(claims.status), table(claims)


def test_a_group_statistic_is_no_ones(tmp_path):
    claims = two_outlets(tmp_path, "Mr Walker's break-even is about $8.20 a kilogram of milk solids.",
                         "DairyNZ says the average break-even is about $8.50 a kilogram of milk solids.")
    assert not joined(claims, "8.20", "8.50"), table(claims)
