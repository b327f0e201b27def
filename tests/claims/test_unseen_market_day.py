"""Days of market moves and chart tops, on articles of our own: two articles dating one sell-off on one
day agree (a move on another day is another move, never a conflict); "became the most-downloaded
free app on the US App Store on Monday" is rank No. 1 that day, agreeing with "currently the No. 1
free app" in an article of that day; "in the top 10" is no No. 1."""

import pytest

from claims_fixtures import story_claims

ARTICLES = {
    "01.md": """---
title: Loopa tops the charts as chip stocks slide
published: 2025-03-03
---
Loopa tops the charts as chip stocks slide

Loopa is currently the No. 1 free app in the US App Store, according to Appmetric.
The news sent Vantor's shares tumbling 12% on Monday and rattled the wider market.
""",
    "02.md": """---
title: Vantor loses $80 billion
published: 2025-03-04
---
Vantor loses $80 billion

The chipmaker Vantor lost $80 billion in market value on Monday as its stock fell about 12%.
On Monday, Loopa overtook Pictor to become the most-downloaded free app on the US App Store.
Vantor's shares rose 3% on Tuesday.
""",
    "03.md": """---
title: Loopa's rise
published: 2025-03-05
---
Loopa's rise

Pictor was in the top 10 on the US App Store on Monday, Appmetric said.
""",
}


@pytest.fixture(scope="module")
def claims(tmp_path_factory):
    return story_claims(tmp_path_factory.mktemp("market_day"), ARTICLES)


def test_one_sell_off_dated_on_one_day_by_two_articles_agrees(claims):
    moves = claims[(claims.entity == "Vantor") & (claims.metric == "stock_move")].set_index("period")
    assert moves.loc["2025-03-03", "status"] == "agreement"
    assert "2025-03-04" in moves.index  # Tuesday's rise: another move, not a conflict
    assert not (claims.status == "conflict").any()


def test_most_downloaded_on_a_day_is_rank_one_that_day(claims):
    rank = claims[(claims.entity == "Loopa") & (claims.metric == "rank: the App Store") & (claims.scope == "US")]
    assert list(rank.period) == ["2025-03-03"] and rank.iloc[0].status == "agreement"  # 01 "currently", 02 words


def test_the_top_ten_is_no_rank_one(claims):
    assert not ((claims.entity == "Pictor") & claims.metric.str.startswith("rank")).any()


@pytest.mark.parametrize("sentence", [
    "Union secretary R. Kumaresan said the figure given by the company in its stock exchange filing yesterday counted "
    "only permanent staff.",
    "Analyst Joyce Mbeki said the stock exchange filing on Thursday left out contract workers.",
])
def test_a_stock_exchange_is_no_move_in_shares(tmp_path, sentence):
    """"a stock exchange filing", "told the stock exchange": the exchange a company reports to, not its stock moving."""
    claims = story_claims(tmp_path, {"a.md": f"---\ntitle: Filing\npublished: 2026-05-16\n---\n{sentence}\n"})
    assert "stock_move" not in set(claims.metric), claims[["entity", "metric", "values"]].to_string()
