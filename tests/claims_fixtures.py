"""Figures tables built by hand for the claim-ledger tests: each row is a figure as
`newsreport.figures.extractor` reports it, located in the real document text with `str.find`, so the ledger
can be tested independently of the extractor."""

import pandas as pd
import pytest

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
