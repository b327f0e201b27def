"""A day on "began" or "started" with nothing after the verb is the day the thing its subject names began: "the
campaign, which began on Monday" and "the campaign began on 2 March" tell one start; "the campaign started on Tuesday"
and "the campaign began on Thursday" are two days for it. "Users began flocking to the app on Monday" tells another
act (the flocking), and a name's start ("Veyra started on Monday") is keyed by no thing; the day a happening
closed is not its first day, and "the last miners" are a group brought out part by part. Examples from a
vaccination drive, a festival, a concert tour, a building site and a mine rescue."""

import pytest

from claims_fixtures import dated_outlets, table


@pytest.mark.parametrize("first, second", [
    ("The national vaccination campaign, which began on Monday, gave 210,000 doses in its first two days.",
     "The vaccination campaign began on 2 March in 40 districts."),
    ("The festival, which started on Monday, drew more than 45 million viewers.",
     "The festival started on March 2 with a sale of phones."),
    ("Construction of the barrier started on Monday after years of delay.",
     "Construction of the barrier began on March 2, the city said."),
    # an ordinal before one thing names that thing ("its first campaign"), not a part of a group
    ("The ministry said its first vaccination campaign began on Monday in 40 districts.",
     "The vaccination campaign began on 2 March in 40 districts."),
    ("The final leg of the tour began on Monday in Lisbon.", "The tour's final leg started on March 2 in Lisbon."),
])
def test_two_wordings_of_a_start_agree(tmp_path, first, second):
    claims = dated_outlets(tmp_path, ("2026-03-04", first), ("2026-03-04", second))
    assert list(claims[claims.metric.str.startswith("occurrence")].status) == ["agreement"], table(claims)


@pytest.mark.parametrize("first, second", [
    ("The vaccination campaign started on Tuesday, March 3.", "The vaccination campaign began on Thursday, March 5."),
    ("Construction of the bridge, which began on March 3, is due to end in 2029.",
     "Construction of the bridge started on March 5 after years of delay."),
])
def test_two_days_for_one_start_conflict(tmp_path, first, second):
    claims = dated_outlets(tmp_path, ("2026-03-06", first), ("2026-03-06", second))
    assert list(claims[claims.metric.str.startswith("occurrence")].status) == ["conflict"], table(claims)


@pytest.mark.parametrize("first, second", [
    ("Users began flocking to the app on Monday, March 2.", "Users began flocking to the app on Tuesday, March 3."),
    ("Veyra started on Monday, March 2, to deliver the X2 phone.", "Veyra started on Tuesday, March 3, to deliver "
     "the X2 phone."),
    ("The festival, which started on Monday, March 2, drew 45 million viewers.",
     "Vendors sold out before the festival, which closed on Wednesday, March 4."),
    ("The last miners were brought out on Monday, March 2.", "The last miners were brought out on Tuesday, March 3."),
])
def test_a_start_of_another_act_is_no_event(tmp_path, first, second):
    claims = dated_outlets(tmp_path, ("2026-03-06", first), ("2026-03-06", second))
    assert "conflict" not in set(claims.status), table(claims)
