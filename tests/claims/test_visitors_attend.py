"""A place's visitors are its attendance where the corpus gives that owner an attendance too
(claims/generic_people.py `visitors_attend`): "welcomed 2.1 million visitors in 2026" and "Attendance was up from 1.4
million in 2025" are one measure over two years. A country's visitors, with no attendance of its own, stay visitors.
Stories of our own: a museum, a zoo, a country's tourism."""

from claims_fixtures import article, story_claims


def claims_of(tmp_path, *bodies):
    return story_claims(tmp_path, {f"{i}.md": article("Story", "2027-01-12", body, outlet=f"Outlet{i}")
                                   for i, body in enumerate(bodies)})


def test_a_museums_visitors_and_attendance_are_one_series(tmp_path):
    claims = claims_of(tmp_path, "The Corran Museum welcomed 2.1 million visitors in 2026, its director said. "
                                 "The Corran Museum's attendance was 1.4 million in 2025.")
    rows = claims[(claims.entity == "Corran Museum") & (claims.metric == "attendance")]
    assert set(rows.period) >= {"2025", "2026"}, claims[["entity", "metric", "period", "status", "values"]].to_string()


def test_a_countrys_visitors_stay_visitors(tmp_path):
    claims = claims_of(tmp_path, "Velmora welcomed 14 million visitors in 2026, the tourism board said.")
    assert "attendance" not in set(claims.metric), set(claims.metric)
