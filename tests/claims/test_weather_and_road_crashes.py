"""Hail, frost, blizzards and rockfalls strike on a day as storms and quakes do, and a storm that battered, lashed or
pounded a place struck it; a bus that left the road, plunged into a ravine or overturned crashed: two days for one such
event disagree. Stories of our own: a hailstorm, a frost on coffee farms, a blizzard, road crashes in Peru, Spain and
Kenya."""

import pytest

from claims_fixtures import article, story_claims, table


@pytest.mark.parametrize("one, other", [
    ("A hailstorm tore through western Sydney on Wednesday afternoon, damaging thousands of homes.",
     "Residents were still clearing up after the hail that battered western Sydney on Thursday."),
    ("A severe frost struck coffee farms across southern Minas Gerais on Monday.",
     "The frost hit coffee farms across southern Minas Gerais on Sunday, growers said."),
    ("A blizzard lashed Buffalo on Friday, stranding hundreds of drivers.",
     "The blizzard that pounded Buffalo on Saturday stranded hundreds of drivers."),
])
def test_two_days_for_one_strike_of_weather_conflict(tmp_path, one, other):
    claims = story_claims(tmp_path, {"a.md": article("Storm damage", "2026-11-28", one, outlet="Wire"),
                                     "b.md": article("After the storm", "2026-11-30", other, outlet="Ledger")})
    assert (claims[claims.metric == "disaster_struck"].status == "conflict").any(), table(claims)


@pytest.mark.parametrize("one, other", [
    ("Seventeen people were killed when the bus left the road near Cusco on Wednesday night.",
     "The bus crashed near Cusco before dawn on Thursday, killing seventeen people."),
    ("A coach carrying 40 pensioners ran off the road near Malaga on Saturday.",
     "The coach crashed near Malaga on Sunday morning, injuring 12 pensioners."),
    ("A fuel truck veered off the road near Naivasha on Monday and caught fire.",
     "The truck crashed near Naivasha on Tuesday."),
])
def test_two_days_for_one_road_crash_conflict(tmp_path, one, other):
    claims = story_claims(tmp_path, {"a.md": article("Crash", "2026-03-06", one, outlet="Wire"),
                                     "b.md": article("After the crash", "2026-03-07", other, outlet="Ledger")})
    assert (claims[claims.metric.str.startswith("disaster_struck")].status == "conflict").any(), table(claims)
