"""An area burned or flooded changes by the hour, so two counts of it are a possible discrepancy unless each sentence
dates it; the area of a park, an estate or a lake does not change, so two counts of it conflict (config `area`
`doubt_when`: the doubt holds only where the sentence tells of fire or water). Stories of our own: a park, a nature
reserve, a wildfire."""

import pytest

from claims_fixtures import table, two_outlets


@pytest.mark.parametrize("first, second", [
    ("Dunmore Park covers 1,400 hectares.", "Dunmore Park covers about 900 hectares, the council said."),
    ("The Hollin Reserve covers 3,200 acres, its trust said.", "The Hollin Reserve covers 2,100 acres, a survey found."),
])
def test_a_fixed_area_told_twice_conflicts(tmp_path, first, second):
    claims = two_outlets(tmp_path, first, second)
    assert "conflict" in set(claims[claims.metric == "area"].status), table(claims)


def test_an_area_burned_stays_in_doubt_without_its_day(tmp_path):
    claims = two_outlets(tmp_path, "The Corran fire had burned 1,400 acres.",
                         "The Corran fire had burned about 900 acres, satellite data showed.")
    assert "conflict" not in set(claims.status), table(claims)
