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
