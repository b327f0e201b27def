"""Money set aside for a cost ("had already provided $350m for the penalty", "set aside €55 million for the
fine") is a provision, not the cost: the two never conflict, while the cost told twice still does. Stories of
our own: a bank's penalty, a carmaker's fine, a drugmaker's settlement."""

import pytest

from claims_fixtures import table, two_outlets


@pytest.mark.parametrize("first, second", [
    ("Harbor Bank agreed to pay a $120 million penalty to settle the case, the regulator said.",
     "Harbor Bank had already set aside $150 million for the penalty, so profits will not suffer."),
    ("Norvik Motors will pay a €40 million fine over emissions data.",
     "Norvik Motors has provided €55 million for the fine in its accounts."),
])
def test_a_provision_is_not_the_cost(tmp_path, first, second):
    claims = two_outlets(tmp_path, first, second)
    assert not set(claims.status) & {"conflict", "discrepancy"}, table(claims)
    assert "provision" in set(claims.metric), table(claims)


def test_the_fine_told_twice_still_conflicts(tmp_path):
    claims = two_outlets(tmp_path, "Norvik Motors will pay a €40 million fine over emissions data.",
                         "Norvik Motors was fined €65 million over emissions data, the agency said.")
    assert set(claims.status) & {"conflict", "discrepancy"}, table(claims)
