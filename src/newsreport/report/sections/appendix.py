"""The appendices: the numbered source list and the quote index every cited number links to."""

from __future__ import annotations

import re

from newsreport.report.document import Report, esc
from newsreport.report.sections.common import heading

def sources(rep: Report) -> str:
    """Numbered source list: title, outlet, author, date (with its basis), URL, file and hash prefix.
    A large corpus lists the sources the report cites (each keeps its number); all are in Appendix C."""
    items = []
    cited = rep.cited_docs | {quote.doc for quote in rep.quotes.values()}
    for n, row in enumerate(rep.documents.itertuples(), 1):
        if not rep.detailed and row.doc not in cited:
            continue
        bits = [f"<strong>{esc(row.title)}</strong>"]
        for value in (row.outlet, row.author):
            if isinstance(value, str) and value:
                bits.append(esc(value))
        basis = row.date_basis if isinstance(row.date_basis, str) else ""
        bits.append(f"{esc(row.published) if isinstance(row.published, str) and row.published else 'date unknown'}"
                    + (f" ({esc(basis)})" if basis else ""))
        if isinstance(row.url, str) and row.url:
            bits.append(f'<a href="{esc(row.url)}">{esc(row.url)}</a>')
        bits.append(f"file <code>{esc(row.file)}</code>, sha256 {esc(row.sha256[:12])}…")
        # join with ". " unless the previous part already ends a sentence ("... in the U.S.")
        sentence = bits[0] + "".join((" " if re.sub(r"<[^>]+>", "", before).endswith(".") else ". ") + bit
                                     for before, bit in zip(bits, bits[1:]))
        items.append(f'<li id="src-{n}"><span class="qnum">S{n}</span> {sentence}</li>')
    intro = "" if rep.detailed else (
        f"<p>The {len(items):,} sources this report cites, of {len(rep.documents):,}, numbered as everywhere in "
        f"the report; all {len(rep.documents):,} are in data/documents.csv and Appendix C.</p>")
    return (f'<section class="appendix">{heading("sources")}{intro}<ol class="sources">{"".join(items)}</ol></section>')


def quotes(rep: Report) -> str:
    """Every quote cited in the report, with the exact span highlighted in its sentence."""
    return (f'<section class="appendix">{heading("quotes")}<p>Each entry gives the source, the sentence id and '
            f'character offsets into the document text, and the sentence with the cited span highlighted. '
            f'Quotes cited in this report: {len(rep.quotes):,}.</p>{rep.quote_index()}</section>')
