"""Counts of people in a named country are that country's, even where the tagger does not tag the
name as a place, and "in the country" is the country the sentence named before; neither is compared
with a worldwide count. Stories of our own: a messaging app, a bank, a game."""

import pytest

from claims_fixtures import story_claims


def article(title: str, published: str, body: str) -> str:
    return f"---\ntitle: {title}\nsource: Outlet (invented)\npublished: {published}\n---\n{body}\n"


def scope_of(claims, value: str) -> set:
    return set(claims[claims["values"].str.contains(value, regex=False)].scope)


@pytest.mark.parametrize("text, value, scope", [
    ("Ashgrove says it has 6.2 million users in Veldor and 140 million worldwide.", "6.2 million", "Veldor"),
    ("Lawmakers in Nepal voted to ban Ashgrove, which has 6 million users in the country.", "6 million", "Nepal"),
    ("Regulators in Portugal fined Kivo, which has 3 million customers in the country.", "3 million", "Portugal"),
    ("Lumen Bank has 4 million customers in Ostrava and 9 million in all.", "4 million", "Ostrava"),
])
def test_a_count_of_people_in_a_named_country_is_that_country_s(tmp_path, text, value, scope):
    claims = story_claims(tmp_path, {"a.md": article("One", "2025-09-10", text)})
    assert scope_of(claims, value) == {scope}, claims[["entity", "metric", "scope", "values"]].to_string()


def test_a_country_count_and_a_worldwide_count_are_never_compared(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Ban", "2025-09-10", "Lawmakers in Veldor voted to ban Ashgrove, which has 6 million users in the country."),
        "b.md": article("Ashgrove", "2025-09-11", "Ashgrove has 140 million users worldwide."),
        "c.md": article("Ashgrove", "2025-09-12", "Ashgrove says it has 6.2 million users in Veldor and 140 million worldwide.")})
    agreed = claims[claims.status == "agreement"]
    assert set(agreed.scope) == {"Veldor", "global"} and set(claims.status) <= {"agreement", "single"}, \
        claims[["entity", "metric", "scope", "status", "values"]].to_string()


def test_a_name_that_owns_the_count_is_not_its_place(tmp_path):
    claims = story_claims(tmp_path, {"a.md": article("One", "2025-09-10", "Players in Glimmerfall spent $40 million in 2024.")})
    assert "Glimmerfall" not in scope_of(claims, "$40 million")


def test_a_part_counted_in_a_place_does_not_scope_the_whole(tmp_path):
    """'8.2 million users, 3 million of them in the US': the US is the 3 million's, not the 8.2 million's
    (a number of a partitive "of them" is a part, as "most of them" is)."""
    def article(day, body):
        return f"---\ntitle: Rivo\nsource: Outlet {day} (invented)\npublished: 2026-04-1{day}\n---\n{body}\n"
    claims = story_claims(tmp_path, {
        "a.md": article(2, "Rivo has 8.2 million users, 3 million of them in the US."),
        "b.md": article(3, "Rivo's American users number about 4.5 million."),
        "c.md": article(4, "Tamba has 12 million subscribers, 2 million of whom live in Canada."),
    })
    whole = claims[claims["values"].str.contains("8.2 million", regex=False)]
    assert list(whole.scope) == [""]
    us = claims[claims["values"].str.contains("3 million", regex=False) & (claims.scope == "US")]
    assert list(us.status) == ["conflict"]
    assert list(claims[claims["values"].str.contains("12 million", regex=False)].scope) == [""]


@pytest.mark.parametrize("text, value, scope", [
    ("Pronto has 4.1 million Spanish users and about 12 million worldwide, a spokesperson said.", "4.1 million", "Spanish"),
    ("The chain runs 300 French stores and 2,100 worldwide.", "300", "French"),
    ("Kivo Bank serves 2 million Portuguese customers and about 9 million worldwide.", "2 million", "Portuguese"),
])
def test_a_worldwide_after_a_second_number_is_that_numbers_not_the_first(tmp_path, text, value, scope):
    # the parser hangs "worldwide" on the first count's noun; the first count was keyed worldwide and
    # joined the second (one claim "4.1 million; about 12 million", global); alone in its corpus, the
    # people's adjective is the scope (another article's "in Spain" would make it Spain)
    claims = story_claims(tmp_path, {"a.md": article("One", "2025-03-05", text)})
    assert scope_of(claims, value) == {scope}, claims[["entity", "metric", "scope", "values"]].to_string()
