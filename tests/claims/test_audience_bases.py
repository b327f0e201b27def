"""An app's or a game's "monthly base" or "daily base" is its monthly or daily active users, as "32 million monthly
active users" or "4 million daily users" are (config `monthly_active_users`, `daily_active_users`; counts only). A
"monthly base salary" is pay, no audience. Stories of our own: a chat app, a game, a ride-hailing firm."""

import pytest

from claims_fixtures import table, two_outlets


@pytest.mark.parametrize("first, second, metric", [
    ("Pellet now has 32 million monthly active users, the company said.",
     "Pellet's global monthly base is about 30 million, analysts estimate.", "monthly_active_users"),
    ("Gamefold has 4 million daily users, it said on Monday.",
     "Gamefold's daily base stood at about 5.5 million on Monday, a tracker said.", "daily_active_users"),
])
def test_a_monthly_or_daily_base_is_active_users(tmp_path, first, second, metric):
    claims = two_outlets(tmp_path, first, second)
    assert list(claims.metric) == [metric] and claims.n_sources.iloc[0] == 2, table(claims)


def test_a_monthly_base_salary_is_no_audience(tmp_path):
    claims = two_outlets(tmp_path, "Corra pays drivers a monthly base salary of $2,000.",
                         "Corra pays drivers a monthly base salary of $2,400.")
    assert not set(claims.metric) & {"monthly_active_users", "daily_active_users"}, table(claims)
