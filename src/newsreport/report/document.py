"""Report building blocks: numbered charts and tables, and quotes that every corpus number links to.

A `Report` holds what the report's sections share: the corpus tables, the quote registry behind the
appendix's quote index, and the chart/table counters. Sections (`newsreport.report.sections`) return HTML strings
that the report notebook displays; nbconvert then exports that notebook.
"""

from __future__ import annotations

import base64
import html
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from newsreport.report.scale import DETAIL_MAX_DOCS, TOP_N, is_detailed
from newsreport.tables import read_csv, write_csv

ISO_DATE = re.compile(r"\d{4}-\d{2}(-\d{2})?")


def esc(value) -> str:
    """HTML-escape any value (corpus text is data, never markup)."""
    return html.escape("" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value))


def plural(n: int, word: str, many: str | None = None) -> str:
    """'1 article', '3 articles'."""
    return f"{n:,} {word if n == 1 else (many or word + 's')}"


def signed(score: float) -> str:
    """A score with its sign as typeset text: '+0.12', '−0.08' (a minus sign, not a hyphen), '0.00'."""
    text = f"{score:+.2f}"
    return "0.00" if text in ("+0.00", "-0.00") else text.replace("-", "−")


def percent(part: float, whole: float) -> str:
    """A share as a rounded percentage, '—' when the whole is zero."""
    return f"{100 * part / whole:.0f}%" if whole else "—"


@dataclass
class Quote:
    """A registered source span: shown once in the quote index, linked from wherever it is cited."""

    number: int
    doc: str
    sentence_id: str
    start: int
    end: int

    @property
    def anchor(self) -> str:
        return f"q{self.number}"


class Report:
    """Shared state of one report: corpus tables, quotes, chart and table numbering, the sources
    cited, and how much detail the corpus size allows (`newsreport.report.scale`)."""

    def __init__(self, out_dir: Path | str, detail_max_docs: int = DETAIL_MAX_DOCS, top_n: int = TOP_N):
        self.detail_max_docs, self.top_n = int(detail_max_docs), int(top_n)
        self.cited_docs: set[str] = set()
        self.data_dir = Path(out_dir) / "data"
        self.figures_dir = Path(out_dir) / "figures"
        self._tables: dict[str, pd.DataFrame] = {}
        self.documents = self.table("documents")
        self.sentences = self.table("sentences")
        self._doc_numbers: dict[str, int] | None = None
        self.quotes: dict[tuple, Quote] = {}
        self.chart_count = 0
        self.table_count = 0

    @property
    def detailed(self) -> bool:
        """Whether the corpus is small enough for per-document tables and charts."""
        return is_detailed(len(self.documents), self.detail_max_docs)

    # -- data ---------------------------------------------------------------------------------
    def table(self, name: str) -> pd.DataFrame:
        """`data/<name>.csv` as a DataFrame (empty if the file is missing), read once per report."""
        if name not in self._tables:
            path = self.data_dir / f"{name}.csv"
            self._tables[name] = read_csv(path) if path.exists() else pd.DataFrame()
        return self._tables[name].copy()  # a copy: sections may add columns without touching each other

    def doc_number(self, doc: str) -> int:
        """The 1-based position of a document in the source list (its reference number [S1], [S2]...)."""
        if self._doc_numbers is None:  # asked hundreds of times in a large corpus: one lookup table
            self._doc_numbers = {}
            for number, name in enumerate(self.documents.get("doc", []), 1):
                self._doc_numbers.setdefault(name, number)
        return self._doc_numbers.get(doc, 0)

    def source_ref(self, doc: str) -> str:
        """A link to the document's entry in the source list, e.g. 'S2'."""
        n = self.doc_number(doc)
        if n:
            self.cited_docs.add(doc)
        return f'<a class="src" href="#src-{n}">S{n}</a>' if n else esc(doc)

    # -- provenance ---------------------------------------------------------------------------
    def quote(self, doc: str, start: int, end: int, sentence_id: str | None = None) -> Quote:
        """Register the span `[start, end)` of `doc` (once) and return its Quote."""
        key = (doc, int(start), int(end))
        if key not in self.quotes:
            if not sentence_id:
                sentence_id = self.sentence_of(doc, int(start))
            self.quotes[key] = Quote(len(self.quotes) + 1, doc, sentence_id or "", int(start), int(end))
        return self.quotes[key]

    def cite(self, label: str, doc: str, start: int, end: int, sentence_id: str | None = None) -> str:
        """`label` (a number as written in prose) linked to its source quote in the appendix."""
        quote = self.quote(doc, start, end, sentence_id)
        return (f'<a class="cite" href="#{quote.anchor}" title="{esc(doc)}">{esc(label)}'
                f'<sup>[{quote.number}]</sup></a>')

    def sentence_of(self, doc: str, offset: int) -> str:
        """The id of the sentence of `doc` that contains `offset`."""
        rows = self.sentences[(self.sentences["doc"] == doc) & (self.sentences["start"] <= offset)
                              & (self.sentences["end"] > offset)]
        return rows.iloc[0]["sentence_id"] if not rows.empty else ""

    def quote_index(self) -> str:
        """The appendix list of every cited quote: source, sentence id, the sentence with the span marked."""
        by_id = self.sentences.set_index("sentence_id") if not self.sentences.empty else None
        items = []
        for quote in sorted(self.quotes.values(), key=lambda q: q.number):
            sentence_html = ""
            if by_id is not None and quote.sentence_id in by_id.index:
                row = by_id.loc[quote.sentence_id]
                text, s0 = row["text"], int(row["start"])
                a, b = max(quote.start - s0, 0), min(quote.end - s0, len(text))
                sentence_html = f"{esc(text[:a])}<mark>{esc(text[a:b])}</mark>{esc(text[b:])}"
            items.append(
                f'<li id="{quote.anchor}"><span class="qnum">[{quote.number}]</span> '
                f'{self.source_ref(quote.doc)} <span class="qid">{esc(quote.sentence_id)}, '
                f'chars {quote.start}–{quote.end}</span><br><span class="qtext">{sentence_html}</span></li>')
        return '<ol class="quote-index">' + "\n".join(items) + "</ol>"

    # -- numbered exhibits --------------------------------------------------------------------
    def chart(self, name: str, caption: str, alt: str, note: str = "") -> str:
        """A numbered chart from `figures/<name>.png`, with caption, alt text and a source line."""
        path, data = self.figures_dir / f"{name}.png", self.figures_dir / f"{name}.csv"
        if not path.exists() or (data.exists() and _without_rows(data)):
            return ""  # a chart of nothing (the corpus has no such data) is left out, not shown blank
        self.chart_count += 1
        data = base64.b64encode(path.read_bytes()).decode("ascii")
        source = f"Data: figures/{name}.csv. " if (self.figures_dir / f"{name}.csv").exists() else ""
        return (f'<figure class="chart" id="chart-{name}"><img src="data:image/png;base64,{data}" alt="{esc(alt)}">'
                f'<figcaption><span class="label">Chart {self.chart_count}.</span> {caption}'
                f'<span class="source">{source}{note}</span></figcaption></figure>')

    def exhibit(self, frame: pd.DataFrame, caption: str, name: str, cells: dict | None = None,
                note: str = "", style: str = "") -> str:
        """A numbered table, also written as `data/report_<name>.csv`. `cells` maps column ->
        function(row) returning HTML for that cell (e.g. a cited quote); other cells are escaped text."""
        self.table_count += 1
        csv_name = f"report_{name}"
        write_csv(frame, self.data_dir / f"{csv_name}.csv")
        cells = cells or {}
        # numeric columns are right-aligned, header included, so numbers sit under their heading
        numeric_columns = {c for c in frame.columns if pd.api.types.is_numeric_dtype(frame[c])
                           and not pd.api.types.is_bool_dtype(frame[c]) and c not in cells}
        head = "".join(f'<th class="num">{esc(c)}</th>' if c in numeric_columns else f"<th>{esc(c)}</th>"
                       for c in frame.columns)
        rows = []
        for _, row in frame.iterrows():
            tds = []
            for column in frame.columns:
                value = cells[column](row) if column in cells else esc(_fmt(row[column]))
                numeric = isinstance(row[column], (int, float, np.number)) and not isinstance(row[column], bool)
                css = "num" if numeric else "nowrap" if ISO_DATE.fullmatch(str(row[column])) else ""
                tds.append(f'<td class="{css}">{value}</td>' if css else f"<td>{value}</td>")
            rows.append("<tr>" + "".join(tds) + "</tr>")
        # caption as a paragraph before the table: print engines keep it with the table (break-after)
        return (f'<div class="exhibit" id="table-{self.table_count}"><p class="caption"><span class="label">'
                f'Table {self.table_count}.</span> {caption}</p><table class="{f"exhibit {style}".strip()}"><thead><tr>{head}</tr>'
                f'</thead><tbody>{"".join(rows)}</tbody></table>'
                f'<p class="source">Data: data/{csv_name}.csv. {note}</p></div>')


def _without_rows(path: Path) -> bool:
    """Whether a CSV holds no data rows (header only, or nothing at all)."""
    try:
        return read_csv(path).empty
    except pd.errors.EmptyDataError:
        return True


def _fmt(value) -> str:
    if isinstance(value, (int, np.integer)) and not isinstance(value, bool):
        return f"{value:,}"
    if isinstance(value, float):
        if pd.isna(value):
            return ""
        return f"{value:,.0f}" if value.is_integer() and abs(value) >= 1000 else f"{value:,.3g}" if abs(value) < 1000 else f"{value:,.0f}"
    return "" if value is None else str(value)


def _short(text, limit: int) -> str:
    text = str(text or "")
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def number_words(value: float, unit: str = "") -> str:
    """A value as a reader writes it: 320000000 -> '320 million', 0.35 stays '0.35'."""
    if value is None or pd.isna(value):
        return ""
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(value) >= scale:
            shown = f"{value / scale:,.2f}".rstrip("0").rstrip(".")
            return f"{shown} {word}" + (f" {unit}" if unit else "")
    shown = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")
    return shown + (f" {unit}" if unit else "")
