"""Charts of the figures table: how many figures of each kind every document reports."""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd

from newsreport.charts import PALETTE, apply_style, largest_rows, save_chart
from newsreport.figures.extractor import KINDS


def figures_by_kind(table: pd.DataFrame) -> pd.DataFrame:
    """Counts of figures per document (rows) and kind (columns, in `KINDS` order, empty kinds dropped)."""
    counts = pd.crosstab(table["doc"], table["kind"]) if not table.empty else pd.DataFrame()
    kinds = [kind for kind in KINDS if kind in counts.columns]
    counts = counts.reindex(columns=kinds, fill_value=0)
    counts.index.name = "doc"
    return counts.reset_index()


def figures_by_kind_chart(table: pd.DataFrame, figures_dir: Path, labels: dict | None = None) -> Path:
    """Stacked horizontal bars: number of figures of each kind in each document; saved with its CSV.
    `labels` maps doc ids to the names shown (e.g. `corpus.source_labels`)."""
    apply_style()
    data = figures_by_kind(table)
    data, note = largest_rows(data, data.drop(columns="doc").sum(axis=1))
    shown = data["doc"].map(lambda doc: (labels or {}).get(doc, doc))
    fig, ax = plt.subplots(figsize=(8, 0.45 * max(len(data), 1) + 1.6))
    left = pd.Series(0, index=data.index, dtype=float)
    kinds = [c for c in data.columns if c != "doc"]
    for colour, kind in zip(PALETTE * 2, kinds):
        ax.barh(shown, data[kind], left=left, color=colour, label=kind)
        left += data[kind]
    ax.set_xlabel("figures found (count)")
    ax.set_ylabel("document")
    ax.invert_yaxis()
    if kinds:
        ax.legend(title="kind", loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    ax.set_title(f"Figures per document, by kind{note}")
    fig.tight_layout()
    return save_chart(fig, "figures_by_kind", figures_dir, data)
