"""Config words for measures a figure's phrase names without their usual noun (config/metrics.yaml):
- a rise offered to, accepted or won by staff is a pay rise ("offered teachers a 5% rise"), a rise in something else
  is not ("offered a 3% rise in dividends");
- a share of a market's shipments or sales is a market share ("held 21% of global laptop shipments");
- a quantity "underground" is a depth ("working 600 metres underground").
Stories of our own: a teachers' dispute, a bus drivers' strike, a dockers' deal, laptops, cars, beer, a mine, a cave
rescue, a tunnel."""

import pytest

from newsreport.claims.vocabulary import load_vocabulary, nearest_metric


def metric_of(phrase: str, kind: str) -> str | None:
    rule, _ = nearest_metric(phrase, 0, 0, kind, load_vocabulary(), in_phrase=True)
    return rule.name if rule is not None else None


@pytest.mark.parametrize("phrase, metric", [
    ("the ministry offered teachers a 5.5 per cent rise for next year", "pay_rise"),
    ("the drivers accepted a 7% raise", "pay_rise"),
    ("the council's offer of a 3% increase was rejected", "pay_rise"),
    ("dockers won a 9 per cent rise", "pay_rise"),
    ("the board offered a 3% rise in dividends", None),
])
def test_a_rise_offered_or_accepted_is_a_pay_rise(phrase, metric):
    assert metric_of(phrase, "percent") == metric


@pytest.mark.parametrize("phrase, metric", [
    ("Tamsel held 21 per cent of global laptop shipments", "market_share"),
    ("Corvane had 12% of US car sales", "market_share"),
    ("the brewer's share of beer sales stood at 30 per cent", "market_share"),
    ("the company held 21 per cent of its own shares", None),
])
def test_a_share_of_a_markets_shipments_or_sales_is_a_market_share(phrase, metric):
    assert metric_of(phrase, "percent") == metric


@pytest.mark.parametrize("sentence, quote, metric", [
    ("Tamsel Mining said the men were working about 600 metres underground when the roof fell.", "about 600 metres",
     "depth"),
    ("The divers reached the cave chamber, which lies 40 metres underground.", "40 metres", "depth"),
    ("The bunker was built 25 metres underground, the museum says.", "25 metres", "depth"),
    ("The city will build a 12km underground line to the port.", "12km", None),  # a length, not a depth
])
def test_a_quantity_underground_is_a_depth(sentence, quote, metric):
    start = sentence.find(quote)
    rule, _ = nearest_metric(sentence, start, start + len(quote), "other", load_vocabulary())
    assert (rule.name if rule is not None else None) == metric
