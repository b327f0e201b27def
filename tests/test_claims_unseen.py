"""Claims on a corpus whose companies and measures no config file names: the ledger still forms,
taking entity and measure from each figure's subject."""

import pytest

from newsreport.claims import claims_for_corpus, subject_parts
from newsreport.corpus import load_corpus

UNSEEN = {
    "vinted_growth.txt": "Vinted keeps growing\n\nMarch 3, 2025 - Vinted had 105 million registered members in 2024, "
                         "the company said.\nZalando had 50 million active customers in 2023.\n",
    "resale_boom.txt": "Second-hand fashion booms\n\nMarch 5, 2025 - Vinted said it had about 80 million registered "
                       "members in 2024.\nZalando reported 52 million active customers in 2024, up from the year before.\n",
}


@pytest.fixture(scope="module")
def unseen_claims(tmp_path_factory):
    folder = tmp_path_factory.mktemp("unseen")
    for name, text in UNSEEN.items():
        (folder / name).write_text(text, encoding="utf-8")
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
