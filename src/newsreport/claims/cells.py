"""Table cells read as text or numbers: the figures table comes from CSV or pandas, so an empty
cell may be None, NaN, pd.NA or ''."""

from __future__ import annotations

import pandas as pd


def text_cell(value) -> str:
    """A table cell as text ('' for NaN/None)."""
    if value is None or (not isinstance(value, (list, tuple, dict)) and pd.isna(value)):
        return ""  # None, NaN, pd.NA and NaT all mean "empty"
    return str(value).strip()



def number_cell(value) -> float | None:
    """A table cell as float (None when empty)."""
    text = text_cell(value)
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        return None


def mentions_once(sources: pd.DataFrame, claims: pd.DataFrame) -> pd.DataFrame:
    """The claim sources with each mention once: without the rows of agreements drawn from a
    conflicting claim (`part_of` set), whose mentions that claim lists too."""
    if "part_of" not in claims or "claim_id" not in sources or claims.empty:
        return sources
    repeated = claims.loc[claims["part_of"].map(text_cell) != "", "claim_id"]
    return sources[~sources["claim_id"].isin(repeated)]
