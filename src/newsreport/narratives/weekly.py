"""Frames and tone by week: the aggregates a report shows when a corpus is too large to read
document by document. Both read the stage's own tables (`frames_docs`, `tone`) and the documents
table for publication dates; undated documents are left out."""

from __future__ import annotations

import pandas as pd

from newsreport.corpus.aggregates import week_of


def _weeks(documents: pd.DataFrame) -> pd.Series:
    """doc -> the Monday of its publication week ('' when undated)."""
    return pd.Series(week_of(documents["published"]).to_numpy(), index=documents["doc"])


def frames_by_week(frames_docs: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """One row per week and frame: articles published that week, how many carry the frame, and the
    share (articles carrying it / articles)."""
    columns = ["week", "frame", "articles", "articles_with_frame", "share"]
    if frames_docs.empty:
        return pd.DataFrame(columns=columns)
    table = frames_docs.assign(week=frames_docs["doc"].map(_weeks(documents)).fillna(""))
    table = table[table["week"] != ""]
    frames = list(dict.fromkeys(frames_docs["frame"]))
    grouped = table.groupby(["week", "frame"], sort=False).agg(articles=("doc", "nunique"),
                                                                articles_with_frame=("present", "sum"))
    grouped = grouped.reset_index()
    grouped["articles_with_frame"] = grouped["articles_with_frame"].astype(int)
    grouped["share"] = grouped["articles_with_frame"] / grouped["articles"]
    grouped["frame"] = pd.Categorical(grouped["frame"], frames)
    grouped = grouped.sort_values(["week", "frame"], kind="stable")
    grouped["frame"] = grouped["frame"].astype(str)
    return grouped[columns].reset_index(drop=True)


def tone_by_week(tone: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """One row per week: articles and sentences published that week and their mean VADER tone
    (mean over sentences)."""
    columns = ["week", "articles", "sentences", "mean_tone"]
    if tone.empty or "compound" not in tone:
        return pd.DataFrame(columns=columns)
    table = tone.assign(week=tone["doc"].map(_weeks(documents)).fillna(""))
    table = table[table["week"] != ""]
    grouped = table.groupby("week").agg(articles=("doc", "nunique"), sentences=("compound", "size"),
                                        mean_tone=("compound", "mean"))
    return grouped.reset_index()[columns]
