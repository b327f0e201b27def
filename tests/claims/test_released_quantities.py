"""A volume or mass that leaked, spilled or was released is measured by what happened to it (claims/released.py):
"40,000 litres of diesel had leaked", "at least 90,000 litres had escaped", "the plant released 12 tonnes of
ammonia". Stories of our own: a pipeline spill, a chemical plant, a sewage works, a grain ship; and quantities held,
carried or measured along a length, which make no such claim."""

import pytest

from claims_fixtures import article, story_claims, table
from newsreport.claims.released import released_measure
from newsreport.claims.structure import read_figure


def measure(sentence: str, quote: str, unit: str) -> str | None:
    start = sentence.find(quote)
    reading = read_figure(sentence, start, start + len(quote))
    found = released_measure("other", unit, reading.verb)
    return found[0] if found else None


@pytest.mark.parametrize("sentence, quote, unit, metric", [
    ("Engineers said about 40,000 litres of diesel had leaked from the pipeline by Friday.", "about 40,000 litres",
     "litres", "leak_volume"),
    ("Campaigners said at least 90,000 litres had already escaped.", "at least 90,000 litres", "litres", "leak_volume"),
    ("The damaged barge spilled 300 tonnes of grain into the harbour.", "300 tonnes", "tonnes", "leak_mass"),
    ("The fertiliser plant released 12 tonnes of ammonia on Monday night.", "12 tonnes", "tonnes", "release_mass"),
    ("The sewage works discharged 2 million litres into the estuary last year.", "2 million litres", "litres",
     "release_volume"),
])
def test_a_quantity_that_got_out_is_keyed_by_its_verb(sentence, quote, unit, metric):
    assert measure(sentence, quote, unit) == metric


@pytest.mark.parametrize("sentence, quote, unit", [
    ("The barge was carrying 2,000 tonnes of grain when it ran aground.", "2,000 tonnes", "tonnes"),  # held
    ("The tank holds 50,000 litres of fuel.", "50,000 litres", "litres"),
    ("The slick spread over 12 kilometres of coast.", "12 kilometres", "kilometres"),  # a length, not stuff let out
    ("The refinery processed 400,000 barrels on Monday.", "400,000 barrels", "barrels"),
])
def test_a_quantity_held_or_measured_makes_no_release(sentence, quote, unit):
    assert measure(sentence, quote, unit) is None


def test_two_outlets_agree_on_the_amount_leaked_but_not_with_the_cargo(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Pipeline spill fouls river", "2026-06-02",
                        "The Harlow pipeline was carrying some 800,000 litres of diesel when it ruptured. "
                        "Engineers said about 40,000 litres had leaked so far.", outlet="Wire"),
        "b.md": article("Diesel spill reaches farms", "2026-06-02",
                        "Officials put the amount spilled at around 40,000 litres.", outlet="Paper")})
    leaked = claims[claims["metric"] == "leak_volume"]
    assert (leaked["status"] == "agreement").any(), table(claims)
    assert not leaked["values"].str.contains("800,000").any(), table(claims)
