"""The entity reduce redone from an earlier one: after documents are added or removed, the tables
must be exactly those of the reduce over the whole corpus, whether the earlier rows could be kept
(only the new documents read) or not (a name kept, dropped or retyped by the change)."""

import pandas as pd
import pytest

from conftest import OTHER_ARTICLES, SEEDS, write_articles
from newsreport.corpus.discovery import corpus_sentences, entity_candidates
from newsreport.corpus.loader import Corpus, load_corpus
from newsreport.narratives.entities import configured_mentions, entity_mentions
from newsreport.narratives.entity_reduce import EarlierReduce, reduce_entities


@pytest.fixture(scope="module")
def documents(tmp_path_factory):
    """The seeds and the other-story articles, and each document's per-document tables."""
    other = load_corpus(write_articles(tmp_path_factory.mktemp("other"), OTHER_ARTICLES))
    seeds = load_corpus(SEEDS)
    # a new article retelling a seed article's sentences on the sale of TikTok: names the corpus has
    # many times already, so the names kept stay the same
    first = seeds.documents[0]
    retold = "\n".join(s.text for s in first.sentences if "ByteDance" in s.text) + "\n"
    retold_doc = load_corpus(write_articles(tmp_path_factory.mktemp("retold"), {"retold.txt": retold})).documents
    docs = seeds.documents + other.documents + retold_doc
    tables = {}
    for document in docs:
        alone = Corpus(seeds.folder, [document], [])
        tables[document.doc] = (configured_mentions(alone), entity_candidates(alone), list(corpus_sentences(alone)))
    return docs, tables


def reduce_over(docs, tables, earlier=None):
    configured = pd.concat([tables[d.doc][0] for d in docs], ignore_index=True)
    candidates = pd.concat([tables[d.doc][1] for d in docs], ignore_index=True)
    sentences = [s for d in docs for s in tables[d.doc][2]]
    return reduce_entities(configured, candidates, sentences, earlier)


def earlier_of(docs, tables, now_docs):
    reduced, _ = reduce_over(docs, tables)
    names = frozenset(n for d in docs for n in tables[d.doc][1]["name"])
    return EarlierReduce(reduced, names, frozenset(d.doc for d in now_docs) & frozenset(d.doc for d in docs))


def assert_same_tables(got, expected):
    for name, frame in expected.as_dict().items():
        pd.testing.assert_frame_equal(got.as_dict()[name], frame, obj=name)


def test_whole_reduce_gives_the_entity_mentions_of_the_corpus(documents):
    docs, tables = documents
    reduced, used = reduce_over(docs, tables)
    corpus = Corpus(SEEDS, docs, [])
    assert not used
    assert reduced.entities.astype(str).to_dict("records") == entity_mentions(corpus).astype(str).to_dict("records")
    totals = reduced.name_counts.groupby("name")["mentions"].sum()
    assert (totals[reduced.discovered_names["name"]].to_numpy() == reduced.discovered_names["mentions"]).all()


def test_adding_or_removing_any_document_gives_the_whole_reduce(documents):
    docs, tables = documents
    paths = []
    for left_out in docs:
        rest = [d for d in docs if d is not left_out]
        whole, _ = reduce_over(docs, tables)
        added, used_added = reduce_over(docs, tables, earlier_of(rest, tables, docs))
        assert_same_tables(added, whole)
        removed, used_removed = reduce_over(rest, tables, earlier_of(docs, tables, rest))
        assert_same_tables(removed, reduce_over(rest, tables)[0])
        paths += [used_added, used_removed]
    assert False in paths  # a name kept or dropped by the change: the whole reduce again


def test_an_article_retelling_known_names_reads_only_itself(documents, monkeypatch):
    docs, tables = documents
    retold = docs[-1]
    assert retold.doc == "retold"
    earlier = earlier_of(docs[:-1], tables, docs)
    matched = []
    import newsreport.narratives.entity_reduce as module
    real = module.resolved_occurrences
    monkeypatch.setattr(module, "resolved_occurrences", lambda finder, s: matched.extend(s) or real(finder, s))
    added, used = reduce_over(docs, tables, earlier)
    assert used
    assert {doc for doc, *_ in matched} == {"retold"}
    monkeypatch.undo()
    assert_same_tables(added, reduce_over(docs, tables)[0])
    assert set(added.entities.loc[added.entities["doc"] == "retold", "entity"]) >= {"TikTok", "ByteDance"}
