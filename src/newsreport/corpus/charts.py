"""The corpus overview charts: article text and excluded chrome per document, articles per week."""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd

from newsreport.charts import PALETTE, apply_style, largest_rows, save_chart, week_axis


def corpus_sizes_chart(documents: pd.DataFrame, figures_dir: Path) -> Path:
    """Horizontal bars: words of kept article text per document, and excluded chrome characters."""
    apply_style()
    data = pd.DataFrame({
        "source": [f"S{i} {title[:28]}…" if len(title) > 28 else f"S{i} {title}" for i, title in enumerate(documents["title"].fillna(""), 1)],
        "words_of_article_text": documents["n_words"].astype(int),
        "excluded_chrome_chars": documents["n_excluded_chars"].astype(int),
    })
    data, note = largest_rows(data, data["words_of_article_text"])
    fig, (words_ax, chrome_ax) = plt.subplots(1, 2, figsize=(8, 0.45 * len(data) + 1.4), sharey=True)
    words_ax.barh(data["source"], data["words_of_article_text"], color=PALETTE[0])
    words_ax.set_xlabel("article text (words)")
    chrome_ax.set_xlabel("excluded page chrome (characters)")
    if data["excluded_chrome_chars"].any():
        chrome_ax.barh(data["source"], data["excluded_chrome_chars"], color=PALETTE[6])
        chrome_ax.set_xlim(0, int(data["excluded_chrome_chars"].max()) * 1.05)  # a count: never below zero
    else:  # nothing matched the chrome patterns: say so instead of an empty axis scaled 0 to 1
        chrome_ax.text(0.5, 0.5, "none set aside", ha="center", va="center", transform=chrome_ax.transAxes,
                       color="#666666")
        chrome_ax.set_xticks([])
        chrome_ax.grid(False)  # no grid line through the words
    words_ax.invert_yaxis()
    fig.suptitle(f"Size of each document{note}", x=0.01, ha="left", fontsize=11)
    fig.tight_layout()
    return save_chart(fig, "corpus_sizes", figures_dir, data)


def articles_by_week_chart(weekly: pd.DataFrame, figures_dir: Path) -> Path:
    """Stacked bars: articles per week, by outlet (`corpus.aggregates.articles_by_week`)."""
    apply_style()
    table = weekly.pivot(index="week", columns="outlet", values="articles") if not weekly.empty else pd.DataFrame()
    table = table[list(dict.fromkeys(weekly["outlet"]))] if not weekly.empty else table
    fig, ax = plt.subplots(figsize=(8, 3.6))
    bottom = pd.Series(0, index=table.index, dtype=float)
    when = pd.to_datetime(table.index)
    for i, outlet in enumerate(table.columns):
        colour = PALETTE[6] if outlet == "other outlets" else PALETTE[i % len(PALETTE)]
        ax.bar(when, table[outlet], bottom=bottom, width=6, align="edge", color=colour, label=outlet)
        bottom += table[outlet]
    ax.set_ylabel("articles per week")
    ax.set_xlabel("week (starting Monday)")
    week_axis(ax, table.index)
    ax.set_title("Articles per week, by outlet")
    if len(table.columns):
        ax.legend(title="outlet", fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    fig.tight_layout()
    return save_chart(fig, "articles_by_week", figures_dir, weekly)
