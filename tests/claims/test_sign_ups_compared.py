"""Sign-ups a company counts and an estimator or a rival body counts far lower are a conflict: the window the
sentences leave unstated ("had signed up 1.8 million new users" / "picked up about 1.1 million new sign-ups") is no
reason to hold the pair back (in the readable sets every such pair held back was a gold conflict, and every such
reading paired another rightly: benchmarks/claims_doubts.py). Windows the sentences state still key the counts apart.
Stories of our own: a social app's influx, drivers joining a ride-hailing app, merchants joining an in-app shop."""

import pytest

from claims_fixtures import own_outlet_article as article, story_claims


@pytest.mark.parametrize("first, second, owner", [
    ("Lirra, a small social app, said on Wednesday it had signed up 1.8 million new users since its rival changed its terms.",
     "Data from the analytics firm Appgauge shows Lirra picked up about 1.1 million new sign-ups since the change.", "Lirra"),
    ("Zoomi said more than 12,000 drivers in Ghana had signed up to the platform.",
     "A drivers' association says only about 4,500 drivers in Ghana have signed up to Zoomi.", "Zoomi"),
    ("The video app Pavo said more than 12,000 UK merchants signed up to sell through its new shop.",
     "A sellers' group estimates that about 7,500 UK merchants have signed up to Pavo's shop.", "Pavo"),
])
def test_sign_ups_counted_far_apart_by_two_sources_conflict(tmp_path, first, second, owner):
    claims = story_claims(tmp_path, {"a.md": article("Wire", "2026-04-08", first),
                                     "b.md": article("Daily", "2026-04-10", second)})
    joined = claims[claims.entity == owner]
    assert "conflict" in set(joined.status), claims[["entity", "metric", "scope", "status", "values", "reason"]].to_string()


def test_sign_ups_over_two_stated_windows_are_not_compared(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Wire", "2026-01-15", "Lirra said it signed up 700,000 new users in two days."),
        "b.md": article("Daily", "2026-01-20", "Lirra signed up 3 million new users in its first week, the company said."),
    })
    assert "conflict" not in set(claims.status), claims[["entity", "metric", "status", "values"]].to_string()
