"""Tone with VADER, per sentence and by frame."""

from newsreport.narratives.methods import doc_frames
from newsreport.narratives.tone import sentence_tone, text_tone, tone_label

from narratives_fixtures import frames, seed_dictionary_frames, sentence_containing  # noqa: F401


def test_cat_tax_sentence_reads_positive(seed_corpus):
    sentence = sentence_containing(seed_corpus, "fostering community engagement through adorable pet content")
    tone = sentence_tone(seed_corpus).set_index("sentence_id").loc[sentence.sentence_id]
    assert tone["compound"] > 0.5 and tone["tone"] == "positive"


def test_threat_of_a_ban_reads_negative(seed_corpus):
    sentence = sentence_containing(seed_corpus, "under scrutiny as it faces the threat of a U.S. ban")
    assert tone_label(text_tone(sentence.text)["compound"]) == "negative"


def test_regulatory_sentences_read_more_negative_than_refugee_ones(seed_corpus, frames, seed_dictionary_frames):
    docs = doc_frames(seed_corpus, frames, sentences=seed_dictionary_frames)
    by_frame = docs.groupby("frame")["mean_tone"].mean()
    assert by_frame["regulatory"] < by_frame["refugee"]
