"""A report that stays a brief at any size, checked without running the pipeline: the seed corpus's
real tables (documents, sentences, figures, claims, events) are copied many times under new document
ids, dates and outlets, and the report's sections are rendered from them."""

import re
from datetime import date, timedelta

import pandas as pd
import pytest

from newsreport.claims.events import events_table
from newsreport.claims.ledger import build_ledger
from newsreport.corpus.aggregates import articles_by_week, outlets_table
from newsreport.corpus.loader import documents_table, sentences_table
from newsreport.figures.extractor import figures_table
from newsreport.report.document import Report
from newsreport.report.scale import VALUES_PER_CLAIM
from newsreport.report.sections.common import claim_values_html
from newsreport.report.sections import appendix, claims, corpus, datatables, figures, front, summary
from newsreport.tables import write_csv

OUTLETS = ("Daily Ledger", "Tech Wire", "Metro Post", "City Herald", "Asia Digest", "Market Watcher", "Newsroom 24")


@pytest.fixture(scope="session")
def seed_tables(seed_corpus):
    """The seed corpus's own tables, computed once."""
    figures_found = figures_table(seed_corpus)
    ledger = build_ledger(figures_found, seed_corpus)
    return {"documents": documents_table(seed_corpus), "sentences": sentences_table(seed_corpus),
            "figures": figures_found, "claims": ledger.claims, "claim_sources": ledger.sources,
            "events": events_table(figures_found, seed_corpus)}


def renamed(table: pd.DataFrame, copy: int) -> pd.DataFrame:
    """`table` with every document id (and the ids built from it) given the suffix of `copy`. Claims
    are about an entity of their own copy (as a large corpus has claims about many entities): the same
    entity, measure and period would be one claim with more sources."""
    table = table.copy()
    suffix = f"_c{copy:03d}"
    for column in ("doc", "sentence_id", "file", "docs", "claim_id", "event_id", "entity"):
        if column in table:
            if column == "sentence_id":
                table[column] = table[column].str.replace(r"^([^:]+):", rf"\g<1>{suffix}:", regex=True)
            elif column == "docs":
                table[column] = table[column].str.replace(r"([^;\s]+)", rf"\g<1>{suffix}", regex=True)
            else:
                named = table[column].notna() & (table[column].astype(str) != "")
                table.loc[named, column] = table.loc[named, column].astype(str) + suffix
    return table


def write_copies(seed_tables: dict, copies: int, out) -> Report:
    """Write `copies` copies of the seed tables to `out/data`, each copy a week later and from its own
    outlet, with the aggregate tables; returns nothing but the folder is ready for a Report."""
    tables = {name: pd.concat([renamed(t, k) for k in range(copies)], ignore_index=True)
              for name, t in seed_tables.items()}
    documents = tables["documents"]
    copy_of = documents["doc"].str.extract(r"_c(\d+)$")[0].astype(int)
    documents["published"] = [(date(2025, 1, 6) + timedelta(days=7 * (k % 52) + i % 5)).isoformat()
                              for i, k in enumerate(copy_of)]
    documents["outlet"] = [OUTLETS[k % len(OUTLETS)] if k % 11 else "" for k in copy_of]
    tables["outlets"] = outlets_table(documents)
    tables["articles_by_week"] = articles_by_week(documents)
    for name, table in tables.items():
        write_csv(table, out / "data" / f"{name}.csv")
    return out


def render(rep: Report) -> str:
    """The report's sections in notebook order (the ones these tables feed)."""
    return "\n".join([front.title_page(rep), summary.section(rep), corpus.section(rep), figures.section(rep),
                      claims.section(rep), appendix.sources(rep), appendix.quotes(rep), datatables.section(rep)])


def brief_part(html: str) -> str:
    """The report without Appendix C (the HTML-only tables of every row)."""
    return html.split('id="sec-tables"')[0]


def exhibit_rows(html: str) -> int:
    return len(re.findall(r"<tr>", brief_part(html)))


@pytest.fixture(scope="session")
def large_reports(seed_tables, tmp_path_factory):
    """Reports of 120 and 240 documents (30 and 60 copies of the seeds), rendered."""
    rendered = {}
    for copies in (30, 60):
        out = write_copies(seed_tables, copies, tmp_path_factory.mktemp(f"copies{copies}"))
        rep = Report(out, detail_max_docs=20, top_n=5)
        rendered[copies * 4] = (rep, render(rep))
    return rendered


def test_small_corpus_shows_every_document(seed_tables, tmp_path):
    rep = Report(write_copies(seed_tables, 1, tmp_path))
    html = render(rep)
    assert rep.detailed and "Documents of the corpus." in html
    assert len(pd.read_csv(tmp_path / "data" / "report_documents.csv")) == 4
    assert len(re.findall(r'<li id="src-\d+"', html)) == 4
    assert "this report shows every document" in html and "at most 20" in html


def test_large_corpus_report_does_not_grow_with_the_corpus(large_reports):
    (small_rep, small), (large_rep, large) = large_reports[120], large_reports[240]
    assert not small_rep.detailed and not large_rep.detailed
    assert exhibit_rows(small) == exhibit_rows(large)
    assert len(large_rep.quotes) <= len(small_rep.quotes) + 5  # twice the documents, (about) the same quotes
    assert "Documents of the corpus." not in large and "Outlets with the most articles." in large
    assert "more than the 20 this report shows one by one" in large and "detail_max_docs" in large


def test_large_corpus_lists_say_how_many_rows_they_leave_out_and_where(large_reports):
    rep, html = large_reports[240]
    n_claims = (rep.table("claims")["status"] != "single").sum()
    assert f"of {n_claims:,}; all {n_claims:,} in data/claims.csv" in html
    n_conflicts = (rep.table("claims")["status"] == "conflict").sum()
    conflicts = re.search(r"<h3>Conflicts</h3><ol>(.*?)</ol>", html, re.DOTALL).group(1)
    assert conflicts.count("<li>") == 5 < n_conflicts


def test_a_claim_reported_by_many_sources_cites_each_value_once_then_counts_the_rest(large_reports):
    rep, _ = large_reports[240]
    sources = rep.table("claim_sources")
    first_conflict = rep.table("claims").query("status == 'conflict'")["claim_id"].iloc[0].split("_c")[0]
    sources = sources[sources["claim_id"].str.startswith(first_conflict + "_c")].assign(claim_id=first_conflict)
    shown = claim_values_html(rep, first_conflict, sources)  # one claim, 60 copies of each source value
    n_values = min(sources["display"].nunique(), VALUES_PER_CLAIM)
    assert n_values >= 2 and shown.count('class="cite"') == n_values  # each value once: both sides shown
    assert f"and {len(sources) - n_values:,} more reports in data/claim_sources.csv" in shown


def test_quote_index_lists_only_the_quotes_the_report_cites(large_reports):
    rep, html = large_reports[240]
    index = re.search(r'<ol class="quote-index">(.*?)</ol>', html, re.DOTALL).group(1)
    listed = re.findall(r'<li id="(q\d+)"', index)
    cited = set(re.findall(r'class="cite" href="#(q\d+)"', html))
    assert listed and set(listed) == cited
    assert len(listed) < len(rep.table("figures")) / 10


def test_large_corpus_sources_appendix_lists_the_cited_sources_with_their_numbers(large_reports):
    rep, html = large_reports[240]
    listed = re.findall(r'<li id="src-(\d+)"', html)
    linked = set(re.findall(r'href="#src-(\d+)"', html))
    assert 0 < len(listed) < 240 and set(listed) == linked
    assert f"of {len(rep.documents):,}, numbered as everywhere" in html


def test_every_row_stays_in_the_html_tables(large_reports):
    rep, html = large_reports[240]
    assert html.count('<script type="application/json">') == 3
    figures_json = re.search(r'id="dt-figures".*?<script type="application/json">(.*?)</script>', html, re.DOTALL)
    assert figures_json.group(1).count('],[') + 1 == len(rep.table("figures"))


def test_threshold_is_a_parameter(seed_tables, tmp_path):
    out = write_copies(seed_tables, 10, tmp_path)
    assert not Report(out).detailed
    rep = Report(out, detail_max_docs=40)
    assert rep.detailed and "Documents of the corpus." in corpus.section(rep)


def test_a_figure_many_articles_repeat_is_one_headline_with_its_count(large_reports):
    rep, _ = large_reports[240]
    headline = pd.read_csv(rep.data_dir / "report_headline_figures.csv")
    assert headline["Documents"].max() == 60  # one copy of the seeds in each of 60 "weeks"
    assert not headline.duplicated(["Value", "Unit", "What it counts"]).any()


def test_articles_naming_no_outlet_are_not_counted_as_an_outlet(large_reports, seed_tables, tmp_path):
    rep, html = large_reports[240]
    outlets = rep.table("outlets")
    named = outlets[outlets["outlet"] != "(outlet unknown)"]
    unnamed = int(outlets.loc[outlets["outlet"] == "(outlet unknown)", "articles"].sum())
    assert unnamed and f"The articles come from {len(named)} outlets; {unnamed} articles name none" in html
    # a corpus whose articles name no outlet: not "1 outlet"
    out = write_copies(seed_tables, 30, tmp_path)
    documents = pd.read_csv(out / "data" / "documents.csv", keep_default_na=False)
    documents["outlet"] = ""
    write_csv(outlets_table(documents), out / "data" / "outlets.csv")
    html = corpus.section(Report(out, detail_max_docs=20, top_n=5))
    assert "No article names its outlet" in html and "come from" not in html
