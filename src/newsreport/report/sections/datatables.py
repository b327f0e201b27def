"""Appendix C: every figure, claim and source of the corpus as sortable, searchable tables in the
HTML report (`newsreport.report.interactive`); the PDF says where the same rows are instead."""

from __future__ import annotations

import re

import pandas as pd

from newsreport.corpus.loader import short_doc_ids

from newsreport.report import interactive
from newsreport.report.document import Report, plural
from newsreport.report.sections.common import heading, periods_stated, what_counted


def _text(column: pd.Series) -> pd.Series:
    """A text column with '' for missing cells (an all-empty CSV column reads back as float NaN)."""
    return column.astype(object).where(column.notna(), "").astype(str)


def source_numbers(rep: Report) -> dict[str, str]:
    """doc id -> 'S12', the numbers of Appendix A."""
    return {doc: f"S{n}" for n, doc in enumerate(rep.documents["doc"], 1)}


def figures_rows(rep: Report) -> pd.DataFrame:
    """One row per figure: source, the figure as written, what it is, and where it is in the text."""
    figures = rep.table("figures")
    if figures.empty:
        return figures
    number = source_numbers(rep)
    return pd.DataFrame({
        "Source": figures["doc"].map(number), "As written": figures["quote"], "Kind": figures["kind"],
        # a range sorts by its low end; a date or year is in the Date column, not a number to sort
        "Value": figures["value"].fillna(figures["low"]).where(~figures["kind"].isin(["date", "year"])),
        "To": figures["high"].where(figures["value"].isna()),
        "Date": _text(figures["date"]), "Unit": _text(figures["unit"]),
        "Qualifier": _text(figures["qualifier"]), "What it counts": what_counted(rep, figures),
        # the publication month the figures table fills in where a sentence gives no time is not a stated period
        # (a date or a year is its own time: no period to state)
        "Period": _text(figures["period"]).where(periods_stated(rep, figures) & figures["period"].notna()
                                                 | figures["period"].isna() & figures["kind"].isin(["date", "year"]),
                                                 "not stated"),
        "Sentence": figures["sentence_id"],
        "Characters": [f"{int(a)}–{int(b)}" for a, b in zip(figures["start"], figures["end"])]})


def claims_rows(rep: Report) -> pd.DataFrame:
    """One row per claim: status, what it is about, how many sources, the values and who reports them."""
    claims = rep.table("claims")
    if claims.empty:
        return claims
    number = source_numbers(rep)
    documents = _text(claims["docs"]).map(
        lambda docs: ", ".join(dict.fromkeys(number.get(d.strip(), d.strip()) for d in docs.split(";") if d.strip())))
    return pd.DataFrame({
        "Claim": claims["claim_id"], "Status": claims["status"], "Entity": _text(claims["entity"]),
        "Measure": _text(claims["metric"]).str.replace("_", " "),
        "Period": _text(claims["period"]), "Sources": claims["n_sources"],
        "Values as reported": _text(claims["values"]), "Documents": documents,
        "Explanation": _text(claims["explanation"]).map(plain_source_refs(rep))})


def plain_source_refs(rep: Report):
    """A function writing the short document ids that generated text names ('001') as source numbers
    ('S2'): the plain-text twin of `common.with_source_refs`, one pattern for all ids (fast on 1,000)."""
    number = source_numbers(rep)
    names = {short: number[doc] for doc, short in short_doc_ids(list(rep.documents["doc"])).items()}
    if not names:
        return lambda text: text
    pattern = re.compile(r"(?<![\w,.-])(" + "|".join(re.escape(s) for s in sorted(names, key=len, reverse=True))
                         + r")(?![\w-]|[,.]\d)")
    return lambda text: pattern.sub(lambda match: names[match.group(1)], text)


def sources_rows(rep: Report) -> pd.DataFrame:
    """One row per document, numbered as in Appendix A."""
    docs = rep.documents
    return pd.DataFrame({
        "Source": list(source_numbers(rep).values()), "Title": _text(docs["title"]),
        "Outlet": _text(docs["outlet"]), "Published": _text(docs["published"]),
        "Date basis": _text(docs["date_basis"]).str.split(":").str[0],
        "Sentences": docs["n_sentences"], "Words": docs["n_words"], "URL": _text(docs["url"]),
        "File": docs["file"]})


def row_count(rep: Report, key: str, rows: pd.DataFrame) -> str:
    """'55 figures'; for claims the rows as the ledger counts them: an agreement among some sources of a
    conflicting claim is a row of its own but no claim of its own ('24 claims and 1 agreement within a conflict')."""
    if key != "claims" or "part_of" not in rep.table("claims"):
        return plural(len(rows), key[:-1])
    inside = int((_text(rep.table("claims")["part_of"]) != "").sum())
    whole = plural(len(rows) - inside, "claim")
    return f"{whole} and {plural(inside, 'agreement')} within a conflict" if inside else whole


def section(rep: Report) -> str:
    """The interactive tables (HTML) and, for print, where their rows are."""
    tables = [("figures", "Figures.", figures_rows(rep), "data/figures.csv"),
              ("claims", "Claims.", claims_rows(rep), "data/claims.csv"),
              ("sources", "Sources.", sources_rows(rep), "data/documents.csv")]
    tables = [t for t in tables if not t[2].empty]
    counts = ", ".join(row_count(rep, key, rows) for key, _, rows, _ in tables)
    where = ", ".join(f"<code>{path}</code>" for *_, path in tables)
    parts = [f'<section class="appendix-tables">{heading("tables")}',
             f'<p class="print-only">The HTML report holds sortable, searchable tables of every row here ({counts}); '
             f'the PDF leaves them out. The same rows: {where}.</p>',
             f'<p class="screen-only">Every row of the corpus ({counts}): click a column heading to sort by it '
             f'(again for the other order), type words in the box to keep the rows that contain all of them. '
             f'Works offline; nothing is fetched.</p>']
    parts += [interactive.data_table(key, caption, rows, path) for key, caption, rows, path in tables]
    parts.append(interactive.script())
    return "\n".join(parts) + "</section>"
