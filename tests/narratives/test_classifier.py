"""Method 2: the trained frame classifier (embedding + cue score), its model file, and its fallbacks."""

import json
from pathlib import Path
import os

import numpy as np
import pytest
import yaml

from newsreport.errors import ParameterError
from newsreport.narratives.classifier import load_model
from newsreport.narratives.embeddings import embed
from newsreport.narratives.methods import load_frames, sentence_frames

from narratives_fixtures import frames, row_for, seed_frames, sentence_containing  # noqa: F401

HELD_OUT_PREFIXES = ("04", "05", "06")


def test_embeddings_are_unit_length_and_cached_by_text(seed_frames):
    vectors = embed(["Xiaohongshu topped the App Store.", "Xiaohongshu topped the App Store."])
    assert vectors.shape == (2, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert np.array_equal(vectors[0], vectors[1])


def test_shipped_model_holds_coefficients_only_and_never_saw_held_out_documents(frames):
    model = load_model(frames.model_path)
    assert set(model.frames) == {"refugee", "regulatory", "ecommerce"}
    devcorpus_docs = [d for d in model.trained_docs if d.startswith("part")]
    assert devcorpus_docs and not [d for d in devcorpus_docs if d.split("/")[1].startswith(HELD_OUT_PREFIXES)]
    data = json.loads(frames.model_path.read_text(encoding="utf-8"))
    assert set(data["frames"]["refugee"]) == {"threshold", "intercept", "cue_fingerprint", "n_sentences",
                                              "n_positive", "coef"}
    assert len(data["frames"]["refugee"]["coef"]) == 385  # 384 embedding values + the cue score


def test_classifier_flag_follows_the_trained_threshold(seed_frames, frames):
    model = load_model(frames.model_path)
    for name, frame_model in model.frames.items():
        rows = seed_frames[seed_frames["frame"] == name]
        assert ((rows["clf_score"] >= frame_model.threshold).astype(int) == rows["clf_present"]).all()
        assert (rows["present"] == rows["clf_present"]).all() and set(rows["decided_by"]) == {"classifier"}


def test_cat_tax_sentence_is_refugee_by_the_classifier(seed_corpus, seed_frames):
    sentence = sentence_containing(seed_corpus, "humorously termed “cat tax,”")
    assert row_for(seed_frames, sentence, "refugee")["clf_present"] == 1


def test_frame_whose_cues_changed_falls_back_to_the_dictionary_and_says_so(tmp_path, other_corpus):
    default = load_frames()
    config = yaml.safe_load(default.path.read_text(encoding="utf-8"))
    config["classifier"]["model"] = str(default.model_path)
    config["frames"]["ecommerce"]["cues"].append({"term": "bargain*", "weight": 1.0, "source": "test"})
    path = tmp_path / "frames.yaml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    table = sentence_frames(other_corpus, load_frames(path))
    ecommerce = table[table["frame"] == "ecommerce"]
    assert set(ecommerce["decided_by"]) == {"dictionary (cues changed since the classifier was trained)"}
    assert ecommerce["clf_score"].isna().all() and (ecommerce["present"] == ecommerce["dict_present"]).all()
    assert set(table.loc[table["frame"] == "refugee", "decided_by"]) == {"classifier"}


def test_copied_config_finds_the_shipped_model_and_a_missing_model_is_named(tmp_path):
    config = yaml.safe_load(load_frames().path.read_text(encoding="utf-8"))
    path = tmp_path / "frames.yaml"
    path.write_text(yaml.safe_dump(config), encoding="utf-8")
    assert load_frames(path).model_path == load_frames().model_path  # a copied config keeps the shipped model
    config["classifier"]["model"] = "no_such_model.json"
    path.write_text(yaml.safe_dump(config), encoding="utf-8")
    with pytest.raises(ParameterError, match=f"{path}: classifier.model 'no_such_model.json' not found"):
        load_frames(path)


def test_threshold_parameter_overrides_the_trained_threshold(seed_corpus, seed_frames, frames):
    strict = sentence_frames(seed_corpus, frames.with_classifier_thresholds({"refugee": 0.99}))
    refugee = strict[strict["frame"] == "refugee"]
    assert ((refugee["clf_score"] >= 0.99).astype(int) == refugee["clf_present"]).all()
    assert refugee["present"].sum() < seed_frames[seed_frames["frame"] == "refugee"]["present"].sum()
    other = strict[strict["frame"] == "regulatory"]["present"].to_numpy()
    assert (other == seed_frames[seed_frames["frame"] == "regulatory"]["present"].to_numpy()).all()


# the team's devcorpus sits beside the clone (CI), or beside the folder of worktrees; NEWSREPORT_DEVCORPUS overrides
CLONE = Path(__file__).resolve().parents[2]
DEVCORPUS = next((p for p in (Path(os.environ.get("NEWSREPORT_DEVCORPUS", "/nonexistent")),
                              CLONE.parent / "shared" / "devcorpus", CLONE.parent.parent / "shared" / "devcorpus")
                  if p.is_dir()), CLONE.parent / "shared" / "devcorpus")


@pytest.mark.skipif(not DEVCORPUS.is_dir(), reason=f"devcorpus not found beside the clone ({DEVCORPUS})")
def test_model_was_trained_on_exactly_the_devcorpus_development_half(frames):
    from newsreport.narratives.training import read_devcorpus_coding

    expected = set()
    for part in ("partA", "partB"):
        expected |= set(read_devcorpus_coding(DEVCORPUS / part, ("01", "02", "03"), frames.names)["doc"])
    trained = {d for d in load_model(frames.model_path).trained_docs if d.startswith("part")}
    assert trained == expected and len(expected) == 6
