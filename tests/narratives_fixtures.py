"""Fixtures of the narrative tests: frame tables of the seeds, computed once per test session."""

from pathlib import Path

import pytest
import yaml

from newsreport.narratives.methods import load_frames, sentence_frames

GOLD = Path(__file__).resolve().parent / "gold" / "frames_hand_coded.csv"


def sentence_containing(corpus, phrase: str):
    """The one kept sentence of `corpus` whose text contains `phrase` (fails the test otherwise)."""
    found = [s for d in corpus.documents for s in d.sentences if phrase in s.text]
    assert len(found) == 1, f"expected one sentence with {phrase!r}, found {len(found)}"
    return found[0]


def row_for(table, sentence, frame: str):
    """The row of a `sentence_frames` table for `sentence` and `frame`."""
    rows = table[(table["sentence_id"] == sentence.sentence_id) & (table["frame"] == frame)]
    assert len(rows) == 1
    return rows.iloc[0]


@pytest.fixture(scope="session")
def frames():
    return load_frames()


@pytest.fixture(scope="session")
def seed_dictionary_frames(seed_corpus, frames):
    """Sentence frames of the seeds by the dictionary alone (no model load)."""
    return sentence_frames(seed_corpus, frames, classifier=False)


@pytest.fixture(scope="session")
def seed_frames(seed_corpus, frames):
    """Sentence frames of the seeds with both methods (loads the embedding model once)."""
    return sentence_frames(seed_corpus, frames)


def write_config_with_extra_frame(tmp_path):
    """A copy of the default frames config with a fourth frame, `consumer_protection`; returns its path."""
    default = load_frames()
    config = yaml.safe_load(default.path.read_text(encoding="utf-8"))
    config["classifier"]["model"] = str(default.model_path)  # the copy lives elsewhere
    config["frames"]["consumer_protection"] = {
        "label": "Consumer protection",
        "cues": [{"term": "hidden fees", "weight": 1.0}, {"term": "hidden delivery fees", "weight": 1.0},
                 {"term": "manipulative design", "weight": 1.0}],
    }
    path = tmp_path / "frames.yaml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return path
