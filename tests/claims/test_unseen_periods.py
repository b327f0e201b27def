"""Figures whose sentence states no period, on articles of our own: a count said to hold "now" is a
point of the series dated by its article's month; a figure with no time joins the one period whose
values it matches (an agreement), and one that matches no period, or two, stays undated. Neither
makes a conflict."""

import pytest

from conftest import write_articles
from claims_fixtures import story_claims
from newsreport.claims.ledger import build_ledger
from newsreport.corpus.loader import load_corpus
from newsreport.figures.extractor import figures_table

ARTICLES = {
    "a_wire.md": """---
title: Loopa keeps growing
published: 2025-06-02
---
Loopa keeps growing

Loopa had 12 million users at the end of 2023.
Loopa's revenue reached $80 million in 2024, the company said.
""",
    "b_daily.md": """---
title: Loopa's long climb
published: 2025-06-03
---
Loopa's long climb

The app now has 20 million users.
Loopa booked revenue of $81 million, according to its filing.
""",
    "c_blog.md": """---
title: Why everybody talks about Loopa
published: 2025-06-05
---
Why everybody talks about Loopa

Loopa, which has about 19.5 million users, was founded in 2019.
Loopa's sales came to $40 million, the company said.
""",
}


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    corpus = load_corpus(write_articles(tmp_path_factory.mktemp("periods"), ARTICLES))
    return build_ledger(figures_table(corpus), corpus)


def rows(claims, metric):
    return claims[(claims.entity == "Loopa") & (claims.metric == metric)].set_index("period")


def test_now_is_a_point_of_the_series_and_a_matching_undated_count_joins_it(ledger):
    users = rows(ledger.claims, "users")
    assert set(users.index) == {"2023-12", "2025-06"}
    assert users.loc["2023-12", "status"] == "series"
    now = users.loc["2025-06"]
    assert now.status == "agreement"  # "now has 20 million" (b) and "which has about 19.5 million" (c)
    assert "no period stated" in now.explanation or "publication month" in now.explanation


def test_an_undated_value_joins_the_period_it_matches_and_one_that_matches_none_stays_undated(ledger):
    revenue = rows(ledger.claims, "revenue")
    assert revenue.loc["2024", "status"] == "agreement"  # "$80 million in 2024" (a) and "$81 million" (b)
    assert "$40 million" in revenue.loc["", "values"] and revenue.loc["", "status"] == "single"
    assert not (ledger.claims.status == "conflict").any()


SCOPE_ARTICLES = {
    "a_wire.md": "---\ntitle: Pictor grows abroad\npublished: 2025-06-02\n---\nPictor grows abroad\n\n"
                 "Pictor has 40 million users worldwide.\nVexa has 9 million users in the US.\n"
                 "Streamly has 50 million subscribers worldwide.\n",
    "b_daily.md": "---\ntitle: Pictor at a glance\npublished: 2025-06-03\n---\nPictor at a glance\n\n"
                  "Pictor has about 41 million users, the company said.\nVexa has 30 million users.\n",
    "c_blog.md": "---\ntitle: Pictor and its rivals\npublished: 2025-06-04\n---\nPictor and its rivals\n\n"
                 "Streamly has 12 million subscribers, a survey found.\n",
}


@pytest.fixture(scope="module")
def scoped(tmp_path_factory):
    return story_claims(tmp_path_factory.mktemp("scopes"), SCOPE_ARTICLES)


def test_an_unstated_scope_joins_the_only_stated_one_but_never_makes_a_conflict(scoped):
    pictor = scoped[(scoped.entity == "Pictor") & (scoped.metric == "users")]
    assert list(pictor.scope) == ["global"] and pictor.iloc[0].status == "agreement"  # 40 and about 41 million
    assert "no scope stated" in pictor.iloc[0].explanation
    streamly = scoped[(scoped.entity == "Streamly") & (scoped.metric == "subscribers")]
    assert list(streamly.scope) == ["global"]  # 50 million worldwide (a), 12 million (c): may be one country
    assert streamly.iloc[0].status == "discrepancy" and "states no scope" in streamly.iloc[0].reason


def test_an_unstated_scope_stays_apart_from_a_us_one(scoped):
    vexa = scoped[(scoped.entity == "Vexa") & (scoped.metric == "users")]
    assert set(vexa.scope) == {"US", ""} and not (vexa.status == "conflict").any()
