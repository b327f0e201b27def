"""Interactive tables for the HTML report: every row of a data table embedded as JSON, drawn by a
small hand-written script (`templates/newsreport/datatables.js`, inlined: nothing is fetched) as a
table a reader can sort by any column and filter by typing. The PDF (WeasyPrint runs no script)
leaves them out: print shows a note saying where the rows are instead."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pandas as pd

from newsreport.report.document import esc

SCRIPT = Path(__file__).parent / "templates" / "newsreport" / "datatables.js"
PAGE_SIZE = 25


def _cell(value):
    """A JSON-safe cell: numbers stay numbers (sorted as numbers), missing values become null."""
    if value is None or (isinstance(value, (float, np.floating)) and math.isnan(value)):
        return None
    if isinstance(value, (bool, np.bool_)):
        return "yes" if value else "no"
    if isinstance(value, (int, np.integer)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        return round(float(value), 6)
    return str(value)


def table_json(frame: pd.DataFrame) -> str:
    """`frame` as the JSON a data table reads: column names with a numeric flag, rows as lists.
    Safe inside a <script> element: '<', '>' and '&' are written as JSON escapes, so no text from the
    corpus can open or close a tag there."""
    columns = [{"name": str(c), "numeric": bool(pd.api.types.is_numeric_dtype(frame[c])
                                                and not pd.api.types.is_bool_dtype(frame[c]))}
               for c in frame.columns]
    # column by column: tolist() converts a whole column at once, where iterating rows converts each value
    rows = [[_cell(v) for v in row] for row in zip(*(frame[c].tolist() for c in frame.columns))] if len(frame.columns) \
        else [[] for _ in range(len(frame))]
    text = json.dumps({"columns": columns, "rows": rows}, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")  # valid JSON escapes


def data_table(key: str, caption: str, frame: pd.DataFrame, csv_path: str, page_size: int = PAGE_SIZE) -> str:
    """One sortable, searchable table of every row of `frame` (HTML only), with its caption and the
    CSV that holds the same rows."""
    return (f'<div class="datatable" id="dt-{esc(key)}" data-page-size="{int(page_size)}">'
            f'<p class="caption"><span class="label">{esc(caption)}</span> {len(frame):,} rows; click a heading to '
            f'sort, type to filter. The same rows: <code>{esc(csv_path)}</code>.</p>'
            f'<script type="application/json">{table_json(frame)}</script>'
            f'<noscript><p class="callout">This table needs JavaScript; its rows are in <code>{esc(csv_path)}</code>.'
            f'</p></noscript></div>')


def script() -> str:
    """The table script, inlined once per report (after the tables it draws)."""
    code = SCRIPT.read_text(encoding="utf-8")
    if "</script" in code.lower():  # would end the inline script early and print the rest as text
        raise ValueError(f"{SCRIPT}: contains '</script', which cannot be inlined")
    return f"<script>\n{code}</script>"
