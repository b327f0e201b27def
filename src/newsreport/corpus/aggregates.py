"""Corpus-level aggregates that stay the same size whatever the number of articles: articles per
week (by outlet) and the outlets table. They read the documents table (`documents_table`), so they
work the same on a corpus loaded now or on `data/documents.csv` read back."""

from __future__ import annotations

import pandas as pd

UNKNOWN_OUTLET = "(outlet unknown)"


def week_of(published: pd.Series) -> pd.Series:
    """The Monday (ISO date) of the week of each publication date; '' for a missing or unreadable date."""
    dates = pd.to_datetime(published.fillna("").astype(str), errors="coerce", format="mixed")
    monday = dates - pd.to_timedelta(dates.dt.day_of_week, unit="D")
    return monday.dt.strftime("%Y-%m-%d").fillna("")


def outlet_names(documents: pd.DataFrame) -> pd.Series:
    """Each document's outlet, with a visible name for documents that give none."""
    outlets = documents.get("outlet", pd.Series("", index=documents.index)).fillna("").astype(str).str.strip()
    return outlets.where(outlets != "", UNKNOWN_OUTLET)


def outlets_table(documents: pd.DataFrame) -> pd.DataFrame:
    """One row per outlet, most articles first: articles, words, first and last publication date."""
    frame = pd.DataFrame({"outlet": outlet_names(documents), "words": documents["n_words"].astype(int),
                          "published": documents["published"].fillna("").astype(str)})
    dated = frame[frame["published"] != ""]
    table = frame.groupby("outlet", sort=False).agg(articles=("outlet", "size"), words=("words", "sum"))
    table["first_published"] = dated.groupby("outlet")["published"].min()
    table["last_published"] = dated.groupby("outlet")["published"].max()
    table = table.fillna({"first_published": "", "last_published": ""}).reset_index()
    return table.sort_values(["articles", "outlet"], ascending=[False, True], kind="stable").reset_index(drop=True)


def articles_by_week(documents: pd.DataFrame, top_outlets: int = 6) -> pd.DataFrame:
    """Articles per week and outlet, the `top_outlets` largest outlets by name and the rest as
    'other outlets'; undated articles are left out (their count is in the documents table). Every
    week between the first and the last is present, with zeros, so a chart shows quiet weeks."""
    frame = pd.DataFrame({"week": week_of(documents["published"]), "outlet": outlet_names(documents)})
    frame = frame[frame["week"] != ""]
    if frame.empty:
        return pd.DataFrame(columns=["week", "outlet", "articles"])
    largest = frame["outlet"].value_counts(sort=False).sort_values(ascending=False, kind="stable")
    named = list(largest.index[:top_outlets])
    frame["outlet"] = frame["outlet"].where(frame["outlet"].isin(named), "other outlets")
    weeks = pd.date_range(frame["week"].min(), frame["week"].max(), freq="7D").strftime("%Y-%m-%d")
    outlets = named + (["other outlets"] if (frame["outlet"] == "other outlets").any() else [])
    counts = frame.groupby(["week", "outlet"]).size()
    full = pd.MultiIndex.from_product([weeks, outlets], names=["week", "outlet"])
    return counts.reindex(full, fill_value=0).rename("articles").reset_index()
