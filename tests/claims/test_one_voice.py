"""One article's body giving two values of one key in its own voice tells of two things the key does not tell apart,
not of a disagreement with itself; its summary list and its body are written apart and can disagree, as two sources
giving their own figures in one article can. Stories of our own: a broadband service, a factory, a ferry line."""

import pytest

from claims_fixtures import article, story_claims, table, two_outlets


@pytest.mark.parametrize("body", [
    "Korvo employs 2,400 people.\n\nIts newest plant, which opened in March, employs 900 people.",
    "Harbour Link ferries carried 15,000 passengers last month.\n\nOn the island route alone, Harbour Link ferries "
    "carried 6,000 passengers last month.",
    "The service costs 6,500 shillings per month, on top of KSh 45,000 for the dish. A cheaper option at 4,800 "
    "shillings a month offers lower speeds.",
])
def test_two_values_in_one_body_are_no_conflict(tmp_path, body):
    claims = story_claims(tmp_path, {"a.md": article("Story", "2026-05-04", body, outlet="Wire"),
                                     "b.md": article("Other", "2026-05-04", "An unrelated note.", outlet="Paper")})
    assert "conflict" not in set(claims.status), table(claims)


def test_a_summary_list_and_its_body_can_disagree(tmp_path):
    body = ("Key points:\n\n  • Harbour Link ferries carried 15,000 passengers last month.\n\nHarbour Link ferries "
            "carried 12,000 passengers last month, the busiest month on record.")
    claims = story_claims(tmp_path, {"a.md": article("Story", "2026-05-04", body, outlet="Wire"),
                                     "b.md": article("Other", "2026-05-04", "An unrelated note.", outlet="Paper")})
    assert "conflict" in set(claims.status), table(claims)


def test_two_articles_giving_their_own_values_still_conflict(tmp_path):
    claims = two_outlets(tmp_path, "Korvo's factory employs 2,400 people, the largest employer in the valley.",
                         "Korvo's factory employs 900 people, the largest employer in the valley.")
    assert "conflict" in set(claims.status), table(claims)
