"""A body that reports, announces or estimates a place's measure (a turnout, a toll, a count of cases) is its source,
not its owner: "the electoral commission reported a turnout of 41 per cent" is the state's turnout, as an observer
group's "its sample showed a turnout of about 30 per cent" is. Two bodies giving two values for the place's measure
conflict; neither owns a turnout or a toll of its own. Where a source spoke ("Speaking in Abuja, ...") is not where
the measure applies. Stories of our own: an election, a measles outbreak, an earthquake."""

import pytest

from claims_fixtures import article, story_claims


@pytest.mark.parametrize("first, second, metric", [
    ("Voters in Marrow State re-elected the governor on Saturday, with the Independent Electoral Commission (IEC) "
     "reporting a turnout of 41.2 per cent.",
     "Speaking in the capital on Monday, the Citizens' Poll Watch said its sample of polling units in Marrow State "
     "showed a turnout of about 30 per cent.", "turnout"),
    ("The Ostvale Health Agency reported 212 measles cases in Ostvale County on Friday.",
     "The county's doctors' association estimated 340 measles cases in Ostvale County on Friday.", "cases"),
    ("The Interior Ministry confirmed 118 deaths in Korran province after Sunday's earthquake.",
     "The Red Crescent put the number of deaths in Korran province at 190 after Sunday's earthquake.", "deaths"),
])
def test_two_bodies_giving_one_places_measure_conflict(tmp_path, first, second, metric):
    claims = story_claims(tmp_path, {"a.md": article("Story", "2026-06-22", first, outlet="Wire"),
                                     "b.md": article("Story", "2026-06-22", second, outlet="Paper")})
    rows = claims[claims.metric.str.startswith(metric)]
    shown = claims[["entity", "metric", "period", "status", "values"]].to_string()
    assert len(rows) == 1 and rows.status.iloc[0] in ("conflict", "discrepancy"), shown
    assert not {"Independent Electoral Commission", "Citizens' Poll Watch", "Ostvale Health Agency", "Interior Ministry",
                "Red Crescent"} & set(rows.entity), shown


@pytest.mark.parametrize("body, metric, place", [
    ("A coalition of groups that monitored Saturday's election in Ohio said fewer voters took part than officials "
     "claimed. Presenting its findings in Washington on Monday, the group said its sample showed a turnout of about "
     "30 per cent.", "turnout", "Ohio"),
    ("Measles is spreading fast in Texas, health officials warned. Speaking to reporters in Geneva on Friday, the "
     "agency said its count showed 212 measles cases.", "cases", "Texas"),
])
def test_where_a_source_spoke_is_not_where_the_measure_applies(tmp_path, body, metric, place):
    # "Presenting its findings in Washington": the place of the speaking clause, not of the turnout
    claims = story_claims(tmp_path, {"a.md": article("The count in doubt", "2026-06-22", body)})
    rows = claims[claims.metric.str.startswith(metric)]
    assert list(rows.entity) == [place], claims[["entity", "metric", "values"]].to_string()
