"""A figure in a relative clause measures the common noun its pronoun stands for (claims/relatives.py):
"inflation, which stood at 3.1 per cent" is inflation, "revenue, which rose to $2.1 billion" is revenue, so two
outlets that word the figure differently are compared. Not where the clause acts on an object of its own ("a round
that values it at"), nor for an event's day. Stories of our own: a central bank, a retailer, an airline, a streaming
service."""

import pytest

from claims_fixtures import table, two_outlets


@pytest.mark.parametrize("first, second, metric, status", [
    ("Governor Helena Marsk of Calderia said inflation, which stood at 3.1 per cent in August, was falling fast.",
     "Inflation in Calderia was 3.6 per cent in August, the statistics office said.", "inflation_rate", "conflict"),
    ("Calderia's inflation, which stood at 3.1 per cent in August, is easing.",
     "Calderia's inflation rate was 3.1% in August.", "inflation_rate", "agreement"),
    ("Novaro's revenue, which rose to $2.1 billion in 2025, beat forecasts, the retailer said.",
     "Novaro's revenue was $2.6 billion in 2025.", "revenue", "conflict"),
    ("Skyline Air's net profit, which fell to $310 million in 2025, disappointed investors.",
     "Skyline Air made a net profit of $310 million in 2025.", "net_profit", "agreement"),
])
def test_a_relative_clause_measures_its_antecedent(tmp_path, first, second, metric, status):
    claims = two_outlets(tmp_path, first, second)
    rows = claims[claims.metric == metric]
    assert list(rows.status) == [status], table(claims)


@pytest.mark.parametrize("first, second", [
    # the clause values its own object: the round is no valuation of a round
    ("Fairwick raised $120 million in a round that values it at $1.1 billion.",
     "Fairwick is now valued at $1.1 billion, the startup said."),
    # an event's day: read as the strike's, as before
    ("The strike at the Port of Brisholm, which began on Sept. 7, has halted shipping.",
     "Dockworkers at the Port of Brisholm walked out on Monday, Sept. 7."),
])
def test_a_clause_with_its_own_object_or_event_is_read_as_before(tmp_path, first, second):
    claims = two_outlets(tmp_path, first, second)
    assert not set(claims.status) & {"conflict", "discrepancy"}, table(claims)
