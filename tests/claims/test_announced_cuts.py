"""A company telling the job cuts it will make announces them ("said on Thursday it would cut about 1,800 jobs",
"will lay off 600 workers", "about 450 positions will be eliminated"): the size is the cut's, compared with another
source's count of the same cuts (claims/modality.announced_cut). A cut that depends on a condition ("would cut 500 jobs
if sales fall") or that others say may come ("could cut") is still only a possibility. Stories of our own: a software
maker, a carmaker, banks, a newspaper group, a conglomerate."""

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
    # told in the passive: "will be eliminated"
    ("Hollin Bank is merging with Fenwick. About 450 positions will be eliminated at Hollin Bank over two years, the company said.",
     "Hollin Bank is shedding more than 700 jobs, the union said."),
    ("Orvel Group is restructuring. Some 800 roles will be eliminated at Orvel Group this year, the company said.",
     "Orvel Group is shedding 1,400 jobs, people familiar with the plan said."),
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


@pytest.mark.parametrize("first, second", [
    ("The union says 1,500 jobs will go at Tarn Foods.", "Tarn Foods is cutting 900 jobs, the company said on Monday."),
    ("About 800 jobs will disappear at Harlan Health, the nurses' union said on Monday.",
     "Harlan Health will cut 350 jobs, its board said on Monday."),
    ("Some 2,000 roles will go at Ostvik Bank under the plan, staff were told on Monday.",
     "Ostvik Bank said it would eliminate 1,200 positions."),
])
def test_jobs_that_will_go_are_a_cut_told(tmp_path, first, second):
    """'1,500 jobs will go' tells the cut as 'will cut 1,500 jobs' does (claims/verb_senses.jobs_going)."""
    claims = two_outlets(tmp_path, first, second)
    assert "conflict" in set(claims.status), claims[["entity", "metric", "period", "status", "values"]].to_string()


@pytest.mark.parametrize("first, second", [
    ("Tarn Foods employs 4,200 people, and the union says 1,500 jobs will go.", "Tarn Foods has 4,300 employees."),
    ("The Harlan Health trust has 9,000 staff; about 800 posts will disappear, managers said.",
     "The Harlan Health trust employs some 9,500 people."),
    ("Ostvik Bank, which has 12,000 employees, said 1,700 roles would go.", "Ostvik Bank employs about 11,000 people."),
])
def test_jobs_that_go_are_no_staff_count(tmp_path, first, second):
    """The jobs that go are never compared with the number employed."""
    claims = two_outlets(tmp_path, first, second)
    joined = [v for v in claims["values"] if any(n in v for n in ("1,500", "800", "1,700"))
              and any(n in v for n in ("4,3", "9,5", "11,000"))]
    assert joined == [], claims[["entity", "metric", "period", "status", "values"]].to_string()
