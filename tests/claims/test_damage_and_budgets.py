"""The damage a fire, a storm or a flood did, in money, is one measure however told ("caused £30 million of damage",
"damage was put at £45 million"; config `property_damage`), never the damages a court awards; and a project's cost
"budgeted at" a sum is its cost. Stories of our own: two storms, a road scheme, a court case."""

import pytest

from claims_fixtures import table, two_outlets


@pytest.mark.parametrize("first, second", [
    ("Storm Ilsa caused €1.2 billion of damage across Brevland, insurers said.",
     "Storm Ilsa did about €700 million of damage across Brevland, the government said."),
    ("Hurricane Tova caused $9 billion of damage in Florida, insurers said.",
     "Hurricane Tova did about $14 billion of damage in Florida, the state said."),
])
def test_damage_told_twice_is_one_measure(tmp_path, first, second):
    claims = two_outlets(tmp_path, first, second)
    rows = claims[claims.metric == "property_damage"]
    assert len(rows) == 1 and set(rows.status) & {"conflict", "discrepancy"}, table(claims)


def test_court_damages_are_not_property_damage(tmp_path):
    claims = two_outlets(tmp_path, "The jury awarded Lenna Cole $12 million in damages on Thursday.",
                         "Lenna Cole won $21 million in damages from the jury on Thursday, her lawyer said.")
    assert "property_damage" not in set(claims.metric) and "conflict" in set(claims.status), table(claims)


def test_a_budgeted_sum_is_a_cost(tmp_path):
    claims = two_outlets(tmp_path, "The Corvel bypass cost £210 million, the council said.",
                         "The Corvel bypass was budgeted at £265 million, according to council papers.")
    assert len(claims[claims.metric == "cost"]) == 1, table(claims)
