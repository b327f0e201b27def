"""Goods "out of stock" or "in stock" are no company's shares: a day told with them is no stock move (config
`stock_move`). Found reading the devcorpus partB report, whose timeline listed a shopping app's stock move for goods
marked out of stock. Stories of our own: a shopping app, a games console, a carmaker's shares."""

import pytest

from claims_fixtures import article, story_claims


def metrics(tmp_path, sentence: str):
    claims = story_claims(tmp_path, {"a.md": article("Story", "2025-07-31", sentence, outlet="Wire")})
    return claims, {str(m).partition(":")[0] for m in claims.metric}


@pytest.mark.parametrize("sentence", [
    'In May, Shopwave stopped shipping goods from its Ningbo warehouse and marked those items "out of stock."',
    "The Vexa console was out of stock in most shops on Friday, Nov. 28, the retailer said.",
])
def test_goods_out_of_stock_are_no_stock_move(tmp_path, sentence):
    claims, found = metrics(tmp_path, sentence)
    assert "stock_move" not in found, claims.to_string()


def test_a_companys_stock_still_moves(tmp_path):
    claims, found = metrics(tmp_path, "Velta's stock fell sharply on Monday, July 28, after the recall.")
    assert "stock_move" in found, claims.to_string()
