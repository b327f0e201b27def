"""The corpus overview chart: article text and excluded chrome per document."""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd

from newsreport.charts import PALETTE, apply_style, save_chart


def corpus_sizes_chart(documents: pd.DataFrame, figures_dir: Path) -> Path:
    """Horizontal bars: words of kept article text per document, and excluded chrome characters."""
    apply_style()
    data = pd.DataFrame({
        "source": [f"S{i} {title[:28]}…" if len(title) > 28 else f"S{i} {title}" for i, title in enumerate(documents["title"].fillna(""), 1)],
        "words_of_article_text": documents["n_words"].astype(int),
        "excluded_chrome_chars": documents["n_excluded_chars"].astype(int),
    })
    fig, (words_ax, chrome_ax) = plt.subplots(1, 2, figsize=(8, 0.45 * len(data) + 1.4), sharey=True)
    words_ax.barh(data["source"], data["words_of_article_text"], color=PALETTE[0])
    words_ax.set_xlabel("article text (words)")
    chrome_ax.barh(data["source"], data["excluded_chrome_chars"], color=PALETTE[6])
    chrome_ax.set_xlabel("excluded page chrome (characters)")
    chrome_ax.set_xlim(0, max(int(data["excluded_chrome_chars"].max()), 1) * 1.05)  # a count: never below zero
    words_ax.invert_yaxis()
    fig.suptitle("Size of each document", x=0.01, ha="left", fontsize=11)
    fig.tight_layout()
    return save_chart(fig, "corpus_sizes", figures_dir, data)
