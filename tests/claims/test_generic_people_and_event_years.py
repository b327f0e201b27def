"""A generic count of people ("3.1 million people were affected") is the owner's one group with that fate
("patients affected", claims/generic_people.py); a year before an event that is the clause's subject dates its
figure ("A 2024 breach exposed the records of 1.2 million customers", claims/date_phrases.opening_dates), so an
earlier event's count is not this one's. Stories of our own: a data breach, a bank outage, a recall, a strike."""

import pytest

from claims_fixtures import article, story_claims


def keyed(tmp_path, first: str, second: str, title: str = "Story"):
    return story_claims(tmp_path, {"a.md": article(title, "2026-10-10", first, outlet="Wire"),
                                   "b.md": article(title, "2026-10-10", second, outlet="Paper")})


def table(claims) -> str:
    return claims[["entity", "metric", "period", "status", "values"]].to_string()


@pytest.mark.parametrize("title, first, second, status", [
    ("Halvern Health breach", "Hackers stole the records of about 2.6 million Halvern Health patients, it said.",
     "Halvern Health has said about 2.6 million people were affected.", "agreement"),
    ("Korvex Bank outage", "The outage hit 900,000 Korvex Bank customers, the bank said.",
     "Korvex Bank has said 1.4 million people were affected.", "conflict"),
    ("Orrin Water contamination", "The contamination affected 30,000 Orrin Water households, the utility said.",
     "Orrin Water has said 30,000 people were affected.", "agreement"),
])
def test_people_affected_are_the_owner_s_one_group_affected(tmp_path, title, first, second, status):
    claims = keyed(tmp_path, first, second, title)
    assert status in set(claims.status), table(claims)


@pytest.mark.parametrize("first, second", [
    ("Halvern Health said hackers had accessed the records of about 2.6 million patients.",
     "A 2024 breach at Halvern Health exposed the records of 1.1 million patients."),
    ("Korvex Bank said the outage affected 900,000 customers.",
     "A 2023 outage at Korvex Bank affected 300,000 customers, the regulator said."),
    ("Tarvo Motors said the recall covered 52,000 cars.",
     "A 2022 recall by Tarvo Motors covered 18,000 cars, the regulator said."),
])
def test_an_earlier_event_s_count_is_dated_by_its_year(tmp_path, first, second):
    claims = keyed(tmp_path, first, second)
    assert "conflict" not in set(claims.status), table(claims)
    assert claims.period.str.match(r"20(?:22|23|24)").any(), table(claims)
