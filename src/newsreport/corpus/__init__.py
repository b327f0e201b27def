"""Corpus stage: read a folder of articles into documents (exact body text, metadata, chrome spans, sentences)."""

from newsreport.corpus.loader import Corpus, Document, load_corpus, short_doc_ids, source_labels  # noqa: F401
