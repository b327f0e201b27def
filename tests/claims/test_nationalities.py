"""A place written as its people's adjective in one article and by name in another is one scope
("Norwegian sales" / "sales in Norway"); stories and scopes of our own."""

import pytest

from claims_fixtures import story_claims
from newsreport.claims.nationalities import country_of, unify_nationalities


@pytest.mark.parametrize("adjective, places, country", [
    ("Norwegian", {"Norway", "global"}, "Norway"),
    ("Chinese", {"China", "US"}, "China"),
    ("Brazilian", {"Brazil"}, "Brazil"),
    ("French", {"France", "Germany"}, "France"),  # an irregular adjective
    ("German", {"Norway"}, ""),  # its country is not among the scopes: left as written
    ("Austrian", {"Australia", "Austria"}, ""),  # two countries share its first letters: which one is unknown
])
def test_the_country_a_people_s_adjective_names(adjective, places, country):
    assert country_of(adjective, places) == country


def test_a_scope_that_is_no_adjective_is_left_alone():
    records = [{"scope": "US"}, {"scope": "global"}, {"scope": "Canada+US"}, {"scope": "Spanish"}, {"scope": "Spain"}]
    unify_nationalities(records)
    assert [r["scope"] for r in records] == ["US", "global", "Canada+US", "Spain", "Spain"]


def test_users_in_a_country_and_the_country_s_users_are_compared(tmp_path):
    def article(day, body):
        return f"---\ntitle: Fenno abroad\nsource: Outlet {day} (invented)\npublished: 2025-05-1{day}\n---\n{body}\n"
    claims = story_claims(tmp_path, {
        "a.md": article(4, "Fenno, the podcast app, has 3 million users in Germany."),
        "b.md": article(5, "Fenno's German users number about 4.5 million, the company said."),
    })
    row = claims[claims["values"].str.contains("3 million", regex=False)]
    assert list(row.scope) == ["Germany"] and list(row.status) == ["conflict"]
