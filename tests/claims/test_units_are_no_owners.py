"""A figure's own unit is never its owner: "the previous record of 30.2 GW" names no company called GW (claims/names.py
`owner_token`: a name after "of" that a number counts is a unit), and a unit or an amount written in capitals ("the 1TB
version", "the 500MW campus", "$2,750/MWh") is no name (`has_name_shape`). Stories of our own: a grid's peak, a wind
farm, a new power plant, a phone's prices, a data centre, wholesale power."""

import pytest

from claims_fixtures import article, story_mentions


@pytest.mark.parametrize("sentence, quote", [
    ("Demand beat the previous record of 30.2 GW set in 2023, the grid operator said.", "30.2 GW"),
    ("Demand hit a peak of 12.5 GW on Monday, the operator said.", "12.5 GW"),
    ("The wind farm set a record of 640 MW last winter, the developer said.", "640 MW"),
    ("The new plant has a capacity of 900 MW, its builder said.", "900 MW"),
])
def test_a_unit_after_of_is_no_owner(tmp_path, sentence, quote):
    mentions = story_mentions(tmp_path, {"a.md": article("Power use hits a record", "2026-07-22", sentence, "Wire")})
    figure = mentions[mentions["quote"].str.contains(quote, regex=False)]
    assert len(figure) and not figure["entity"].isin(["GW", "MW", "TWh"]).any(), figure[["quote", "entity", "metric"]]


@pytest.mark.parametrize("sentence, quote, unit", [
    ("The base model of the Pexa phone costs $999, and the 1TB version is $1,299.", "$1,299", "TB"),
    ("Plans for the 500MW campus have divided the village, where Corvel wants to build it.", "500MW", "500MW"),
    ("Wholesale power in the region traded at $2,750/MWh on Tuesday, the exchange said.", "$2,750", "MWh"),
])
def test_a_unit_written_in_capitals_is_no_owner(tmp_path, sentence, quote, unit):
    mentions = story_mentions(tmp_path, {"a.md": article("Prices and plans", "2026-07-22", sentence, "Wire")})
    figure = mentions[mentions["quote"].str.contains(quote, regex=False)]
    assert len(figure) and not figure["entity"].eq(unit).any(), figure[["quote", "entity", "metric"]]
