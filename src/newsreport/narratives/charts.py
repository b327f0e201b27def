"""Charts of the narratives step: frame heatmap, frame position, top cues, tone by frame, entity counts.

Each function draws from a table of `newsreport.narratives.methods` / `entities` / `tone`, saves the chart with
`save_chart` (PNG plus the CSV of exactly what is drawn) and returns the PNG path. Frames keep one colour
each (config order) across charts.
"""

from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from newsreport.charts import PALETTE, apply_style, largest_rows, save_chart, sns, week_axis  # seaborn without SciPy


def frame_colours(frames: list[str]) -> dict[str, str]:
    """One palette colour per frame, in config order."""
    return {frame: PALETTE[i % len(PALETTE)] for i, frame in enumerate(frames)}


def frame_heatmap(docs: pd.DataFrame, figures_dir: Path, labels: dict | None = None) -> Path:
    """Documents (rows) x frames (columns), cell = share of the document's kept sentences carrying the frame.
    `labels` maps doc ids to the names shown (e.g. `corpus.source_labels`)."""
    apply_style()
    frames = list(dict.fromkeys(docs["frame"]))
    data = docs.pivot(index="doc", columns="frame", values="share")[frames]
    data, note = largest_rows(data, data.sum(axis=1))
    # half an inch a row for a few documents, less beyond: forty rows stay readable on one page
    height = 1.6 + 0.5 * min(len(data), 8) + 0.3 * max(len(data) - 8, 0)
    fig, ax = plt.subplots(figsize=(1.6 * len(frames) + 3.2, height))
    sns.heatmap(data.rename(index=labels or {}), annot=True, fmt=".0%", cmap="Blues", vmin=0,
                vmax=max(0.01, float(data.max().max())), cbar_kws={"label": "share of kept sentences"},
                linewidths=0.5, ax=ax)
    ax.set_xlabel("frame")
    ax.set_ylabel("document")
    ax.set_title(f"Share of each document's sentences carrying each frame{note}")
    return save_chart(fig, "frame_heatmap", figures_dir, data.reset_index())


def frame_position_chart(positions: pd.DataFrame, figures_dir: Path) -> Path:
    """Per frame, the share of sentences carrying it in each fifth of the articles (mean over documents),
    with each document's own values as faint points."""
    apply_style()
    frames = list(dict.fromkeys(positions["frame"]))
    colours = frame_colours(frames)
    mean = (positions.groupby(["frame", "position_bin", "position_mid"], sort=False)["share"].mean()
            .rename("mean_share").reset_index())
    fig, ax = plt.subplots(figsize=(7.5, 4))
    offsets = np.linspace(-0.03, 0.03, max(len(frames), 1))
    for offset, frame in zip(offsets, frames):
        per_doc = positions[positions["frame"] == frame]
        ax.scatter(per_doc["position_mid"] + offset, per_doc["share"], color=colours[frame], alpha=0.25, s=14)
        line = mean[mean["frame"] == frame]
        ax.plot(line["position_mid"], line["mean_share"], marker="o", color=colours[frame], label=frame)
    ax.set_xlim(0, 1)
    ax.set_ylim(-0.02, 1.02)
    ax.set_xlabel("relative position in the article (0 = first sentence, 1 = last; fifths)")
    ax.set_ylabel("share of sentences carrying the frame")
    ax.set_title("Where in the articles each frame appears (line: mean over documents; dots: each document)")
    ax.legend(title="frame", loc="upper right")
    data = positions.merge(mean, on=["frame", "position_bin", "position_mid"], how="left")
    return save_chart(fig, "frame_position", figures_dir, data)


def top_cues_chart(top: pd.DataFrame, figures_dir: Path, frames: list[str] | None = None) -> Path:
    """One panel per frame (in `frames` order, the config's): the most frequent matched cue words."""
    apply_style()
    frames = list(frames) if frames else list(dict.fromkeys(top["frame"]))
    colours = frame_colours(frames)
    frames = frames or ["(no frame)"]
    n_rows = max(int(top.groupby("frame").size().max()) if not top.empty else 1, 1)
    fig, axes = plt.subplots(1, len(frames), figsize=(3.3 * len(frames), 0.32 * n_rows + 1.6), squeeze=False)
    for ax, frame in zip(axes[0], frames):
        rows = top[top["frame"] == frame]
        ax.set_title(frame)
        if rows.empty:  # a frame none of whose cues occurs: say so instead of an empty, mis-scaled axis
            ax.text(0.5, 0.5, "no cue matched", ha="center", va="center", transform=ax.transAxes, color="#666666")
            ax.set_xticks([])
            ax.set_yticks([])
            ax.grid(False)
            continue
        ax.barh(rows["quote"], rows["hits"], color=colours.get(frame, PALETTE[0]))
        ax.invert_yaxis()
        ax.set_xlabel("hits (count)")
    axes[0][0].set_ylabel("cue as written (lower case)")
    fig.suptitle("Most frequent cues of each frame", x=0.01, ha="left", fontsize=11)
    fig.tight_layout()
    return save_chart(fig, "top_cues", figures_dir, top)


def tone_by_frame_chart(tone: pd.DataFrame, frames: list[str], figures_dir: Path) -> Path:
    """Box plot of sentence tone (VADER compound) for the sentences carrying each frame, and for those
    carrying none."""
    apply_style()
    parts = [tone[tone[f] == 1].assign(group=f) for f in frames]
    parts.append(tone[(tone[frames] == 0).all(axis=1)].assign(group="no frame"))
    data = pd.concat(parts, ignore_index=True)[["group", "doc", "sentence_id", "compound"]]
    order = frames + ["no frame"]
    colours = {**frame_colours(frames), "no frame": PALETTE[6]}
    fig, ax = plt.subplots(figsize=(1.3 * len(order) + 3, 4))
    sns.boxplot(data=data, x="group", y="compound", hue="group", order=order, hue_order=order, palette=colours,
                legend=False, fliersize=0, width=0.55, ax=ax)
    np.random.seed(0)  # stripplot jitters with numpy's global generator: seed it so chart bytes repeat
    sns.stripplot(data=data, x="group", y="compound", order=order, color="#333333", size=2.5, alpha=0.5, ax=ax)
    counts = data["group"].value_counts()
    ax.set_xticks(range(len(order)), [f"{g}\n(n={counts.get(g, 0)})" for g in order])
    ax.axhline(0, color="#999999", linewidth=0.8)
    ax.set_ylim(-1.05, 1.05)
    ax.set_xlabel("frame carried by the sentence (n = sentences)")
    ax.set_ylabel("VADER compound tone (−1 negative … +1 positive)")
    ax.set_title("Sentence tone by frame")
    return save_chart(fig, "tone_by_frame", figures_dir, data)


ENTITY_CHART_ROWS = 15  # entities the mentions chart shows


def entity_counts_chart(counts: pd.DataFrame, figures_dir: Path, limit: int = ENTITY_CHART_ROWS,
                        labels: dict | None = None) -> Path:
    """Horizontal stacked bars: mentions of the `limit` most mentioned entities, split by document.
    `labels` (doc id -> shown name, in corpus order) also fixes each document's colour."""
    apply_style()
    if counts.empty:  # no configured entity is mentioned: an empty chart that says so
        data = pd.DataFrame(index=pd.Index([], name="entity"))
    else:
        data = counts.pivot_table(index="entity", columns="doc", values="mentions", aggfunc="sum", fill_value=0)
        data = data.loc[data.sum(axis=1).sort_values(ascending=False, kind="stable").index[:limit]]
    by_document = len(data.columns) <= len(PALETTE)  # beyond, a colour per document means nothing: totals
    if not by_document:
        data = data.sum(axis=1).rename("all documents").to_frame()
    fig, ax = plt.subplots(figsize=(7.5, 0.32 * max(len(data), 1) + 1.8))
    left = np.zeros(len(data))
    order = list(labels or data.columns)
    for doc in data.columns:
        colour = PALETTE[order.index(doc) % len(PALETTE)] if doc in order else PALETTE[0 if not by_document else -1]
        ax.barh(data.index, data[doc], left=left, color=colour, label=(labels or {}).get(doc, doc))
        left += data[doc].to_numpy()
    ax.invert_yaxis()
    ax.set_xlabel("mentions (count, aliases merged)")
    ax.set_ylabel("entity")
    ax.set_title(f"Most mentioned names, aliases merged (top {limit})"
                 + ("" if by_document else ", all documents together"))
    if len(data.columns) and by_document:
        ax.legend(title="document", fontsize=7, loc="lower right")
    elif not len(data.columns):
        ax.text(0.5, 0.5, "No entity of the entities config is mentioned", ha="center", va="center",
                transform=ax.transAxes)
    return save_chart(fig, "entity_counts", figures_dir, data.reset_index())


def frames_tone_by_week_chart(frames_week: pd.DataFrame, tone_week: pd.DataFrame, figures_dir: Path,
                              frames: list[str] | None = None, labels: dict | None = None) -> Path:
    """Three panels over the same weeks: articles per week (bars), the share of each week's articles
    carrying each frame (lines, config colours), and the mean sentence tone (line around zero).
    Saved with one CSV row per week and frame."""
    apply_style()
    frames = list(frames) if frames else list(dict.fromkeys(frames_week["frame"]))
    colours = frame_colours(frames)
    fig, (count_ax, share_ax, tone_ax) = plt.subplots(3, 1, figsize=(8, 6.6), sharex=True,
                                                      gridspec_kw={"height_ratios": [1, 2, 1.3]})
    weekly_articles = tone_week.set_index("week")["articles"] if not tone_week.empty else pd.Series(dtype=int)
    if weekly_articles.empty and not frames_week.empty:
        weekly_articles = frames_week.groupby("week")["articles"].max()
    count_ax.bar(pd.to_datetime(weekly_articles.index), weekly_articles.to_numpy(), width=6, align="edge",
                 color=PALETTE[6])
    count_ax.set_ylabel("articles")
    count_ax.set_title("Frames and tone by week (weeks starting Monday)")
    for frame in frames:
        rows = frames_week[frames_week["frame"] == frame]
        share_ax.plot(pd.to_datetime(rows["week"]) + pd.Timedelta(days=3), rows["share"], marker="o", markersize=3,
                      linewidth=1.3, color=colours[frame], label=(labels or {}).get(frame, frame))
    share_ax.set_ylim(-0.02, 1.02)
    share_ax.yaxis.set_major_formatter(plt.FuncFormatter(lambda v, _: f"{v:.0%}"))
    share_ax.set_ylabel("share of articles\ncarrying the frame")
    if not tone_week.empty:
        tone_ax.plot(pd.to_datetime(tone_week["week"]) + pd.Timedelta(days=3), tone_week["mean_tone"], marker="o",
                     markersize=3, linewidth=1.3, color=PALETTE[0])
    tone_ax.axhline(0, color="#999999", linewidth=0.8)
    low = min(-0.2, float(tone_week["mean_tone"].min()) - 0.05) if not tone_week.empty else -1
    high = max(0.2, float(tone_week["mean_tone"].max()) + 0.05) if not tone_week.empty else 1
    tone_ax.set_ylim(max(-1.05, low), min(1.05, high))
    tone_ax.set_ylabel("mean tone\n(VADER, −1…+1)")
    tone_ax.set_xlabel("week (starting Monday)")
    week_axis(tone_ax, weekly_articles.index if len(weekly_articles) else frames_week["week"])
    fig.tight_layout()
    if frames:  # under the chart, so the panels keep the page width
        fig.legend(*share_ax.get_legend_handles_labels(), title="frame", fontsize=8, loc="upper center",
                   bbox_to_anchor=(0.5, 0.0), ncols=min(len(frames), 3), frameon=False)
    data = frames_week.merge(tone_week[["week", "sentences", "mean_tone"]], on="week", how="left") \
        if not tone_week.empty else frames_week
    return save_chart(fig, "frames_tone_by_week", figures_dir, data)
