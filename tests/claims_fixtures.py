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
    """The other-story figures (EU scrutiny of Temu and Shein)."""
    rows = [
        figure_row(corpus, "eu_temu", "October 31, 2024", kind="date", date="2024-10-31"),
        figure_row(corpus, "eu_temu", "92 million", kind="count", value=92e6, unit="users", period="2024"),
        figure_row(corpus, "eu_temu", "75 million", kind="count", value=75e6, unit="users", period="2023"),
        figure_row(corpus, "eu_temu", "6%", kind="percent", value=6, unit="%", qualifier="at_most"),
        figure_row(corpus, "eu_shein", "September 3, 2024", kind="date", date="2024-09-03"),
        figure_row(corpus, "eu_shein", "about 45 million", kind="count", value=45e6, unit="users",
                   qualifier="approx", period="2024-08"),
        figure_row(corpus, "eu_roundup", "November 2, 2024", kind="date", date="2024-11-02"),
        figure_row(corpus, "eu_roundup", "More than 90 million", kind="count", value=90e6, unit="people",
                   qualifier="more_than", period="2024"),
        figure_row(corpus, "eu_roundup", "108 million", kind="count", value=108e6, unit="users",
                   period="2024-08"),
    ]
    return pd.DataFrame(rows, columns=FIGURE_COLUMNS)


@pytest.fixture(scope="session")
def seed_figures_table(seed_corpus):
    return seed_figures(seed_corpus)


@pytest.fixture(scope="session")
def other_figures_table(other_corpus):
    return other_figures(other_corpus)
