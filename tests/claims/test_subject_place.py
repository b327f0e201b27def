"""A place-owned measure whose subject names its place ("Temperatures in Sandrapur", "Consumer prices in Velta",
"Floods in Varda") is that place's, though a later clause of the sentence names another ("as the heatwave spread
across Rajmer state", "while hiring slowed across Germany.) (places.place_measured_in). Stories of our own: a
heatwave, inflation, floods, unemployment."""

import pytest

from claims_fixtures import article, story_claims


@pytest.mark.parametrize("first, second, place, status", [
    ("Temperatures in Sandrapur reached 49.1C on Sunday, as the heatwave tightened its grip across Rajmer.",
     "Sandrapur recorded 48.2 degrees Celsius on Sunday, the weather office said.", "Sandrapur", "conflict"),
    ("Consumer prices in Velta rose 3.2% in June, even as they fell across Europe.",
     "Inflation in Velta was 3.2% in June.", "Velta", "agreement"),
    ("Floods in Varda killed 42 people on Sunday, as storms swept across Bavaria.",
     "Floods in Varda killed 42 people on Sunday.", "Varda", "agreement"),
    ("The jobless rate in Kerran rose to 5.1% in May, while hiring slowed across Germany.",
     "The jobless rate in Kerran rose to 5.8% in May.", "Kerran", "conflict"),
])
def test_the_subjects_place_owns_the_figure(tmp_path, first, second, place, status):
    claims = story_claims(tmp_path, {"a.md": article("Place", "2026-07-14", first, outlet="Wire"),
                                     "b.md": article("Place", "2026-07-14", second, outlet="Paper")})
    rows = claims[claims.entity == place]
    assert status in set(rows.status), claims[["entity", "metric", "period", "status", "values"]].to_string()
