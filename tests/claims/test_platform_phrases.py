"""A platform a figure is counted on ("downloaded 25 million times on Android") is its scope, as "25 million
Android downloads" is, and of two figures of one verb each takes the platform written after it ("25 million times
on Android and 9 million times on iOS"). A place or platform describing the owner is no scope ("Pinebox, available
on iOS since March, has 4 million users"). Stories of our own: a game, a bank's app, a podcast."""

import pytest

from claims_fixtures import article, rows_of, story_claims


def claims_of(tmp_path, *bodies: str):
    return story_claims(tmp_path, {f"{i}.md": article("Story", f"2026-04-1{i}", body, outlet=f"Outlet {i}")
                                   for i, body in enumerate(bodies)})


def table(claims) -> str:
    return claims[["entity", "metric", "scope", "period", "status", "values"]].to_string()


@pytest.mark.parametrize("text, first, first_scope, second, second_scope", [
    ("Glimmerfall has been downloaded 25 million times on Android and 9 million times on iOS.",
     "25 million", "Android", "9 million", "iOS"),
    ("Harwick Bank's app was installed 5 million times on iPhone and 2 million times on Android last year.",
     "5 million", "iPhone", "2 million", "Android"),
])
def test_each_figure_of_one_verb_takes_the_platform_written_after_it(tmp_path, text, first, first_scope, second,
                                                                     second_scope):
    claims = claims_of(tmp_path, text)
    assert set(rows_of(claims, first).scope) == {first_scope} and set(rows_of(claims, second).scope) == {second_scope}, \
        table(claims)


def test_a_platform_phrase_and_a_platform_modifier_are_one_scope(tmp_path):
    claims = claims_of(tmp_path, "The podcast Deep Current was played 3 million times on iOS, its producer said.",
                       "Deep Current passed 3 million iOS plays, the producer said.")
    assert set(rows_of(claims, "3 million").scope) == {"iOS"}, table(claims)


def test_a_platform_describing_the_owner_is_no_scope(tmp_path):
    claims = claims_of(tmp_path, "Pinebox, available on iOS since March, has 4 million users.")
    assert set(rows_of(claims, "4 million").scope) == {""}, table(claims)
