"""The corpus section: what was read, how dates were established, what was set aside or skipped."""

from __future__ import annotations

import pandas as pd

from newsreport.corpus.aggregates import UNKNOWN_OUTLET
from newsreport.report.document import Report, esc, percent, plural
from newsreport.report.scale import rows_note, scale_note
from newsreport.report.sections.common import heading

def section(rep: Report) -> str:
    """What was read: documents, dates and how they were established, chrome removed, files skipped."""
    docs = rep.documents
    n_sent = int(docs["n_sentences"].sum())
    n_words = int(docs["n_words"].sum())
    inferred = docs[docs["date_basis"].fillna("").str.startswith("inferred")]
    excluded_chars = int(docs["n_excluded_chars"].sum())
    total_chars = int(docs["n_chars"].sum())
    parts = [heading("corpus"),
             f"<p>The corpus holds {plural(len(docs), 'article')} with {plural(n_sent, 'sentence')} "
             f"and {n_words:,} words of article text. " + chrome_sentence(excluded_chars, total_chars) + "</p>"]
    undated = int((docs["published"].fillna("").astype(str) == "").sum())
    if undated and rep.detailed:  # the aggregate view says it with the outlets
        parts.append(f"<p>{undated:,} of {plural(len(docs), 'article')} {'has' if undated == 1 else 'have'} no "
                     f"publication date, stated or inferred from the text (<em>unknown</em> in the table).</p>")
    if len(inferred):
        parts.append(f"<p>{plural(len(inferred), 'publication date')} of {len(docs):,} "
                     f"{'was' if len(inferred) == 1 else 'were'} inferred rather than stated; the basis of each "
                     + ("is given in the table and in Appendix A.</p>" if rep.detailed else
                        "is in the <code>date_basis</code> column of data/documents.csv and in Appendix C.</p>"))
    parts.append(f"<p>{scale_note(len(docs), rep.detail_max_docs)}</p>")
    parts.append(documents_detail(rep) if rep.detailed else documents_aggregate(rep))
    skipped = rep.table("skipped")
    if not skipped.empty:
        listed = skipped if rep.detailed else skipped.head(rep.top_n)
        items = "".join(f"<li><code>{esc(r.file)}</code>: {esc(r.status)} — {esc(r.reason)}</li>"
                        for r in listed.itertuples())
        note = rows_note(len(listed), len(skipped), "file", "data/skipped.csv", "listed first")
        parts.append(f'<div class="callout warn"><p>Files not used as given:</p><ul>{items}</ul>'
                     + (f"<p>{note}</p>" if note else "") + "</div>")
    return "\n".join(parts)


def chrome_sentence(excluded_chars: int, total_chars: int) -> str:
    """What was set aside as page chrome, or that none was found (a corpus without players or paywall
    lines must not read as if some had been removed)."""
    if not excluded_chars:
        return (f"No line of its {total_chars:,} characters matched the page-chrome patterns of "
                f"<code>config/chrome.yaml</code> (audio players, paywall prompts, share buttons), so nothing was "
                f"set aside.")
    return (f"Page chrome such as audio players, paywall prompts and share buttons was set aside as excluded spans: "
            f"{excluded_chars:,} of {total_chars:,} characters ({percent(excluded_chars, total_chars)}), "
            f"kept in the source text so that every offset in this report points into the original file.")


def documents_detail(rep: Report) -> str:
    """Every document: the documents table and the size of each document."""
    docs = rep.documents
    shown = pd.DataFrame({
        "Source": [f"S{rep.doc_number(d)}" for d in docs["doc"]],
        "Title": docs["title"],
        "Published": docs["published"].fillna("").astype(str).replace("", "unknown"),
        "Date basis": docs["date_basis"].fillna("").str.split(":").str[0],
        "Sentences": docs["n_sentences"],
        "Words": docs["n_words"],
    })
    return (rep.exhibit(shown, "Documents of the corpus.", "documents",
                        cells={"Source": lambda r: rep.source_ref(docs.loc[r.name, "doc"])})
            + rep.chart("corpus_sizes", "Article text and excluded page chrome per document.",
                        "Bar chart of words of article text per document, with the characters set aside as page chrome."))


def documents_aggregate(rep: Report) -> str:
    """A large corpus by outlet and by week: the top outlets and the articles-per-week chart."""
    docs = rep.documents
    outlets = rep.table("outlets")
    parts = []
    undated = int((docs["published"].fillna("").astype(str) == "").sum())
    if not outlets.empty:
        listed = outlets.head(rep.top_n)
        shown = pd.DataFrame({"Outlet": listed["outlet"], "Articles": listed["articles"], "Words": listed["words"],
                              "First published": listed["first_published"].fillna(""),
                              "Last published": listed["last_published"].fillna("")})
        unnamed = outlets[outlets["outlet"] == UNKNOWN_OUTLET]  # one row for every article naming no outlet
        n_unnamed = int(unnamed["articles"].sum())
        named = len(outlets) - len(unnamed)
        source_text = (f"The articles come from {plural(named, 'outlet')}" if named else "No article names its outlet")
        if named and n_unnamed:
            source_text += (f"; {plural(n_unnamed, 'article')} {'names' if n_unnamed == 1 else 'name'} none "
                            f"(<em>{UNKNOWN_OUTLET}</em>)")
        parts.append(f"<p>{source_text}"
                     + (f"; {plural(undated, 'article')} {'has' if undated == 1 else 'have'} no publication date and "
                        f"{'is' if undated == 1 else 'are'} left out of the charts by week" if undated else "")
                     + ".</p>")
        parts.append(rep.exhibit(shown, "Outlets with the most articles.", "top_outlets",
                                 note=rows_note(len(listed), len(outlets), "outlet", "data/outlets.csv",
                                                "with the most articles")
                                 + " Every document: data/documents.csv and Appendix C."))
    parts.append(rep.chart("articles_by_week", "Articles per week, by outlet (the largest outlets by name).",
                           "Stacked bar chart of the number of articles published each week, by outlet."))
    return "\n".join(parts)
