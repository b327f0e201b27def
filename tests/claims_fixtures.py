"""Figures tables built by hand for the claim-ledger tests: each row is a figure as
`newsreport.figures.extractor` reports it, located in the real document text with `str.find`, so the ledger
can be tested independently of the extractor."""

import pandas as pd
import pytest

from conftest import write_articles
from newsreport.corpus.loader import load_corpus

FIGURE_COLUMNS = ["doc", "sentence_id", "start", "end", "quote", "kind", "value", "low", "high", "date",
                  "unit", "qualifier", "direction", "subject", "period"]


def figure_row(corpus, doc_prefix: str, quote: str, after: str = "", **fields) -> dict:
    """A figures-table row for the first `quote` in the document whose id starts with `doc_prefix`
    (after the first occurrence of `after`, when given)."""
    document = next(d for d in corpus.documents if d.doc.startswith(doc_prefix))
    base = document.text.find(after) if after else 0
    assert base >= 0, f"{after!r} not in {document.doc}"
    start = document.text.find(quote, base)
    assert start >= 0, f"{quote!r} not in {document.doc}"
    end = start + len(quote)
    row = {c: "" for c in FIGURE_COLUMNS}
    row.update(doc=document.doc, sentence_id=document.sentence_at(start).sentence_id, start=start, end=end,
               quote=quote, qualifier="exact")
    row.update(fields)
    return row


def seed_figures(corpus) -> pd.DataFrame:
    """The seed figures the ledger tests need, as the figures step should report them."""
    rows = [
        figure_row(corpus, "000", "320 million", kind="count", value=320e6, unit="users", period="2024-06"),
        figure_row(corpus, "000", "120 million", kind="count", value=120e6, unit="users", period="2024-06"),
        figure_row(corpus, "000", "Yesterday", kind="date", date="2025-01-13"),
        figure_row(corpus, "000", "January 19", kind="date", date="2025-01-19"),
        figure_row(corpus, "000", "January 20", kind="date", date="2025-01-20"),
        figure_row(corpus, "000", "Last Friday", kind="date", date="2025-01-10"),
        figure_row(corpus, "000", "70%", kind="percent", value=70, unit="%"),
        figure_row(corpus, "001", "January 14, 2025", kind="date", date="2025-01-14"),
        figure_row(corpus, "001", "January 13", kind="date", date="2025-01-13"),
        figure_row(corpus, "002", "nearly 2.4 million", kind="count", value=2.4e6, unit="discussions",
                   qualifier="approx"),
        figure_row(corpus, "002", "over 100 million", after="94.6", kind="count", value=100e6, unit="views",
                   qualifier="more_than"),
        figure_row(corpus, "002", "January 14", kind="date", date="2025-01-14"),
        figure_row(corpus, "002", "50 million", kind="count", value=50e6, unit="users", period="2021-06"),
        figure_row(corpus, "002", "100 million", after="following year", kind="count", value=100e6,
                   unit="users", qualifier="more_than"),  # period left for the ledger to resolve
        figure_row(corpus, "002", "20%", kind="percent", value=20, unit="%", direction="up", period="2023"),
        figure_row(corpus, "002", "300 million", kind="count", value=300e6, unit="users", period="2023"),
        figure_row(corpus, "002", "about 170 million", kind="count", value=170e6, unit="Americans",
                   qualifier="approx"),
        figure_row(corpus, "003", "Jan. 16, 2025", kind="date", date="2025-01-16"),
        figure_row(corpus, "003", "over 15,000", kind="count", value=15000, unit="staff", qualifier="more_than"),
        figure_row(corpus, "003", "5,000", after="including", kind="count", value=5000, unit="moderators"),
        figure_row(corpus, "003", "15,000", after="The platform employs", kind="count", value=15000,
                   unit="staff"),
        figure_row(corpus, "003", "January 11", kind="date", date="2025-01-11"),
        figure_row(corpus, "003", "January 14", kind="date", date="2025-01-14"),
    ]
    return pd.DataFrame(rows, columns=FIGURE_COLUMNS)


def other_figures(corpus) -> pd.DataFrame:
    """The other-story figures (food delivery in Brazil and Latin America; no config names them)."""
    rows = [
        figure_row(corpus, "br_ifood", "May 14, 2025", kind="date", date="2025-05-14"),
        figure_row(corpus, "br_ifood", "On Wednesday", kind="date", date="2025-05-14"),
        figure_row(corpus, "br_ifood", "55 million", kind="count", value=55e6, unit="users", period="2024"),
        figure_row(corpus, "br_ifood", "48 million", kind="count", value=48e6, unit="users", period="2023"),
        figure_row(corpus, "br_ifood", "20%", kind="percent", value=20, unit="%", qualifier="at_most"),
        figure_row(corpus, "latam_rappi", "April 2, 2025", kind="date", date="2025-04-02"),
        figure_row(corpus, "latam_rappi", "about 30 million", kind="count", value=30e6, unit="users",
                   qualifier="approx", period="2025-03"),
        figure_row(corpus, "delivery_roundup", "May 20, 2025", kind="date", date="2025-05-20"),
        figure_row(corpus, "delivery_roundup", "More than 50 million", kind="count", value=50e6, unit="people",
                   qualifier="more_than", period="2024"),
        figure_row(corpus, "delivery_roundup", "12 million", kind="count", value=12e6, unit="users",
                   period="2025-03"),
    ]
    return pd.DataFrame(rows, columns=FIGURE_COLUMNS)


@pytest.fixture(scope="session")
def seed_figures_table(seed_corpus):
    return seed_figures(seed_corpus)


@pytest.fixture(scope="session")
def other_figures_table(other_corpus):
    return other_figures(other_corpus)


SHAPES_ARTICLES = {
    "a_wire.md": """---
title: Loopa passes two million users
published: 2025-03-05
---
Loopa passes two million users

Loopa grew to 2.3 million users on March 3, up from about 1.4 million the week before, while rival Streamly had 9 million.
One reader wrote in to say the app had changed her commute.
Loopa raised $700 million from investors last year.
Loopa, launched in 2013, now has over 300 million users worldwide.
Loopa reached No. 1 on Apple's App Store on March 2.
""",
    "b_daily.md": """---
title: Streaming apps race for subscribers
published: 2025-03-06
---
Streaming apps race for subscribers

Pictor's subscribers rose to 410,000 in February, up from 250,000 in January.
Loopa's revenue reached $120 million in 2024, the company said.
In the US, Loopa has 40 million users, and the app counts 20 million daily active users there.
Loopa topped Apple's App Store on March 4, two days after its relaunch.
One user told us she deleted Streamly.
""",
    "c_blog.md": """---
title: What the numbers say
published: 2025-03-07
---
What the numbers say

Founded in 2015, Pictor now employs 800 people.
In 2023, Pictor employed 600 people.
Fenwick now counts 12,000 stores, up from 9,000.
Pictor was created in Oslo. It now has 5,000 partner venues.
Loopa remained the top app on the App Store on March 5.
""",
    "d_radio.md": """---
title: Loopa under scrutiny
published: 2025-03-08
---
Loopa under scrutiny

Loopa has 60 million monthly active users, according to Sensor Tower.
Millions of people use Loopa without paying.
Unlike Streamly, Loopa had 2.5 million users in March 2025.
""",
}


@pytest.fixture(scope="session")
def shapes_corpus(tmp_path_factory):
    """Four short articles of our own in the sentence shapes of issue 13 (see tests/claims/test_keys.py)."""
    return load_corpus(write_articles(tmp_path_factory.mktemp("shapes_corpus"), SHAPES_ARTICLES))


def row(corpus, doc, quote, after="", **fields):
    return figure_row(corpus, doc, quote, after, **fields)


@pytest.fixture(scope="session")
def shapes_figures(shapes_corpus):
    """The figures of the shapes corpus as the figures step should report them."""
    corpus = shapes_corpus
    count, money = {"kind": "count"}, {"kind": "money", "unit": "USD"}
    rows = [
        row(corpus, "a_wire", "2.3 million", value=2.3e6, **count),
        row(corpus, "a_wire", "about 1.4 million", value=1.4e6, qualifier="approx", **count),
        row(corpus, "a_wire", "9 million", value=9e6, **count),
        row(corpus, "a_wire", "One", value=1, **count),
        row(corpus, "a_wire", "$700 million", value=7e8, **money),
        row(corpus, "a_wire", "2013", kind="year", value=2013),
        row(corpus, "a_wire", "over 300 million", value=3e8, qualifier="more_than", **count),
        row(corpus, "a_wire", "March 2", kind="date", date="2025-03-02"),
        row(corpus, "b_daily", "410,000", value=410000, **count),
        row(corpus, "b_daily", "250,000", value=250000, **count),
        row(corpus, "b_daily", "$120 million", value=1.2e8, **money),
        row(corpus, "b_daily", "40 million", value=4e7, **count),
        row(corpus, "b_daily", "20 million", after="counts", value=2e7, **count),
        row(corpus, "b_daily", "March 4", kind="date", date="2025-03-04"),
        row(corpus, "b_daily", "One", value=1, **count),
        row(corpus, "c_blog", "800", value=800, **count),
        row(corpus, "c_blog", "2015", kind="year", value=2015),
        row(corpus, "c_blog", "600", value=600, **count),
        row(corpus, "c_blog", "2023", kind="year", value=2023),
        row(corpus, "c_blog", "12,000", value=12000, **count),
        row(corpus, "c_blog", "9,000", value=9000, **count),
        row(corpus, "c_blog", "5,000", value=5000, **count),
        row(corpus, "c_blog", "March 5", kind="date", date="2025-03-05"),
        row(corpus, "d_radio", "60 million", value=6e7, **count),
        row(corpus, "d_radio", "Millions", qualifier="range", low=1e6, high=1e7, **count),
        row(corpus, "d_radio", "2.5 million", value=2.5e6, **count),
    ]
    return pd.DataFrame(rows, columns=FIGURE_COLUMNS)


def whole_claims(claims: pd.DataFrame) -> pd.DataFrame:
    """The claims without the agreements drawn from a conflicting claim (one row per key)."""
    return claims[claims["part_of"] == ""] if "part_of" in claims else claims


def story_claims(folder, articles: dict[str, str], partial: bool = False) -> pd.DataFrame:
    """The claims table of a story of our own: `articles` written into `folder`, their figures
    extracted and the ledger built, as a user's build does; one row per key unless `partial` (then
    with the agreements among some sources of a conflicting claim)."""
    from newsreport.claims.ledger import build_ledger
    from newsreport.figures.extractor import figures_table

    corpus = load_corpus(write_articles(folder, articles))
    claims = build_ledger(figures_table(corpus), corpus).claims
    return claims if partial else whole_claims(claims)


def story_mentions(folder, articles: dict[str, str]) -> pd.DataFrame:
    """The claim mentions (one row per figure, before the ledger groups them) of a story of our own."""
    from newsreport.claims.mentions import claim_mentions
    from newsreport.figures.extractor import figures_table

    corpus = load_corpus(write_articles(folder, articles))
    return claim_mentions(figures_table(corpus), corpus)


def article(title: str, published: str, body: str, outlet: str = "Outlet") -> str:
    """One invented article in the corpus format (front matter, then the body)."""
    return f"---\ntitle: {title}\nsource: {outlet} (invented)\npublished: {published}\n---\n{body}\n"


def own_outlet_article(title: str, published: str, body: str) -> str:
    """One invented article whose outlet is named as its title, so every article of a test is by another outlet."""
    return article(title, published, body, outlet=title)


def numbered_articles(*bodies: str, published: str = "2026-03-20") -> dict[str, str]:
    """Articles '01_outlet.md', '02_outlet.md', ... by as many outlets, one per body, all published on one day."""
    return {f"0{i}_outlet.md": article(f"Story {i}", published, body, outlet=f"Outlet {i}")
            for i, body in enumerate(bodies, start=1)}


def dated_outlets(folder, first: tuple[str, str], second: tuple[str, str]) -> pd.DataFrame:
    """The claims of two articles by two outlets, each given as (published, body)."""
    return story_claims(folder, {"a.md": article("Story", first[0], first[1], outlet="Wire"),
                                 "b.md": article("Story", second[0], second[1], outlet="Paper")})


def two_outlets(folder, first: str, second: str, published: str = "2026-09-15") -> pd.DataFrame:
    """The claims of one sentence or paragraph from each of two outlets, published the same day."""
    return dated_outlets(folder, (published, first), (published, second))


def joined(claims: pd.DataFrame, first: str, second: str) -> bool:
    """Whether one claim holds both values (as written in its values)."""
    return any(first in values and second in values for values in claims["values"])


def rows_of(claims: pd.DataFrame, value: str) -> pd.DataFrame:
    """The claims whose reported values include `value` as written."""
    return claims[claims["values"].str.contains(value, regex=False)]


def table(claims: pd.DataFrame) -> str:
    """The claims' keys, statuses and values, for an assertion's message."""
    return claims[["entity", "metric", "scope", "period", "status", "values"]].to_string()
