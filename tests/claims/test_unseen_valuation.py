"""Valuations, funding and user counts of a startup in three articles of our own. "Raised $300 million
at a valuation of about $4.2 billion" holds two measures: the sum raised is no valuation (a false
conflict before); "the $4 billion startup" states the startup's valuation; a "monthly user base" is
its monthly users."""

import pytest

from claims_fixtures import story_claims

ARTICLES = {
    "01.md": "---\ntitle: Pictor raises money\npublished: 2025-05-01\n---\nPictor raises money\n\n"
             "The $4 billion startup said on Monday it had raised $300 million in new funding.\n"
             "Pictor, which counts 80 million monthly users, plans to hire 500 engineers.\n",
    "02.md": "---\ntitle: Investors back Pictor\npublished: 2025-05-02\n---\nInvestors back Pictor\n\n"
             "Pictor raised $300 million at a valuation of about $4.2 billion.\n"
             "The app has more than 80 million monthly active users.\n",
    "03.md": "---\ntitle: Pictor's numbers\npublished: 2025-05-03\n---\nPictor's numbers\n\n"
             "Pictor is now worth $4bn.\nIts monthly user base stands at 78 million.\n",
}


@pytest.fixture(scope="module")
def claims(tmp_path_factory):
    return story_claims(tmp_path_factory.mktemp("valuation"), ARTICLES)


def claim(claims, metric):
    rows = claims[(claims.entity == "Pictor") & (claims.metric == metric)]
    assert len(rows) == 1, claims[["entity", "metric", "period", "status", "values"]]
    return rows.iloc[0]


def test_a_sum_raised_at_a_valuation_is_not_the_valuation(claims):
    valuation = claim(claims, "valuation")
    assert valuation.status == "agreement" and "$300 million" not in valuation["values"]
    assert valuation.n_sources == 3  # "the $4 billion startup", "about $4.2 billion", "worth $4bn"
    assert not (claims.status == "conflict").any()


def test_the_sums_raised_agree(claims):
    assert claim(claims, "funding")["values"].count("$300 million") == 2


def test_a_monthly_user_base_is_monthly_users(claims):
    assert claim(claims, "monthly_active_users").n_sources == 3
