"""A count after "from" is an earlier level only when something changed ("up from 12 million", "grew from 300 to 450",
"went from 3 million to 5 million"); after a verb of no change it is where things come from and a level of now
("delivers from 2.4 lakh restaurant partners", "sources parts from 40 countries"): claims/earlier_spans.earlier_from.
"X partners" counts the Xs a platform works with ("restaurant partners" are restaurants). Stories of our own: a
delivery app, a ride-hailing firm, a carmaker's suppliers, a streaming service's subscribers."""

import pytest

from claims_fixtures import article, story_claims, table


def two_outlets(tmp_path, first: str, second: str, published: str = "2026-05-20"):
    return story_claims(tmp_path, {"a.md": article("Story", published, first, outlet="Wire"),
                                   "b.md": article("Story", published, second, outlet="Paper")})


@pytest.mark.parametrize("first, second, metric", [
    ("Pronta works with about 3,10,000 restaurants across 700 cities.",
     "The Pune-based company Pronta delivers from 3.1 lakh restaurant partners.", "restaurants"),
    ("Ridelo has 1.2 million drivers on its books, it said.", "Ridelo, the ride-hailing firm, picks up from 1.2 million "
     "driver partners.", "drivers"),
    ("Carvella buys parts from 40 suppliers, the carmaker said.", "Carvella sources parts from 40 suppliers.",
     "suppliers"),
])
def test_a_count_after_from_with_no_change_is_a_level_of_now(tmp_path, first, second, metric):
    claims = two_outlets(tmp_path, first, second)
    rows = claims[claims.metric == metric]
    assert list(rows.status) == ["agreement"], table(claims)


def test_a_count_after_from_with_a_change_is_still_earlier(tmp_path):
    claims = two_outlets(tmp_path, "Streamora's subscribers went from 3 million to 5 million in 2025.",
                         "Streamora had 4 million subscribers at the end of 2025.")
    assert not set(claims.status) & {"agreement"}, table(claims)
