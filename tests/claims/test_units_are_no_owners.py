"""A figure's own unit is never its owner: "the previous record of 30.2 GW" names no company called GW (claims/names.py
`owner_token`: a name after "of" that a number counts is a unit). Stories of our own: a grid's peak, a wind farm, a
new power plant."""

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
