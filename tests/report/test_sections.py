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
