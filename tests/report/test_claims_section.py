"""The claims section and the summary's conflict finding say only what the ledger computed: conflicts
listed as conflicts, uncertain ones as possible discrepancies with their reason, and an agreement
example taken from the corpus itself. Built on the shapes corpus of tests/claims_fixtures.py."""

import pytest

from claims_fixtures import shapes_corpus, shapes_figures  # noqa: F401
from newsreport.claims.ledger import build_ledger
from newsreport.corpus.loader import documents_table, sentences_table
from newsreport.report.document import Report
from newsreport.report.sections import claims as claims_section, summary
from newsreport.tables import write_csv


def report_of(folder, corpus, figures):
    ledger = build_ledger(figures, corpus)
    write_csv(documents_table(corpus), folder / "data" / "documents.csv")
    write_csv(sentences_table(corpus), folder / "data" / "sentences.csv")
    write_csv(ledger.claims, folder / "data" / "claims.csv")
    write_csv(ledger.sources, folder / "data" / "claim_sources.csv")
    return Report(folder)


@pytest.fixture()
def certain(tmp_path, shapes_corpus, shapes_figures):
    return report_of(tmp_path, shapes_corpus, shapes_figures)


@pytest.fixture()
def doubtful(tmp_path, shapes_corpus, shapes_figures):
    # without b_daily's "topped Apple's App Store on March 4", only a "remained the top app" disagrees
    figures = shapes_figures[~(shapes_figures.doc.str.startswith("b_daily") & (shapes_figures.quote == "March 4"))]
    return report_of(tmp_path, shapes_corpus, figures)


def test_a_certain_conflict_is_listed_and_counted_in_the_summary(certain):
    html = claims_section.section(certain)
    assert "<h3>Conflicts</h3>" in html and "Possible discrepancies" not in html
    assert "1 conflict</strong> in the reported figures" in summary.finding_conflict(certain)


def test_an_uncertain_one_is_a_possible_discrepancy_with_its_reason_not_a_conflict(doubtful):
    html = claims_section.section(doubtful)
    assert "<h3>Conflicts</h3>" not in html
    assert "<h3>Possible discrepancies to check</h3>" in html and "state went on" in html
    finding = summary.finding_conflict(doubtful)
    assert finding.startswith("No conflict between sources") and "1 possible discrepancy" in finding


def test_no_typed_example_of_agreement(certain, shapes_corpus):
    # the seeds' "over 100 million agrees with 120 million" was typed into the text; an example now
    # comes from an agreement of this corpus: both its quotes are words of the corpus
    import re

    html = claims_section.section(certain)
    assert "over 100 million” agrees with" not in html
    example = re.search(r"here, “([^”]+)” agrees with “([^”]+)”", html)
    text = " ".join(" ".join(d.text.split()) for d in shapes_corpus.documents)
    assert example is None or all(quote in text for quote in example.groups())


def test_sources_agreeing_inside_a_conflict_are_counted_apart_from_the_claims(tmp_path):
    # three outlets: two agree on a fortune, a third differs; the claims counted are the claims of the
    # corpus, and the agreeing pair is said to be listed with the agreements, not counted as one more claim
    import re

    from claims_fixtures import write_articles
    from newsreport.corpus.loader import load_corpus
    from newsreport.figures.extractor import figures_table

    def article(day, body):
        return f"---\ntitle: Ada Quenby's fortune\nsource: Outlet (invented)\npublished: 2025-04-0{day}\n---\n{body}\n"

    corpus = load_corpus(write_articles(tmp_path / "corpus", {
        "a.md": article(2, "Ada Quenby has a net worth of $14 billion, the Meridian List says."),
        "b.md": article(3, "Ada Quenby's fortune is $9.5 billion, according to the Corbel Index."),
        "c.md": article(4, "Ada Quenby, whose net worth is about $14.5 billion, owns two teams.")}))
    rep = report_of(tmp_path / "out", corpus, figures_table(corpus))
    text = re.sub(r"<[^>]+>", "", claims_section.section(rep))
    claims = rep.table("claims")
    assert f"Of {len(claims) - 1} claim" in text and "1 is a conflict" in text and "0 are agreements" in text
    assert "1 group of sources gives values that agree with each other; it is listed with the agreements" in text


def test_doubtful_measures_are_named_as_the_configs_list_not_as_this_corpus(monkeypatch):
    # "(a measure the config marks doubtful, here new users, price, rank)" read as if this corpus had
    # new-user figures; the words now say whose list it is, and every doubtful measure is in it
    import dataclasses

    from newsreport.claims import vocabulary

    # a user's config may doubt a measure for its window only (`window_doubt`; the shipped config no longer does)
    shipped = vocabulary.load_vocabulary()
    windowed = tuple(dataclasses.replace(m, doubt="windows differ", window_doubt=True) if m.name == "new_users" else m
                     for m in shipped.metrics)
    monkeypatch.setattr(vocabulary, "load_vocabulary", lambda: dataclasses.replace(shipped, metrics=windowed))
    names = [m.name.replace("_", " ") for m in vocabulary.load_vocabulary().metrics if m.doubt]
    text = claims_section.doubtful_measures()
    # a doubt about the window counted holds only where no window is stated (config window_doubt)
    assert "new users (when its sentence states no window)" in text
    # a doubt that holds only in some sentences (config doubt_when: an area burned, not a park's) says so
    assert all(f"{m.name.replace('_', ' ')} (only in sentences with the words its config entry lists)" in text
               for m in windowed if m.doubt and m.doubt_when)
    assert names and text.startswith(": in config/metrics.yaml, ") and ", here" not in text
    assert all(name in text for name in names) and (len(names) < 2 or f" and {names[-1]}" in text)


def test_the_ledger_names_measures_in_words_not_config_keys(certain):
    # the ledger's Measure column printed config keys with their detail ("app ranking: the App Store",
    # "content moderation staff"); an event is named by its type's label, a measure by its words
    import pandas as pd

    claims_section.section(certain)
    shown = pd.read_csv(certain.data_dir / "report_claim_ledger.csv", dtype=str).fillna("")
    compared = certain.table("claims").query("status != 'single'")
    assert len(shown) == len(compared) and len(shown)
    assert not shown["Measure"].str.contains(r"_|: ").any()
    ranking = shown[shown["Measure"].str.startswith("App ranking")]
    assert len(ranking) and ranking["Measure"].str.fullmatch(r"App ranking, date \(.+\)").all()
