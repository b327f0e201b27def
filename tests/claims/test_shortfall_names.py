"""Money a budget or a fund lacks is one measure by any of its names: "a £20 million black hole", "a shortfall of £31
million", "a funding gap of $40 million", "a $3 billion hole in its accounts" (config `shortfall`, money only). A gap
of percentage points is no sum, and money raised to close a gap is not the gap. Stories of our own: a council, a
university, a pension fund, a bank."""

import pytest

from claims_fixtures import table, two_outlets


@pytest.mark.parametrize("first, second", [
    ("Dunmore Borough Council faces a £20 million black hole in its budget.",
     "Dunmore Borough Council has a shortfall of £31 million, a report found."),
    ("Harwell University has a funding gap of $40 million, the provost said.",
     "Harwell University faces a $55 million shortfall, its union said."),
    ("The Stanmere pension fund has a $3 billion hole in its accounts.",
     "The Stanmere pension fund has a funding shortfall of $4.5 billion."),
])
def test_a_gap_by_any_name_is_one_measure(tmp_path, first, second):
    claims = two_outlets(tmp_path, first, second)
    assert list(claims.metric) == ["shortfall"] and claims.status.iloc[0] == "conflict", table(claims)


def test_a_gap_in_points_is_no_shortfall(tmp_path):
    claims = two_outlets(tmp_path, "Girls outscored boys by a gap of six percentage points.",
                         "Girls outscored boys by a gap of nine percentage points.")
    assert "shortfall" not in set(claims.metric), table(claims)


def test_money_raised_is_not_the_gap_it_closes(tmp_path):
    claims = two_outlets(tmp_path, "Kelso Bank closed a $300 million gap in its capital in March.",
                         "Kelso Bank raised $450 million from investors in March.")
    assert {"shortfall", "funding"} <= set(claims.metric), table(claims)
    assert not claims.status.isin(["conflict", "discrepancy", "agreement"]).any(), table(claims)
