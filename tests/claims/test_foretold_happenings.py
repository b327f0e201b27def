"""A happening an article says will take place on a day ("councillors will vote on 26 February", "are due to vote on
March 4") has that day, as
written, as a planned event of config has; another article giving another day for it conflicts. An infinitive or a
plan ("is expected to vote", "plans to open") still dates no happening. Stories of our own: a council vote, a
bridge reopening, a festival."""

import pytest

from claims_fixtures import dated_outlets, table
from newsreport.claims.occurrences import occurrence


def happening(sentence: str, day: str) -> str:
    at = sentence.index(day)
    return occurrence(sentence, at, at + len(day))


@pytest.mark.parametrize("sentence, day, event", [
    ("Councillors will vote on the plan on 26 February.", "26 February", "vote (councillor)"),
    ("The Tamsin bridge will reopen on Monday, the county said.", "Monday", "reopen (bridge)"),
    ("Councillors are due to vote on the plan on March 4.", "March 4", "vote"),  # (its subject is that of "are")
])
def test_what_will_happen_on_a_day_is_a_happening(sentence, day, event):
    assert happening(sentence, day) == event


@pytest.mark.parametrize("sentence, day", [
    ("Councillors are expected to vote on the plan on 26 February.", "26 February"),
    ("The county plans to reopen the bridge on Monday.", "Monday"),
])
def test_an_infinitive_or_a_plan_is_no_happening(sentence, day):
    assert happening(sentence, day) == ""


def test_two_days_for_a_foretold_happening_conflict(tmp_path):
    claims = dated_outlets(tmp_path, ("2026-02-18", "Councillors in Marsh Vale will vote on the budget on 26 February."),
                           ("2026-02-20", "The cuts will go ahead if councillors vote for them on 25 February."))
    assert "conflict" in set(claims.status), table(claims)
