"""Users an app drew, gained or picked up are new users, whether or not the sentence states the window: "has picked up
about 3.4 million American users" is the "more than 3 million new users" another article counts, not the app's user
base. Users it has stay its user base. Stories of our own."""

import pytest

from claims_fixtures import own_outlet_article as article, story_claims


@pytest.mark.parametrize("gained, counted", [
    ("Tinvale has picked up about 3.4 million American users since the rival app closed.",
     "Tinvale said it had more than 3 million new users in the US."),
    ("The recipe app Saucepan drew 450,000 users after the television show featured it.",
     "Saucepan signed up about 460,000 new users, the company said."),
    ("Since the outage at its larger rival, the messaging service Quillet has attracted 1.2 million users.",
     "Quillet now counts roughly 1.2 million new users, according to the analytics firm Appwise."),
])
def test_users_gained_are_new_users(tmp_path, gained, counted):
    claims = story_claims(tmp_path, {
        "a.md": article("Rush", "2026-03-10", gained),
        "b.md": article("Sign-ups", "2026-03-11", counted),
    })
    assert list(claims[claims.metric == "new_users"]["status"]) == ["agreement"]


def test_users_an_app_has_stay_its_user_base(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Base", "2026-03-10", "Parrotalk has 30 million users around the world."),
        "b.md": article("Rush", "2026-03-11", "Parrotalk gained 800,000 users after the ban, the company said."),
    })
    assert set(claims.metric) == {"users", "new_users"}
    assert not any(claims.status.isin(["conflict", "discrepancy", "agreement"]))
