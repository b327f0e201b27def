"""Two counts or sums of one key more than five times apart are a possible discrepancy, not a conflict
(reconcile.FAR_APART): two sources rarely differ that much on one thing, so the likelier story is that they count two
things the keys do not tell apart. Counts up to about four times apart (police and organisers of a march, a
company's moderators against its staff) stay conflicts. Stories of our own: an app, a protest, a bank, a recall."""

import pytest

from claims_fixtures import table, two_outlets


@pytest.mark.parametrize("first, second", [
    ("Zentra has 600,000 users in Brevland, the company said.", "Zentra has 50,000 users in Brevland, analysts said."),
    ("Halbrook Bank made a net profit of $2.4 billion in 2025.", "Halbrook Bank made a net profit of $310 million in 2025."),
    ("Voltra recalled 1.2 million cars in Spain on Tuesday, regulators said.",
     "Voltra recalled 90,000 cars in Spain on Tuesday."),
])
def test_values_far_apart_are_a_possible_discrepancy(tmp_path, first, second):
    claims = two_outlets(tmp_path, first, second)
    statuses = set(claims.status)
    assert "conflict" not in statuses and "discrepancy" in statuses, table(claims)
    assert claims[claims.status == "discrepancy"].reason.str.contains("times apart").all(), table(claims)


@pytest.mark.parametrize("first, second", [
    ("Zentra has 600,000 users in Brevland, the company said.", "Zentra has 200,000 users in Brevland, analysts said."),
    ("Halbrook Bank made a net profit of $2.4 billion in 2025.", "Halbrook Bank made a net profit of $1.1 billion in 2025."),
])
def test_values_a_few_times_apart_still_conflict(tmp_path, first, second):
    claims = two_outlets(tmp_path, first, second)
    assert "conflict" in set(claims.status), table(claims)
