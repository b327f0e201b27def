"""Users an app drew, attracted or added over a stated window ("had drawn more than 4 million overseas users in the
week to Sunday") are the users it gained then, the same measure as "4 million foreign users joined the app in the
week to Sunday" (config `new_users`; claims/rates.py `windowed`). Users who logged back in or were active over a
window are not new users. Stories of our own: a Chinese app's foreign users, a chat app's week, a returning app."""

import pytest

from claims_fixtures import table, two_outlets


@pytest.mark.parametrize("first, second", [
    ("Shuyin had drawn more than 4 million overseas users in the week to Sunday, the newspaper said.",
     "The newspaper said about 1.5 million overseas users joined Shuyin in the week to Sunday."),
    ("Quillo attracted 1.2 million users in the past week, the company said.",
     "About 600,000 users signed up to Quillo in the past week, Appmetric estimates."),
    ("Pinglo added 900,000 users in its first day, the company said.",
     "Pinglo gained roughly 2 million users in its first day, according to Sensora."),
])
def test_users_drawn_over_a_window_are_new_users(tmp_path, first, second):
    claims = two_outlets(tmp_path, first, second)
    gained = claims[claims.metric.str.startswith("new_users")]
    assert list(gained.status) == ["conflict"], table(claims)


def test_users_who_logged_back_in_are_no_new_users(tmp_path):
    claims = two_outlets(tmp_path, "Within its first 24 hours back, some 18 million users had logged back in, Tavvo said.",
                         "Tavvo said it has 125 million users.")
    assert not claims.metric.str.startswith("new_users").any(), table(claims)
