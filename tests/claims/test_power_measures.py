"""Power drawn from a grid, power held in reserve and what a plant or a campus can supply are three
measures: "Demand peaked at 85,900 megawatts" is no capacity of anything, and a label never says so."""

import pytest

from claims_fixtures import article, story_claims


@pytest.mark.parametrize("body, value, metric", [
    ("Power demand in Texas peaked at 85,900 megawatts on Tuesday, the grid operator said.", "85,900 megawatts",
     "power_demand"),
    ("India's peak electricity demand hit 250 gigawatts on May 30, the power ministry said.", "250 gigawatts",
     "power_demand"),
    ("The Nordland grid served a record 14,200 megawatts of demand on Monday evening.", "14,200 megawatts",
     "power_demand"),
    ("Reserves on the Texas grid fell to about 2,800 megawatts at the peak, the operator said.", "about 2,800 megawatts",
     "power_reserves"),
    ("The Velm data centre campus will draw up to 500 megawatts when complete, the developer said.", "at most 500 megawatts",
     "power_capacity"),
    ("The new Sahel solar plant can supply 1,200 megawatts, the utility said.", "1,200 megawatts", "power_capacity"),
])
def test_demand_reserves_and_capacity_are_three_measures(tmp_path, body, value, metric):
    claims = story_claims(tmp_path, {"a.md": article("Power", "2027-07-21", body, "Wire")})
    found = claims[claims["values"] == value]
    assert [m.partition(":")[0] for m in found.metric] == [metric], claims[["entity", "metric", "values"]].to_string()
    if metric != "power_capacity":
        assert "capacity" not in found.iloc[0].explanation
