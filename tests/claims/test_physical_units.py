"""Figures in physical units are claims (config `temperature`, `area`, `power_capacity`; kind "other"), compared
only within one unit however it is written (claims/units.py; lengths, masses, volumes and areas restated in one
unit first, claims/unit_conversion.py): "500 megawatts" and "400MW" conflict, "118 degrees Fahrenheit" is never read
against "48C", nor "tons" (of unknown size) against "tonnes"; an area burned or flooded is compared only on a day each sentence states. A temperature is a reading, exact to its last digit (48.6 and 49.1 differ;
no 5% rounding band). A record the figure is said to be ("the all-time record is 51C", "the previous record of
80,203") is keyed apart from the value of the day (claims/held_records.py). Stories of our own: a wildfire, a
farm sale, a data centre, a wind farm, a power plant, a heatwave, a stadium, an airport."""

import pytest

from claims_fixtures import article, story_claims, table


def two_outlets(tmp_path, first: str, second: str, published: str = "2026-07-15"):
    return story_claims(tmp_path, {"a.md": article("Story", published, first, outlet="Wire"),
                                   "b.md": article("Story", published, second, outlet="Paper")})


@pytest.mark.parametrize("first, second, metric, status", [
    ("The Osprey fire had burned about 12,000 acres by Tuesday, fire officials said.",
     "The Osprey fire had scorched more than 15,500 acres by Tuesday, the county said.", "area", "conflict"),
    ("The Osprey fire has burned about 12,000 acres, fire officials said.",
     "The Osprey fire has scorched more than 15,500 acres, the county said.", "area", "discrepancy"),
    ("Floodwater covered 8,000 hectares of farmland on Monday, the ministry said.",
     "Floodwater covered some 13,000 hectares of farmland on Monday, satellite images showed.", "area", "conflict"),
    ("The Osprey fire broke out on Friday and has since grown to 15,500 acres, the county said.",
     "The Osprey fire had burned about 12,000 acres by Friday night, fire officials said.", "area", "discrepancy"),
    # (an area burned changes by the hour: two counts are a conflict only when each states the day it counts,
    # with its own verb; else a possible discrepancy)
    ("Corrin Farms sold 1,200 hectares of pasture to the state.",
     "Corrin Farms sold about 1,200 hectares to the state, officials said.", "area", "agreement"),
    ("Nimbus Cloud's campus at Ardley draws 500 megawatts of power, the company said.",
     "Nimbus Cloud's campus at Ardley has 400MW of capacity.", "power_capacity", "conflict"),
    ("The Skerry wind farm will have a capacity of 1.2 gigawatts, its developer said.",
     "The Skerry wind farm will have a capacity of 1.2GW.", "power_capacity", "agreement"),
    ("Phoenix hit 118 degrees Fahrenheit on Saturday, July 11, the weather service said.",
     "Phoenix reached 121F on Saturday, July 11.", "temperature", "conflict"),
    ("Oslo recorded 31.2 degrees Celsius on Tuesday, July 14.",
     "Oslo had a high of 29.8C on Tuesday, July 14, the institute said.", "temperature", "conflict"),
    ("In Seville, the thermometer touched 44.1C on Monday, July 13.",
     "Seville recorded a high of 44.1 degrees Celsius on Monday, July 13.", "temperature", "agreement"),
])
def test_figures_in_physical_units_are_claims(tmp_path, first, second, metric, status):
    claims = two_outlets(tmp_path, first, second)
    rows = claims[claims.metric == metric]
    assert list(rows.status) == [status], table(claims)


@pytest.mark.parametrize("first, second", [
    ("Phoenix hit 118 degrees Fahrenheit on Saturday, July 11.", "Phoenix reached 48C on Saturday, July 11."),
    ("The Marlin carried 20,000 tons of grain to Odesa, the port said.",
     "The Marlin carried 20,000 tonnes of grain to Odesa, the port said."),  # short, long or metric tons: unknown
    ("The Ardley plant will have 2 gigawatts of capacity.", "The Ardley plant will have 2,000 kilowatts of capacity."),
    ("Tamsel Bank reported revenue of 3.7 billion yuan for 2025.", "Tamsel Bank reported revenue of $500 million for 2025."),
])
def test_two_units_are_never_compared(tmp_path, first, second):
    """Values never compared neither conflict nor agree ("118 degrees Fahrenheit" and "48C" agree on nothing)."""
    claims = two_outlets(tmp_path, first, second)
    assert not set(claims.status) & {"conflict", "discrepancy", "agreement"}, table(claims)


@pytest.mark.parametrize("first, second", [
    ("Heat gripped Rajmer state on Sunday. Temperatures in Sandrapur reached 49.1C, as the heatwave spread across "
     "Rajmer state. The all-time record in Rajmer state is 51C, set in 2016.",
     "Sandrapur recorded 49.1C on Sunday, the state weather office said."),
    ("Kellwick Stadium held 87,192 people on Saturday. The previous record at Kellwick Stadium, 80,203, was set in 2022.",
     "Kellwick Stadium held 87,192 people on Saturday, the FA said."),
    ("The Osprey fire had burned 12,400 acres by Tuesday. The Osprey fire's record, 96,000 acres, came in 2018.",
     "The Osprey fire had burned 12,400 acres by Tuesday, officials said."),
])
def test_a_record_is_not_the_value_of_the_day(tmp_path, first, second):
    claims = two_outlets(tmp_path, first, second)
    assert not set(claims.status) & {"conflict", "discrepancy"}, table(claims)


@pytest.mark.parametrize("first, second", [
    ("Delhi logged a maximum of 45.2 degrees Celsius on Sunday, 4.5 degrees above normal.",
     "Nights in Delhi stayed above 32 degrees on Sunday."),
    ("Oslo recorded 31.2 degrees on Tuesday, July 14, some 9 degrees above the seasonal average.",
     "Oslo recorded 31.2 degrees on Tuesday, July 14."),
    ("Seville hit 44.1C on Monday, July 13, 6.3 degrees warmer than normal.", "Seville reached 44.1C on Monday, July 13."),
])
def test_a_departure_from_normal_is_no_reading(tmp_path, first, second):
    """"4.5 degrees above normal" is how far the day was from the usual, keyed apart (held_records)."""
    claims = two_outlets(tmp_path, first, second)
    assert not set(claims.status) & {"conflict", "discrepancy"}, table(claims)


@pytest.mark.parametrize("first, second, status", [
    ("Lucknow sweltered at 46.2°C on Saturday, May 16, the weather office said.",
     "On Saturday, May 16, Lucknow touched 46.2 degrees.", "agreement"),
    ("Seville recorded a high of 44.1 degrees Celsius on Monday, July 13.",
     "Seville's thermometer reached 44.1 degrees on Monday, July 13, officials said.", "agreement"),
    ("Phoenix hit 118 degrees Fahrenheit on Saturday, July 11, the weather service said.",
     "Phoenix reached 118 degrees on Saturday, July 11.", "agreement"),
    # a reading whose article names no scale and that equals no scaled one is compared with none: it may be in the
    # other scale ("48C" in one outlet, "118 degrees" in another)
    ("Phoenix reached 48C on Saturday, July 11, the weather service said.",
     "Phoenix hit 118 degrees on Saturday, July 11.", None),
    ("Oslo recorded 31.2 degrees Celsius on Tuesday, July 14.", "Oslo touched 29.8 degrees on Tuesday, July 14.", None),
])
def test_a_reading_with_no_scale_takes_the_scale_of_the_same_reading(tmp_path, first, second, status):
    """"46.2 degrees" in an article that names no scale agrees with another article's "46.2°C" (units.scale_bare_readings)
    and never conflicts: a different reading may be on the other scale."""
    claims = two_outlets(tmp_path, first, second)
    rows = claims[claims.metric == "temperature"]
    statuses = set(rows.status) & {"conflict", "discrepancy", "agreement"}
    assert statuses == ({status} if status else set()), table(claims)


@pytest.mark.parametrize("first, second, status", [
    ("The temperature in Lucknow reached forty degrees on Monday, May 11, the weather office said.",
     "The temperature in Lucknow touched 42 degrees on Monday, May 11, according to the state agency.", "conflict"),
    ("Phoenix hit forty-six degrees on Saturday, July 11, the weather service said.",
     "Phoenix reached 46 degrees on Saturday, July 11.", "agreement"),
])
def test_a_reading_written_in_words_is_exact_to_its_unit(tmp_path, first, second, status):
    """A reading written in words ("forty degrees") has no digit to round from: it is a whole number, exact to the
    unit, compared as "40 degrees" would be (the ledger had stopped on it with an AttributeError)."""
    claims = two_outlets(tmp_path, first, second)
    assert set(claims[claims.metric == "temperature"].status) & {"conflict", "agreement"} == {status}, table(claims)
