"""A mass or volume a subject came to, stood at or amounted to is that subject's own measure ("the wheat harvest came
to 10 million tonnes": the harvest's mass; "crude exports stood at 4 million barrels": the exports'), so two such
figures of different things are never one claim; a height a river or lake stood at stays its level
(claims/noun_measures.py). Stories of our own: a harvest and grain exports, oil exports and stocks, a river."""

import pytest

from claims_fixtures import rows_of, table, two_outlets


@pytest.mark.parametrize("first, second", [
    ("The ministry said the wheat harvest came to 10.2 million tonnes.",
     "Total grain exports came to roughly 12.4 million tonnes, according to customs data."),
    ("Crude exports stood at 4.1 million barrels, the port authority said.",
     "Fuel stocks amounted to about 6 million barrels, the agency said."),
])
def test_amounts_of_two_different_things_are_two_measures(tmp_path, first, second):
    claims = two_outlets(tmp_path, first, second)
    assert not (claims.status == "conflict").any() and len(set(claims.metric)) == 2, table(claims)


def test_a_rivers_height_is_still_its_level(tmp_path):
    claims = two_outlets(tmp_path, "The Orva River peaked at 6.1 metres on Tuesday.",
                         "The Lake Sarn rose to about 4 metres on Tuesday, officials said.")
    assert set(rows_of(claims, "metres").metric) == {"level_length"}, table(claims)
