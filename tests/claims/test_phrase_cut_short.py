"""A measure read in a figure's own phrase by a pattern that looks past its words ("joined" with nothing after it: an
app's new users) is judged on the whole clause: the parse often ends the phrase at the verb ("90,000 people joined"),
and the clause goes on ("... the march in Kelby"), so those people are a march's crowd, not new users of a town.
Sentences of our own: marches in two towns and on a parliament, a parade; an app's sign-ups for the case that stays."""

import pytest

from claims_fixtures import article, story_claims


def measures(tmp_path, sentence: str) -> set[tuple[str, str]]:
    claims = story_claims(tmp_path, {"a.md": article("A day of it", "2026-05-04", sentence)})
    return set(zip(claims.entity, claims.metric.str.partition(": ")[0]))


@pytest.mark.parametrize("sentence", [
    "90,000 people joined the march in Kelby.",
    "12,000 people joined the march in Ostrava.",
    "5,000 students joined the march on parliament.",
    "40,000 people joined the parade in Milan.",  # (a parse that keeps the object already read it so)
])
def test_people_who_joined_an_event_are_its_crowd_not_new_users(tmp_path, sentence):
    found = measures(tmp_path, sentence)
    assert not any(metric == "new_users" for _, metric in found) and any(m == "attendance" for _, m in found), found


@pytest.mark.parametrize("sentence", [
    "More than 700,000 people joined Hushly this week.",
    "Quillo said 1.2 million people joined in two days.",
])
def test_people_who_joined_an_app_stay_its_new_users(tmp_path, sentence):
    assert any(metric == "new_users" for _, metric in measures(tmp_path, sentence))
