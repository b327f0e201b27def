"""The whole claims step on estimates of our own: two rich lists that put one founder's fortune at
incompatible values, and two data firms that count one app's downloads differently. The estimator
(the subject of "puts ... at", "estimates ... at", the source of "according to") is who says it, never
whose figure it is; a person named in full and then by surname is one owner; a person's worth is a
net worth, not a company's valuation."""

import pytest

from claims_fixtures import whole_claims
from conftest import write_articles
from claims_fixtures import story_claims
from newsreport.claims.ledger import build_ledger
from newsreport.corpus.loader import load_corpus
from newsreport.figures.extractor import figures_table

ARTICLES = {
    "01_wire.md": """---
title: Loopa founder joins the ranks of the super-rich
published: 2025-02-03
---
Loopa founder joins the ranks of the super-rich

The Lumen Rich List puts Ana Lima's fortune at $9 billion.
Appmetric estimates the app's downloads in January at 3.5 million.
Loopa has about 40 million users.
""",
    "02_daily.md": """---
title: How rich is Ana Lima?
published: 2025-02-04
---
How rich is Ana Lima?

The Capitol Wealth Index estimates the net worth of Loopa's founder, Ana Lima, at $15 billion.
Loopa was downloaded 1.2 million times in January, according to StoreScope.
The app has 41 million users, the company said.
""",
    "03_blog.md": """---
title: The woman behind Loopa
published: 2025-02-05
---
The woman behind Loopa

Lima, 52, is worth about $9.3 billion, according to the Lumen Rich List.
Pictor's founder Omar Reyes is worth $2 billion, and Reyes owns 30% of the company.
""",
}


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    corpus = load_corpus(write_articles(tmp_path_factory.mktemp("estimates"), ARTICLES))
    return build_ledger(figures_table(corpus), corpus)


def claim(claims, entity, metric):
    claims = whole_claims(claims)
    rows = claims[(claims.entity == entity) & (claims.metric == metric)]
    assert len(rows) == 1, claims[["entity", "metric", "period", "status", "values"]]
    return rows.iloc[0]


def test_two_rich_lists_disagree_on_one_fortune(ledger):
    fortune = claim(ledger.claims, "Ana Lima", "net_worth")
    assert fortune.status == "conflict"
    assert {"$9 billion", "$15 billion", "about $9.3 billion"} <= set(fortune["values"].split("; "))


def test_an_estimator_is_never_the_owner(ledger):
    owners = set(ledger.sources.entity)
    assert not owners & {"Lumen Rich List", "The Lumen Rich List", "Capitol Wealth Index", "Appmetric", "StoreScope"}


def test_a_person_is_one_owner_under_full_name_and_surname(ledger):
    assert "Lima" not in set(ledger.sources.entity)
    assert claim(ledger.claims, "Omar Reyes", "net_worth")["values"] == "$2 billion"


def test_two_data_firms_disagree_on_one_months_downloads(ledger):
    # "estimates the app's downloads in January at 3.5 million" vs "was downloaded 1.2 million times in January"
    downloads = claim(ledger.claims, "Loopa", "downloads")
    assert downloads.status == "conflict" and downloads.period == "2025-01"


def test_the_user_counts_agree(ledger):
    assert claim(ledger.claims, "Loopa", "users").status == "agreement"


PASSIVE_ARTICLES = {
    "a.md": "---\ntitle: The founder behind Loopa\npublished: 2025-02-03\n---\nThe founder behind Loopa\n\n"
            "Ana Lima founded Loopa in 2019.\nHer net worth is estimated at $9 billion by the Lumen Rich List.\n",
    "b.md": "---\ntitle: Richest founders\npublished: 2025-02-04\n---\nRichest founders\n\n"
            "The Capitol Wealth Index ranks Ana Lima 40th, with a fortune of $15 billion.\n"
            "Data firm StoreScope estimates that Loopa was downloaded 2 million times in January.\n",
    "c.md": "---\ntitle: Loopa numbers\npublished: 2025-02-05\n---\nLoopa numbers\n\n"
            "According to Appmetric, Loopa had 5 million downloads in January.\n",
}


def test_estimates_in_the_passive_and_in_a_ranking_are_the_persons(tmp_path):
    # "Her net worth is estimated at $9 billion by the Lumen Rich List" (her: Ana Lima, named before);
    # "The Capitol Wealth Index ranks Ana Lima 40th, with a fortune of $15 billion"
    claims = story_claims(tmp_path, PASSIVE_ARTICLES)
    assert claim(claims, "Ana Lima", "net_worth").status == "conflict"
    assert claim(claims, "Loopa", "downloads").status == "conflict"  # 2 million (StoreScope), 5 million (Appmetric)
    assert not set(claims.entity) & {"Lumen Rich List", "Capitol Wealth Index", "StoreScope", "Appmetric"}
