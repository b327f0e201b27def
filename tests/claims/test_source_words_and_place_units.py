"""Two ways a place's measure was split in two. A word naming a part of a population ("regional", "youth",
"food") inside the phrase that cites the figure's source ("according to the regional health agency", "the youth
council said") is no part of the measure (counted.measure_part_words). A place written with its kind of unit in
lower case ("Altavia province", "Kerran state") is the bare place another article names (places.drop_place_units).
Stories of our own: an outbreak, unemployment, inflation, floods, hospital admissions, a jobless rate."""

import pytest

from claims_fixtures import article, story_claims


@pytest.mark.parametrize("first, second, metric, status", [
    ("Altavia now counts 187 confirmed measles cases, according to the regional health agency.",
     "Altavia now counts 187 confirmed measles cases.", "cases", "agreement"),
    ("The jobless rate in Ostra was 6.1% in May, according to the regional statistics office.",
     "The jobless rate in Ostra was 7.4% in May.", "unemployment_rate", "conflict"),
    ("Consumer prices in Velta rose 3.2% in June, according to the food industry federation.",
     "Consumer prices in Velta rose 3.2% in June.", "inflation_rate", "agreement"),
    ("In Altavia province, 31 people have been admitted to hospital, the ministry said.",
     "In Altavia, 44 patients have been treated in hospital, the agency said.", "hospitalized", "conflict"),
    ("The jobless rate in Kerran state rose to 5.1% in May.", "The jobless rate in Kerran rose to 5.8% in May.",
     "unemployment_rate", "conflict"),
    ("Floods in Varda province killed 42 people on Sunday.", "Floods in Varda killed 42 people on Sunday.",
     "deaths", "agreement"),
])
def test_one_place_one_measure(tmp_path, first, second, metric, status):
    claims = story_claims(tmp_path, {"a.md": article("Place", "2026-07-20", first, outlet="Wire"),
                                     "b.md": article("Place", "2026-07-20", second, outlet="Paper")})
    rows = claims[claims.metric == metric]
    assert list(rows.status) == [status], claims[["entity", "metric", "scope", "period", "status", "values"]].to_string()


def test_a_unit_written_as_part_of_the_name_is_left(tmp_path):
    claims = story_claims(tmp_path, {"a.md": article("County", "2026-07-20", "Ridley County reported 146 measles cases.")})
    assert "Ridley County" in set(claims.entity), claims[["entity", "metric", "values"]].to_string()
