"""A crowd that watched a contest between sides is the crowd of the venue its sentence names after "at", not one
side's (claims/other_owners.py `VENUE`, `TWO_SIDES`): "A crowd of 41,000 watched Harrow City beat Dunmore at Calder
Park" is Calder Park's crowd, as "41,000 people filled Calder Park" is; a crowd that watched one team or performer is
theirs (tests/claims/test_estimators_own_nothing.py). Stories of our own: a football match, a tennis final,
a concert hall."""

import pytest

from claims_fixtures import article, story_claims


def claims_of(tmp_path, *bodies):
    return story_claims(tmp_path, {f"{i}.md": article("Story", "2026-05-18", body, outlet=f"Outlet{i}")
                                   for i, body in enumerate(bodies)})


@pytest.mark.parametrize("body, venue", [
    ("A crowd of 41,000 watched Harrow City beat Dunmore 2-1 at Calder Park, the league said.", "Calder Park"),
    ("A crowd of 14,500 watched Ana Ruiz win the final at the Velmar Arena, the organisers said.", "Velmar Arena"),
])
def test_a_crowd_watching_a_team_is_the_venues(tmp_path, body, venue):
    claims = claims_of(tmp_path, body)
    rows = claims[claims.metric == "attendance"]
    assert list(rows.entity) == [venue], claims[["entity", "metric", "values"]].to_string()


def test_a_crowd_with_no_venue_named_keeps_its_owner(tmp_path):
    claims = claims_of(tmp_path, "A crowd of 41,000 watched Harrow City beat Dunmore 2-1, the league said.")
    assert not any(e.endswith(("Park", "Arena", "Stadium")) for e in claims.entity), set(claims.entity)
