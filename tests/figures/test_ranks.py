"""Ranks on charts and lists."""

import pytest

from newsreport.figures.extractor import extract


def ranks(text):
    return [(f.quote, f.value) for f in extract(text) if f.kind == "rank"]


def test_no_1_is_a_rank():
    assert extract("It became the No. 1 free app.")[0].kind == "rank"


@pytest.mark.parametrize("text, value", [
    ("The single debuted at #3 on the chart.", 3),
    ("It is now the #1 app in Japan.", 1),
    ("The film opened at #12 at the box office.", 12),
])
def test_hash_numbers_are_ranks(text, value):
    assert [v for _, v in ranks(text)] == [value]


@pytest.mark.parametrize("text, value", [
    ("The second most-popular app in the store is a game.", 2),
    ("It is the third largest bank in Europe.", 3),
    ("Lagos is the fifth most visited city on the list.", 5),
])
def test_ordinal_before_a_superlative_is_a_rank(text, value):
    assert [v for _, v in ranks(text)] == [value]


@pytest.mark.parametrize("text, is_rank", [
    ("On top of that, the company hired 200 engineers.", False),
    ("The plan sits on top of existing rules.", False),
    ("The app rose to the top of the download charts.", True),
    ("The book topped the bestseller list for weeks.", True),
])
def test_top_is_a_rank_only_on_a_chart_or_list(text, is_rank):
    assert bool(ranks(text)) == is_rank
