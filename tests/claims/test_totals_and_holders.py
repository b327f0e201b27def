"""A total counted since a date is not that date's figure ("since its launch in 2019, downloaded 50
million times"), while "has since doubled as of Monday" still dates the figure; and a count of the
members of something no name owns ("in a chat room with 50,000 members") is not the app's users,
while an appositive's with-phrase is its name's ("Pexa, a rival with 40 million users"). Sentences
of our own."""

import pytest

from claims_fixtures import story_claims


def article(body: str, published: str = "2025-03-04") -> str:
    return f"---\ntitle: Apps\nsource: Outlet (invented)\npublished: {published}\n---\n{body}\n"


@pytest.mark.parametrize("body, value", [
    ("Since its launch in 2019, Velto has been downloaded 50 million times.", "50 million"),
    ("Nimo has sold 4 million phones since 2021.", "4 million"),
    ("Brio has raised $900 million since launching in 2018.", "$900 million"),
])
def test_a_total_since_a_date_is_not_that_date_s_figure(tmp_path, body, value):
    claims = story_claims(tmp_path, {"a.md": article(body)})
    rows = claims[claims["values"] == value]
    assert len(rows) == 1 and rows.period.iloc[0] not in ("2018", "2019", "2021"), claims[["metric", "period", "values"]]


def test_has_since_still_dates_the_figure(tmp_path):
    claims = story_claims(tmp_path, {"a.md": article(
        "On Friday, Velto had 1 million downloads. Its tally has since climbed, as of Monday morning, to 2 million "
        "downloads of Velto's app.", "2025-01-28")})
    assert list(claims[claims["values"] == "2 million"].period) == ["2025-01-27"]


@pytest.mark.parametrize("body", [
    "In a chat room with 50,000 members, users said Pexa was down.",
    "Users of Pexa posted in a Discord server with 30,000 members.",
    "Pexa fans gathered in a forum with 12,000 followers to complain.",
    "A Pexa group with 8,000 members shared tips.",
])
def test_the_members_of_something_no_name_owns_are_not_the_app_s_users(tmp_path, body):
    claims = story_claims(tmp_path, {"a.md": article(body)})
    assert claims.empty, claims[["entity", "metric", "values"]]


def test_an_appositive_s_with_phrase_is_its_name_s(tmp_path):
    claims = story_claims(tmp_path, {"a.md": article("Pexa, a rival to Nimo with 40 million users, is growing.")})
    assert list(claims.entity) == ["Pexa"]


@pytest.mark.parametrize("body, value, scope", [
    ("Velto says it has 6.2 million users in Brazil and 140 million worldwide.", "6.2 million", "Brazil"),
    ("Velto says it has 6.2 million users in Brazil and 140 million worldwide.", "140 million", "global"),
    ("Velto has 40 million users in the US and 100 million globally.", "40 million", "US"),
    ("Velto has 40 million users in the US and 100 million globally.", "100 million", "global"),
    ("Velto has 42 million monthly users worldwide, and 31 million people use it every day.", "31 million", ""),
])
def test_worldwide_is_the_scope_of_the_figure_it_follows_not_of_its_sibling(tmp_path, body, value, scope):
    claims = story_claims(tmp_path, {"a.md": article(body)})
    rows = claims[claims["values"] == value]
    assert list(rows.scope) == [scope], claims[["metric", "scope", "values"]].to_string()


@pytest.mark.parametrize("body, value, owner, scope", [
    ("Brightfall passed 25 million Android downloads, according to Tessa.", "25 million", "Brightfall", "Android"),
    ("Glimmer's 9 million iOS downloads came in its first month.", "9 million", "Glimmer", "iOS"),
    ("Android has 3 billion active users, Googol said.", "3 billion", "Android", ""),  # the platform's own count
])
def test_a_platform_before_the_counted_noun_is_where_the_count_applies_not_whose_it_is(tmp_path, body, value, owner, scope):
    claims = story_claims(tmp_path, {"a.md": article(body)})
    rows = claims[claims["values"] == value]
    assert list(rows.entity) == [owner] and list(rows.scope) == [scope], claims[["entity", "scope", "values"]].to_string()


@pytest.mark.parametrize("body, value, scope", [
    ("Velto has 9 million users in Brazil and 14 million in Chile.", "9 million", "Brazil"),
    ("Velto has 9 million users in Brazil and 14 million in Chile.", "14 million", "Chile"),
    ("Pexa counted 2 million subscribers in Peru and 5 million in Mexico.", "5 million", "Mexico"),
])
def test_a_place_in_a_sibling_figure_s_phrase_is_the_sibling_s(tmp_path, body, value, scope):
    # a place in the subject is every figure's ("Inflation in Nordland fell to 3.1% from 3.6%": test_unseen_economy)
    claims = story_claims(tmp_path, {"a.md": article(body)})
    rows = claims[claims["values"] == value]
    assert list(rows.scope) == [scope], claims[["entity", "metric", "scope", "values"]].to_string()
