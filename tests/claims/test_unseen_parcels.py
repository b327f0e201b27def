"""Counts nobody owns across articles of our own (parcels entering a made-up country): the country a
count enters is where it applies, not whose it is; "parcels" and "packages" are one measure; "the
number was 150 million in 2016" takes the measure of the sentence before; a sentence the parser
reads as a heading ("Nearly 1.2 billion packages arrived in 2024") keeps its year; a count that
names no place joins the one place the others name."""

import pytest

from conftest import write_articles
from newsreport.claims.ledger import build_ledger
from newsreport.corpus.loader import load_corpus
from newsreport.figures.extractor import figures_table

ARTICLES = {
    "01.md": """---
title: Zembla ends duty-free parcel exemption
published: 2025-04-20
---
Zembla ends duty-free parcel exemption

Last year, 1.2 billion parcels entered Zembla under the exemption, up from 150 million in 2016.
""",
    "02.md": """---
title: Shoppers brace for the end of cheap parcels
published: 2025-04-22
---
Shoppers brace for the end of cheap parcels

Nearly 1.2 billion packages arrived in 2024, according to customs data.
""",
    "03.md": """---
title: Retailers face the end of the parcel loophole
published: 2025-04-25
---
Retailers face the end of the parcel loophole

More than 1 billion parcels arrived in Zembla last year, customs said.
The number was 150 million in 2016.
""",
}


@pytest.fixture(scope="module")
def claims(tmp_path_factory):
    corpus = load_corpus(write_articles(tmp_path_factory.mktemp("parcels"), ARTICLES))
    return build_ledger(figures_table(corpus), corpus).claims


def test_counts_of_one_year_agree_across_words_and_parses(claims):
    rows = claims.set_index("period")
    assert set(claims.entity) == {""} and set(claims.metric) == {"packages"} and set(claims.scope) == {"Zembla"}
    assert rows.loc["2024", "status"] == "agreement" and rows.loc["2024", "n_sources"] == 3


def test_the_number_of_the_sentence_before_is_a_point_of_the_series(claims):
    rows = claims.set_index("period")
    assert rows.loc["2016", "status"] == "agreement"  # "up from 150 million in 2016" (01), "The number was" (03)
    assert not (claims.status == "conflict").any()
