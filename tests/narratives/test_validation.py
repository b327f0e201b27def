"""The frame measures against the hand coding of the seeds, and agreement between the two methods."""

import pytest

from newsreport.narratives.methods import sentence_frames
from newsreport.tables import read_csv
from newsreport.narratives.validation import (agreement, choose_embedding_thresholds, cohen_kappa, krippendorff_alpha,
                                   validate, validation_table)

from narratives_fixtures import GOLD, frames, seed_frames, sentence_containing  # noqa: F401


def dev_docs(corpus):
    """Seeds 000 + 001 are the development split (config/frames.yaml)."""
    return [d.doc for d in corpus.documents if d.doc[:3] in ("000", "001")]


def test_hand_coding_covers_every_kept_seed_sentence_with_its_text(seed_corpus):
    gold = read_csv(GOLD)
    sentences = {s.sentence_id: s.text for d in seed_corpus.documents for s in d.sentences}
    assert list(gold["sentence_id"]) == list(sentences)
    assert all(gold["text"].iloc[i] == sentences[sid] for i, sid in enumerate(gold["sentence_id"]))
    assert set(gold[["refugee", "regulatory", "ecommerce"]].stack().unique()) <= {0, 1}


@pytest.mark.parametrize("phrase, frame", [
    ("national security takes precedence over free speech", "regulatory"),
    ("Tmall Global is a platform", "ecommerce"),
    ("humorously termed “cat tax,”", "refugee"),
])
def test_hand_coding_of_the_named_cases(seed_corpus, phrase, frame):
    gold = read_csv(GOLD).set_index("sentence_id")
    assert gold.at[sentence_containing(seed_corpus, phrase).sentence_id, frame] == 1


def test_final_method_reaches_f1_085_per_frame_on_the_seeds(seed_frames):
    table = validate(seed_frames, GOLD)
    final = table[(table["method"] == "final") & (table["split"] == "all")].set_index("frame")
    assert set(final.index) == {"refugee", "regulatory", "ecommerce"}
    assert (final["f1"] >= 0.85).all(), final[["precision", "recall", "f1"]]
    assert (final["n_gold_positive"] == read_csv(GOLD)[list(final.index)].sum()).all()


def test_final_method_is_the_better_one_on_the_dev_split(seed_corpus, seed_frames, frames):
    table = validate(seed_frames, GOLD, dev_docs(seed_corpus))
    dev = table[table["split"] == "dev"].pivot(index="frame", columns="method", values="f1")
    better = "dictionary" if dev["dictionary"].mean() >= dev["embedding"].mean() else "embedding"
    assert frames.final_method == better


def test_embedding_thresholds_in_config_are_the_dev_optimum(seed_corpus, seed_frames, frames):
    chosen = choose_embedding_thresholds(seed_frames, GOLD, dev_docs(seed_corpus)).set_index("frame")
    for name, frame in frames.frames.items():
        assert chosen.at[name, "threshold"] == pytest.approx(frame.embedding_threshold)


def test_validation_table_reports_dev_test_and_a_priori_cues(seed_corpus, seed_frames, frames):
    table = validation_table(seed_corpus, frames, GOLD, dev_docs(seed_corpus), sentences=seed_frames)
    assert set(table["method"]) == {"dictionary", "dictionary_a_priori", "embedding", "final"}
    assert set(table["split"]) == {"all", "dev", "test"}
    counts = table[(table["method"] == "final")].pivot(index="frame", columns="split", values="n_sentences")
    assert (counts["dev"] + counts["test"] == counts["all"]).all()


def test_validation_of_another_corpus_is_empty_but_headed(other_corpus, frames):
    table = validate(sentence_frames(other_corpus, frames, embeddings=False), GOLD)
    assert table.empty
    assert {"frame", "method", "precision", "recall", "f1", "n_gold_positive"} <= set(table.columns)


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
    assert (table[["both", "dictionary_only", "embedding_only", "neither"]].sum(axis=1) == n_kept).all()
    assert table["cohen_kappa"].between(-1, 1).all()
