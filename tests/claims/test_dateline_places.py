"""A dateline says where a story was filed, not whose figure a sentence gives or where it was measured
(claims/datelines.py): "REDMOND FLATS, Calvera (Pacific Wire) —", "NEW DELHI:", "TARNOVO, Karvonia (Balkan Wire) –".
A place the article writes only in its dateline owns and scopes no figure; one its body names again still may.
Stories of our own: a wildfire, a heatwave, a mine collapse, an earthquake."""

import pytest

from claims_fixtures import article, story_claims


@pytest.mark.parametrize("body, filed", [
    ("REDMOND FLATS, Calvera (Pacific Wire) — The fire has destroyed 86 homes and forced 9,000 residents to leave, "
     "officials said.", {"REDMOND", "FLATS", "Calvera"}),
    ("NEW DELHI: Sandrapur sizzled at 48.6 degrees Celsius on Sunday, the weather office said.", {"NEW", "DELHI"}),
    ("TARNOVO, Karvonia (Balkan Wire) – Rescuers on Wednesday reached 11 of the 23 miners trapped underground.",
     {"TARNOVO", "Karvonia"}),
])
def test_a_place_only_in_the_dateline_owns_nothing(tmp_path, body, filed):
    claims = story_claims(tmp_path, {"a.md": article("Filed", "2026-07-14", body)})
    named = {w for value in list(claims.entity) + list(claims.scope) for w in str(value).replace("+", " ").split()}
    assert not named & filed, claims[["entity", "metric", "scope", "values"]].to_string()


def test_a_place_the_body_names_again_still_owns(tmp_path):
    body = "KARVA, Ostfeld (GW) — Floods in Ostfeld killed 42 people on Sunday, the disaster agency said."
    claims = story_claims(tmp_path, {"a.md": article("Floods", "2026-07-14", body)})
    assert "Ostfeld" in set(claims.entity), claims[["entity", "metric", "scope", "values"]].to_string()
