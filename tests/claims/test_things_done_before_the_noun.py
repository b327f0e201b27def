"""What was done to things, written as a participle before their noun, is what keys them, as a verb or a participle
after them does (claims/counted.py `DONE_BEFORE`): "led to 300 cancelled flights" is "300 flights were cancelled";
"delayed trains" are not "cancelled trains". Stories of our own: an airline strike, a rail storm, a port's seizures."""

import pytest

from claims_fixtures import article, story_claims


def claims_of(tmp_path, *bodies):
    return story_claims(tmp_path, {f"{i}.md": article("Story", "2026-10-14", body, outlet=f"Outlet{i}")
                                   for i, body in enumerate(bodies)})


@pytest.mark.parametrize("first, second, metric", [
    ("On Monday the strike at Orvel Air led to about 300 cancelled flights.",
     "Pilots at Orvel Air walked out on Monday, grounding 520 flights.", "flights: cancelled"),
    ("The storm left Lanmere Rail with some 140 cancelled trains on Friday.",
     "Lanmere Rail cancelled 90 trains on Friday, the operator said.", "trains: cancelled"),
])
def test_a_participle_before_the_things_is_what_was_done(tmp_path, first, second, metric):
    claims = claims_of(tmp_path, first, second)
    rows = claims[claims.metric == metric]
    assert list(rows.status) == ["conflict"], claims[["entity", "metric", "period", "status", "values"]].to_string()


def test_delayed_and_cancelled_things_stay_apart(tmp_path):
    claims = claims_of(tmp_path, "Lanmere Rail had about 140 delayed trains on Friday, the operator said.",
                       "Lanmere Rail cancelled 90 trains on Friday, the operator said.")
    assert not (claims.status == "conflict").any(), claims[["entity", "metric", "status", "values"]].to_string()
