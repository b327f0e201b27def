"""A physical quantity a verb of size states measures that verb's subject (claims/noun_measures.measured_noun):
"the bull weighed 1,200 kilograms" (the bull's mass), "the new bridge spans 1.2 kilometres", "a queue that stretched
2 km" (their length). Stories of our own: a county show, a bridge, a ticket queue, a meteorite; and quantities of
stuff or of nothing named, which keep their own reading."""

import pytest

from newsreport.claims.noun_measures import noun_measure
from newsreport.claims.vocabulary import load_vocabulary


def measure(sentence: str, quote: str, unit: str) -> str | None:
    start = sentence.find(quote)
    found = noun_measure("other", unit, sentence, start, start + len(quote), load_vocabulary())
    return found[0] if found else None


@pytest.mark.parametrize("sentence, quote, unit, metric", [
    ("The bull weighed 1,200 kilograms at the county show.", "1,200 kilograms", "kilograms", "bull_mass"),
    ("The new bridge spans 1.2 kilometres, the council said.", "1.2 kilometres", "kilometres", "bridge_length"),
    ("Fans joined a queue that stretched 2 kilometres around the stadium.", "2 kilometres", "kilometres", "queue_length"),
    ("Scientists said the meteorite weighs about 40 kilograms.", "about 40 kilograms", "kilograms", "meteorite_mass"),
])
def test_a_verb_of_size_measures_its_subject(sentence, quote, unit, metric):
    assert measure(sentence, quote, unit) == metric


@pytest.mark.parametrize("sentence, quote, unit, metric", [
    ("Customs officers weighed 3 tonnes of seized ivory.", "3 tonnes", "tonnes", "ivory_mass"),  # the stuff weighed
    ("The runners covered 42 kilometres in the heat.", "42 kilometres", "kilometres", None),  # no verb of size
])
def test_other_quantities_keep_their_reading(sentence, quote, unit, metric):
    assert measure(sentence, quote, unit) == metric


@pytest.mark.parametrize("sentence, quote, unit, metric", [
    # the size of each thing another number counts describes the things, it is no claim
    ("Honduras expects to harvest 6.4 million 60-kg bags of coffee this season.", "60-kg", "kilograms", None),
    ("The port handled 2 million 20-foot containers last year.", "20-foot", "feet", None),
    ("The brewery filled 40,000 500-litre casks in 2025.", "500-litre", "litres", None),
    # a size of the one thing named is its own ("the 12km pipeline")
    ("The 12km pipeline cost $2 billion.", "12km", "kilometres", "pipeline_length"),
])
def test_the_size_of_each_counted_thing_is_no_claim(sentence, quote, unit, metric):
    assert measure(sentence, quote, unit) == metric
