"""Days that bound a state: "was unavailable from May 8 until May 10", "stayed off work from Tuesday
until Thursday", "has been banned since Oct. 15". The day after "from" or "since" is the day of the
event that began the state, the day after "until" (or "to" after "from") the day of the event that
ended it; such a day is when something happened, not a day a state went on. A day after "to" with no
"from" ("postponed to Jan. 17") bounds nothing. Sentences and stories of our own."""

import pytest

from claims_fixtures import own_outlet_article as article, story_claims
from newsreport.claims.events import event_of
from newsreport.claims.vocabulary import load_vocabulary


@pytest.mark.parametrize("sentence, day, event", [
    ("Dockworkers at the port of Halvik stayed off work from Tuesday, March 3, until Thursday.", "Tuesday, March 3",
     "strike_start"),
    ("Dockworkers at the port of Halvik stayed off work from Tuesday, March 3, until Thursday.", "Thursday",
     "strike_end"),
    ("Nurses at Ostby Hospital were on strike from June 2 to June 5.", "June 2", "strike_start"),
    ("Nurses at Ostby Hospital were on strike from June 2 to June 5.", "June 5", "strike_end"),
    ("Velo was unavailable from May 8 until May 10, the company said.", "May 8", "service_shutdown"),
    ("Velo was unavailable from May 8 until May 10, the company said.", "May 10", "service_restored"),
    ("The ticketing site stayed offline from Friday night until Sunday morning.", "Friday night", "service_shutdown"),
    ("The ticketing site stayed offline from Friday night until Sunday morning.", "Sunday morning", "service_restored"),
    ("Scootly has been banned in Vellmar since Oct. 15.", "Oct. 15", "ban_takes_effect"),
])
def test_a_day_bounding_a_state_is_the_day_of_the_event_that_begins_or_ends_it(sentence, day, event):
    start = sentence.index(day)
    rule, _ = event_of(sentence, start, start + len(day), load_vocabulary())
    assert rule is not None and rule.name == event


@pytest.mark.parametrize("sentence, day, event", [
    ("The Dorrin hearing was moved from Jan. 10 to Jan. 17.", "Jan. 17", "hearing"),
    ("Sales at Dorrin were weak from March to May.", "March", None),
])
def test_a_span_with_no_state_bounds_nothing(sentence, day, event):
    start = sentence.index(day)
    rule, _ = event_of(sentence, start, start + len(day), load_vocabulary())
    assert (rule.name if rule is not None else None) == event


def test_a_strike_told_as_a_state_conflicts_with_the_day_another_source_says_it_began(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Port shut", "2026-03-06",
                        "Dockworkers at the port of Halvik stayed off work from Tuesday, March 3, until Thursday."),
        "b.md": article("Port strike", "2026-03-06", "The Halvik dock strike began on Monday, March 2."),
    })
    assert list(claims[claims.metric == "strike_start"].status) == ["conflict"]


def test_an_outage_told_as_a_state_is_compared_by_its_first_and_last_day(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Velo down", "2026-05-11", "Velo was unavailable from May 8 until May 10, the company said."),
        "b.md": article("Velo back", "2026-05-11", "Velo went down on May 7 and came back on May 10."),
    })
    status = dict(zip(claims.metric, claims.status))
    assert status["service_shutdown"] == "conflict" and status["service_restored"] == "agreement"


def test_banned_since_a_day_is_the_ban_of_what_is_banned_not_of_the_place(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Scootly banned", "2026-10-20", "Scootly has been banned in Vellmar since Oct. 15, after the "
                        "city council voted on Oct. 2."),
        "b.md": article("Scooter ban", "2026-10-21", "The ban on Scootly took effect on Oct. 14."),
    })
    ban = claims[claims.metric == "ban_takes_effect"]
    assert list(ban.entity) == ["Scootly"] and list(ban.status) == ["conflict"]
