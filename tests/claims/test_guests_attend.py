"""A place's guests are its visitors, and so its attendance where the corpus gives that owner an attendance: "welcomed
about 1.2 million guests" and "attendance rose to 1.2 million" are one count. Another owner's guests (a hotel's) stay
its own. Stories of our own."""

from claims_fixtures import article, story_claims


def test_a_museums_guests_are_its_attendance(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Record year", "2026-01-10", "The Marlow Science Museum's attendance rose to 1.2 million in 2025.",
                        outlet="Wire"),
        "b.md": article("Museum", "2026-01-12", "The Marlow Science Museum welcomed about 1.2 million guests in 2025, "
                        "its director said.", outlet="Paper"),
    })
    assert list(claims[claims.metric == "attendance"]["status"]) == ["agreement"]


def test_a_zoos_guests_continue_its_attendance_series(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Zoo", "2025-01-10", "Brackley Zoo's attendance was 900,000 in 2024.", outlet="Wire"),
        "b.md": article("Zoo record", "2026-01-12", "Brackley Zoo had about 1.1 million guests in 2025, a record.", outlet="Paper"),
    })
    assert set(claims[claims.entity == "Brackley Zoo"]["metric"]) == {"attendance"}


def test_a_hotels_guests_are_not_the_zoos_attendance(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Zoo", "2026-01-10", "Brackley Zoo's attendance was 900,000 in 2025.", outlet="Wire"),
        "b.md": article("Hotel", "2026-01-12", "The Grand Brackley Hotel had about 900,000 guests in 2025.", outlet="Paper"),
    })
    assert "guests" in set(claims.metric)
    assert not any(claims.status.isin(["conflict", "discrepancy", "agreement"]))
