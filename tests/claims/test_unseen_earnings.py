"""The whole claims step on a second story no config knows: three articles of our own on a streaming
company's quarter. Subscriber totals in different places, a level compared with a year earlier, a
change next to a total, and a forecast must not read as conflicts."""

import pytest

from conftest import write_articles
from newsreport.claims.ledger import build_ledger
from newsreport.claims.mentions import claim_mentions
from newsreport.corpus.loader import load_corpus
from newsreport.figures.extractor import figures_table

ARTICLES = {
    "01.md": """---
title: Streamly beats forecasts as subscribers jump
published: 2025-04-18
---
Streamly beats forecasts as subscribers jump

Streamly said on Thursday that revenue rose 12% to $5.2 billion in the first quarter of 2025, compared with $4.6 billion a year earlier.
The company added 4 million subscribers in the quarter, bringing its total to 210 million.
Analysts had expected revenue of $5.1 billion.
""",
    "02.md": """---
title: Streamly's quarter in numbers
published: 2025-04-19
---
Streamly's quarter in numbers

Streamly now has 212 million paying subscribers worldwide.
Streamly, which employs 13,000 people, plans to spend $18 billion on content this year.
""",
    "03.md": """---
title: Is Streamly's growth sustainable?
published: 2025-04-22
---
Is Streamly's growth sustainable?

The service has about 200 million subscribers, half of them outside the US.
In the US and Canada, Streamly has 90 million subscribers.
Its market value is now about $400 billion, up from $250 billion a year ago.
""",
}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    corpus = load_corpus(write_articles(tmp_path_factory.mktemp("earnings"), ARTICLES))
    figures = figures_table(corpus)
    return claim_mentions(figures, corpus), build_ledger(figures, corpus).claims


def mention(mentions, doc, quote):
    rows = mentions[mentions.doc.str.startswith(doc) & mentions.quote.str.contains(quote, regex=False)]
    assert len(rows) == 1, mentions[["doc", "quote", "entity", "metric", "scope"]]
    return rows.iloc[0]


def test_nothing_in_the_three_articles_conflicts(built):
    assert not (built[1].status == "conflict").any()


def test_subscribers_in_different_places_are_different_scopes(built):
    mentions = built[0]
    assert mention(mentions, "03", "about 200 million").scope == ""  # "half of them outside the US"
    assert mention(mentions, "03", "90 million").scope == "North America"  # "In the US and Canada"
    assert mention(mentions, "02", "212 million").scope == "global"  # counted noun the parser left unattached


def test_a_level_a_year_earlier_is_not_a_yearly_rate(built):
    # "compared with $4.6 billion a year earlier", "up from $250 billion a year ago"
    mentions = built[0]
    assert not mentions.metric.str.contains("_per_year").any()
    assert mention(mentions, "01", "$4.6 billion").earlier


def test_subscribers_added_are_a_change_not_a_total_and_which_refers_to_its_name(built):
    mentions = built[0]
    assert mention(mentions, "01", "4 million subscribers").metric == "subscribers_growth"
    staff = mention(mentions, "02", "13,000")  # "Streamly, which employs 13,000 people"
    assert (staff.entity, staff.metric) == ("Streamly", "staff")


def test_a_measure_the_article_s_company_reports_is_its_own(built):
    # "Streamly said on Thursday that revenue rose 12% to $5.2 billion in the first quarter of 2025" (01)
    revenue = mention(built[0], "01", "$5.2 billion")
    assert (revenue.entity, revenue.metric, revenue.period) == ("Streamly", "revenue", "2025-Q1")
