"""Ranks on charts and lists."""

from newsreport.figures.extractor import extract


def test_no_1_is_a_rank():
    assert extract("It became the No. 1 free app.")[0].kind == "rank"
