"""A sum of money or a physical quantity whose noun no config metric names is measured by that noun, read from the
parse (claims/noun_measures.py): "a ransom of $4 million", "a $4 million ransom demand", "the deficit is $2 billion";
"150 mm of rain", "gusts of 90 km/h", "a 12km pipeline", "the river peaked at 6 metres" (keyed with the unit's dimension). Stories of our own: a
cyber attack, a kidnapping, a disaster payout, a budget, a storm, a pipeline, a harvest, a marathon."""

import pytest

from claims_fixtures import article, story_claims
from newsreport.claims.noun_measures import noun_measure
from newsreport.claims.vocabulary import load_vocabulary


def measure(sentence: str, quote: str, kind: str, unit: str) -> str | None:
    start = sentence.find(quote)
    found = noun_measure(kind, unit, sentence, start, start + len(quote), load_vocabulary())
    return found[0] if found else None


@pytest.mark.parametrize("sentence, quote, metric", [
    ("The hackers demanded a ransom of $4 million in bitcoin.", "$4 million", "ransom"),
    ("The kidnappers made a $2 million ransom demand on Friday.", "$2 million", "ransom"),
    ("The council announced an ex gratia of Rs 5 lakh for each family.", "Rs 5 lakh", "ex_gratia"),
    ("The finance minister said the shortfall is about $3 billion.", "about $3 billion", "shortfall"),
    ("The club agreed a signing-on bonus of £2 million with the striker.", "£2 million", "bonus"),
    ("Plume sells a $4.99 monthly subscription.", "$4.99", "subscription"),  # a price, no count of subscribers
])
def test_an_amount_is_measured_by_the_noun_it_is_of_or_modifies(sentence, quote, metric):
    assert measure(sentence, quote, "money", "USD") == metric


@pytest.mark.parametrize("sentence, quote, unit, metric", [
    ("The storm dropped 150 millimetres of rain on the coast overnight.", "150 millimetres", "millimetres", "rain_length"),
    ("Forecasters expect gusts of 90 miles per hour along the shore.", "90 miles per hour", "miles per hour", "gust_speed"),
    ("The 12km pipeline will carry gas to the port.", "12km", "kilometres", "pipeline_length"),
    ("The cyclone hit with wind speeds of 150 km/h.", "150 km/h", "kilometres per hour", "wind_speed"),
    ("Farmers harvested 40 tonnes of wheat this season.", "40 tonnes", "tonnes", "wheat_mass"),
    # a level its subject stood, peaked or rose to (the subject is its owner)
    ("The Tamsel River peaked at 6.1 metres on Tuesday.", "6.1 metres", "metres", "level_length"),
    ("The reservoir, which rose to 12 metres after the storm, is now full.", "12 metres", "metres", "level_length"),
    ("The Harrow peaked at 4 metres on Friday.", "4 metres", "metres", "level_length"),
])
def test_a_physical_quantity_is_keyed_by_its_noun_and_dimension(sentence, quote, unit, metric):
    assert measure(sentence, quote, "other", unit) == metric


@pytest.mark.parametrize("sentence, quote, kind, unit", [
    ("The figure was $2 billion, the report said.", "$2 billion", "money", "USD"),  # a placeholder (claims.neighbours)
    ("Sales rose 5% in May.", "5%", "percent", "%"),  # a percentage is no amount of a noun
    ("The runners covered 42 kilometres in the heat.", "42 kilometres", "other", "kilometres"),  # no noun of its own
    ("Across the region, the average is $1,200.", "$1,200", "money", "USD"),  # a statistic of something named before
    ("Homes within 5 kilometres of the plant were cleared.", "5 kilometres", "other", "kilometres"),  # a distance from it
    ("The port moved 3 million twenty-foot equivalent units.", "twenty-foot", "other", "feet"),  # a unit's name
])
def test_a_figure_in_no_such_shape_has_no_noun_measure(sentence, quote, kind, unit):
    assert measure(sentence, quote, kind, unit) is None


@pytest.mark.parametrize("first, second", [
    ("The gang behind the attack on Tamsel Bank asked for a ransom of $8 million.",
     "The gang made an $8 million ransom demand to Tamsel Bank."),
    ("Storm Ida dropped 120 millimetres of rain on Ashvale in two days.",
     "Storm Ida brought nearly 120 mm of rain to Ashvale."),
])
def test_two_outlets_agree_on_a_noun_measure(tmp_path, first, second):
    claims = story_claims(tmp_path, {"a.md": article("Story", "2026-07-20", first, outlet="Wire"),
                                     "b.md": article("Story", "2026-07-20", second, outlet="Paper")})
    paired = claims[claims.status == "agreement"]
    assert len(paired) == 1, claims[["entity", "metric", "scope", "period", "status", "values"]].to_string()
