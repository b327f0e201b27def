"""What the sections show instead of one row per document when the corpus is large
(`Report.detailed` is False): top lists of claims and events, and charts by week. Each top list
says how many rows it leaves out and where they are."""

from __future__ import annotations

import pandas as pd

from newsreport.charts import PALETTE
from newsreport.report.document import Report
from newsreport.report.sections.common import cite_row
from newsreport.report.scale import MIN_WEEKS, rows_note

STATUS_ORDER = {"conflict": 0, "discrepancy": 1, "agreement": 2, "series": 3, "single": 4}


def top_claims(claims: pd.DataFrame, n: int) -> pd.DataFrame:
    """Per status (conflicts first, then agreements, then series), the `n` claims reported by the
    most sources; ties keep the ledger's order."""
    ranked = claims.assign(order=claims["status"].map(STATUS_ORDER).fillna(len(STATUS_ORDER)))
    ranked = ranked.sort_values(["order", "n_sources"], ascending=[True, False], kind="stable")
    return ranked.groupby("status", sort=False).head(n).drop(columns="order")


def top_events(events: pd.DataFrame, n: int) -> pd.DataFrame:
    """The `n` dated events reported by the most documents (one row per date and label, with the
    first report's quote), then in date order; publication dates are not events of the story."""
    reported = events[events.get("event_type", pd.Series("", index=events.index)) != "publication"]
    if reported.empty:
        return reported.assign(n_docs=pd.Series(dtype=int))
    first = reported.sort_values(["date", "doc", "start"], kind="stable")
    counts = first.groupby(["date", "label"], sort=False)["doc"].nunique().rename("n_docs")
    chosen = first.drop_duplicates(["date", "label"]).join(counts, on=["date", "label"])
    chosen = chosen.sort_values("n_docs", ascending=False, kind="stable").head(n)
    return chosen.sort_values(["date", "doc"], kind="stable")


def spread(rows: pd.DataFrame, n: int) -> pd.DataFrame:
    """At most `n` rows of an ordered table: the first, the last and evenly spaced ones between."""
    if len(rows) <= n:
        return rows
    picks = sorted({round(i * (len(rows) - 1) / (n - 1)) for i in range(n)})
    return rows.iloc[picks]


def colour_per_document(rep: Report) -> bool:
    """Whether the charts give each document its own colour (the stage charts stop at the palette's size)."""
    return len(rep.documents) <= len(PALETTE)


def weeks_with_articles(rep: Report) -> int:
    """Number of weeks with at least one dated article."""
    weekly = rep.table("tone_by_week")
    return int((weekly["articles"] > 0).sum()) if not weekly.empty else 0


def frames_by_week_chart(rep: Report) -> str:
    """The frames-and-tone-by-week chart, when the corpus spans enough weeks to show a change."""
    if weeks_with_articles(rep) < MIN_WEEKS:
        return ""
    return rep.chart("frames_tone_by_week",
                     "Frames and tone by week: articles per week (top), share of the week's articles carrying each "
                     "frame (middle), mean sentence tone (bottom). Weeks with few articles swing widely.",
                     "Three stacked panels over the same weeks: bars of articles per week, one line per frame for "
                     "the share of articles carrying it, and a line of mean VADER tone.",
                     note="Tables: data/frames_by_week.csv, data/tone_by_week.csv.")


def top_events_table(rep: Report, events: pd.DataFrame) -> str:
    """The dated events reported by the most documents, each with its first report cited."""
    chosen = top_events(events, rep.top_n)
    if chosen.empty:
        return ""
    shown = pd.DataFrame({"Date": chosen["date"], "Event": chosen["label"].fillna(""),
                          "Documents": chosen["n_docs"].astype(int), "First reported": chosen["quote"],
                          "Source": [f"S{rep.doc_number(d)}" for d in chosen["doc"]]},
                         index=chosen.index)
    n_pairs = events[events.get("event_type", pd.Series("", index=events.index)) != "publication"] \
        .drop_duplicates(["date", "label"]).shape[0]
    return rep.exhibit(shown, "Dated events reported by the most documents, in the order they happened; "
                              "each with the first report of it.", "top_events",
                       cells={"First reported": lambda r: cite_row(rep, chosen.loc[r.name]),
                              "Source": lambda r: rep.source_ref(chosen.loc[r.name, "doc"])},
                       note=rows_note(len(chosen), n_pairs, "event", "data/events.csv",
                                      "reported by the most documents"))
