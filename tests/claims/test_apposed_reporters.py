"""A reported "it" is the name apposed to the reporting subject when that subject is a common noun: "Halden's
parent company Ardent Foods said it employed 4,000 people" gives Ardent Foods' staff, not a place named in the
sentence before (claims/apposed_subjects.named_apposition). Stories of our own: a food group, a bike-share
rival, a regulator's complaints."""

import pytest

from claims_fixtures import article, story_claims


@pytest.mark.parametrize("body, owner", [
    ("Rain fell across Ostrava. Halden's parent company Ardent Foods said it employed 4,000 people.", "Ardent Foods"),
    ("Prices rose in Tarsa. Their rival Velo said it had 3 million riders.", "Velo"),
    ("Storms hit Ostend. The regulator Ofwell said it had received 12,000 complaints.", "Ofwell"),
])
def test_a_reported_it_is_the_name_apposed_to_its_reporter(tmp_path, body, owner):
    claims = story_claims(tmp_path, {"a.md": article("Story", "2026-10-18", body)})
    assert list(claims.entity) == [owner], claims[["entity", "metric", "values"]].to_string()
