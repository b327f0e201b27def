"""Downloads and sign-ups of an app in two articles of our own, said in different words: "surpassed 1
million downloads over the weekend, according to Appmetric" (the verb the figures step quotes with the
number governs it; the firm cited is no place) agrees with "was downloaded more than 1 million times
between Friday and Sunday"; "added 700,000 users in two days" is 700,000 new users, agreeing with "more
than 700,000 new users signed up"."""

import pytest

from claims_fixtures import story_claims

ARTICLES = {
    "a.md": "---\ntitle: Loopa hits a million\npublished: 2025-02-03\n---\nLoopa hits a million\n\n"
            "Loopa's app surpassed 1 million downloads over the weekend, according to Appmetric.\n"
            "More than 700,000 new users signed up for Loopa in just two days, the company said.\n",
    "b.md": "---\ntitle: Loopa's weekend\npublished: 2025-02-04\n---\nLoopa's weekend\n\n"
            "Loopa was downloaded more than 1 million times between Friday and Sunday.\n"
            "The app added 700,000 users in two days.\n",
}


@pytest.fixture(scope="module")
def claims(tmp_path_factory):
    return story_claims(tmp_path_factory.mktemp("downloads"), ARTICLES)


def claim(claims, metric):
    rows = claims[(claims.entity == "Loopa") & (claims.metric == metric)]
    assert len(rows) == 1, claims[["entity", "metric", "scope", "period", "status", "values"]]
    return rows.iloc[0]


def test_downloads_in_two_wordings_agree_and_the_firm_cited_is_no_place(claims):
    downloads = claim(claims, "downloads")
    assert downloads.status == "agreement" and downloads.scope == ""


def test_users_added_are_new_users(claims):
    new = claim(claims, "new_users: in two days")  # a count over a window is keyed with it (claims.rates.count_window)
    assert new.status == "agreement" and "up " not in new["values"]


def test_people_using_an_app_daily_are_its_daily_users_not_its_user_base(tmp_path):
    articles = {
        "a.md": "---\ntitle: Loopa in numbers\npublished: 2025-02-03\n---\nLoopa in numbers\n\n"
                "About 50 million people use Loopa daily.\n",
        "b.md": "---\ntitle: Loopa grows\npublished: 2025-02-04\n---\nLoopa grows\n\nLoopa has 100 million users.\n",
    }
    claims = story_claims(tmp_path, articles)
    assert set(claims[claims.entity == "Loopa"].metric) == {"daily_active_users", "users"}
    assert not (claims.status == "conflict").any()
