"""The corpus section: what was read, how dates were established, what was set aside or skipped."""

from __future__ import annotations

import pandas as pd

from newsreport.report.document import Report, esc, percent, plural
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
             f"and {n_words:,} words of article text. "
             f"Page chrome such as audio players, paywall prompts and share buttons was set aside as excluded spans: "
             f"{excluded_chars:,} of {total_chars:,} characters ({percent(excluded_chars, total_chars)}), "
             f"kept in the source text so that every offset in this report points into the original file.</p>"]
    if len(inferred):
        parts.append(f"<p>{plural(len(inferred), 'publication date')} of {len(docs)} "
                     f"{'was' if len(inferred) == 1 else 'were'} inferred rather than stated; the basis of each "
                     f"is given in the table and in Appendix A.</p>")
    shown = pd.DataFrame({
        "Source": [f"S{rep.doc_number(d)}" for d in docs["doc"]],
        "Title": docs["title"],
        "Published": docs["published"].fillna(""),
        "Date basis": docs["date_basis"].fillna("").str.split(":").str[0],
        "Sentences": docs["n_sentences"],
        "Words": docs["n_words"],
    })
    parts.append(rep.exhibit(shown, "Documents of the corpus.", "documents",
                             cells={"Source": lambda r: rep.source_ref(docs.loc[r.name, "doc"])}))
    parts.append(rep.chart("corpus_sizes", "Article text and excluded page chrome per document.",
                           "Bar chart of words of article text per document, with the characters set aside as page chrome."))
    skipped = rep.table("skipped")
    if not skipped.empty:
        items = "".join(f"<li><code>{esc(r.file)}</code>: {esc(r.status)} — {esc(r.reason)}</li>"
                        for r in skipped.itertuples())
        parts.append(f'<div class="callout warn"><p>Files not used as given:</p><ul>{items}</ul></div>')
    return "\n".join(parts)
