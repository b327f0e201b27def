"""A count of things under a noun of an act done to them ("an order for 300 buses", "shipments of 60 jets") counts
what that act did, as the verb would ("ordered 300 buses", "shipped 60 jets"): an owner's things ordered and things
delivered are two measures, and "shipments" count what "delivered" counts. A noun that is no act ("a fleet of 300
buses") adds nothing. Stories of our own: a vaccine maker, a bus maker, a planemaker."""

import pytest

from claims_fixtures import table, two_outlets


@pytest.mark.parametrize("first, second, things", [
    ("Veridane Biologics delivered 2.5 million doses last month.",
     "Veridane Biologics has an order for 5 million doses from the ministry.", "doses"),
    ("Voltaro shipped 120 buses to Lisbon last year.", "Voltaro won an order for 300 buses from Lisbon last year.",
     "buses"),
    ("Aerion delivered 48 jets in 2025.", "Aerion booked orders for 210 jets in 2025.", "aircraft"),
])
def test_things_ordered_are_not_things_delivered(tmp_path, first, second, things):
    claims = two_outlets(tmp_path, first, second)
    rows = claims[claims.metric.str.startswith(things)]
    assert sorted(rows.metric) == [f"{things}: deliver", f"{things}: order"], table(claims)
    assert set(rows.status) == {"single"}, table(claims)


def test_a_noun_of_the_same_act_counts_what_the_verb_counts(tmp_path):
    claims = two_outlets(tmp_path, "Aerion delivered 48 jets in 2025 and booked orders for 210 jets.",
                         "Aerion's shipments of 60 jets in 2025 beat its target.")
    delivered = claims[claims.metric == "aircraft: deliver"]
    assert list(delivered.status) == ["conflict"] and "60" in delivered["values"].iloc[0], table(claims)


def test_a_noun_that_is_no_act_adds_nothing(tmp_path):
    claims = two_outlets(tmp_path, "Voltaro operates a fleet of 300 buses in Lisbon.", "Voltaro runs 310 buses in Lisbon.")
    assert list(claims[claims.metric == "buses"].status) == ["agreement"], table(claims)
