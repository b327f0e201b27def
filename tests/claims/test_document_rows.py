"""The claims step's per-document rows: kept between builds, read back only while everything they
were made from is unchanged, and giving the same ledger as rows made now."""

import shutil

import pytest

from newsreport.claims import document_rows
from newsreport.claims.document_rows import corpus_rows, names_for
from newsreport.claims.events import events_table
from newsreport.claims.outputs import write_ledger
from newsreport.claims.reconcile import build_ledger
from newsreport.claims.vocabulary import load_vocabulary
from newsreport.corpus.loader import load_corpus
from newsreport.figures.extractor import figures_table

from tests.conftest import SEEDS, UNSEEN_ARTICLES, write_articles, write_other_corpus


@pytest.fixture
def computed(monkeypatch):
    """The ids of the documents whose rows were computed (not read from the cache)."""
    made = []
    original = document_rows.rows_of_document

    def counting(document, *args):
        made.append(document.doc)
        return original(document, *args)

    monkeypatch.setattr(document_rows, "rows_of_document", counting)
    return made


def test_rows_read_back_give_the_ledger_and_timeline_of_rows_made_now(seed_corpus, tmp_path, computed):
    figures = figures_table(seed_corpus)
    first = write_ledger(seed_corpus, figures, tmp_path / "first", cache_dir=tmp_path / "cache")
    assert sorted(computed) == sorted(d.doc for d in seed_corpus.documents)
    computed.clear()
    again = write_ledger(seed_corpus, figures, tmp_path / "again", cache_dir=tmp_path / "cache")
    assert computed == []  # every document's rows came from the cache
    uncached = build_ledger(figures, seed_corpus)
    for name in ("claims", "sources"):
        assert again.__dict__[name].equals(getattr(uncached, name))
        assert again.__dict__[name].equals(first.__dict__[name])
    assert again.events.equals(events_table(figures, seed_corpus))
    assert (again.claims.status == "conflict").sum() >= 1  # the seeds' conflicts survive the round trip


def test_adding_an_article_computes_only_that_article(tmp_path, computed):
    folder = write_other_corpus(tmp_path / "corpus")
    corpus = load_corpus(folder)
    vocabulary = load_vocabulary()
    corpus_rows(figures_table(corpus), corpus, vocabulary, tmp_path / "cache")
    computed.clear()
    write_articles(folder, {"vinted_growth.txt": UNSEEN_ARTICLES["vinted_growth.txt"]})
    grown = load_corpus(folder)
    rows = corpus_rows(figures_table(grown), grown, vocabulary, tmp_path / "cache")
    assert computed == ["vinted_growth"]
    assert len(rows) == len(grown.documents)
    assert any(m["entity"] == "Vinted" for r in rows for m in r.mentions)


def test_an_article_is_computed_again_when_its_figures_change(tmp_path, computed):
    folder = tmp_path / "corpus"
    shutil.copytree(SEEDS, folder)
    corpus = load_corpus(folder)
    vocabulary = load_vocabulary()
    figures = figures_table(corpus)
    corpus_rows(figures, corpus, vocabulary, tmp_path / "cache")
    computed.clear()
    changed = figures.copy()
    first_doc = corpus.documents[0].doc
    changed.loc[changed.index[changed["doc"] == first_doc][0], "value"] = 1.0  # another reading of one figure
    corpus_rows(changed, corpus, vocabulary, tmp_path / "cache")
    assert computed == [first_doc]


def test_a_name_the_new_article_writes_in_lower_case_recomputes_the_articles_that_use_it(tmp_path, computed):
    # "Brightline" is only ever a name until an article writes "brightline" as a word: every article
    # that writes it must then be read again, and no other
    folder = write_articles(tmp_path / "corpus", {
        "a.txt": "Brightline grows\n\nMay 2, 2025 - Brightline said it had 4 million riders in 2024.\n",
        "b.txt": "Ferries report\n\nMay 3, 2025 - Harborlink carried 2 million riders in 2024, Brightline said.\n",
        "c.txt": "Buses report\n\nMay 4, 2025 - Coachway carried 3 million riders in 2024.\n"})
    corpus = load_corpus(folder)
    vocabulary = load_vocabulary()
    corpus_rows(figures_table(corpus), corpus, vocabulary, tmp_path / "cache")
    computed.clear()
    write_articles(folder, {"d.txt": "Rail notes\n\nMay 5, 2025 - The brightline rule keeps 5 trains an hour.\n"})
    grown = load_corpus(folder)
    corpus_rows(figures_table(grown), grown, vocabulary, tmp_path / "cache")
    assert sorted(computed) == ["a", "b", "d"]


def test_names_for_keeps_the_names_an_article_writes_or_extends(tmp_path):
    folder = write_articles(tmp_path / "corpus", {
        "a.txt": "Tariffs\n\nMay 2, 2025 - A 40% tariff on Zemblan goods took effect, Kestrel Freight said.\n"})
    document = load_corpus(folder).documents[0]
    names = frozenset({"Zembla", "Kestrel", "Freight", "Loopa", "Orinoco"})
    assert names_for(document, names) == {"Zembla", "Kestrel", "Freight"}
