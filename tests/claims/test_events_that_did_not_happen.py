"""A day the sentence says an event did not happen on is no day of that event: a court that "declined to hear the case
on Monday" held no hearing, a governor who "refused to sign the bill on Tuesday" signed no law, a service that "did not
launch on Friday" launched on no Friday (`event_phrases.not_done`). "Not ... until" still tells the day it happened:
"was not restored until Thursday", "repairs don't start until July 20". Stories of our own: a tariff case, a state
bill, an app's launch, an outage, a recall."""

import pytest

from claims_fixtures import article, story_claims, table


def events(tmp_path, sentence: str):
    claims = story_claims(tmp_path, {"a.md": article("Story", "2025-07-31", sentence, outlet="Wire")})
    return claims, {str(m).partition(":")[0] for m in claims.metric}


@pytest.mark.parametrize("sentence, event", [
    ("A trade court declined to hear Zenith Parts' case on Monday, leaving the tariffs in place.", "hearing"),
    ("The High Court did not hear Orva's appeal on Monday, as its judges were ill.", "hearing"),
    ("Governor Dana Cole refused to sign the bill on Tuesday, sending it back to lawmakers.", "law_signed"),
])
def test_an_event_said_not_to_happen_has_no_day(tmp_path, sentence, event):
    claims, found = events(tmp_path, sentence)
    assert event not in found, table(claims)


@pytest.mark.parametrize("sentence, event", [
    ("Payments app Teller stopped working on the 13th and was not restored until Thursday, Jan. 16.", "service_restored"),
    ("The High Court heard Orva's appeal on Monday.", "hearing"),
])
def test_not_until_still_tells_the_day(tmp_path, sentence, event):
    claims, found = events(tmp_path, sentence)
    assert event in found, table(claims)
