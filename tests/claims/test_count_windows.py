"""A count over a window is keyed by the window's length however it is written: "in the past week",
"within a week", "in one week" and "over the past seven days" are one week; "over the last two days" is
"in two days"; "in the past 24 hours" is one day. Sentences and a story of our own."""

import pytest

from claims_fixtures import own_outlet_article as article, story_claims
from newsreport.claims.rates import count_window


@pytest.mark.parametrize("clause, window", [
    ("has gained more than 3 million users in the US in the past week", "one week"),
    ("said it had added 3 million American users within a week", "one week"),
    ("sold 40,000 tickets over the past seven days", "one week"),
    ("were cancelled over the last two days", "two days"),
    ("gained 650,000 sign-ups in two days", "two days"),
    ("reported 120 outages in the past 24 hours", "one day"),
    ("was downloaded 1 million times in its first week", "first week"),
    ("has 300 million monthly users", ""),
])
def test_a_window_is_keyed_by_its_length(clause, window):
    assert count_window(clause) == window


def test_new_users_in_the_past_week_and_in_a_week_are_one_measure(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Plinth grows", "2026-01-16", "Plinth has gained more than 3 million users in the US in the "
                        "past week, according to the company."),
        "b.md": article("Plinth adds users", "2026-01-17", "Plinth said it had added 3 million American users in a week."),
    })
    added = claims[claims.metric == "new_users: in one week"]
    assert list(added.status) == ["agreement"] and list(added.scope) == ["US"]
