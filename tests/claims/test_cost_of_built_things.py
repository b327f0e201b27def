"""Money written before a thing built ("a $2 billion pipeline", "a ¥1.2 trillion factory") is what the thing costs:
the measure is its cost, as "the pipeline cost $2.6 billion" says, not a measure named for the thing
(noun_measures.noun_measure, config `built_things`). A sum named by its own noun ("a $4 million ransom") stays that
sum. Stories of our own: an energy firm, a chipmaker, a hacked company."""

import pytest

from claims_fixtures import table, two_outlets


@pytest.mark.parametrize("first, second", [
    ("Telvo Energy completed a $2 billion pipeline across Orland in 2025.",
     "Telvo Energy's pipeline across Orland cost $2.6 billion in 2025, a report found."),
    ("Mirra Chips opened a $900 million factory in Kessa in 2025.", "Mirra Chips' factory in Kessa cost $1.3 billion in 2025."),
])
def test_money_before_a_built_thing_is_its_cost(tmp_path, first, second):
    claims = two_outlets(tmp_path, first, second)
    assert list(claims.metric) == ["cost"] and claims.status.iloc[0] == "conflict", table(claims)


def test_a_sum_named_by_its_noun_stays_that_sum(tmp_path):
    claims = two_outlets(tmp_path, "Kessel paid a $4 million ransom to the hackers on Friday.",
                         "Kessel paid a ransom of $4.5 million on Friday.")
    assert list(claims.metric) == ["ransom"], table(claims)
