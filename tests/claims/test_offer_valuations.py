"""A company's worth at the price its shares were offered at is fixed when the offer is priced; its market value once
the shares trade moves every day. The two are never one claim, so a listing that "closed up 30%" gives no conflict
between "valued at $4 billion at the offer price" and "a market value of $5.2 billion at the close", while two
outlets' offer-price valuations told in other words ("at the IPO price", "at the top of the range the offering values
it at", "went out at a ... valuation") are one (config `offer_valuation`, refining `valuation`). Stories of our own: a
grocery delivery listing, a payments firm's float, a food app's Indian IPO."""

import pytest

from claims_fixtures import table, two_outlets


@pytest.mark.parametrize("offered, traded", [
    ("Pantrio sold 40 million shares at $20 each. At the offer price, Pantrio is valued at $4 billion.",
     "Pantrio shares closed up 30% on their first day, giving the company a market value of about $5.2bn at the close."),
    ("Tallypay priced its float at $15 a share, valuing it at $2.5 billion at the IPO price.",
     "By the end of its first session Tallypay was worth roughly $3.4 billion, according to data firm Quoteline."),
    ("At the upper end of the price band the offering values Rasoi at about Rs 30,000 crore.",
     "Rasoi shares listed at a 25% premium. At the close the stock was valuing the company at about Rs 38,000 crore."),
])
def test_the_offer_price_valuation_is_not_the_market_value(tmp_path, offered, traded):
    claims = two_outlets(tmp_path, offered, traded)
    assert not (claims.status == "conflict").any(), table(claims)
    assert claims.metric.eq("offer_valuation").any(), table(claims)


@pytest.mark.parametrize("first, second", [
    ("At the offer price, Pantrio is valued at $4 billion on a fully diluted basis.",
     "Pantrio raised $800m and went out at a $4bn valuation."),
    ("Tallypay priced its float at $15 a share, valuing it at $2.5 billion at the IPO price.",
     "At the offer price Tallypay carried a valuation of nearly $2.6bn."),
])
def test_offer_price_valuations_in_other_words_agree(tmp_path, first, second):
    claims = two_outlets(tmp_path, first, second)
    worth = claims[claims.metric == "offer_valuation"]
    assert list(worth.status) == ["agreement"] and worth["values"].str.count(";").sum() == 1, table(claims)


def test_two_market_values_at_the_first_close_still_conflict(tmp_path):
    claims = two_outlets(tmp_path, "Tallypay ended its first session at $21, giving it a market value of about $3.5 billion.",
                         "By the end of its first session Tallypay was worth roughly $5 billion, according to Quoteline.")
    assert set(claims[claims.metric == "valuation"].status) == {"conflict"}, table(claims)
