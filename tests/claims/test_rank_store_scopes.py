"""A rank's country written at its store ("No. 7 on the US App Store's free chart", "No. 3 on Apple's US
free-app chart", "No. 2 on Google Play in Brazil") is the rank's scope, as "in the US" is, so ranks of one
day and one country are compared. Stories of our own: a photo app, a game, a shopping app."""

import pytest

from claims_fixtures import story_claims


def article(title: str, published: str, body: str) -> str:
    return f"---\ntitle: {title}\nsource: Outlet (invented)\npublished: {published}\n---\n{body}\n"


@pytest.mark.parametrize("entity, scope, first, second", [
    ("Pindle", "US", "Pindle, a photo app, ranked third among free iPhone apps in the US on Monday, Aug. 11.",
     "Pindle reached No. 3 on Apple's US free-app chart on Monday, Aug. 11."),
    ("Glimmer", "US", "Glimmer, a puzzle game, was No. 5 on the App Store in the US on Aug. 11.",
     "Glimmer was No. 5 on the US App Store's free chart on Aug. 11."),
    ("Shopza", "Brazil", "Shopza, a shopping app, was No. 2 on Google Play in Brazil on Aug. 11.",
     "Shopza ranked No. 2 on Brazil's Google Play chart on Aug. 11."),
])
def test_the_country_written_at_the_store_is_the_rank_s_scope(tmp_path, entity, scope, first, second):
    claims = story_claims(tmp_path, {"a.md": article(f"{entity} climbs", "2025-08-13", first),
                                     "b.md": article(f"{entity} on the charts", "2025-08-13", second)})
    rows = claims[(claims.entity == entity) & claims.metric.str.startswith("rank")]
    assert list(rows.status) == ["agreement"] and list(rows.scope) == [scope], \
        claims[["entity", "metric", "scope", "period", "status", "values"]].to_string()
