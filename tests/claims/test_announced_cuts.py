"""A company telling the job cuts it will make announces them ("said on Thursday it would cut about 1,800 jobs",
"will lay off 600 workers"): the size is the cut's, compared with another source's count of the same cuts
(claims/modality.announced_cut). A cut that depends on a condition ("would cut 500 jobs if sales fall") or that
others say may come ("could cut") is still only a possibility. Stories of our own: a software maker, a carmaker,
a bank, a newspaper group."""

import pytest

from claims_fixtures import article, story_claims


def two_outlets(tmp_path, first: str, second: str):
    return story_claims(tmp_path, {"a.md": article("Cuts", "2026-01-15", first, outlet="Wire"),
                                   "b.md": article("Cuts", "2026-01-15", second, outlet="Paper")})


@pytest.mark.parametrize("first, second", [
    ("Software maker Quillon said on Thursday it would cut about 1,800 jobs.",
     "Quillon is laying off 2,400 staff, according to an internal memo."),
    ("Carmaker Brevik will lay off 600 workers at its Osby plant, the company said on Thursday.",
     "Brevik is cutting 950 jobs at its Osby plant, the union said on Thursday."),
    ("Hollin Bank said on Thursday that it would eliminate 3,000 positions.",
     "Hollin Bank is shedding 4,500 jobs, people familiar with the plan said."),
])
def test_an_announced_cut_conflicts_with_another_count(tmp_path, first, second):
    claims = two_outlets(tmp_path, first, second)
    assert "conflict" in set(claims.status), claims[["entity", "metric", "period", "status", "values"]].to_string()


@pytest.mark.parametrize("first, second", [
    ("Quillon would cut 1,800 jobs if sales fall again, its chief executive said on Thursday.",
     "Quillon is laying off 2,400 staff, according to an internal memo."),
    ("Analysts said Brevik could cut 600 jobs at its Osby plant.",
     "Brevik is cutting 950 jobs at its Osby plant, the union said on Thursday."),
    ("The Ardley Courier group may shed 200 jobs, its owner warned on Thursday.",
     "The Ardley Courier group is cutting 120 jobs, staff were told on Thursday."),
])
def test_a_possible_cut_is_no_conflict(tmp_path, first, second):
    claims = two_outlets(tmp_path, first, second)
    assert "conflict" not in set(claims.status), claims[["entity", "metric", "period", "status", "values"]].to_string()
