"""How much the report shows as the corpus grows: per-document tables and charts for a corpus a
reader can go through document by document, aggregates and top lists above that, so the PDF stays a
brief (about 30 pages) whatever the number of articles. Every row left out is in a data/ CSV and in
the HTML report's interactive tables."""

from __future__ import annotations

# Up to this many documents the report shows one row per document (documents table, per-document
# charts, every source in Appendix A): a table of 20 rows fits a page and a chart of 20 bars stays
# legible on A4. Above it, aggregates (by week, by outlet) and top lists. A notebook parameter.
DETAIL_MAX_DOCS = 20
# Rows of each top list (claims, conflicts, events, outlets, skipped files) in a large corpus.
TOP_N = 10
# Source values shown per claim in a large corpus (a figure repeated by 300 articles is one claim).
VALUES_PER_CLAIM = 4
# Points of a series quoted in the summary of a large corpus (first, last and evenly spaced between).
SERIES_POINTS = 6
# A by-week chart needs a few weeks to show a change over time.
MIN_WEEKS = 3


def _count(n: int, word: str) -> str:
    return f"{n:,} {word if n == 1 else word + 's'}"


def is_detailed(n_documents: int, detail_max_docs: int = DETAIL_MAX_DOCS) -> bool:
    """Whether a corpus of `n_documents` gets per-document detail (else aggregates and top lists)."""
    return n_documents <= detail_max_docs


def rows_note(shown: int, total: int, what: str, where: str, order: str = "") -> str:
    """'The 10 claims with the most sources, of 1,234; all in data/claims.csv.' ('' when all are shown)."""
    if shown >= total:
        return ""
    return f"Shown: the {_count(shown, what)}{f' {order}' if order else ''}, of {total:,}; all {total:,} in {where}."


def scale_note(n_documents: int, detail_max_docs: int) -> str:
    """The sentence saying which kind of report this is and why (shown in the corpus section)."""
    if is_detailed(n_documents, detail_max_docs):
        return (f"With {_count(n_documents, 'document')} (at most {detail_max_docs:,} get per-document tables and "
                f"charts), this report shows every document.")
    return (f"With {_count(n_documents, 'document')}, more than the {detail_max_docs:,} this report shows one by one "
            f"(notebook parameter <code>detail_max_docs</code>), it shows aggregates by week and outlet and top lists; "
            f"every row is in <code>data/</code> and in the sortable, searchable tables of the HTML report "
            f"(Appendix C).")
