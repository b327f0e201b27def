"""A "worldwide" that closes the phrase of a number before it ("48 million subscribers worldwide, 12 million of
them in the US") is that number's: the part after it keeps its own place (the US), not the world. Stories of
our own: a streamer's subscribers, a carmaker's sales, an app's users."""

import pytest

from claims_fixtures import story_claims


def article(body: str) -> str:
    return f"---\ntitle: The figures\nsource: Outlet (invented)\npublished: 2026-11-04\n---\n{body}\n"


@pytest.mark.parametrize("entity, listed, told, scope", [
    ("Lumeo", "Lumeo has 48 million subscribers worldwide, 12 million of them in the US, the company said.",
     "Lumeo has about 12 million American subscribers.", "US"),
    ("Veltra", "Veltra sold 2.4 million cars worldwide in 2025, 800,000 of them in China.",
     "Veltra sold 800,000 cars in China in 2025.", "China"),
    ("Pinto", "Pinto has 90 million users globally, 20 million of them in India, its founder said.",
     "Pinto has 20 million users in India.", "India"),
])
def test_a_part_after_a_worldwide_total_keeps_its_own_place(tmp_path, entity, listed, told, scope):
    claims = story_claims(tmp_path, {"a.md": article(listed), "b.md": article(told)})
    rows = claims[(claims.entity == entity) & (claims.scope == scope)]
    shown = claims[["entity", "metric", "scope", "period", "status", "values"]].to_string()
    assert list(rows.status) == ["agreement"] and "conflict" not in set(claims.status), shown
