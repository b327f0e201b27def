"""Two rival values one article gives with no period ("the ministry said 112 people had died ... the Red Cross
put the toll at more than 160") are counts of one moment: neither joins another article's dated period by
matching its value (`periods.rival_undated`), so the two are compared; beside other articles' days they take their
article's publication day (a point of the series). Stories of our own: an earthquake, a
ferry sinking, a strike."""

import pytest

from claims_fixtures import story_claims


def article(body: str, published: str) -> str:
    return f"---\ntitle: Report\nsource: Outlet (invented)\npublished: {published}\n---\n{body}\n"


@pytest.mark.parametrize("dated, rivals, low, high", [
    ("The earthquake in Vardia killed at least 40 people on Monday, officials said.",
     "The interior ministry said 52 people had died in Vardia. The Vardia Red Crescent put the toll at more than 90.",
     "52", "over 90"),
    ("At least 20 people were missing in Selmar on Tuesday after the ferry sank, the coastguard said.",
     "The coastguard said 31 people were missing in Selmar. Relatives' groups put the number of missing in Selmar at "
     "more than 70.", "31", "over 70"),
    ("About 3,000 Voltra Grid workers went on strike on Monday, the union said.",
     "Some 3,200 Voltra Grid workers were on strike, the company said. The union said about 6,500 Voltra Grid "
     "workers were on strike.",
     "3,200", "about 6,500"),
])
def test_rival_undated_values_of_one_article_are_compared(tmp_path, dated, rivals, low, high):
    claims = story_claims(tmp_path, {"a.md": article(dated, "2026-11-17"), "b.md": article(rivals, "2026-11-18")})
    held = claims[claims["values"].str.contains(low) & claims["values"].str.contains(high)]
    assert list(held.status) in (["conflict"], ["discrepancy"]), \
        claims[["entity", "metric", "period", "status", "values"]].to_string()


@pytest.mark.parametrize("dated, rivals", [
    ("The earthquake in Vardia killed at least 40 people on Monday, officials said.",
     "The interior ministry said 52 people had died in Vardia. The Vardia Red Crescent put the toll at more than 90."),
    ("At least 20 people were missing in Selmar on Tuesday after the ferry sank, the coastguard said.",
     "The coastguard said 31 people were missing in Selmar. Relatives' groups put the number of missing in Selmar at "
     "more than 70."),
    ("About 3,000 Voltra Grid workers went on strike on Monday, the union said.",
     "Some 3,200 Voltra Grid workers were on strike, the company said. The union said about 6,500 Voltra Grid "
     "workers were on strike."),
])
def test_rival_values_take_their_article_s_day_beside_a_series_of_days(tmp_path, dated, rivals):
    claims = story_claims(tmp_path, {"a.md": article(dated, "2026-11-17"), "b.md": article(rivals, "2026-11-18")})
    rival = claims[claims.status.isin(["conflict", "discrepancy"])]
    assert list(rival.period) == ["2026-11-18"], claims[["entity", "metric", "period", "status", "values"]].to_string()
