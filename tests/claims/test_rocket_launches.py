"""A rocket lifting off is one launch a story tells, whoever each article names (config `liftoff`, keyed by none):
"lifted off", "blasted off", "launched 12 satellites", "the mission, which launched on May 13". Two days for it
conflict. A product launched, an inquiry launched ("launched a probe") and a rocket attack are no liftoff. Stories of
our own: a weather satellite, a crewed capsule, a broadband constellation."""

import pytest

from claims_fixtures import table, two_outlets
from newsreport.claims.events import event_of
from newsreport.claims.vocabulary import load_vocabulary


def event_name(sentence: str, day: str) -> str:
    at = sentence.index(day)
    rule, _ = event_of(sentence, at, at + len(day), load_vocabulary())
    return rule.name if rule else ""


@pytest.mark.parametrize("sentence, day, event", [
    ("A Kestrel-2 rocket carrying the Aurora weather satellite lifted off from Sriharikota on Friday.", "Friday", "liftoff"),
    ("The crew capsule blasted off at 6.14am on Sunday, the agency said.", "Sunday", "liftoff"),
    ("Velora launched 12 broadband satellites on Wednesday evening.", "Wednesday", "liftoff"),
    ("The mission, which launched on May 13 from Kourou, carries two cameras.", "May 13", "liftoff"),
    ("Quorra released its new photo app on Tuesday.", "Tuesday", "launch"),
])
def test_a_rocket_lifting_off_is_a_liftoff(sentence, day, event):
    assert event_name(sentence, day) == event


@pytest.mark.parametrize("sentence, day", [
    ("Regulators launched a probe into the bank's lending on Monday.", "Monday"),
    ("Militants launched a rocket attack on the border town on Thursday.", "Thursday"),
])
def test_an_inquiry_or_an_attack_launched_is_no_liftoff(sentence, day):
    assert event_name(sentence, day) != "liftoff"


def test_two_days_for_one_liftoff_conflict(tmp_path):
    claims = two_outlets(tmp_path, "Velora launched 12 broadband satellites on Wednesday evening aboard a Kestrel rocket.",
                         "The rocket carrying Velora's satellites lifted off from Kourou on Tuesday night.",
                         published="2026-10-16")
    assert list(claims[claims.metric.str.startswith("liftoff")].status) == ["conflict"], table(claims)


def test_two_firms_liftoffs_stay_apart(tmp_path):
    claims = two_outlets(tmp_path, "Velora launched 12 broadband satellites on Tuesday evening.",
                         "Rival Orbix launched 20 satellites on Thursday, two days after Velora.", published="2026-10-16")
    assert "conflict" not in set(claims.status), table(claims)
