"""An event named after "before", "after", "ahead of" or "following" that comes after a date is
another event's time, never that date's type: "Vidzy went dark late on Saturday, Jan. 17, hours before
the ban was due to start" does not date the ban to Jan. 17 (a parse that loses the main verb must not
make the day of going dark the day the ban started). Sentences of our own."""

import pytest

from newsreport.claims.events import event_of
from newsreport.claims.vocabulary import load_vocabulary


@pytest.mark.parametrize("sentence, day", [
    ("Vidzy went dark for American users late on Saturday, Jan. 17, hours before the ban was due to start.",
     "Saturday, Jan. 17"),
    ("Dock workers gathered at the gates on Monday, a day ahead of the strike that began on Tuesday.", "Monday"),
    ("Shares of Corvid rose on May 2, days after the ruling against its rival.", "May 2"),
])
def test_an_event_named_after_before_or_after_is_not_the_dates(sentence, day):
    start = sentence.index(day)
    rule, _ = event_of(sentence, start, start + len(day), load_vocabulary())
    assert rule is None or rule.name not in ("ban_takes_effect", "strike_start", "ruling")


@pytest.mark.parametrize("sentence, day, event", [
    ("Vidzy went dark on Saturday, hours before the ban took effect.", "Saturday", "service_shutdown"),
    ("The ban took effect on Sunday, a day after Vidzy went dark.", "Sunday", "ban_takes_effect"),
    ("The strike began on Tuesday, after talks with Ostby Hospital failed.", "Tuesday", "strike_start"),
])
def test_the_dates_own_event_is_still_read(sentence, day, event):
    start = sentence.index(day)
    rule, _ = event_of(sentence, start, start + len(day), load_vocabulary())
    assert rule is not None and rule.name == event


@pytest.mark.parametrize("sentence, day, event", [
    ("Corra's chief executive testified before a House committee on April 7.", "April 7", "hearing"),
    ("Lin Hao appeared before the Senate Commerce Committee on Tuesday.", "Tuesday", "hearing"),
    ("Kettlepay's systems failed on Sunday night and were restored on Monday afternoon.", "Sunday night",
     "service_shutdown"),
    ("Kettlepay's systems failed on Sunday night and were restored on Monday afternoon.", "Monday afternoon",
     "service_restored"),
])
def test_lawmakers_hearings_and_systems_failing_are_dated_events(sentence, day, event):
    start = sentence.index(day)
    rule, _ = event_of(sentence, start, start + len(day), load_vocabulary())
    assert rule is not None and rule.name == event


def test_a_witness_at_a_trial_is_no_hearing_day():
    sentence = "A former engineer testified on Monday in the Harlo trial."
    start = sentence.index("Monday")
    rule, _ = event_of(sentence, start, start + len("Monday"), load_vocabulary())
    assert rule is None or rule.name != "hearing"
