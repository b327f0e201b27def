"""Whatever values a company ("the deal values it at $6 billion", "the investment values Loopra at about $4 billion",
"analysts value Tarka at $2.5bn") gives the company's valuation, as "Loopra is valued at" does; the round, the deal or
the investment doing the valuing is not the measure (claims/neighbours.py, VALUES_IT_AT). A deal valued is still the
deal's price. Stories of our own: a video app's round, a lender's Series C, analysts' estimates of a company."""

import pytest

from claims_fixtures import table, two_outlets


@pytest.mark.parametrize("first, second", [
    ("Loopra Labs raised $450 million. The company said the deal values it at $6 billion, up from $1.2 billion in 2024.",
     "People familiar with the deal said the investment values Loopra Labs at about $4 billion."),
    ("Fernvale closed a Series C round that values Fernvale at $1.1bn, the company said.",
     "Two people with knowledge of the terms said Fernvale was valued at about $900m in the round."),
    ("Merrow analysts value Tarka at about $2.5bn.", "Sentara Bank analysts said Tarka was worth $1.6bn."),
])
def test_whatever_values_a_company_gives_its_valuation(tmp_path, first, second):
    claims = two_outlets(tmp_path, first, second)
    worth = claims[claims.metric.str.startswith("valuation")]
    assert "conflict" in set(worth.status), table(claims)


def test_a_deal_valued_is_the_deals_price(tmp_path):
    claims = two_outlets(tmp_path, "Kivo agreed to buy Pell for $2 billion. Analysts valued the deal at $2 billion.",
                         "Kivo will pay $2 billion for Pell, the company said.")
    assert not claims.metric.str.startswith("valuation").any(), table(claims)


def test_a_fortune_valued_is_a_net_worth(tmp_path):
    claims = two_outlets(tmp_path, "Park Jiwoo, the founder of Molla, is worth $2.2 billion, according to the Orbis list.",
                         "Molla's founder Park Jiwoo is rich. Tallis Rich List values Mr Park's fortune at $3.9 billion.")
    assert not claims.metric.str.startswith("valuation").any(), table(claims)
