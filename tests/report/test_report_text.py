"""Sentences of the report that must stay true on any corpus, not only on the seeds: each test builds
the sentence from a corpus (or its tables) where an earlier wording was false."""

import pandas as pd
import pytest

from newsreport.corpus.loader import documents_table, sentences_table
from newsreport.report.document import Report
from newsreport.tables import write_csv


def corpus_report(tmp_path, corpus) -> Report:
    """A report over `corpus`'s documents and sentences tables."""
    write_csv(documents_table(corpus), tmp_path / "data" / "documents.csv")
    write_csv(sentences_table(corpus), tmp_path / "data" / "sentences.csv")
    return Report(tmp_path)


def test_a_corpus_without_page_chrome_is_not_said_to_have_had_chrome_set_aside(tmp_path, other_corpus):
    # the other-story articles hold no player, paywall or share line: the corpus section said "Page chrome
    # such as audio players, paywall prompts and share buttons was set aside as excluded spans: 0 of ..."
    from newsreport.report.sections.corpus import section

    assert int(documents_table(other_corpus)["n_excluded_chars"].sum()) == 0
    html = section(corpus_report(tmp_path, other_corpus))
    assert "was set aside as excluded spans" not in html
    assert "so nothing was set aside" in html


def test_chrome_set_aside_from_the_seeds_is_counted(tmp_path, seed_corpus):
    from newsreport.report.sections.corpus import section

    excluded = int(documents_table(seed_corpus)["n_excluded_chars"].sum())
    html = section(corpus_report(tmp_path, seed_corpus))
    assert excluded > 0 and f"was set aside as excluded spans: {excluded:,} of" in html
