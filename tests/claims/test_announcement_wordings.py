"""One announcement told with other verbs: announced, unveiled, revealed, declared, presented. Two days for it disagree.
Stories of our own: a cocoa price, a drug trial's results, a union ballot."""

import pytest

from claims_fixtures import article, story_claims, table


@pytest.mark.parametrize("one, other", [
    ("The Cocoa Board announced the new farmgate price on Thursday.",
     "The Cocoa Board unveiled the new farmgate price on Wednesday."),
    ("Halvard presented the trial results at a cancer congress in Chicago on Sunday.",
     "Halvard revealed the trial results at a cancer congress in Chicago on Saturday."),
    ("The dock workers' union declared the result of its ballot on Friday.",
     "The dock workers' union announced the result of its ballot on Thursday."),
])
def test_two_days_for_one_announcement_conflict(tmp_path, one, other):
    claims = story_claims(tmp_path, {"a.md": article("Announcement", "2026-09-14", one, outlet="Wire"),
                                     "b.md": article("Announcement", "2026-09-15", other, outlet="Ledger")})
    assert (claims[claims.metric.str.startswith("occurrence: announce")].status == "conflict").any(), table(claims)


@pytest.mark.parametrize("one, other", [
    ("The fisheries directorate announced a 12% reduction in the cod quota on Thursday.",
     "When the directorate announced the new cod quota on Wednesday, fishermen were dismayed."),
    ("Rangers discovered the stranding on Bryant's Spit on Monday morning.",
     "Rangers discovered the pod on Bryant's Spit on Sunday."),
    ("The commission declared the result on Sunday night.", "The commission declared Ade Bello the winner on Monday."),
])
def test_one_event_told_of_different_things_once_per_article_is_one(tmp_path, one, other):
    claims = story_claims(tmp_path, {"a.md": article("News", "2026-10-09", one, outlet="Wire"),
                                     "b.md": article("News", "2026-10-10", other, outlet="Ledger")})
    assert (claims[claims.metric.str.startswith("occurrence")].status == "conflict").any(), table(claims)


def test_two_things_one_article_tells_stay_two_events(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("News", "2026-10-09", "Kaimai announced the plant's closure on Tuesday and announced its "
                                              "results on Thursday.", outlet="Wire"),
        "b.md": article("News", "2026-10-10", "Kaimai announced its results on Thursday.", outlet="Ledger")})
    assert not (claims.status == "conflict").any(), table(claims)
