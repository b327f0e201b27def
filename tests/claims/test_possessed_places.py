"""A place written "the Port of Velmar" in one article and "Velmar's port" in another is one owner for the measure
both own (claims/short_names.py `possessed_places`): the dockers on strike at each are one count. Only where an
article writes the possessive, and only for that measure. Stories of our own: a port strike, a university walkout."""

import pytest

from claims_fixtures import article, story_claims


def claims_of(tmp_path, *bodies):
    return story_claims(tmp_path, {f"{i}.md": article("Story", "2026-10-14", body, outlet=f"Outlet{i}")
                                   for i, body in enumerate(bodies)})


@pytest.mark.parametrize("first, second", [
    ("About 3,000 dockworkers at the Port of Velmar walked off the job on Monday, the union said.",
     "Some 1,800 workers went on strike at Velmar's port on Monday, according to the port authority."),
    ("About 2,000 staff at the University of Dunmore walked out on Tuesday, the union said.",
     "Some 900 staff went on strike at Dunmore's university on Tuesday, the university said."),
])
def test_the_port_of_a_town_is_the_towns_port(tmp_path, first, second):
    claims = claims_of(tmp_path, first, second)
    rows = claims[claims.metric == "strikers"]
    assert list(rows.status) == ["conflict"], claims[["entity", "metric", "period", "status", "values"]].to_string()


def test_without_the_possessive_the_town_and_its_port_stay_apart(tmp_path):
    claims = claims_of(tmp_path, "About 3,000 dockworkers at the Port of Velmar walked off the job on Monday.",
                       "Some 1,800 workers went on strike in Velmar on Monday, the council said.")
    assert not (claims.status == "conflict").any(), claims[["entity", "metric", "status", "values"]].to_string()
