"""Report building blocks on real seed metadata: source references, quotes, numbers as readers write them."""

import pandas as pd
import pytest

from newsreport.report.sections.common import with_source_refs
from newsreport.corpus.loader import documents_table, sentences_table
from newsreport.report.document import Report, number_words
from newsreport.tables import write_csv


@pytest.fixture()
def seed_report(tmp_path, seed_corpus):
    write_csv(documents_table(seed_corpus), tmp_path / "data" / "documents.csv")
    write_csv(sentences_table(seed_corpus), tmp_path / "data" / "sentences.csv")
    return Report(tmp_path)


def test_short_doc_ids_in_generated_prose_become_source_links(seed_report):
    html = with_source_refs(seed_report, "003 says 5,000 (“5,000 moderators”) and 001 says 15,000.")
    assert html.startswith('<a class="src" href="#src-4">S4</a> says 5,000')
    assert '<a class="src" href="#src-2">S2</a> says 15,000' in html
    assert "5,S" not in html and "15,S" not in html


def test_cited_quote_is_registered_once_with_its_sentence(seed_report, seed_corpus):
    document = seed_corpus.by_id("000_58f03cc354f5f4b9")
    start = document.text.index("320 million monthly active users")
    first = seed_report.cite("320 million", document.doc, start, start + 32)
    again = seed_report.cite("320 million", document.doc, start, start + 32)
    assert first == again and len(seed_report.quotes) == 1
    index = seed_report.quote_index()
    assert "<mark>320 million monthly active users</mark>" in index
    assert "000_58f03cc354f5f4b9:s024" in index


def test_numbers_are_written_as_readers_write_them():
    assert number_words(320e6) == "320 million"
    assert number_words(2.4e6) == "2.4 million"
    assert number_words(15000.0) == "15,000"
    assert number_words(float("nan")) == ""


def test_corpus_text_is_escaped_in_tables(seed_report):
    table = pd.DataFrame({"Quote": ["<script>alert(1)</script>"]})
    html = seed_report.exhibit(table, "A table.", "escape_check")
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_the_largest_count_nobody_owns_is_named_by_its_measure_only(tmp_path):
    # "About 4 million packages a day enter the US": a count no source gives an owner reads back from
    # claim_sources.csv with an empty entity; the summary names the measure, never "nan's packages"
    from conftest import write_articles
    from newsreport.claims.outputs import write_ledger
    from newsreport.corpus.loader import load_corpus
    from newsreport.figures.extractor import figures_table
    from newsreport.report.sections.summary import finding_headline

    corpus = load_corpus(write_articles(tmp_path / "corpus", {
        "wire.txt": "Parcels surge\n\nMay 2, 2025 - About 40 million parcels entered the US in April, customs data show.\n",
        "daily.txt": "Customs strain\n\nMay 3, 2025 - Nearly 40 million parcels entered the US in April.\n"}))
    out = tmp_path / "out"
    write_csv(documents_table(corpus), out / "data" / "documents.csv")
    write_csv(sentences_table(corpus), out / "data" / "sentences.csv")
    ledger = write_ledger(corpus, figures_table(corpus), out)
    assert (ledger.sources["entity"] == "").any()
    headline = finding_headline(Report(out))
    # parcels and packages are one measure (config synonyms), named without an owner
    assert "40 million parcels" in headline and "— packages in the US (" in headline and "nan" not in headline


@pytest.mark.parametrize("classifier_flags, expected", [
    ([1, 1, 0, 0, 1, 0], "mark the same sentences for every frame"),
    ([1, 0, 0, 0, 1, 1], "agree least on regulatory (κ"),
])
def test_the_agreement_sentence_says_what_the_counts_show(tmp_path, classifier_flags, expected):
    # an earlier build said "agree least on X (κ 1.00): 0 sentences … and 0 …" when the methods never differed
    from newsreport.narratives.validation import agreement
    from newsreport.report.sections.frames_validation import agreement_part

    dictionary_flags = [1, 1, 0, 0, 1, 0]
    frames = pd.DataFrame({"frame": ["regulatory"] * 6, "dict_present": dictionary_flags,
                           "clf_present": classifier_flags, "clf_score": [0.9, 0.8, 0.1, 0.2, 0.7, 0.3]})
    write_csv(agreement(frames), tmp_path / "data" / "frame_agreement.csv")
    html = agreement_part(Report(tmp_path), {})
    assert expected in html


@pytest.mark.parametrize("compounds, expected", [
    ([0.5, 0.3, -0.2, -0.4], "the regulatory frame read most positive (mean VADER tone +0.40); those carrying "
                             "ecommerce least (−0.30)"),
    ([0.27, 0.27, 0.271, 0.269], "Sentences carrying the regulatory and the ecommerce frames read alike (mean VADER "
                                 "tone +0.27)"),
])
def test_the_tone_finding_names_a_most_positive_frame_only_when_the_printed_means_differ(tmp_path, compounds,
                                                                                        expected):
    # a mixed corpus printed "most positive (+0.27) … least (+0.27)"
    from newsreport.report.sections.summary import finding_tone

    write_csv(pd.DataFrame({"compound": compounds, "regulatory": [1, 1, 0, 0], "ecommerce": [0, 0, 1, 1]}),
              tmp_path / "data" / "tone.csv")
    write_csv(pd.DataFrame({"doc": ["a", "a"], "frame": ["regulatory", "ecommerce"]}),
              tmp_path / "data" / "frames_docs.csv")
    assert expected in finding_tone(Report(tmp_path))


def test_the_largest_count_is_never_a_part_given_as_its_whole(tmp_path):
    # "saving roughly 3,000 of the group's 4,300 staff": a pub chain's summary read "roughly 3,000 — the number of
    # staff at Wickham"; a part of a whole its sentence states is no count of the whole
    from conftest import write_articles
    from newsreport.claims.outputs import write_ledger
    from newsreport.corpus.loader import load_corpus
    from newsreport.figures.extractor import figures_table
    from newsreport.report.sections.summary import finding_headline

    corpus = load_corpus(write_articles(tmp_path / "corpus", {
        "wire.txt": "Pub chain collapses\n\nMarch 5, 2026 - Wickham Inns sold its remaining pubs to Lantern Taverns, "
                    "saving roughly 3,000 of the group's 4,300 staff, the administrators said. Wickham Inns runs 212 "
                    "pubs in the Midlands.\n",
        "daily.txt": "Locked out\n\nMarch 6, 2026 - Wickham Inns runs 212 pubs, the company said.\n"}))
    out = tmp_path / "out"
    write_csv(documents_table(corpus), out / "data" / "documents.csv")
    write_csv(sentences_table(corpus), out / "data" / "sentences.csv")
    write_ledger(corpus, figures_table(corpus), out)
    headline = finding_headline(Report(out))
    assert "3,000" not in headline and "212" in headline, headline
    # 4,300 is larger and was reported: the sentence says which counts it chose from, not "the largest count reported"
    assert "largest count reported" not in headline and "read from their sentences" in headline, headline
