"""Raising a subscription plan, a membership or a tier raises what it costs, not money raised from investors (config
`funding` and `price`): "will raise its premium plan to $22.99 a month" is a price. Stories of our own: a streaming
service, a gym chain, a software tier; and a funding round, still funding."""

import pytest

from claims_fixtures import article, story_claims


@pytest.mark.parametrize("sentence, quote", [
    ("Streamly will raise its premium plan by $2 to $22.99 a month from March.", "$22.99"),
    ("FitHub raised its membership to £45 a month in January, the gym chain said.", "£45"),
    ("Codewell is raising its team tier to $19 per user a month.", "$19"),
])
def test_a_raised_plan_is_a_price_not_funding(tmp_path, sentence, quote):
    claims = story_claims(tmp_path, {"a.md": article("Story", "2026-01-20", sentence, outlet="Wire")})
    rows = claims[claims["values"].str.contains(quote.replace("$", r"\$"), regex=True)]
    assert not rows.empty and all(m.startswith("price") for m in rows.metric), claims[["entity", "metric", "values"]]


def test_money_raised_from_investors_is_still_funding(tmp_path):
    claims = story_claims(tmp_path, {"a.md": article("Story", "2026-01-20", "Corvid raised $40 million from investors "
                                                     "in May, the startup said.", outlet="Wire")})
    assert "funding" in set(claims.metric) and not claims.metric.str.startswith("price").any(), \
        claims[["entity", "metric", "values"]]  # (and the day of the round: funding_announced)


@pytest.mark.parametrize("sentence, amount", [
    ("Streamly will raise its premium plan by $2 to $22.99 a month from March.", "$2"),
    ("Ferrow raised its monthly membership by £5 to £45, the gym chain said.", "£5"),
    ("Brightline lowered its basic plan by $3 to $9.99 a month in June.", "$3"),
])
def test_the_amount_a_price_moved_by_is_no_price(tmp_path, sentence, amount):
    claims = story_claims(tmp_path, {"a.md": article("Story", "2026-01-20", sentence, outlet="Wire")})
    prices = claims[claims.metric.str.startswith("price") | claims.metric.str.startswith("funding")]
    assert amount not in set(prices["values"]), claims[["entity", "metric", "values"]]
