"""The title page and the table of contents."""

from __future__ import annotations

from pathlib import Path

from newsreport.report.document import Report, esc, plural
from newsreport.report.sections.common import SECTIONS, date_range, manifest, top_entity

def title_page(rep: Report, title: str = "", from_build: str = "") -> str:
    """Title, subtitle, corpus, date range of the sources and build date."""
    first, last = date_range(rep)
    subject = top_entity(rep)
    title = title or (f"{subject} in the news: a sourced research brief" if subject else "A sourced research brief")
    n_docs = len(rep.documents)
    span = f"{first} to {last}" if first and first != last else first or "dates unknown"
    build = manifest(rep)
    corpus = Path(build.get("corpus_dir") or from_build or ".").resolve().name
    return (f'<section class="title-page"><div class="kicker">Research brief</div><h1>{esc(title)}</h1>'
            f'<p class="subtitle">How {plural(n_docs, "article")} framed the story, what figures they reported, '
            f'and where they agree or conflict.</p><dl class="meta">'
            f'<dt>Corpus</dt><dd>{esc(corpus)} ({plural(n_docs, "document")})</dd>'
            f'<dt>Sources dated</dt><dd>{esc(span)}</dd>'
            f'<dt>Built</dt><dd>{esc(build.get("build_date", ""))} with newsreport '
            f'{esc(build.get("versions", {}).get("newsreport", ""))}</dd></dl></section>')


def table_of_contents() -> str:
    """Links to every section (page numbers added in print)."""
    items = "".join(f'<li><a href="#sec-{key}">{esc(name)}</a></li>' for key, name in SECTIONS)
    return f'<nav class="toc"><h2 id="toc">Contents</h2><ol>{items}</ol></nav>'
