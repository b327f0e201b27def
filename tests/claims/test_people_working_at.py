"""The people who work at or for an employer are its staff, however the sentence counts them: "about 3,100 people work
at the Korsa mine" and "the Korsa mine employs 2,300 workers" are one measure (config `staff`: "work at/for").
Volunteers who work for a charity are not its staff, and people who worked on a project are no employer's.
Stories of our own: a mine, a car plant, a charity, a building project."""

import pytest

from claims_fixtures import table, two_outlets


@pytest.mark.parametrize("first, second", [
    ("The Korsa mine employs 2,300 workers, the company said.", "Around 3,100 people work at the Korsa mine, the union said."),
    ("About 12,000 people work at the Halden plant, the company said.", "Halden employs 9,000 people at the plant, the union said."),
])
def test_people_working_at_an_employer_are_its_staff(tmp_path, first, second):
    claims = two_outlets(tmp_path, first, second)
    assert "conflict" in set(claims[claims.metric == "staff"].status), table(claims)


@pytest.mark.parametrize("first, second", [
    ("Around 400 volunteers work for the charity.", "The charity has 250 staff."),
    ("About 2,000 people worked on the stadium project.", "The stadium project employed 900 workers at its peak."),
])
def test_volunteers_and_project_workers_are_not_staff(tmp_path, first, second):
    claims = two_outlets(tmp_path, first, second)
    assert "conflict" not in set(claims.status), table(claims)
