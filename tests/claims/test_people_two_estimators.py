"""People counted by two sources who disagree, each on its own word ("600 workers were on shift, the owner said" /
"about 1,400 workers, according to the union"), are the two estimators the issue asks the ledger to flag: the count
names no owner, but the story both articles report is its owner, so the pair is a conflict. A tally revised as the
story goes on (customers without power, a toll) stays a possible discrepancy (tests/claims/test_counted_by_fate.py).
Stories of our own: a factory fire, a mine flood."""

import pytest

from claims_fixtures import own_outlet_article as article, story_claims


@pytest.mark.parametrize("first, second", [
    ("A fire swept through a garment factory in Tongi on Friday. The factory's owner told reporters that 600 workers "
     "were on shift when the fire started.",
     "Union leaders said the owner had understated the number of people inside. According to the union, about 1,400 "
     "workers were on shift when the fire started."),
    ("Water flooded the Kestrel Deep shaft on Monday. The mine's operator said 45 miners were underground when the "
     "water broke in.",
     "The miners' union said about 80 miners were underground when the water broke in, far more than the operator "
     "admitted."),
])
def test_people_two_sources_count_far_apart_conflict(tmp_path, first, second):
    claims = story_claims(tmp_path, {"a.md": article("Wire", "2026-06-12", first),
                                     "b.md": article("Daily", "2026-06-13", second)})
    assert "conflict" in set(claims.status), claims[["entity", "metric", "status", "values", "reason"]].to_string()
