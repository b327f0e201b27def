"""Validation of the frame measures: hand coding, honest splits, cross-validation that really holds
documents out, bootstrap intervals, the devcorpus scoring rule and the committed benchmark results."""

import numpy as np
import pandas as pd
import pytest

from newsreport.narratives.classifier import leave_one_document_out, load_model
from newsreport.narratives.methods import sentence_frames
from newsreport.narratives.scoring import covered
from newsreport.narratives.training import nested_leave_one_document_out, read_project_coding
from newsreport.narratives.validation import (agreement, benchmark_results, bootstrap_f1, cohen_kappa,
                                              krippendorff_alpha, scores, validate)
from newsreport.tables import read_csv

from narratives_fixtures import GOLD, frames, seed_frames, sentence_containing  # noqa: F401

FRAMES = ["refugee", "regulatory", "ecommerce"]


def test_hand_coding_covers_every_kept_seed_sentence_with_its_text(seed_corpus):
    gold = read_csv(GOLD)
    sentences = {s.sentence_id: s.text for d in seed_corpus.documents for s in d.sentences}
    assert list(gold["sentence_id"]) == list(sentences)
    assert all(gold["text"].iloc[i] == sentences[sid] for i, sid in enumerate(gold["sentence_id"]))
    assert set(gold[FRAMES].stack().unique()) <= {0, 1}


@pytest.mark.parametrize("phrase, frame", [
    ("national security takes precedence over free speech", "regulatory"),
    ("Tmall Global is a platform", "ecommerce"),
    ("humorously termed “cat tax,”", "refugee"),
])
def test_hand_coding_of_the_named_cases(seed_corpus, phrase, frame):
    gold = read_csv(GOLD).set_index("sentence_id")
    assert gold.at[sentence_containing(seed_corpus, phrase).sentence_id, frame] == 1


def test_seeds_are_scored_as_in_sample_because_the_classifier_was_trained_on_them(seed_frames, frames):
    trained = load_model(frames.model_path).trained_docs
    table = validate(seed_frames, GOLD, trained)
    assert set(table["split"]) == {"all", "in-sample"}  # nothing on the seeds may be called held out
    assert set(table["method"]) == {"dictionary", "classifier", "final"}
    final = table[(table["method"] == "final") & (table["split"] == "all")].set_index("frame")
    assert (final["n_gold_positive"] == read_csv(GOLD)[list(final.index)].sum()).all()


def test_other_corpus_is_not_trained_on_and_has_no_hand_coding(other_corpus, frames):
    table = validate(sentence_frames(other_corpus, frames, classifier=False), GOLD)
    assert table.empty
    assert {"frame", "method", "split", "precision", "recall", "f1", "n_gold_positive"} <= set(table.columns)


def test_leave_one_document_out_never_lets_a_document_see_its_own_labels():
    rng = np.random.default_rng(1)
    features = rng.normal(size=(60, 5))
    labels = (features[:, 0] > 0).astype(int)
    docs = np.repeat(["a", "b", "c", "d"], 15)
    before = leave_one_document_out(features, labels, docs)
    flipped = labels.copy()
    flipped[docs == "b"] = 1 - flipped[docs == "b"]
    after = leave_one_document_out(features, flipped, docs)
    assert np.allclose(before[docs == "b"], after[docs == "b"])  # its own labels play no part
    assert not np.allclose(before[docs == "a"], after[docs == "a"])  # they do train the other folds


def test_nested_cross_validation_holds_each_seed_out_of_its_own_threshold_too(frames):
    coded = read_project_coding(GOLD, FRAMES)
    held = coded["doc"] == coded["doc"].iloc[0]
    flipped = coded.copy()
    flipped.loc[held, FRAMES] = 1 - flipped.loc[held, FRAMES]
    before = nested_leave_one_document_out(coded, frames)
    after = nested_leave_one_document_out(flipped, frames)
    own = before["doc"] == coded["doc"].iloc[0]
    assert (before.loc[own, ["probability", "threshold", "predicted"]].to_numpy()
            == after.loc[own, ["probability", "threshold", "predicted"]].to_numpy()).all()
    assert len(before) == len(coded) * 3


def test_bootstrap_interval_brackets_the_f1_and_is_degenerate_when_perfect():
    gold = np.array([1, 1, 1, 0, 0, 0, 0, 1, 0, 1] * 5)
    predicted = gold.copy()
    assert bootstrap_f1(predicted, gold) == (1.0, 1.0)
    predicted[:6] = 1 - predicted[:6]  # 25 positives: 3 missed, 3 false: F1 = 2*22/(2*22+6)
    low, high = bootstrap_f1(predicted, gold)
    assert scores(predicted, gold)["f1"] == pytest.approx(44 / 50)
    assert 0 <= low < 44 / 50 < high <= 1


def test_gold_sentence_counts_when_a_flagged_span_covers_half_of_it():
    gold = pd.DataFrame({"doc": ["d", "d", "d"], "start": [0, 100, 200], "end": [100, 200, 300]})
    predicted = pd.DataFrame({"doc": ["d", "d", "d"], "frame": ["refugee"] * 3, "start": [0, 150, 260],
                              "end": [150, 240, 300], "present": [1, 1, 1]})
    # sentence 1 fully covered; sentence 2 covered 50/100 by the first span; sentence 3 has 40 + 40
    # covered by two spans, but no single span covers half of it
    assert list(covered(gold, predicted, "refugee")) == [1, 1, 0]
    assert list(covered(gold, predicted.assign(present=0), "refugee")) == [0, 0, 0]


def test_committed_benchmark_results_are_labelled_by_what_they_were_measured_on():
    results = benchmark_results()
    held_out = results[results["evaluation"] == "held_out"]
    assert set(held_out["method"]) == {"keyword baseline", "dictionary", "classifier", "final"}
    assert set(held_out["frame"]) == set(FRAMES) | {"macro"}
    assert held_out["measured_on"].str.contains("held-out half").all()
    scored = held_out[held_out["frame"] != "macro"]
    assert ((scored["f1_low"] <= scored["f1"]) & (scored["f1"] <= scored["f1_high"])).all()
    assert set(results["evaluation"]) == {"held_out", "refugee_on_other_stories", "cross_validation"}


def test_cohen_kappa_of_a_hand_worked_example():
    # observed agreement 3/4; chance agreement 0.5*0.25 + 0.5*0.75 = 0.5; kappa = (0.75-0.5)/(1-0.5)
    assert cohen_kappa([1, 1, 0, 0], [1, 0, 0, 0]) == pytest.approx(0.5)
    assert cohen_kappa([1, 0, 1, 0], [1, 0, 1, 0]) == pytest.approx(1.0)


def test_krippendorff_alpha_is_one_for_identical_codings_and_lower_otherwise():
    assert krippendorff_alpha([1, 0, 1, 0, 0], [1, 0, 1, 0, 0]) == pytest.approx(1.0)
    assert krippendorff_alpha([1, 1, 0, 0], [1, 0, 0, 0]) < 1.0


def test_agreement_counts_every_sentence_once_per_frame(seed_corpus, seed_frames):
    table = agreement(seed_frames).set_index("frame")
    n_kept = sum(len(d.sentences) for d in seed_corpus.documents)
    assert (table[["both", "dictionary_only", "classifier_only", "neither"]].sum(axis=1) == n_kept).all()
    assert table["cohen_kappa"].between(-1, 1).all()
