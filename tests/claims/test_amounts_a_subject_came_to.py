"""A mass or volume a subject came to, stood at or amounted to is that subject's own measure ("the wheat harvest came
to 10 million tonnes": the harvest's mass; "crude exports stood at 4 million barrels": the exports'), so two such
figures of different things are never one claim; a height a river or lake stood at, and a subject that names no
thing ("demand for cement"), stay a level (claims/noun_measures.py). Stories of our own: a harvest and grain
exports, oil exports and stocks, a river and a lake, cement demand."""

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


@pytest.mark.parametrize("first, second, unit, metric", [
    ("The Orva River peaked at 6.1 metres on Tuesday.", "The Lake Sarn rose to about 4 metres on Tuesday, officials said.",
     "metres", "level_length"),
    # a subject that names no thing keeps a level: the figure is not dropped
    ("Demand for cement grew to 7.9 million tonnes last year, the association said.", "Builders were not asked.",
     "tonnes", "level_mass"),
])
def test_a_height_or_a_subject_naming_no_thing_is_still_a_level(tmp_path, first, second, unit, metric):
    claims = two_outlets(tmp_path, first, second)
    assert set(rows_of(claims, unit).metric) == {metric}, table(claims)
