"""The day a disaster struck is an event of its own (config `disaster_struck`): an earthquake that "struck" or
"hit", a storm that "made landfall", a town "hit by" a flood. Two sources giving one day agree, two days
conflict; a later day its sentence is about ("searching on Wednesday, three days after the quake struck") is
not the day it struck. Stories of our own: an earthquake, a hurricane, a flood, a wildfire."""

import pytest

from claims_fixtures import story_claims


def article(title: str, published: str, body: str) -> str:
    return f"---\ntitle: {title}\nsource: Outlet (invented)\npublished: {published}\n---\n{body}\n"


@pytest.mark.parametrize("first, second", [
    ("A magnitude 6.1 earthquake struck Nepal on Saturday, April 4, officials said.",
     "The earthquake that hit Nepal on April 4 destroyed thousands of homes."),
    ("A typhoon made landfall in Okinawa on Thursday, Sept. 10, the weather agency said.",
     "The typhoon made landfall in Okinawa on Sept. 10, bringing winds of 180 km/h."),
    ("Floods struck Bavaria on Monday, June 1, after days of rain.",
     "Towns across Bavaria were hit by floods on June 1."),
])
def test_the_day_a_disaster_struck_agrees_across_wordings(tmp_path, first, second):
    claims = story_claims(tmp_path, {"a.md": article("Disaster", "2026-09-12", first),
                                     "b.md": article("Disaster", "2026-09-12", second)})
    rows = claims[claims.metric == "disaster_struck"]
    assert list(rows.status) == ["agreement"], claims[["entity", "metric", "period", "status", "values"]].to_string()


@pytest.mark.parametrize("first, second", [
    ("A magnitude 6.1 earthquake struck Nepal on Saturday, officials said.",
     "The quake hit Nepal on Sunday, the country's seismic agency said."),
    ("A wildfire broke out near Valencia on Tuesday, July 7, firefighters said.",
     "The wildfire broke out near Valencia on July 8, the region said."),
    ("A storm hit Galway on Friday, Oct. 2, cutting power to 40,000 homes.", "The storm hit Galway on Oct. 3."),
])
def test_two_days_for_one_disaster_conflict(tmp_path, first, second):
    claims = story_claims(tmp_path, {"a.md": article("Disaster", "2026-10-05", first),
                                     "b.md": article("Disaster", "2026-10-05", second)})
    rows = claims[claims.metric == "disaster_struck"]
    assert list(rows.status) == ["conflict"], claims[["entity", "metric", "period", "status", "values"]].to_string()


@pytest.mark.parametrize("later", [
    "Rescuers in Nepal were still searching for survivors on Wednesday, three days after the earthquake struck.",
    "Aid reached Nepal on Tuesday, days after the quake hit the region.",
    "On Monday, two days after the earthquake struck Nepal, schools stayed shut.",
])
def test_a_later_day_is_not_the_day_it_struck(tmp_path, later):
    claims = story_claims(tmp_path, {"a.md": article("Quake", "2026-04-08", "An earthquake struck Nepal on Saturday, April 4."),
                                     "b.md": article("Quake", "2026-04-08", later)})
    assert "conflict" not in set(claims.status), claims[["entity", "metric", "period", "status", "values"]].to_string()


@pytest.mark.parametrize("first, second", [
    ("A ferry capsized on the river near Kolvi in Rask district on Friday, Sept. 4, police said.",
     "The ferry capsized on Sept. 3 on its way to the island of Tarmo."),
    ("A magnitude 6.4 earthquake struck near Ardent in the province of Velm on Sunday, March 8.",
     "The quake hit the Velm region on March 7, the seismology institute said."),
    ("A wildfire broke out in the hills above Sorra, in Calden county, on Tuesday, July 7.",
     "The wildfire broke out near Calden on July 8."),
])
def test_a_disaster_is_no_place_s_own_event(tmp_path, first, second):
    # each article names the places it struck as it likes (a district, an island, a town): the day is the disaster's
    claims = story_claims(tmp_path, {"a.md": article("Disaster", "2026-10-05", first),
                                     "b.md": article("Disaster", "2026-10-05", second)})
    rows = claims[claims.metric == "disaster_struck"]
    assert list(rows.status) == ["conflict"], claims[["entity", "metric", "period", "status", "values"]].to_string()


@pytest.mark.parametrize("first, later", [
    ("A ferry capsized on the river on Friday, Oct. 2.", "The death toll in the ferry disaster rose to 31 on Monday, officials said."),
    ("An earthquake struck the Velm region on Friday, Oct. 2.", "The toll in the earthquake disaster climbed to 212 on Sunday."),
    ("Floods hit the valley on Friday, Oct. 2.", "The bill for the flooding rose to $1.2 billion on Monday, insurers said."),
])
def test_the_day_a_toll_moved_is_not_the_day_it_struck(tmp_path, first, later):
    claims = story_claims(tmp_path, {"a.md": article("Disaster", "2026-10-05", first),
                                     "b.md": article("Disaster", "2026-10-05", later)})
    assert "conflict" not in set(claims.status), claims[["entity", "metric", "period", "status", "values"]].to_string()
