"""Parses of the sentences that hold figures, made in batches: spaCy's `nlp.pipe` over one chunk of
documents at a time is about three times faster than one call per sentence, and keeping only the
most recent parses (without their vectors) bounds memory at any corpus size. The reading of one document needs only
that document's parses, so the same functions serve a per-document run; the ledger and the timeline of
one run share the recent parses."""

from __future__ import annotations

from collections import OrderedDict
from contextlib import contextmanager

import numpy

from newsreport.corpus.syntax import parse

KEEP_PARSES = 2048  # recent parses kept, so the ledger and the timeline of one run share them
_RECENT: OrderedDict = OrderedDict()  # sentence text -> spaCy Doc, most recent last


def parsed(text: str):
    """The parse of `text`: from the recent batches (`parses_of`), else parsed alone (cached)."""
    doc = _RECENT.get(text)
    return doc if doc is not None else parse(text)


@contextmanager
def parses_of(texts):
    """Parse `texts` together with spaCy's `nlp.pipe` (about three times faster than one call per
    sentence) and serve them through `parsed`; only the last `KEEP_PARSES` are kept, so memory stays
    bounded at any corpus size (callers pass one chunk of documents at a time)."""
    from newsreport.corpus.syntax import parse_many

    new = [t for t in dict.fromkeys(texts) if t not in _RECENT]
    # parse_many reads back the parses the per-document map stored, and batches the rest with nlp.pipe
    for text, doc in zip(new, parse_many(new)):
        doc.tensor = numpy.zeros((0, 0), dtype="float32")  # the parse is read, not the vectors: less memory
        _RECENT[text] = doc
    for text in texts:
        if text in _RECENT:
            _RECENT.move_to_end(text)
    while len(_RECENT) > max(KEEP_PARSES, len(texts)):
        _RECENT.popitem(last=False)
    yield


def document_chunks(records: list[dict], size: int):
    """Figures rows in chunks holding every row of up to `size` documents, in document order."""
    by_doc: dict[str, list[dict]] = {}
    for record in records:
        by_doc.setdefault(str(record.get("doc")), []).append(record)
    docs = list(by_doc)
    for first in range(0, len(docs), size):
        yield [record for doc in docs[first:first + size] for record in by_doc[doc]]


def sentence_texts(records: list[dict], documents: dict) -> list[str]:
    """The texts of the sentences holding the figures `records` (each once, in order)."""
    texts = []
    for record in records:
        document = documents.get(str(record.get("doc")))
        sentence = document.sentence_at(int(record["start"])) if document is not None else None
        if sentence is not None:
            texts.append(sentence.text)
    return list(dict.fromkeys(texts))


CHUNK_DOCS = 64  # documents whose figure sentences are parsed together (bounds the parses held)


def in_parsed_chunks(records: list[dict], documents: dict, size: int = CHUNK_DOCS):
    """Each figures row in document order, with the sentences of its chunk of `size` documents
    parsed together and held while the chunk is read."""
    for chunk in document_chunks(records, size):
        with parses_of(sentence_texts(chunk, documents)):
            yield from chunk


def figure_tokens(doc, start: int, end: int):
    """Tokens overlapping `[start, end)`."""
    return [t for t in doc if t.idx < end and t.idx + len(t) > start]


def span_root(tokens):
    """The token of `tokens` whose head lies outside them (the highest one)."""
    inside = {t.i for t in tokens}
    for token in tokens:
        if token.head.i not in inside or token.head.i == token.i:
            return token
    return tokens[0]
