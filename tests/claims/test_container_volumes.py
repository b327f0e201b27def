"""Containers a carrier or a port moved are one measure however counted: "3.2 million twenty-foot equivalent
units (TEU)", "2.7 million TEU" and "3.2 million containers"; and a carrier's short name
("Norhaven") is the carrier ("Norhaven Line")."""

import pytest

from claims_fixtures import article, story_claims


@pytest.mark.parametrize("first, second", [
    ("Norhaven Line said it moved 3.2 million twenty-foot equivalent units (TEU) in the second quarter.",
     "Norhaven said it moved 3.2 million containers in the second quarter, up from a year earlier."),
    ("The port of Velm handled 1.1 million TEU in 2026, the port authority said.",
     "The port of Velm handled 1.1 million containers in 2026, its owner said."),
    ("Sahel Lines carried 800,000 TEU in the first half, it said.",
     "Sahel Lines carried 800,000 containers in the first half, analysts said."),
])
def test_teu_and_containers_are_one_measure(tmp_path, first, second):
    claims = story_claims(tmp_path, {"a.md": article("Volumes", "2027-08-05", first, "Wire"),
                                     "b.md": article("Boxes", "2027-08-05", second, "Daily")})
    moved = claims[claims.metric == "container_volume"]
    assert list(moved.status) == ["agreement"], claims[["entity", "metric", "period", "status", "values"]].to_string()
