"""People arrested are one count whatever noun counts them (config `arrests`, one_group: "120 people arrested",
"300 protesters detained", "45 fans held in custody"); an airline's "planes" or "jets" are its "aircraft" (config
synonyms). Stories of our own: a protest, a football match, two airlines."""

import pytest

from claims_fixtures import table, two_outlets


@pytest.mark.parametrize("first, second", [
    ("Police arrested 120 people during the protest in Marova on Saturday.",
     "More than 300 protesters were detained in Marova on Saturday, organisers said."),
    ("Police in Kellwick arrested 45 fans after the final on Saturday.",
     "Some 60 people were arrested in Kellwick on Saturday after the final."),
])
def test_people_arrested_are_one_count(tmp_path, first, second):
    claims = two_outlets(tmp_path, first, second)
    rows = claims[claims.metric.str.startswith("arrests")]
    assert len(rows) == 1 and rows.iloc[0].status in ("conflict", "discrepancy"), table(claims)


@pytest.mark.parametrize("first, second", [
    ("Tessa Air has 40 aircraft in its fleet, the airline said.", "Tessa Air flies 52 planes, its annual report shows."),
    ("Skyline Air ordered 12 jets from Boeing on Tuesday.", "Skyline Air ordered 18 aircraft from Boeing on Tuesday."),
])
def test_planes_and_jets_are_aircraft(tmp_path, first, second):
    claims = two_outlets(tmp_path, first, second)
    rows = claims[claims.metric.str.startswith("aircraft")]
    assert len(rows) == 1 and rows.iloc[0].status in ("conflict", "discrepancy"), table(claims)
