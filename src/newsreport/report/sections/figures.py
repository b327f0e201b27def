"""The figures section: how many figures of what kinds, and the headline figures, each cited."""

from __future__ import annotations

import pandas as pd

from newsreport.report.document import Report, number_words, percent, plural
from newsreport.report.sections.common import cite_row, heading, headline_figures, missing, period_stated, what_counted


def section(rep: Report) -> str:
    """How many figures, of what kinds and qualifiers; the headline figures, each cited; the chart."""
    figures = rep.table("figures")
    parts = [heading("figures")]
    if figures.empty:
        return parts[0] + missing("figures (numbers with units, dates or ranks)")
    kinds = figures["kind"].value_counts()
    kind_text = ", ".join(f"{n:,} {kind}" for kind, n in kinds.items())
    qualifiers = figures["qualifier"].fillna("exact")
    hedged = figures[~qualifiers.isin(["exact", "", "range"])]  # a range is stated, not hedged
    ranges = int((qualifiers == "range").sum())
    range_text = (f", and {plural(ranges, 'figure')} {'is' if ranges == 1 else 'are'} given as a range (a low "
                  f"and a high value)" if ranges else "")
    parts.append(
        f"<p>The articles state {plural(len(figures), 'figure')} — numbers with their units, dates, ranks and "
        f"durations — found in {plural(figures['sentence_id'].nunique(), 'sentence')} ({kind_text}). "
        f"{plural(len(hedged), 'figure')} ({percent(len(hedged), len(figures))}) {'is' if len(hedged) == 1 else 'are'} "
        f"hedged with a qualifier such as <em>about</em>, <em>over</em> or <em>nearly</em>{range_text}; the ledger "
        f"in the claims section takes these qualifiers into account when it compares sources.</p>")
    parts.append(inferred_dates_paragraph(figures))
    top = headline_figures(rep)
    if not top.empty:
        shown = pd.DataFrame({
            "Source": [f"S{rep.doc_number(d)}" for d in top["doc"]],
            "As written": top["quote"], "Kind": top["kind"],
            "Value": [number_words(v) if pd.notna(v) else f"{number_words(lo)}–{number_words(hi)}"
                      for v, lo, hi in zip(top["value"], top["low"], top["high"])],
            "Unit": top["unit"].fillna(""), "Qualifier": top["qualifier"].fillna(""),
            "What it counts": what_counted(rep, top),
            # the figures table fills in the publication month where a sentence gives no time (none in an
            # undated article): either way not a stated period
            "Period": [row["period"] if isinstance(row["period"], str) and row["period"] and period_stated(rep, row)
                       else "not stated"
                       for _, row in top.iterrows()],
        }, index=top.index)
        if "documents" in top:  # a large corpus: how many documents report each figure (first one cited)
            shown["Documents"] = top["documents"].astype(int)
            shown = shown.drop(columns="Kind")  # the unit says it; nine columns would not fit the page
        parts.append(rep.exhibit(shown, "Headline figures: the largest counts, amounts, shares and multiples, "
                                 "each linked to its sentence" + ("." if rep.detailed else
                                 ", with the number of documents reporting it (the first is cited)."),
                                 "headline_figures",
                                 cells={"As written": lambda r: cite_row(rep, top.loc[r.name]),
                                        "Source": lambda r: rep.source_ref(top.loc[r.name, "doc"])},
                                 note="All figures: data/figures.csv" + ("." if rep.detailed else " and Appendix C.")))
    if rep.detailed:  # one bar per document: readable for a corpus shown document by document
        parts.append(rep.chart("figures_by_kind", "Figures per document, by kind.",
                               "Stacked bar chart of the number of figures of each kind found in each document."))
    return "\n".join(parts)


def inferred_dates_paragraph(figures: pd.DataFrame) -> str:
    """Say how many dated figures rest on an inferred year or day, and from what ('' when none)."""
    if "date_inferred" not in figures:
        return ""
    basis = figures["date_inferred"].astype(object).fillna("").astype(str)
    dated = figures["kind"].isin(["date", "year"])
    article, corpus = int((dated & (basis == "article")).sum()), int((dated & (basis == "corpus")).sum())
    if not article and not corpus:
        return ""
    said = []
    if article:
        said.append(f"{plural(article, 'date')} from the article's own dated mentions")
    if corpus:
        said.append(f"{plural(corpus, 'date')} from the corpus (its publication dates, or the days its dated "
                    f"articles name)")
    return (f"<p>Some dates are written without a year, or relative to a publication date the article does not "
            f"give; their year or day is <em>inferred</em>: {' and '.join(said)} (column "
            f"<code>date_inferred</code> of data/figures.csv). Read them as estimates.</p>")
