"""What a contract, bid or order is worth is the price of its deal, however the article says it ("a contract worth",
"a bid worth", "analysts value the agreement at", "the deal is worth"); a company's own worth stays its valuation.
Stories of our own."""

import pytest

from claims_fixtures import own_outlet_article as article, story_claims


@pytest.mark.parametrize("first, second", [
    ("Norvik Shipyards signed a contract worth $480 million to build four ferries for the island authority.",
     "Norvik Shipyards' ferry deal is worth $700 million, according to two people who have seen the terms."),
    ("Caldera Foods put in a bid worth about $3.1 billion for the frozen-meals maker.",
     "Caldera Foods' offer is worth $4.5 billion including debt, the target's board said."),
])
def test_what_a_deal_noun_is_worth_is_the_deals_price(tmp_path, first, second):
    claims = story_claims(tmp_path, {
        "a.md": article("The deal", "2026-03-10", first),
        "b.md": article("The terms", "2026-03-11", second),
    })
    deals = claims[claims.metric == "deal_value"]
    assert len(deals) == 1 and deals.status.iloc[0] in ("conflict", "discrepancy")


@pytest.mark.parametrize("sentence, value", [
    ("Tamsin Mining signed a supply agreement with a battery maker. Traders value the agreement at $900 million "
     "over its life.", "$900 million"),
    ("The city council awarded Brenn Construction Ltd an order worth roughly €45 million for two new bridges.", "about €45 million"),
    ("Ostra Rail's bid is worth $260 million, its chief executive said.", "$260 million"),
])
def test_a_deal_nouns_worth_is_keyed_as_its_price(tmp_path, sentence, value):
    claims = story_claims(tmp_path, {"a.md": article("Award", "2026-03-10", sentence)})
    assert list(claims[claims.metric == "deal_value"]["values"]) == [value]


def test_a_company_worth_a_sum_is_no_deals_price(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Round", "2026-03-10", "Brisa Health, a hospital group, is now worth $2 billion, analysts say."),
        "b.md": article("Hospital deal", "2026-03-11", "Brisa Health signed a contract worth $3 billion to run "
                        "the city's clinics."),
    })
    assert not any(claims.status.isin(["conflict", "discrepancy"]))
    assert list(claims[claims.metric == "deal_value"]["values"]) == ["$3 billion"]
