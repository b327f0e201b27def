"""A count of things an owner gained (new users, downloads) that states no window is the count of the one window
the story's other articles state; a total told to date ("has been downloaded") and a second window stay apart.
Stories of our own."""

import pytest

from claims_fixtures import own_outlet_article as article, story_claims


@pytest.mark.parametrize("said, unsaid, metric", [
    ("Pebblechat signed up about 2 million new users in its first week, the company said.",
     "Pebblechat said it had signed up 2 million new users after the rival service shut down.",
     "new_users: in first week"),
    ("The puzzle game Tessaro was downloaded 900,000 times in two days, according to the analytics firm Appwise.",
     "Within days, Tessaro had racked up about 900,000 downloads as players looked for something new.",
     "downloads: in two days"),
    ("Harvestly gained 450,000 new customers in one month after its rival raised prices.",
     "Harvestly added some 450,000 new customers after a rival grocer raised its prices, the company said.",
     "new_users: in one month"),
])
def test_a_gain_told_without_its_window_is_the_storys_window(tmp_path, said, unsaid, metric):
    claims = story_claims(tmp_path, {
        "a.md": article("Surge", "2026-03-10", said),
        "b.md": article("The rush", "2026-03-11", unsaid),
    })
    gained = claims[claims.metric == metric]
    assert list(gained.status) == ["agreement"]


def test_a_total_to_date_is_no_count_of_the_first_week(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Launch", "2026-03-10", "Quorra was downloaded 1 million times in its first week."),
        "b.md": article("Since then", "2026-05-10", "Quorra has been downloaded 5 million times."),
    })
    assert not any(claims.status.isin(["conflict", "discrepancy"]))
    assert "downloads" in set(claims.metric)


def test_two_windows_leave_an_unwindowed_count_alone(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Day one", "2026-03-10", "Lumo signed up 300,000 new users in its first day."),
        "b.md": article("Week one", "2026-03-14", "Lumo signed up 1.5 million new users in its first week."),
        "c.md": article("Total", "2026-06-14", "Lumo said it signed up 4 million new users after the rival closed."),
    })
    assert "new_users" in set(claims.metric)
