"""A jury's finding is its verdict, dated by the day it came: "A federal jury on Tuesday ordered Korvo Motors to
pay ...", "Jurors found on Wednesday, June 10, that ...", "a judge ordered the city to pay ... on Friday" are
rulings, and agree with "the verdict on June 10". Stories of our own: a trade-secrets trial, a patent case,
a city's compensation case."""

import pytest

from claims_fixtures import story_claims


def article(title: str, published: str, body: str) -> str:
    return f"---\ntitle: {title}\nsource: Outlet (invented)\npublished: {published}\n---\n{body}\n"


@pytest.mark.parametrize("entity, first, second", [
    ("Ostler Systems", "A federal jury in Denver on Wednesday ordered chipmaker Ostler Systems to pay $38 million.",
     "The jury reached its verdict against Ostler Systems on June 10 after two days."),
    ("Korvo Motors", "Jurors found on Wednesday, June 10, that Korvo Motors had copied the patents.",
     "The verdict against Korvo Motors came on June 10."),
    ("Port Lenmark", "A judge on Wednesday ordered Port Lenmark to pay $4 million to the families.",
     "The court ruled against Port Lenmark on June 10."),
])
def test_a_jury_or_judge_ordering_or_finding_is_a_ruling(tmp_path, entity, first, second):
    claims = story_claims(tmp_path, {"a.md": article(f"{entity} loses", "2026-06-12", first),
                                     "b.md": article(f"{entity} verdict", "2026-06-13", second)})
    rows = claims[(claims.entity == entity) & (claims.metric == "ruling")]
    assert list(rows.status) == ["agreement"], claims[["entity", "metric", "period", "status", "values"]].to_string()
