"""People counted by their part in a strike are its strikers whatever noun counts them and however the act is worded
(claims/taken_part.py, config `strikers: one_group`): "taking part in the stoppage", "stayed away since the walkout",
a bare "are taking part" after a sentence about the strike, "staff walked out". A bare "took part" after a march is
the crowd; people a strike is done to (passengers) never strike. Stories of our own: a bus company, a university,
a steelworks, a hospital, a city's march."""

import pytest

from claims_fixtures import article, story_claims


def claims_of(tmp_path, *bodies):
    return story_claims(tmp_path, {f"{i}.md": article("Strike", "2026-10-14", body, outlet=f"Outlet{i}")
                                   for i, body in enumerate(bodies)})


def strikers(claims):
    return claims[claims.metric.str.startswith("strikers")]


@pytest.mark.parametrize("body", [
    "The strike at Corvale Buses entered its third day on Wednesday. The union says 1,900 members are taking part.",
    "Lecturers at Hallam University began a week-long walkout on Monday. About 2,300 staff were taking part, "
    "the union said.",
    "About 4,100 Tarrow Steel workers were taking part in the 24-hour stoppage, the union said.",
    "Roughly 700 Kingsmead Hospital porters have stayed away since Monday's walkout, the hospital said.",
    "Fewer than 900 Kingsmead Hospital staff walked out on Monday, the hospital said.",
])
def test_people_who_took_part_in_a_strike_are_strikers(tmp_path, body):
    claims = claims_of(tmp_path, body)
    assert len(strikers(claims)) == 1, claims[["entity", "metric", "values"]].to_string()


@pytest.mark.parametrize("body", [
    # a bare "took part" after a march counts its crowd
    "The march set off from Hyde Park at noon on Saturday. Police said 45,000 people took part.",
    # people a strike falls on are no strikers
    "About 4,000 Corvale Buses passengers stayed away from the city centre as the strike began, the council said.",
    # an event the clause names that is no strike
    "Some 3,000 Tarrow Steel workers took part in the ballot on the strike, the union said.",
])
def test_crowds_passengers_and_ballots_are_no_strikers(tmp_path, body):
    claims = claims_of(tmp_path, body)
    assert strikers(claims).empty, claims[["entity", "metric", "values"]].to_string()


@pytest.mark.parametrize("first, second", [
    ("About 2,400 Tarrow Steel workers went on strike on Monday, the union said.",
     "Some 1,500 Tarrow Steel employees walked out on Monday, the company said."),
    ("Some 900 nurses at Kingsmead Hospital walked out on Tuesday, their union said.",
     "About 400 staff at Kingsmead Hospital went on strike on Tuesday, the hospital said."),
])
def test_the_noun_that_counts_strikers_keys_nothing(tmp_path, first, second):
    rows = strikers(claims_of(tmp_path, first, second))
    assert list(rows.metric) == ["strikers"] and list(rows.status) == ["conflict"], rows.to_string()


def test_strikers_nobody_owns_are_one_count_whatever_noun(tmp_path):
    # with no owner named, "drivers" and "members" who struck are still one count (a possible discrepancy)
    claims = claims_of(tmp_path, "Some 8,000 drivers joined the walkout on Monday, according to the union.",
                       "About 5,000 members went on strike on Monday, according to the union.")
    rows = strikers(claims)
    assert list(rows.metric) == ["strikers"] and len(rows) == 1, claims[["entity", "metric", "values"]].to_string()



def test_strikers_named_by_their_trade_are_one_count(tmp_path):
    claims = claims_of(tmp_path, "About 4,000 dockers joined the walkout on Monday, according to the union.",
                       "Some 2,500 machinists went on strike on Monday, according to the union.")
    rows = strikers(claims)
    assert list(rows.metric) == ["strikers"], claims[["entity", "metric", "values"]].to_string()
