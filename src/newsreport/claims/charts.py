"""Charts of the claim ledger: the timeline of dated events and reported user numbers over time.
Each function returns `(figure, data)` for `charts.save_chart`; axis extents come from the data."""

from __future__ import annotations

from datetime import date, timedelta

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import pandas as pd

from newsreport.charts import PALETTE, apply_style, legend_columns
from newsreport.corpus.loader import source_labels
from newsreport.claims.events import key_dates, main_months
from newsreport.claims.vocabulary import Vocabulary, load_vocabulary

Y_LABEL_WIDTH = 40
MAX_EVENT_ROWS = 15  # events on a timeline of a corpus with more documents than colours


def period_midpoint(period: str) -> date | None:
    """The date a period is drawn at: mid-year for a year, mid-month for a month, the day itself."""
    parts = period.split("-")
    try:
        if len(parts) == 1:
            return date(int(parts[0]), 7, 1)
        if len(parts) == 2:
            return date(int(parts[0]), int(parts[1]), 15)
        return date(int(parts[0]), int(parts[1]), int(parts[2]))
    except (ValueError, TypeError):
        return None


def _as_date(iso: str) -> date | None:
    """A plotting date for an ISO day or month (a month is drawn at its 15th)."""
    return period_midpoint(iso) if len(iso) >= 7 else None


def _doc_colours(corpus) -> dict[str, str]:
    return {d.doc: PALETTE[i % len(PALETTE)] for i, d in enumerate(corpus.documents)}


def _short_date(when: date) -> str:
    return f"{when:%b} {when.day}"


def _mark_key_dates(ax, marks: pd.DataFrame, low: date, high: date, closeness_share: float = 0.02) -> pd.DataFrame:
    """Dashed vertical lines for key dates inside `[low, high]`, with their day written above the
    axes; dates closer than 2% of the axis are drawn as one band labelled with their range (on an
    axis of years, a week of key dates is one mark). Returns the marks drawn (date, label)."""
    inside = sorted({(_as_date(r.date), r.label) for r in marks.itertuples()
                     if _as_date(r.date) is not None and low <= _as_date(r.date) <= high})
    if not inside:
        return pd.DataFrame(columns=["date", "label"])
    closeness = max(1, int((high - low).days * closeness_share))
    clusters = [[inside[0]]]
    for item in inside[1:]:
        if (item[0] - clusters[-1][-1][0]).days <= closeness and closeness > 1:
            clusters[-1].append(item)
        else:
            clusters.append([item])
    drawn = []
    for cluster in clusters:
        first, last = cluster[0][0], cluster[-1][0]
        if first == last:
            ax.axvline(first, color="#7f7f7f", linestyle="--", linewidth=0.8, zorder=0)
            text = _short_date(first)
        else:
            ax.axvspan(first, last, color="#7f7f7f", alpha=0.25, zorder=0)
            text = f"key dates {_short_date(first)}–{_short_date(last)}"
        ax.annotate(text, xy=(first, 1.0), xycoords=("data", "axes fraction"), xytext=(0, 3),
                    textcoords="offset points", fontsize=6.5, color="#595959", ha="center", va="bottom")
        drawn += [{"date": d.isoformat(), "label": label} for d, label in cluster]
    return pd.DataFrame(drawn, columns=["date", "label"])


def timeline_chart(events: pd.DataFrame, corpus):
    """Events of the corpus's main month(s) on a date axis: one row per event label, one dot per
    reporting document (colour = document; hollow = rests on an inferred publication date), key dates
    marked. Returns `(figure, data)` with the plotted events."""
    apply_style()
    months = main_months(events)
    shown = events[events.date.str[:7].isin(months)].copy() if months else events.iloc[0:0].copy()
    shown["when"] = shown.date.map(_as_date)
    shown = shown[shown.when.notna()]
    # one "Published" row; hollow markers already say which publication dates were inferred
    shown["label"] = shown.label.where(shown.event_type != "publication", "Published")
    if len(corpus.documents) > len(PALETTE):  # a colour per document stops meaning anything: count them
        return _timeline_by_count(shown, months)
    short = source_labels(corpus.documents)
    colours = _doc_colours(corpus)
    labels = list(dict.fromkeys(shown.sort_values("when", kind="stable").label))
    fig, ax = plt.subplots(figsize=(8.2, 0.42 * max(len(labels), 3) + 1.6))
    if shown.empty:
        ax.text(0.5, 0.5, "No dated events found in the corpus", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return fig, shown.drop(columns="when")
    docs = [d.doc for d in corpus.documents if d.doc in set(shown.doc)]
    offsets = {doc: (i - (len(docs) - 1) / 2) * min(0.12, 0.5 / max(len(docs), 1)) for i, doc in enumerate(docs)}
    rows = {label: i for i, label in enumerate(labels)}
    for doc in docs:
        mine = shown[shown.doc == doc]
        y = [rows[label] + offsets[doc] for label in mine.label]
        hollow = mine.inferred.astype(bool).tolist()
        ax.scatter(mine.when, y, s=46, marker="o", label=short.get(doc, doc), zorder=3,
                   facecolors=["white" if h else colours[doc] for h in hollow], edgecolors=colours[doc],
                   linewidths=1.4)
    ax.set_yticks(range(len(labels)))
    ax.set_yticklabels([label if len(label) <= Y_LABEL_WIDTH else label[:Y_LABEL_WIDTH - 1] + "…"
                        for label in labels])
    ax.set_ylim(len(labels) - 0.5, -0.5)
    low, high = min(shown.when), max(shown.when)
    pad = timedelta(days=max(1, (high - low).days // 20 + 1))
    ax.set_xlim(low - pad, high + pad)
    locator = mdates.AutoDateLocator(minticks=4, maxticks=12)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    _mark_key_dates(ax, key_dates(shown), low, high)
    span = ", ".join(pd.Period(m).strftime("%B %Y") for m in months)
    ax.set_title(f"Dated events reported in the corpus, {span} (dashed: key dates)", pad=16)
    ax.set_xlabel("Date (day; hollow = relative date or publication date inferred)")
    ax.set_ylabel("Event")
    # legend under the axis, not beside it: the chart keeps the page width and its text stays legible
    legend = ax.legend(title="Source document", loc="upper center", bbox_to_anchor=(0.5, -0.16), frameon=False,
                       ncols=legend_columns([short.get(doc, doc) for doc in docs], fig.get_figwidth()))
    for handle in legend.legend_handles:  # a document's colour is filled; hollow means "inferred" only on the plot
        handle.set_facecolor(handle.get_edgecolor())
    data = shown.drop(columns="when")[["event_id", "date", "label", "doc", "date_basis", "inferred", "key", "quote"]]
    return fig, data.reset_index(drop=True)


def _timeline_by_count(shown: pd.DataFrame, months: list[str], limit: int = MAX_EVENT_ROWS):
    """The timeline of a corpus with more documents than colours: the `limit` events reported by the
    most documents, one marker per event and day whose area is the number of documents reporting it."""
    counts = shown.groupby(["label", "when"], sort=False).agg(date=("date", "first"), documents=("doc", "nunique"))
    counts = counts.reset_index()
    chosen = counts.groupby("label")["documents"].sum().sort_values(ascending=False, kind="stable").index[:limit]
    counts = counts[counts.label.isin(chosen)]
    labels = list(counts.groupby("label")["when"].min().sort_values(kind="stable").index)
    rows = {label: i for i, label in enumerate(labels)}
    biggest = int(counts.documents.max())
    area = lambda n: 10 + 240 * n / biggest  # noqa: E731 - the one scale of marker and legend
    fig, ax = plt.subplots(figsize=(8.2, 0.42 * max(len(labels), 3) + 1.8))
    ax.scatter(counts.when, counts.label.map(rows), s=area(counts.documents), color=PALETTE[0], alpha=0.75,
               edgecolors="white", linewidths=0.5, zorder=3)
    ax.set_yticks(range(len(labels)))
    ax.set_yticklabels([label if len(label) <= Y_LABEL_WIDTH else label[:Y_LABEL_WIDTH - 1] + "…" for label in labels])
    ax.set_ylim(len(labels) - 0.5, -0.5)
    low, high = min(counts.when), max(counts.when)
    pad = timedelta(days=max(1, (high - low).days // 20 + 1))
    ax.set_xlim(low - pad, high + pad)
    locator = mdates.AutoDateLocator(minticks=4, maxticks=12)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    # key dates that many documents report (a date one article gives is no key date of the coverage)
    widely = counts[counts.documents >= max(2, biggest / 10)]
    marked = shown.merge(widely[["label", "when"]], on=["label", "when"])
    _mark_key_dates(ax, key_dates(marked), low, high, closeness_share=0.08)  # labels of close dates would overlap
    for n in sorted({1, max(1, biggest // 2), biggest}):
        ax.scatter([], [], s=area(n), color=PALETTE[0], alpha=0.75, label=plural_documents(n))
    ax.legend(title="Reported by", loc="upper center", bbox_to_anchor=(0.5, -0.16), frameon=False, ncols=3)
    span = ", ".join(pd.Period(m).strftime("%B %Y") for m in months)
    ax.set_title(f"The {len(labels)} dated events reported by the most documents, {span}", pad=16)
    ax.set_xlabel("Date (day; marker area: number of documents; dashed: key dates)")
    ax.set_ylabel("Event")
    counts = counts.assign(label=pd.Categorical(counts.label, labels)).sort_values(["label", "when"], kind="stable")
    return fig, counts.assign(label=counts.label.astype(str))[["date", "label", "documents"]].reset_index(drop=True)


def plural_documents(n: int) -> str:
    return f"{n:,} document" + ("" if n == 1 else "s")


def user_number_points(sources: pd.DataFrame, vocabulary: Vocabulary | None = None) -> pd.DataFrame:
    """The ledger's user-number mentions with a period: entity, metric, period, plotting date, value."""
    vocabulary = vocabulary or load_vocabulary()
    user_metrics = {m.name for m in vocabulary.metrics if m.user_series}
    points = sources[sources.metric.isin(user_metrics) & (sources.period.astype(str) != "")].copy()
    points["when"] = points.period.map(period_midpoint)
    points["plotted"] = points.value.where(points.value.notna(), points.low)
    points = points[points.when.notna() & points.plotted.notna()]
    if "scope" in points:  # US and worldwide counts are different lines
        scope = points.scope.fillna("").astype(str)
        points["metric"] = points.metric.where(scope == "", points.metric + " (" + scope.replace("global", "worldwide") + ")")
    return points.sort_values(["entity", "metric", "when"], kind="stable").reset_index(drop=True)


def user_numbers_chart(sources: pd.DataFrame, events: pd.DataFrame, corpus, vocabulary: Vocabulary | None = None):
    """Reported user numbers over time: one line per entity and metric (MAU, DAU, users), each point
    labelled with its source document; triangles mark "over"/"under" values; the publication dates of
    the corpus and key dates on the axis are marked. Returns `(figure, data)`."""
    apply_style()
    points = user_number_points(sources, vocabulary)
    short = source_labels(corpus.documents)
    fig, ax = plt.subplots(figsize=(8.2, 4.6))
    if points.empty:
        ax.text(0.5, 0.5, "No user numbers with a period found in the corpus", ha="center", va="center",
                transform=ax.transAxes)
        ax.set_axis_off()
        return fig, points
    many_sources = len(corpus.documents) > len(PALETTE)  # as the timeline: no colour per document
    if many_sources:  # one labelled point per value and period, with how many sources report it
        keys = ["entity", "metric", "period", "when", "plotted", "qualifier"]
        points = points.groupby(keys, sort=False, dropna=False).agg(
            display=("display", "first"), doc=("doc", "first"), quote=("quote", "first"),
            claim_id=("claim_id", "first"), n_sources=("doc", "nunique")).reset_index()
    scale, scale_word = (1e6, "millions") if points.plotted.max() >= 1e6 else (1e3, "thousands") \
        if points.plotted.max() >= 1e3 else (1, "")
    markers = {"more_than": "^", "at_least": "^", "less_than": "v", "at_most": "v"}
    labels_at: dict = {}  # labels already written near each date, so the next one goes below
    for i, ((entity, metric), series) in enumerate(points.groupby(["entity", "metric"], sort=True)):
        colour = PALETTE[i % len(PALETTE)]
        name = f"{entity or 'unknown'} — {metric.replace('_', ' ')}"
        ax.plot(series.when, series.plotted / scale, color=colour, linewidth=1.2, alpha=0.7, label=name)
        for row in series.itertuples():
            ax.scatter([row.when], [row.plotted / scale], marker=markers.get(row.qualifier, "o"), s=42,
                       color=colour, zorder=3)
            nearby = [y for (when, y) in labels_at.items() if abs((when[0] - row.when).days) < 45
                      and abs(y - row.plotted / scale) < points.plotted.max() / scale * 0.06]
            shift = -11 * len(nearby)
            if many_sources and len(nearby) >= 3:  # a fourth label at one spot would run off the axes
                continue
            labels_at[(row.when, len(labels_at))] = row.plotted / scale
            text = (f"{row.display} ({row.n_sources:,} sources)" if many_sources and row.n_sources > 1
                    else f"{short.get(row.doc, row.doc)}: {row.display}")
            ax.annotate(text, (row.when, row.plotted / scale),
                        xytext=(5, 4 + shift), textcoords="offset points", fontsize=7, color=colour)
    published = [d.published for d in corpus.documents if d.published]
    low = min(points.when.min(), *published) if published else points.when.min()
    high = max(points.when.max(), *published) if published else points.when.max()
    # key dates of the story just after publication (a deadline days later) belong on the axis too
    marks = key_dates(events)
    soon = [d for d in (_as_date(x) for x in marks.date) if d and high < d <= high + timedelta(days=90)]
    high = max([high, *soon])
    pad = timedelta(days=max(15, (high - low).days // 12))
    ax.set_xlim(low - pad, high + pad * 2)
    ax.set_ylim(0, points.plotted.max() / scale * 1.18)
    if published:
        ax.axvspan(min(published), max(published) + timedelta(days=1), color="#d9d9d9", alpha=0.6, zorder=0,
                   label="Articles published")
    _mark_key_dates(ax, marks, low, high)
    locator = mdates.AutoDateLocator(minticks=3, maxticks=10)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.set_title("Reported user numbers over time, " + ("each value with the number of sources reporting it"
                                                        if many_sources else "by source document"), pad=16)
    ax.set_xlabel("Period the number refers to (a year is drawn at mid-year)")
    ax.set_ylabel(f"Users ({scale_word})" if scale_word else "Users")
    ax.legend(loc="upper left", fontsize=7.5, frameon=False)
    data = points[["entity", "metric", "period", "plotted", "qualifier", "display", "doc", "quote", "claim_id"]
                  + (["n_sources"] if many_sources else [])]
    return fig, data.rename(columns={"plotted": "value"})
