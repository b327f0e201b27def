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
    assert "conflict" in set(claims[claims.metric.str.startswith("area")].status), table(claims)


@pytest.mark.parametrize("first, second", [
    ("The Corran fire has spread across 15,000 acres, the county said on Tuesday.",
     "The Corran fire had burned about 11,000 acres by Tuesday, officials said."),
    ("Floodwater has covered 8,000 hectares of the delta, the ministry said on Monday.",
     "The floods had inundated some 13,000 hectares of the delta by Monday, satellite images showed."),
])
def test_the_extent_of_a_fire_or_a_flood_is_what_it_burned_or_flooded(tmp_path, first, second):
    """A fire's or a flood's spread is the land it burned or flooded (config `area` `doubt_when`), not an extent of its
    own: the two counts are compared."""
    claims = two_outlets(tmp_path, first, second)
    assert set(claims[claims.metric == "area"].status) & {"conflict", "discrepancy"}, table(claims)


def test_an_area_burned_stays_in_doubt_without_its_day(tmp_path):
    claims = two_outlets(tmp_path, "The Corran fire had burned 1,400 acres.",
                         "The Corran fire had burned about 900 acres, satellite data showed.")
    assert "conflict" not in set(claims.status), table(claims)


@pytest.mark.parametrize("harmed, other", [
    # a frost on a coffee region: the land it hit against the land planted there
    ("The agency said about 180,000 hectares of coffee had been affected by the frost.",
     "The Serra region has about 1 million hectares planted with coffee, the agency said."),
    # locusts: the crops they damaged against the fields sprayed
    ("The swarms have damaged about 21,000 hectares of crops in Turkana, the ministry said.",
     "Spraying teams treated about 1,800 hectares of farmland in Turkana on Monday, the ministry said."),
    # locusts: the crops they damaged against the size of the largest swarm
    ("The swarms have damaged about 21,000 hectares of crops in Turkana, the ministry said.",
     "The largest swarm in Turkana covers some 60 square kilometres, the ministry said."),
    # a wildfire: the orchards it burned against the orchards planted in the valley
    ("The Corran fire has burned 12,000 acres of orchards in the valley, the state forestry service said.",
     "Growers in the valley have planted about 40,000 acres of orchards, the state forestry service said."),
])
def test_an_area_a_harm_reached_is_not_the_land_planted_treated_or_covered(tmp_path, harmed, other):
    """An area is of what was done with it (config `area` `verb_details`): the land a frost, a swarm or a fire reached
    is another measure than the land planted, farmed or sprayed, or the extent a swarm covers, so the two are no conflict."""
    claims = two_outlets(tmp_path, harmed, other)
    assert not set(claims.status) & {"conflict", "discrepancy"}, table(claims)
