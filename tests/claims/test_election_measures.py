"""Elections: a party's or a candidate's share of the votes cast ("won 34% of the vote", "secured 34 per cent of
the vote", "took 34.2% of ballots cast") is one measure of its own, and turnout ("Turnout was 51%", "51% of voters
cast a ballot") the place's; "per cent" written in two words is a percentage, as "%" is; "Turnout" opening a
sentence is no name; "the party" (the team) is the one named before. Stories of our own: a national
election, a city's mayoral race, a sports federation's vote for its president, a union's strike ballot."""

import pytest

from claims_fixtures import story_claims


def article(title: str, body: str) -> str:
    return f"---\ntitle: {title}\nsource: Outlet (invented)\npublished: 2026-05-18\n---\n{body}\n"


@pytest.mark.parametrize("entity, first, second", [
    ("Liberal Union", "The Liberal Union won 34% of the vote, official results showed.",
     "The Liberal Union secured 34 per cent of the vote, ahead of the Greens."),
    ("Dana Osei", "Dana Osei won 52% of the vote in the mayoral race, the city said.",
     "Osei, a former teacher, took 52.3 per cent of ballots cast."),
    ("Lars Odden", "Lars Odden won 58% of the votes cast to become president of the Nordic Football Federation.",
     "Lars Odden was elected president of the federation. He took 58 per cent of the vote."),
])
def test_a_share_of_the_vote_agrees_across_wordings(tmp_path, entity, first, second):
    claims = story_claims(tmp_path, {"a.md": article("Results", first), "b.md": article("Results", second)})
    rows = claims[claims.metric == "vote_share"]
    assert list(rows.status) == ["agreement"] and entity.split()[-1] in rows.iloc[0].entity, \
        claims[["entity", "metric", "scope", "period", "status", "values"]].to_string()


@pytest.mark.parametrize("first, second", [
    ("Portugal held a general election on Sunday. Turnout was 51.4%, the electoral commission said.",
     "In Portugal, about 62% of voters cast a ballot, the commission said."),
    ("Voters in Leeds chose a new mayor on Thursday. Turnout was 31%, the council said.",
     "Only 24% of registered voters in Leeds voted, the council said."),
    ("Members of the union in Ohio voted on a strike. In Ohio, turnout in the ballot was 72%, the union said.",
     "About 60% of members in Ohio cast a vote, the union said."),
])
def test_turnout_told_two_ways_conflicts(tmp_path, first, second):
    claims = story_claims(tmp_path, {"a.md": article("The vote", first), "b.md": article("The vote", second)})
    rows = claims[claims.metric == "turnout"]
    assert list(rows.status) == ["conflict"], claims[["entity", "metric", "scope", "period", "status", "values"]].to_string()


@pytest.mark.parametrize("first, second", [
    ("The Liberal Union held its rally in Porto. The party took 30% of the vote.", "The Liberal Union won 30% of the vote."),
    ("Delta Labour held its count in Oslo. The party secured 41 per cent of the vote.", "Delta Labour won 41% of the vote."),
    ("The Oslo Vikings won the league title. The team scored 41 goals in 2025.", "The Oslo Vikings scored 41 goals in 2025."),
])
def test_the_party_or_the_team_is_the_one_named_before(tmp_path, first, second):
    claims = story_claims(tmp_path, {"a.md": article("Count", first), "b.md": article("Count", second)})
    assert "agreement" in set(claims.status), claims[["entity", "metric", "scope", "period", "status", "values"]].to_string()
