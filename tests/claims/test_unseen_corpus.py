"""Claims on a corpus whose companies and measures no config file names: the ledger still forms,
taking entity and measure from each figure's subject."""

import pytest

from conftest import UNSEEN_ARTICLES, write_articles
from newsreport.claims.ledger import claims_for_corpus
from newsreport.claims.keys import subject_parts
from newsreport.corpus.loader import load_corpus

@pytest.fixture(scope="module")
def unseen_claims(tmp_path_factory):
    folder = write_articles(tmp_path_factory.mktemp("unseen"), UNSEEN_ARTICLES)
    return claims_for_corpus(load_corpus(folder))


def claim(claims, entity, metric, period):
    rows = claims[(claims.entity == entity) & (claims.metric == metric) & (claims.period == period)]
    assert len(rows) == 1, claims[["entity", "metric", "period", "status"]]
    return rows.iloc[0]


def test_unknown_company_with_incompatible_member_counts_is_a_conflict(unseen_claims):
    vinted = claim(unseen_claims, "Vinted", "registered_members", "2024")
    assert vinted.status == "conflict" and vinted.n_sources == 2


def test_unknown_company_measured_in_two_years_is_a_series(unseen_claims):
    assert claim(unseen_claims, "Zalando", "active_customers", "2023").status == "series"
    assert claim(unseen_claims, "Zalando", "active_customers", "2024").status == "series"


def test_subject_splits_into_owner_and_what_it_counts():
    assert subject_parts("Vinted registered members") == ("Vinted", "registered members")
    assert subject_parts("Tmall Global merchants") == ("Tmall Global", "merchants")
    assert subject_parts("people") == ("", "")
    assert subject_parts("Americans using TikTok") == ("", "")
