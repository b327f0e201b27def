"""A number written with an Indian scale word ("2 crore registered users", "6 lakh subscribers") counts the noun
the scale word modifies, as "20 million registered users" does (the parser takes "crore" for a noun). Stories
of our own: an edtech app's users, a streaming service's subscribers, a game's downloads."""

import pytest

from claims_fixtures import story_claims


def article(body: str) -> str:
    return f"---\ntitle: The figures\nsource: Outlet (invented)\npublished: 2026-10-06\n---\n{body}\n"


@pytest.mark.parametrize("entity, metric, indian, western", [
    ("Padhai", "users", "Padhai has over 2 crore registered users, the company said.",
     "Padhai has more than 20 million registered users."),
    ("Chalchitra", "subscribers", "Chalchitra now has 6 lakh subscribers, its founder said.",
     "Chalchitra has 600,000 subscribers."),
    ("Khelo Quest", "downloads", "Khelo Quest has crossed 1.5 crore downloads, the studio said.",
     "Khelo Quest has been downloaded 15 million times."),
])
def test_a_scale_word_counts_the_noun_it_modifies(tmp_path, entity, metric, indian, western):
    claims = story_claims(tmp_path, {"a.md": article(indian), "b.md": article(western)})
    rows = claims[claims.metric == metric]
    assert list(rows.status) == ["agreement"], claims[["entity", "metric", "period", "status", "values"]].to_string()
