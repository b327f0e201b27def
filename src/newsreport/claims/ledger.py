"""The claim ledger, the claims step's entry point: figures from different articles grouped into
claims keyed by (entity, metric, period) and labelled `conflict`, `agreement`, `series` or `single`.

The work is split by job: `keys` (entity and period of a figure), `mentions` (figures -> claim
mentions), `intervals` (values as intervals, compatibility), `reconcile` (grouping and status),
`wording` (numbers, dates and explanations as prose).
"""

from __future__ import annotations

import pandas as pd

from newsreport.claims.reconcile import Ledger, build_ledger
from newsreport.claims.vocabulary import Vocabulary

__all__ = ["Ledger", "build_ledger", "claims_table", "claims_for_corpus"]


def claims_table(figures: pd.DataFrame, corpus, vocabulary: Vocabulary | None = None) -> pd.DataFrame:
    """The claims of `corpus` from its figures table (see `build_ledger`)."""
    return build_ledger(figures, corpus, vocabulary).claims


def claims_for_corpus(corpus) -> pd.DataFrame:
    """Extract the figures of `corpus` with `newsreport.figures.extractor` and return its claims table."""
    from newsreport.figures.extractor import figures_table  # the figures step owns extraction

    return claims_table(figures_table(corpus), corpus)
