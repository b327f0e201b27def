"""Writing tables: deterministic CSV bytes, cells neutralized against spreadsheet formula injection."""

from pathlib import Path

import pandas as pd

# A cell starting with one of these is run as a formula by Excel/LibreOffice/Sheets.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralize_cell(value):
    """Prefix a text cell that a spreadsheet would run as a formula with an apostrophe.

    Numbers stay numbers: "-5" as a float is data, "-cmd|..." as text is neutralized.
    """
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def write_csv(table: pd.DataFrame, path: Path) -> Path:
    """Write `table` to `path` as UTF-8 CSV with LF line endings and no index; return the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    safe = table.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            safe[column] = safe[column].map(neutralize_cell)
    safe.to_csv(path, index=False, lineterminator="\n", float_format="%.6g")
    return path


def read_csv(path: Path) -> pd.DataFrame:
    """Read a table written by `write_csv` (empty cells stay empty strings in text columns)."""
    return pd.read_csv(path, keep_default_na=False, na_values=[""])
