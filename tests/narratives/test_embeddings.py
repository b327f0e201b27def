"""Method 2: sentence similarity to each frame's seed sentences, with the bundled offline model."""

import os

import numpy as np

from newsreport.narratives.embeddings import embed, model_path

from narratives_fixtures import frames, row_for, seed_frames, sentence_containing  # noqa: F401


def test_model_is_read_from_the_installed_package_offline(seed_frames):
    assert (model_path() / "model.safetensors").exists()
    assert os.environ.get("HF_HUB_OFFLINE") == "1"


def test_embeddings_are_unit_length_and_cached_by_text(seed_frames):
    vectors = embed(["Xiaohongshu topped the App Store.", "Xiaohongshu topped the App Store."])
    assert vectors.shape == (2, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert np.array_equal(vectors[0], vectors[1])


def test_cat_tax_sentence_is_closest_to_the_refugee_frame(seed_corpus, seed_frames):
    sentence = sentence_containing(seed_corpus, "humorously termed “cat tax,”")
    scores = {f: row_for(seed_frames, sentence, f)["emb_score"] for f in ("refugee", "regulatory", "ecommerce")}
    assert max(scores, key=scores.get) == "refugee"


def test_supreme_court_sentence_is_closest_to_the_regulatory_frame(seed_corpus, seed_frames):
    sentence = sentence_containing(seed_corpus, "national security takes precedence over free speech")
    scores = {f: row_for(seed_frames, sentence, f)["emb_score"] for f in ("refugee", "regulatory", "ecommerce")}
    assert max(scores, key=scores.get) == "regulatory"
    assert row_for(seed_frames, sentence, "regulatory")["emb_present"] == 1


def test_taobao_cross_border_sentence_is_closest_to_the_ecommerce_frame(seed_corpus, seed_frames):
    sentence = sentence_containing(seed_corpus, "Taobao facilitates cross-border e-commerce")
    scores = {f: row_for(seed_frames, sentence, f)["emb_score"] for f in ("refugee", "regulatory", "ecommerce")}
    assert max(scores, key=scores.get) == "ecommerce"


def test_embedding_flag_follows_the_configured_threshold(seed_frames, frames):
    for name, frame in frames.frames.items():
        rows = seed_frames[seed_frames["frame"] == name]
        assert ((rows["emb_score"] >= frame.embedding_threshold).astype(int) == rows["emb_present"]).all()
