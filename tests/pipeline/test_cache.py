"""The per-document cache: a rebuild with nothing changed processes no document, adding one document
processes only it, and the combined tables equal what the stages compute over the whole corpus."""

import shutil

import pytest

from conftest import OTHER_ARTICLES, SEEDS, write_articles
from newsreport.corpus.loader import Corpus, documents_table, load_corpus
from newsreport.figures.extractor import figures_table
from newsreport.narratives.entities import entity_mentions
from newsreport.pipeline import StageSettings, document_results, run as pipeline_run
from newsreport.errors import CorpusError


# Three reports on one delivery group: the recognizer labels "Delivery Hero" once (in the first) but
# every article names it once, and "Glovo" once in each of two, so only the whole corpus has them
# often enough to count (MIN_MENTIONS), as a map over single documents would not see.
RECURRING_NAME_ARTICLES = {
    "spain_riders.txt": """Spain tightens the rules for delivery riders

Madrid, March 3, 2025 - The labour ministry said food delivery platforms must hire their couriers as employees from next year.
Glovo, the Barcelona start-up bought by Delivery Hero in 2022, has about 20,000 riders in the country.
Unions welcomed the decision but said inspections would decide whether it changes anything.
""",
    "foodpanda_asia.txt": """Foodpanda sells its Taiwan business

March 11, 2025 - Delivery Hero agreed to sell Foodpanda's business in Taiwan to Uber for $950 million.
The deal still needs approval from the island's competition regulator, which has blocked similar mergers before.
Restaurants worry that a single dominant app would raise commission fees.
""",
    "berlin_results.txt": """Berlin delivery group posts first operating profit

April 23, 2025 - Delivery Hero reported its first positive operating result for a full year, helped by cost cuts in Asia.
Shares rose 6% in Frankfurt after the announcement.
Glovo remains the group's fastest growing brand in southern Europe, the company said.
""",
}


@pytest.fixture
def processed(monkeypatch):
    """The documents each `document_results` call sends to the engine, one list per call."""
    calls = []
    real = pipeline_run.map_documents

    def spy(sources, *args, **kwargs):
        calls.append(sorted(s.doc for s in sources))
        yield from real(sources, *args, **kwargs)

    monkeypatch.setattr(pipeline_run, "map_documents", spy)
    return calls


def test_rebuild_with_nothing_changed_processes_no_document(tmp_path, processed):
    corpus = write_articles(tmp_path / "corpus", OTHER_ARTICLES)
    first = document_results(corpus, tmp_path / "cache")
    second = document_results(corpus, tmp_path / "cache")
    assert processed == [["br_ifood_front", "delivery_roundup", "latam_rappi_plain"]]  # the second call mapped nothing
    assert second.folder == first.folder
    shutil.rmtree(tmp_path / "cache" / "combined")  # even recombining reads every document from the cache
    document_results(corpus, tmp_path / "cache")
    assert processed[1:] == [[]]


def test_adding_one_document_processes_only_that_document(tmp_path, processed):
    articles = dict(OTHER_ARTICLES)
    added = {"latam_rappi_plain.txt": articles.pop("latam_rappi_plain.txt")}
    corpus = write_articles(tmp_path / "corpus", articles)
    document_results(corpus, tmp_path / "cache")
    write_articles(corpus, added)
    results = document_results(corpus, tmp_path / "cache")
    assert processed == [["br_ifood_front", "delivery_roundup"], ["latam_rappi_plain"]]
    assert results.doc_ids() == ["br_ifood_front", "delivery_roundup", "latam_rappi_plain"]  # corpus order, not run order


def test_documents_processed_in_this_process_leave_no_model_loaded(tmp_path):
    # a build processes a few new documents itself, then runs its notebooks beside them
    from newsreport.corpus import syntax
    from newsreport.narratives import encoder

    document_results(write_articles(tmp_path / "corpus", OTHER_ARTICLES), tmp_path / "cache")
    assert syntax.load_parser.cache_info().currsize == 0 and encoder.encoder.cache_info().currsize == 0
    assert syntax.parse("Rappi grew.")[0].text == "Rappi"  # loaded again when asked for


def test_a_changed_document_or_config_is_processed_again(tmp_path, processed):
    corpus = write_articles(tmp_path / "corpus", OTHER_ARTICLES)
    document_results(corpus, tmp_path / "cache")
    (corpus / "latam_rappi_plain.txt").write_text(OTHER_ARTICLES["latam_rappi_plain.txt"] + "Rappi said 2 more things.\n",
                                               encoding="utf-8")
    document_results(corpus, tmp_path / "cache")
    entities = tmp_path / "entities.yaml"
    entities.write_text("version: 1\nentities:\n  - name: Rappi\n    type: company\n    aliases: [Rappi]\n",
                        encoding="utf-8")
    with_config = document_results(corpus, tmp_path / "cache", StageSettings(entities_config=str(entities)))
    assert processed[1:] == [["latam_rappi_plain"], ["br_ifood_front", "delivery_roundup", "latam_rappi_plain"]]
    # the new config is in effect: Rappi is the only configured entity, typed as the config says
    # (discovery alone types it "organization"); the names discovery adds (iFood, CADE, places) stay
    assert set(with_config.table("configured_entities")["entity"]) == {"Rappi"}
    mentions = with_config.table("entities")
    assert set(mentions.loc[mentions["entity"] == "Rappi", "type"]) == {"company"}
    expected = entity_mentions(load_corpus(corpus), str(entities))
    assert mentions.astype(str).to_dict("records") == expected.astype(str).to_dict("records")


def test_combined_tables_equal_the_stages_run_over_the_whole_corpus(other_corpus_dir, other_corpus, tmp_path):
    results = document_results(other_corpus_dir, tmp_path / "cache")
    pairs = {"documents": documents_table(other_corpus), "figures": figures_table(other_corpus),
             "entities": entity_mentions(other_corpus)}
    for name, expected in pairs.items():
        assert results.table(name).astype(str).to_dict("records") == expected.astype(str).to_dict("records"), name
    rebuilt = results.corpus
    assert [(d.doc, d.text, d.published, d.sentences, d.excluded) for d in rebuilt.documents] == \
        [(d.doc, d.text, d.published, d.sentences, d.excluded) for d in other_corpus.documents]


def test_names_recurring_only_across_documents_are_found_as_over_the_whole_corpus(tmp_path):
    corpus = write_articles(tmp_path / "corpus", RECURRING_NAME_ARTICLES)
    whole = load_corpus(corpus)
    alone = {d.doc: set(entity_mentions(Corpus(whole.folder, [d], []))["entity"]) for d in whole.documents}
    assert not any({"Delivery Hero", "Glovo"} & names for names in alone.values())  # no document has them alone
    mentions = document_results(corpus, tmp_path / "cache").table("entities")
    expected = entity_mentions(whole)
    assert mentions.astype(str).to_dict("records") == expected.astype(str).to_dict("records")
    docs = mentions.groupby("entity")["doc"].agg(set)
    assert docs["Delivery Hero"] == {"spain_riders", "foodpanda_asia", "berlin_results"}
    assert docs["Glovo"] == {"spain_riders", "berlin_results"}


def test_seed_results_keep_the_seed_texts_exactly(tmp_path):
    results = document_results(SEEDS, tmp_path / "cache")
    assert [d.text for d in results.corpus.documents] == [d.text for d in load_corpus(SEEDS).documents]


def test_a_corpus_without_a_usable_document_writes_nothing(tmp_path):
    corpus = write_articles(tmp_path / "corpus", {"empty.txt": "", "blank.txt": "   \n"})
    with pytest.raises(CorpusError, match="no readable document"):
        document_results(corpus, tmp_path / "out" / ".cache")
    assert not (tmp_path / "out").exists()


def test_a_combination_made_from_an_earlier_one_equals_one_made_from_scratch(tmp_path, monkeypatch):
    # after the first build: an article added between two others, one changed, one removed and an
    # identical copy of another added; the tables read from the earlier combination plus the new
    # results must be those of a combination made from scratch, in corpus order
    from newsreport.pipeline.documents import TABLES
    from newsreport.pipeline.results import CORPUS_TABLES

    articles = {**OTHER_ARTICLES, **RECURRING_NAME_ARTICLES}
    names = sorted(articles)
    corpus = write_articles(tmp_path / "corpus", {n: articles[n] for n in names if n != names[2]})
    document_results(corpus, tmp_path / "cache")
    write_articles(corpus, {names[2]: articles[names[2]],
                            names[4]: articles[names[4]].replace("said", "told reporters", 1),
                            "zz_copy.txt": articles[names[0]]})
    (corpus / names[5]).unlink()
    reused = []
    real = pipeline_run.reusable_combination
    monkeypatch.setattr(pipeline_run, "reusable_combination", lambda *a: reused.append(real(*a)) or reused[-1])
    again = document_results(corpus, tmp_path / "cache")
    assert reused[0] is not None and len(reused[0].keys) == len(names) - 3  # all but the added, changed, removed
    scratch = document_results(corpus, tmp_path / "scratch")
    for name in (*TABLES, *CORPUS_TABLES, "skipped"):
        assert again.table(name).equals(scratch.table(name)), name
    assert again.inputs() == scratch.inputs()
    assert again.doc_ids() == [n.rsplit(".", 1)[0] for n in sorted(set(names) - {names[5]})]  # the copy is skipped
