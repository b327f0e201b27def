"""A part and its whole ("won 43 of the 120 seats", "closed 12 of its 80 stores"): the first number counts the
things (43 seats), the second is the whole it is part of and nobody's count. Stories of our own: an election,
a retailer's closures, a football club's season."""

import pytest

from claims_fixtures import story_claims


def article(body: str) -> str:
    return f"---\ntitle: The count\nsource: Outlet (invented)\npublished: 2026-05-18\n---\n{body}\n"


@pytest.mark.parametrize("entity, part_of_whole, other, whole", [
    ("Liberal Union", "The Liberal Union won 43 of the 120 seats, the commission said.",
     "The Liberal Union won 41 seats, the commission said.", "120"),
    ("Marlo", "Marlo said it closed 12 of its 80 stores in 2025.", "Marlo closed 20 stores in 2025.", "80"),
    ("Harbourne", "Harbourne won 9 of their 12 matches in March.", "Harbourne won 7 matches in March.", "12"),
])
def test_the_part_is_counted_and_the_whole_is_nobody_s(tmp_path, entity, part_of_whole, other, whole):
    claims = story_claims(tmp_path, {"a.md": article(part_of_whole), "b.md": article(other)})
    shown = claims[["entity", "metric", "period", "status", "values"]].to_string()
    assert list(claims[claims.entity == entity].status) == ["conflict"], shown
    assert not claims["values"].str.contains(rf"\b{whole}\b").any(), shown
