"""Dated events told in other words than the vocabulary had: a product cleared for use, or approved on a
day in passing, is approved; a system that stopped doing its job went offline, while accounts shut down
are users removed, not a service gone. Sentences of our own, from several kinds of story."""

import pytest

from newsreport.claims.events import event_of
from newsreport.claims.vocabulary import load_vocabulary


def event_name(sentence: str, day: str):
    start = sentence.index(day)
    rule, _ = event_of(sentence, start, start + len(day), load_vocabulary())
    return rule.name if rule else None


@pytest.mark.parametrize("sentence, day", [
    ("The Drug Board approved Calvia, a twice-weekly asthma inhaler from Osk Labs, on Monday, the first inhaler of "
     "its kind cleared for use in children.", "Monday"),
    ("Osk Labs said Calvia, approved on March 4, will reach pharmacies in April.", "March 4"),
    ("The herbicide, authorised on 12 June, goes on sale to farmers next spring.", "12 June"),
    ("Brenna's glucose sensor was cleared for sale to adults on Tuesday.", "Tuesday"),
])
def test_a_product_cleared_for_use_or_approved_in_passing_is_approved(sentence, day):
    assert event_name(sentence, day) == "approval"


@pytest.mark.parametrize("sentence, day", [
    ("The ride-hailing app stopped matching riders with drivers on Friday evening.", "Friday"),
    ("Payments giant Tellar stopped processing payments for about two hours on 3 March.", "3 March"),
    ("The streaming service stopped loading for millions of viewers late on Sunday.", "Sunday"),
])
def test_a_system_that_stopped_doing_its_job_went_offline(sentence, day):
    assert event_name(sentence, day) == "service_shutdown"


@pytest.mark.parametrize("sentence, day", [
    ("Pavo says it has shut down more than 80,000 fake accounts since May 2.", "May 2"),
    ("The network shut down 40 channels run by the group on Thursday.", "Thursday"),
    ("The forum shut off about 3,000 bot profiles on 9 October.", "9 October"),
])
def test_accounts_or_channels_shut_down_are_no_service_gone(sentence, day):
    assert event_name(sentence, day) != "service_shutdown"
