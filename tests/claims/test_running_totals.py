"""A total so far told in the perfect ("has now raised €3.4 million", "had now sold 2.1 million tickets") grows: like a
tally, with no period of its own it may have grown between articles of different days, so a larger total days later
is a possible discrepancy, not a conflict (reconcile.RUNNING_TOTAL). The same totals told the same day still conflict.
Stories of our own: a charity appeal, a disaster fund."""

import pytest

from claims_fixtures import dated_outlets, table


@pytest.mark.parametrize("first, second", [
    ("The Brightwater appeal raised €2 million for the hospice on its first night, its organisers said.",
     "The Brightwater appeal has now raised €3.4 million for the hospice, its organisers said on Sunday."),
    ("The Tamsin relief fund raised $1.2 million for flood victims in its first days, the charity said.",
     "The Tamsin relief fund has now raised $2.9 million for flood victims, the charity said."),
])
def test_a_total_so_far_days_later_is_no_conflict(tmp_path, first, second):
    claims = dated_outlets(tmp_path, ("2026-09-14", first), ("2026-09-19", second))
    assert "conflict" not in set(claims.status), table(claims)
    assert "discrepancy" in set(claims.status), table(claims)


def test_totals_of_the_same_day_still_conflict(tmp_path):
    claims = dated_outlets(tmp_path, ("2026-09-14", "The Brightwater appeal raised €2 million for the hospice on its "
                                                    "first night, its organisers said."),
                           ("2026-09-14", "The Brightwater appeal has now raised €3.4 million for the hospice, a "
                                          "broadcaster said."))
    assert "conflict" in set(claims.status), table(claims)
