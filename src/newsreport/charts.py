"""One look for every chart, and saving charts with stable bytes next to the CSV behind them."""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # charts are files; the notebook shows them through the report module
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
from newsreport.left_out import imported_without  # noqa: E402
from newsreport.tables import write_csv  # noqa: E402

with imported_without(["scipy"]):  # seaborn's optional SciPy costs every kernel 0.5-1 s; no chart of ours uses it
    import seaborn as sns  # noqa: E402

# One palette for the whole report: frames, documents and series keep their colour everywhere.
PALETTE = ["#1f4e79", "#c55a11", "#548235", "#7030a0", "#bf9000", "#2e75b6", "#a5a5a5", "#843c0c"]
FONT_FAMILY = ["DejaVu Sans", "Noto Sans CJK SC"]  # CJK fallback so 小红书 renders
CHART_DPI = 200
# A chart with one bar or row per document stays readable (and within image-size limits) up to this
# many documents; above it, per-document charts draw the largest documents only and say so.
MAX_CHART_ROWS = 40


def largest_rows(data: pd.DataFrame, size: pd.Series, limit: int = MAX_CHART_ROWS) -> tuple[pd.DataFrame, str]:
    """At most `limit` rows of `data`, the largest by `size` (aligned with `data`), in their original
    order, and a note for the chart title ('' when every row fits)."""
    if len(data) <= limit:
        return data, ""
    keep = size.sort_values(ascending=False, kind="stable").index[:limit]
    return data.loc[data.index.isin(keep)], f" ({limit} largest of {len(data):,} documents)"


def apply_style() -> None:
    """Set the report's seaborn theme (seaborn overwrites rcParams, so the font goes in its rc)."""
    sns.set_theme(style="whitegrid", palette=PALETTE, rc={
        "font.family": FONT_FAMILY,
        "axes.titlesize": 11, "axes.labelsize": 9.5, "xtick.labelsize": 8.5, "ytick.labelsize": 8.5,
        "legend.fontsize": 8.5, "figure.dpi": 100, "svg.hashsalt": "newsreport",
        "axes.spines.top": False, "axes.spines.right": False,
    })


def legend_columns(labels, figure_width: float, most: int = 6) -> int:
    """How many columns a legend set under a chart `figure_width` inches wide can have for `labels`
    without growing wider than the chart (legend text is about 5 pt a character, a marker about 5
    characters): long file names get fewer columns, short labels up to `most`."""
    longest = max((len(str(label)) for label in labels), default=1)
    fits = int(figure_width * 72 // ((longest + 5) * 5))
    return max(1, min(len(labels), most, fits))


def save_chart(fig, name: str, figures_dir: Path, data: pd.DataFrame | None = None) -> Path:
    """Save `fig` as `figures_dir/name.png` (no timestamp metadata, so bytes repeat) and, when given,
    the table it was drawn from as `figures_dir/name.csv`. Returns the PNG path."""
    figures_dir = Path(figures_dir)
    figures_dir.mkdir(parents=True, exist_ok=True)
    png = figures_dir / f"{name}.png"
    fig.savefig(png, dpi=CHART_DPI, bbox_inches="tight", metadata={"Software": None})
    plt.close(fig)
    if data is not None:
        write_csv(data, figures_dir / f"{name}.csv")
    return png


# Week labels a chart's date axis holds before they collide (on a chart 8 inches wide).
MAX_WEEK_LABELS = 9


def week_axis(ax, weeks) -> None:
    """Label a date axis by the weeks shown: a tick at the start of every week (every second, third …
    when there are many), written "6 Jan" with the year under the first, so labels never collide."""
    import matplotlib.dates as mdates

    starts = sorted(pd.to_datetime(pd.Series(list(weeks))).dropna().unique())
    if not starts:
        return
    step = -(-len(starts) // MAX_WEEK_LABELS)  # ceiling division
    ticks = starts[::step]
    ax.set_xticks(ticks)

    def label(value, position):  # the year under the first week and under a week that opens a new year
        day = mdates.num2date(value)
        first = position == 0 or (position and mdates.num2date(ax.get_xticks()[position - 1]).year != day.year)
        return day.strftime("%-d %b") + (day.strftime("\n%Y") if first else "")

    ax.xaxis.set_major_formatter(plt.FuncFormatter(label))
