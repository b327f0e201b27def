"""An article that gives two readings of one physical measure in its own voice, with no source for either, tells of
two moments or places (at the start and at the finish, in the morning and at night), not of a disagreement: a possible
discrepancy at most, never a conflict (one_voice.ONE_VOICE). Two values one article gives on two sources' word still
conflict, and so do the summary list an article opens with and its body (they are written apart). Stories of our own:
a race, a river, a storm, a quake, a march, an employer."""

import pytest

from claims_fixtures import article, story_claims, table


def one_article(tmp_path, body: str):
    return story_claims(tmp_path, {"a.md": article("Live", "2026-10-11", body, outlet="Live desk"),
                                   "b.md": article("Other", "2026-10-11", "The city council met on Monday.", outlet="Paper")})


@pytest.mark.parametrize("body", [
    "It's 58 degrees at the start line in Kessel. By the afternoon the temperature in Kessel reached 77 degrees.",
    "The Marrow river in Dunholt stood at 4.1 metres this morning. Tonight the Marrow river in Dunholt is at 5.6 metres.",
    "Winds in Portlow blew at 80 km/h in the morning. By night the winds in Portlow reached 130 km/h.",
])
def test_two_readings_in_one_voice_are_no_conflict(tmp_path, body):
    claims = one_article(tmp_path, body)
    assert "conflict" not in set(claims.status), table(claims)


@pytest.mark.parametrize("body", [
    "The interior ministry said 112 people had died in Korvel on Tuesday. The Korvel Red Cross put the toll on "
    "Tuesday at more than 160.",
    "Police said about 40,000 people joined the march in Ostry on Saturday. Organisers said 150,000 people joined "
    "the march in Ostry on Saturday.",
])
def test_two_sources_in_one_article_still_conflict(tmp_path, body):
    claims = one_article(tmp_path, body)
    assert "conflict" in set(claims.status), table(claims)


def test_an_articles_summary_list_and_its_body_can_contradict_each_other(tmp_path):
    claims = one_article(tmp_path, "Key points:\n\n  • Velmar employs over 9,000 staff, including 2,000 engineers.\n\n"
                                   "Velmar employs 6,000 staff, facing a shortage of engineers.")
    assert "conflict" in set(claims.status), table(claims)
