"""A count named by a word for a count ("passenger numbers", "visitor numbers", "its subscriber count") counts
what that word's modifier names: passengers, visitors, subscribers, also when the modifier opens the sentence
and so is capitalized ("Passenger numbers at Kessel Airport reached ..."; the capital makes it no name and no
owner). Stories of our own: an airport, a museum, a streaming service."""

import pytest

from claims_fixtures import story_claims


def article(title: str, published: str, body: str) -> str:
    return f"---\ntitle: {title}\nsource: Outlet (invented)\npublished: {published}\n---\n{body}\n"


@pytest.mark.parametrize("entity, metric, first, second", [
    ("Kessel Airport", "passengers", "Kessel Airport handled 31.4 million passengers in 2024, its operator said.",
     "Passenger numbers at Kessel Airport reached 31.4 million in 2024, the operator said."),
    ("Louvre", "visitors", "The Louvre had 8.7 million visitors in 2024, the museum said.",
     "Visitor numbers at the Louvre fell to 8.7 million in 2024, the museum said."),
    ("Streamly", "subscribers", "Streamly had 12 million subscribers at the end of June.",
     "Streamly said its subscriber count reached 12 million at the end of June."),
])
def test_a_count_word_counts_what_its_modifier_names(tmp_path, entity, metric, first, second):
    claims = story_claims(tmp_path, {"a.md": article(f"{entity} grows", "2025-07-21", first),
                                     "b.md": article(f"{entity} record", "2025-07-22", second)})
    rows = claims[(claims.entity == entity) & (claims.metric == metric)]
    assert list(rows.status) == ["agreement"], claims[["entity", "metric", "status", "values"]].to_string()
