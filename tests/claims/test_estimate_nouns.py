"""A sum named as an estimate is a claim about the thing estimated (claims/noun_measures.estimated): "a $1.4bn
estimate of insured losses" gives the losses, "the £900m estimate for a new bridge" the bridge's cost. Stories of our
own: a bridge, storm damage, a stadium, a hospital; and an estimate that says of nothing what it estimates."""

import pytest

from claims_fixtures import article, story_claims, table
from newsreport.claims.noun_measures import noun_measure
from newsreport.claims.vocabulary import load_vocabulary


def measure(sentence: str, quote: str) -> str | None:
    start = sentence.find(quote)
    found = noun_measure("money", "USD", sentence, start, start + len(quote), load_vocabulary())
    return found[0] if found else None


@pytest.mark.parametrize("sentence, quote, metric", [
    ("The ministry said the $900m estimate for a new bridge was optimistic.", "$900m", "cost"),
    ("The insurers' council stuck with its $2.1-billion estimate of insured losses from the storm.", "$2.1-billion",
     "loss"),
    ("Architects produced a $350 million estimate for the stadium last spring.", "$350 million", "cost"),
    ("The board approved a $75 million projection of hospital costs.", "$75 million", "cost"),
])
def test_an_estimate_measures_what_it_estimates(sentence, quote, metric):
    assert measure(sentence, quote) == metric


@pytest.mark.parametrize("sentence, quote", [
    ("The estimate was $900m, the ministry said.", "$900m"),  # a placeholder: the sum named before (neighbours)
    ("A $900m estimate from analysts surprised the market.", "$900m"),  # whose estimate, not of what
])
def test_an_estimate_of_nothing_named_makes_no_measure(sentence, quote):
    assert measure(sentence, quote) is None


def test_the_cost_of_a_bridge_agrees_with_the_estimate_for_it(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Ferry town weighs a bridge", "2026-04-02",
                        "Engineers have put the cost of a bridge to the mainland at around $900m.", outlet="Wire"),
        "b.md": article("Treasury cool on bridge plan", "2026-04-02",
                        "A Treasury source said the $900m estimate for a bridge was optimistic.", outlet="Paper")})
    costs = claims[claims["metric"] == "cost"]
    assert (costs["status"] == "agreement").any(), table(claims)
