"""Sentence and document tone with VADER (a lexicon scorer for short English text, offline).

VADER's `compound` score runs from -1 (most negative) to +1 (most positive); by VADER's own convention
a sentence with compound >= 0.05 reads positive and <= -0.05 negative.
"""

from __future__ import annotations

from functools import lru_cache

import pandas as pd
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

POSITIVE_AT = 0.05
NEGATIVE_AT = -0.05
TONE_COLUMNS = ["doc", "sentence_id", "index", "compound", "positive", "neutral", "negative", "tone"]


@lru_cache(maxsize=1)
def analyzer() -> SentimentIntensityAnalyzer:
    """VADER's analyzer (its lexicon loaded), made once per process."""
    return SentimentIntensityAnalyzer()


def tone_label(compound: float) -> str:
    """'positive', 'negative' or 'neutral' by VADER's recommended cut-offs."""
    if compound >= POSITIVE_AT:
        return "positive"
    if compound <= NEGATIVE_AT:
        return "negative"
    return "neutral"


def text_tone(text: str) -> dict:
    """VADER scores of one text: compound, positive, neutral, negative."""
    scores = analyzer().polarity_scores(text)
    return {"compound": scores["compound"], "positive": scores["pos"], "neutral": scores["neu"],
            "negative": scores["neg"]}


def sentence_tone(corpus) -> pd.DataFrame:
    """One row per kept sentence: `doc, sentence_id, index, compound, positive, neutral, negative, tone`."""
    rows = []
    for document in corpus.documents:
        for sentence in document.sentences:
            scores = text_tone(sentence.text)
            rows.append({"doc": document.doc, "sentence_id": sentence.sentence_id, "index": sentence.index,
                         **scores, "tone": tone_label(scores["compound"])})
    return pd.DataFrame(rows, columns=TONE_COLUMNS)
