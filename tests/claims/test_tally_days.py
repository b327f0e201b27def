"""A running toll told as the effect of an event ("struck on Sunday, killing at least 212 people, officials said
on Tuesday") is the toll as reported on Tuesday, not on the event's day; "the toll stood at 140" counts deaths;
people "forced from their homes" are displaced. Stories of our own: an earthquake, a flood, a wildfire."""

import pytest

from claims_fixtures import story_claims


def article(title: str, published: str, body: str) -> str:
    return f"---\ntitle: {title}\nsource: Outlet (invented)\npublished: {published}\n---\n{body}\n"


@pytest.mark.parametrize("place, first, second", [
    ("Kesh", "A strong earthquake struck Kesh on Sunday, killing at least 212 people, officials said on Tuesday.",
     "The death toll from Sunday's quake in Kesh rose to 96 on Tuesday, the regional disaster agency said."),
    ("Varda", "Floods swept through Varda on Friday, killing 57 people, police said on Monday.",
     "The death toll from the floods in Varda rose to 61 on Monday, the government said."),
    ("Orland", "A wildfire tore through Orland on Saturday, killing 14 people, the fire service said on Tuesday.",
     "Officials in Orland said on Tuesday that 23 people had died in the fire."),
])
def test_a_toll_told_as_an_event_s_effect_is_dated_by_its_report(tmp_path, place, first, second):
    claims = story_claims(tmp_path, {"a.md": article(f"Disaster in {place}", "2026-02-17", first),
                                     "b.md": article(f"{place} toll rises", "2026-02-17", second)})
    rows = claims[(claims.entity == place) & (claims.metric == "deaths")]
    assert list(rows.status) == ["conflict"], claims[["entity", "metric", "period", "status", "values"]].to_string()


@pytest.mark.parametrize("place, first, second", [
    ("Kesh", "An earthquake hit Kesh on Sunday. More than 30,000 people have been forced from their homes.",
     "About 30,000 residents of Kesh have been displaced."),
    ("Varda", "Floods hit Varda this week. Some 12,000 people were driven from their homes.",
     "About 12,000 people in Varda were evacuated."),
    ("Orland", "A wildfire reached Orland. Around 5,000 residents were forced from their homes.",
     "Some 5,000 people in Orland have been displaced by the fire."),
])
def test_people_forced_from_their_homes_are_displaced(tmp_path, place, first, second):
    claims = story_claims(tmp_path, {"a.md": article(f"Disaster in {place}", "2026-02-17", first),
                                     "b.md": article(f"{place} after the disaster", "2026-02-17", second)})
    rows = claims[(claims.entity == place) & (claims.metric == "displaced_people")]
    assert list(rows.status) == ["agreement"], claims[["entity", "metric", "period", "status", "values"]].to_string()


def test_the_toll_counts_deaths(tmp_path):
    claims = story_claims(tmp_path, {"a.md": article("Quake in Kesh", "2026-02-17",
                                                     "An earthquake struck Kesh on Sunday. On Monday the toll stood at 140."),
                                     "b.md": article("Kesh", "2026-02-17", "The death toll in Kesh reached 140 on Monday.")})
    rows = claims[(claims.entity == "Kesh") & (claims.metric == "deaths")]
    assert list(rows.status) == ["agreement"], claims[["entity", "metric", "period", "status", "values"]].to_string()
