"""The passengers aboard a ship, a plane or a bus are its people aboard however the article counts them (config
`people_aboard: one_group: [passengers]`): "about 120 passengers on board" and "over 200 people on board" are one
count; the crew aboard is a part of its own. Stories of our own: a ferry, a bus, a small plane."""

import pytest

from claims_fixtures import article, story_claims


def claims_of(tmp_path, *bodies):
    return story_claims(tmp_path, {f"{i}.md": article("Story", "2026-10-14", body, outlet=f"Outlet{i}")
                                   for i, body in enumerate(bodies)})


@pytest.mark.parametrize("first, second", [
    ("The ferry capsized at dusk. It had about 140 passengers on board, police said.",
     "The ferry capsized at dusk. There were over 250 people on board, a survivor said."),
    ("The bus overturned at dawn. About 40 passengers were aboard, officials said.",
     "The bus overturned at dawn. Some 62 people were aboard, a witness said."),
])
def test_passengers_aboard_are_the_people_aboard(tmp_path, first, second):
    claims = claims_of(tmp_path, first, second)
    rows = claims[claims.metric.str.startswith("people_aboard")]
    assert len(rows) == 1 and ";" in rows["values"].iloc[0], \
        claims[["entity", "metric", "status", "values"]].to_string()


def test_the_crew_aboard_stays_apart(tmp_path):
    # (with no owner named; an owned count of people aboard is not yet keyed by its noun at all)
    claims = claims_of(tmp_path, "The ferry capsized at dusk. About 140 passengers were on board, police said.",
                       "The ferry capsized at dusk. Some 12 crew members were aboard, the operator said.")
    rows = claims[claims.metric.str.startswith("people_aboard")]
    assert not rows["values"].str.contains(";").any(), claims[["entity", "metric", "status", "values"]].to_string()


def test_the_crew_aboard_stays_apart_whoever_owns_the_count(tmp_path):
    # a place read as the owner of both counts: the crew is still a part of its own
    claims = claims_of(tmp_path, "The ferry capsized on the Selmo river. It had about 140 passengers on board.",
                       "The ferry capsized on the Selmo river. Some 12 crew members were aboard, the operator said.")
    rows = claims[claims.metric.str.startswith("people_aboard")]
    assert not rows["values"].str.contains(";").any(), claims[["entity", "metric", "status", "values"]].to_string()
