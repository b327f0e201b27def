"""Events the vocabulary types beyond bans and apps: a strike beginning and ending, a protest beginning, a law passed
(not signed, not taking effect). Two outlets giving one of them different days conflict; the start
and the end of one strike, or the vote and the signature of one law, are never compared. Stories
of our own: pilots, nurses, dock workers; farmers, truckers, students; a parliament, a senate, a city council."""

import pytest

from claims_fixtures import story_claims


def article(title: str, published: str, body: str) -> str:
    return f"---\ntitle: {title}\nsource: Outlet (invented)\npublished: {published}\n---\n{body}\n"


def dated(claims, prefix: str):
    return claims[claims.metric.str.startswith(prefix)]


@pytest.mark.parametrize("first, second, event", [
    ("Pilots at Pelion Air began a strike on June 9.", "The strike at Pelion Air started on June 10.", "strike_start"),
    ("Nurses at Corve Health walked out on March 3.", "The Corve Health walkout began on March 4, the union said.",
     "strike_start"),
    ("The dock workers' strike at Port Sella ended on May 20.", "Port Sella's dockers called off their strike on May 21.",
     "strike_end"),
    ("The Corve Health strike ended on March 9.", "The walkout at Corve Health was called off on March 10.",
     "strike_end"),
])
def test_two_days_for_one_strike_event_conflict(tmp_path, first, second, event):
    claims = story_claims(tmp_path, {"a.md": article("One", "2025-06-12", first),
                                     "b.md": article("Two", "2025-06-12", second)})
    rows = dated(claims, event)
    assert list(rows.status) == ["conflict"], claims[["entity", "metric", "status", "values"]].to_string()


def test_the_start_and_end_of_one_strike_are_two_events(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Pelion Air pilots end strike", "2025-06-12", "Pilots at Pelion Air began a strike on June 9. The strike ended on June 11."),
        "b.md": article("Pelion Air flights resume", "2025-06-12", "The Pelion Air strike started on June 9 and ended on June 11.")})
    assert set(dated(claims, "strike").status) == {"agreement"}, claims[["metric", "status", "values"]].to_string()
    assert "conflict" not in set(claims.status)


@pytest.mark.parametrize("first, second", [
    ("Veldor's parliament passed the data protection law on May 14.", "The data law was approved by Veldor's parliament on May 13."),
    ("Ostra's parliament passed the online safety bill on March 3.", "Lawmakers in Ostra approved the online safety bill on March 4."),
    ("Lindby's city council voted to ban scooters on Tuesday, April 8.", "Lindby's council passed the scooter ban law on April 9."),
    ("Lindby's city council voted on April 8 to ban scooters.", "Lindby's council passed the scooter ban law on April 9."),
])
def test_two_days_for_one_law_passed_conflict(tmp_path, first, second):
    claims = story_claims(tmp_path, {"a.md": article("One", "2025-04-10", first),
                                     "b.md": article("Two", "2025-04-10", second)})
    assert "conflict" in set(dated(claims, "law_passed").status), \
        claims[["entity", "metric", "status", "values"]].to_string()


def test_a_law_passed_signed_and_taking_effect_are_three_events(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("One", "2025-05-22", "Ostra's parliament passed the online safety act on May 14. "
                                             "President Tal signed the act into law on May 20. The law takes effect on July 1."),
        "b.md": article("Two", "2025-05-23", "The online safety act, passed on May 14, takes effect on July 1.")})
    assert "conflict" not in set(claims.status), claims[["metric", "status", "values"]].to_string()
    assert {"law_passed", "law_signed", "law_takes_effect"} <= {m.split(":")[0] for m in claims.metric}


@pytest.mark.parametrize("first, second", [
    ("The farmers' protest, which began on Tuesday, Feb. 10, outside the Bhimpur mill gate, has drawn 5,000 people.",
     "Farmers have been camping on the highway outside the Bhimpur mill since Monday, Feb. 9."),
    ("The blockade of the Tarvo port started on March 3, the union said.",
     "Truckers began a blockade of the Tarvo port on March 4."),
    ("Students staged a sit-in at Kessel University on May 12.", "The sit-in at Kessel University began on May 13."),
])
def test_two_days_for_the_start_of_one_protest_conflict(tmp_path, first, second):
    # action outside work is dated as a strike is: a protest, a blockade, a sit-in that began, or people camping or
    # blocking a road "since" a day
    claims = story_claims(tmp_path, {"a.md": article("One", "2026-05-14", first),
                                     "b.md": article("Two", "2026-05-14", second)})
    started = dated(claims, "protest_start")
    assert len(started) == 1 and started.status.iloc[0] in ("conflict", "discrepancy"), \
        claims[["entity", "metric", "values", "status", "reason"]].to_string()
