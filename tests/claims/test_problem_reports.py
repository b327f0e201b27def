"""Complaints and problem reports people file are one count (config `problem_reports`) however worded: "user
reports" counts reports, not users; a tracker or agency that logs them is their source. A person who "is one of"
the people counted ("She was one of 2 million riders") owns none of them. Stories of our own: a bank's app outage,
a broadcaster, a game's servers."""

import pytest

from claims_fixtures import story_claims


def article(title: str, body: str, published: str) -> str:
    return f"---\ntitle: {title}\nsource: Outlet (invented)\npublished: {published}\n---\n{body}\n"


@pytest.mark.parametrize("title, first, second", [
    ("Pennabank app fails", "Pennabank's app failed on Friday. Outage tracker Faultline logged more than 12,000 user "
     "reports at the peak, the firm said.", "Pennabank's app failed on Friday. The outage tracker Faultline recorded "
     "some twelve thousand complaints at the peak."),
    ("Broadcast draws complaints", "Channel Vesta aired the final on Saturday. Channel Vesta said it received about "
     "3,400 complaints.", "Channel Vesta aired the final on Saturday. Channel Vesta received 3,400 problem reports "
     "about the broadcast."),
    ("Game servers down", "Starfell's servers crashed at launch. Players filed 25,000 error reports at the peak, "
     "Starfell said.", "Starfell's servers crashed at launch. Starfell counted about 25,000 complaints at the peak."),
])
def test_complaints_and_problem_reports_are_one_count(tmp_path, title, first, second):
    claims = story_claims(tmp_path, {"a.md": article(title, first, "2026-10-14"), "b.md": article(title, second, "2026-10-15")})
    reports = claims[claims.metric == "problem_reports"]
    assert list(reports.status) == ["agreement"], claims[["entity", "metric", "status", "values"]].to_string()
    assert not claims.metric.isin(["users", "viewers", "players"]).any(), set(claims.metric)


@pytest.mark.parametrize("body, person", [
    ("Marta Lind waited an hour for a cab. She was one of about 2 million riders Zipcab says could not book a ride.",
     "Marta Lind"),
    ("Omar Haddad could not pay for his shopping. He is one of some 400,000 customers Orrin Bank says were locked out.",
     "Omar Haddad"),
    ("Ines Falk missed the match stream. She was one of roughly 90,000 subscribers the service says lost the picture.",
     "Ines Falk"),
])
def test_a_person_who_is_one_of_those_counted_owns_none(tmp_path, body, person):
    claims = story_claims(tmp_path, {"a.md": article("One of many", body, "2026-10-20")})
    assert person not in set(claims.entity) and person.split()[-1] not in set(claims.entity), \
        claims[["entity", "metric", "values"]].to_string()
