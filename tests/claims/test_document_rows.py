"""The claims step's per-document rows: kept between builds, read back only while everything they
were made from is unchanged, and giving the same ledger as rows made now."""

import shutil

import pandas as pd

import pytest

from newsreport.claims import document_rows
from newsreport.claims.document_rows import CorpusContext, corpus_rows
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


def computed_after_adding(folder, cache_dir, computed, added: dict[str, str]) -> list[str]:
    """The documents whose rows are computed again when `added` articles join the corpus in `folder`
    (whose rows are all in `cache_dir` first)."""
    corpus = load_corpus(folder)
    vocabulary = load_vocabulary()
    corpus_rows(figures_table(corpus), corpus, vocabulary, cache_dir)
    computed.clear()
    grown = load_corpus(write_articles(folder, added))
    rows = corpus_rows(figures_table(grown), grown, vocabulary, cache_dir)
    assert len(rows) == len(grown.documents)
    return sorted(computed)


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
    added = {"vinted_growth.txt": UNSEEN_ARTICLES["vinted_growth.txt"]}
    assert computed_after_adding(folder, tmp_path / "cache", computed, added) == ["vinted_growth"]


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
    added = {"d.txt": "Rail notes\n\nMay 5, 2025 - The brightline rule keeps 5 trains an hour.\n"}
    assert computed_after_adding(folder, tmp_path / "cache", computed, added) == ["a", "b", "d"]


def test_a_document_depends_on_the_names_and_places_it_writes_or_extends(tmp_path):
    folder = write_articles(tmp_path / "corpus", {
        "a.txt": "Tariffs\n\nMay 2, 2025 - A 40% tariff on Zemblan goods took effect, Kestrel Freight said.\n"})
    document = load_corpus(folder).documents[0]
    vocabulary = load_vocabulary()
    context = CorpusContext(names=frozenset({"Zembla", "Kestrel", "Freight", "Loopa", "Orinoco"}),
                            places=frozenset({"Zembla", "Kestrel", "Orinoco", "Xiaohongshu"}))
    narrowed = context.for_document(document, vocabulary)
    assert narrowed.names == {"Zembla", "Kestrel", "Freight"}
    # a place counts when the article writes it, or when it is a configured entity the article may name
    assert narrowed.places == {"Kestrel", "Xiaohongshu"}


def test_a_place_another_article_writes_recomputes_the_articles_that_name_it(tmp_path, computed):
    # a rule's end dated by "Zembla" is about the rule once any article writes "in Zembla"
    folder = write_articles(tmp_path / "corpus", {
        "a.txt": "Rules\n\nMay 2, 2025 - Zembla's exemption ends on May 9, officials said.\n",
        "b.txt": "Ferries\n\nMay 3, 2025 - Harborlink carried 2 million riders in 2024.\n"})
    added = {"c.txt": "Ports\n\nMay 4, 2025 - Parcels pile up in Zembla after 3 days of delays.\n"}
    assert computed_after_adding(folder, tmp_path / "cache", computed, added) == ["a", "c"]


@pytest.fixture(scope="module")
def corpora(tmp_path_factory):
    root = tmp_path_factory.mktemp("corpora")
    return {"seeds": load_corpus(SEEDS), "other story": load_corpus(write_other_corpus(root / "other")),
            "resale": load_corpus(write_articles(root / "resale", UNSEEN_ARTICLES)),
            # "Threads" opens a sentence in one article (the tagger reads a noun) and is a name only
            # because another article writes it inside a sentence: the corpus context carries that
            "names across articles": load_corpus(write_articles(root / "names", {
                "a.txt": "Apps in 2024\n\nMarch 2, 2025 - Threads reached 275 million monthly users in 2024.\n",
                "b.txt": "Meta results\n\nMarch 3, 2025 - Meta said Threads had 300 million monthly users in 2024.\n"}))}


@pytest.mark.parametrize("name", ["seeds", "other story", "resale", "names across articles"])
def test_rows_read_document_by_document_are_those_of_one_corpus_wide_reading(corpora, name):
    # the per-document split is exact: whatever a reading takes from other articles comes through the
    # corpus context or the corpus-level steps, so the whole corpus read at once gives the same rows
    from newsreport.claims.events import date_records, event_mentions, event_rows
    from newsreport.claims.mentions import claim_mentions, finish_mentions

    corpus = corpora[name]
    vocabulary = load_vocabulary()
    figures = figures_table(corpus)
    rows = corpus_rows(figures, corpus, vocabulary)
    split = pd.DataFrame(finish_mentions([dict(m) for r in rows for m in r.mentions], corpus, vocabulary),
                         columns=claim_mentions(figures.iloc[0:0], corpus, vocabulary).columns)
    assert split.equals(claim_mentions(figures, corpus, vocabulary))
    assert [m for r in rows for m in r.event_mentions] == event_mentions(figures.to_dict("records"), corpus, vocabulary)
    whole_events = event_rows(date_records(figures), corpus, vocabulary)
    assert sorted(map(repr, (e for r in rows for e in r.events))) == sorted(map(repr, whole_events))
