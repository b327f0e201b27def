"""Helpers for the report-text tests (tests/report/test_*_text.py): reports built from a corpus's own
tables, and the devcorpus development half read from the shared folder at run time."""

import os
import shutil
from pathlib import Path

import pytest

from newsreport.corpus.loader import documents_table, sentences_table
from newsreport.report.document import Report
from newsreport.tables import write_csv


def corpus_report(tmp_path, corpus) -> Report:
    """A report over `corpus`'s documents and sentences tables."""
    write_csv(documents_table(corpus), tmp_path / "data" / "documents.csv")
    write_csv(sentences_table(corpus), tmp_path / "data" / "sentences.csv")
    return Report(tmp_path)


def narratives_report(tmp_path, corpus, frames=None) -> Report:
    """A report over `corpus` with its frame tables (dictionary and classifier, as a build makes them)."""
    from newsreport.narratives.methods import cue_hits, doc_frames, sentence_frames

    corpus_report(tmp_path, corpus)
    table = sentence_frames(corpus, frames)
    write_csv(table, tmp_path / "data" / "frames_sentences.csv")
    write_csv(doc_frames(corpus, frames, sentences=table), tmp_path / "data" / "frames_docs.csv")
    write_csv(cue_hits(corpus, frames), tmp_path / "data" / "frame_cues.csv")
    return Report(tmp_path)


@pytest.fixture()
def vinted_corpus(tmp_path):
    # one article on second-hand fashion: one of its three sentences carries the e-commerce angle
    from conftest import UNSEEN_ARTICLES, write_articles
    from newsreport.corpus.loader import load_corpus

    return load_corpus(write_articles(tmp_path / "corpus", {"vinted_growth.txt": UNSEEN_ARTICLES["vinted_growth.txt"]}))


SHARED = Path(os.environ.get("NEWSREPORT_SHARED", Path(__file__).resolve().parents[1].parent / "shared"))
DEVCORPUS = SHARED / "devcorpus"


def development_corpus(tmp_path, *parts: str):
    """The development half (documents 01-03) of devcorpus `parts`, copied into one folder under
    `tmp_path` (read at run time, never kept); skips when the shared folder is not beside the clone."""
    from newsreport.corpus.loader import load_corpus

    target = tmp_path / "_".join(parts)
    target.mkdir(parents=True)
    for part in parts:
        folder = DEVCORPUS / part / "corpus"
        if not folder.is_dir():
            pytest.skip(f"devcorpus not found at {DEVCORPUS} (set NEWSREPORT_SHARED to the shared folder)")
        for path in sorted(folder.glob("0[123]_*")):
            shutil.copy(path, target / path.name)
    return load_corpus(target)
