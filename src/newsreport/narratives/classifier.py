"""Method 2 for frames: a logistic regression per frame over the sentence's MiniLM embedding and its
dictionary score, trained on hand-coded sentences (`newsreport.narratives.training`).

The trained model is a small JSON file of coefficients (no text): per frame the 385 weights, the
intercept, the probability threshold chosen by leave-one-document-out cross-validation, and a
fingerprint of the frame's cues. A frame whose cues changed since training, or that has no trained
model at all (a frame added in the config), is decided by its dictionary, and the tables say so.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from newsreport.errors import ParameterError

CUE_SCORE_CAP = 2.0  # a sentence with two strong cues is as sure as one with five
FEATURES = "all-MiniLM-L6-v2 sentence embedding (384 values) + the frame's dictionary score capped at 2"


@dataclass(frozen=True)
class FrameModel:
    """The trained logistic regression of one frame."""

    frame: str
    coef: np.ndarray
    intercept: float
    threshold: float
    cue_fingerprint: str
    n_positive: int = 0
    n_sentences: int = 0

    def probability(self, features: np.ndarray) -> np.ndarray:
        """P(frame) for each row of `features` (see `feature_matrix`)."""
        return 1.0 / (1.0 + np.exp(-(features @ self.coef + self.intercept)))


@dataclass(frozen=True)
class ClassifierModel:
    """All frame models of one file, with where they came from."""

    frames: dict[str, FrameModel]
    embedding_package: str
    provenance: dict = field(default_factory=dict)

    @property
    def trained_docs(self) -> set[str]:
        """Ids of the documents whose hand coding trained the model (scored in-sample in validation)."""
        return set(self.provenance.get("documents", []))

    def usable(self, frame) -> str:
        """Why `frame` (a config Frame) can or cannot use its classifier: "" when it can."""
        model = self.frames.get(frame.name)
        if model is None:
            return "no training data for this frame"
        if model.cue_fingerprint != cue_fingerprint(frame):
            return "cues changed since the classifier was trained"
        return ""


def cue_fingerprint(frame) -> str:
    """A short hash of a frame's cue terms and weights: the classifier's cue feature depends on them."""
    text = "\n".join(f"{c.term}\t{c.weight:g}" for c in sorted(frame.cues, key=lambda c: c.term))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def feature_matrix(vectors: np.ndarray, dict_scores) -> np.ndarray:
    """Rows of [embedding, capped dictionary score] for the classifier of one frame."""
    scores = np.minimum(np.asarray(dict_scores, dtype=float), CUE_SCORE_CAP).reshape(-1, 1)
    return np.hstack([np.asarray(vectors, dtype=float), scores])


def fit(features: np.ndarray, labels, c: float = 1.0) -> tuple[np.ndarray, float]:
    """Coefficients and intercept of a class-weighted (balanced) L2 logistic regression."""
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=c, class_weight="balanced", max_iter=5000)
    model.fit(features, np.asarray(labels, dtype=int))
    return model.coef_[0].copy(), float(model.intercept_[0])


def leave_one_document_out(features: np.ndarray, labels, docs, c: float = 1.0) -> np.ndarray:
    """Out-of-fold probabilities: each document's sentences are scored by a model trained on the
    sentences of all other documents only. A fold whose training part has one class only gets NaN."""
    labels, docs = np.asarray(labels, dtype=int), np.asarray(docs)
    probabilities = np.full(len(labels), np.nan)
    for doc in dict.fromkeys(docs):
        held_out = docs == doc
        if len(set(labels[~held_out])) < 2:
            continue
        coef, intercept = fit(features[~held_out], labels[~held_out], c)
        probabilities[held_out] = 1.0 / (1.0 + np.exp(-(features[held_out] @ coef + intercept)))
    return probabilities


def save_model(model: ClassifierModel, path: Path | str) -> None:
    """Write `model` as JSON (coefficients rounded to 6 decimals; byte-identical for the same model)."""
    data = {"format": "newsreport frame classifier 1", "features": FEATURES,
            "embedding_package": model.embedding_package, "provenance": model.provenance,
            "frames": {name: {"threshold": m.threshold, "intercept": round(m.intercept, 6),
                              "cue_fingerprint": m.cue_fingerprint, "n_sentences": m.n_sentences,
                              "n_positive": m.n_positive, "coef": [round(float(v), 6) for v in m.coef]}
                       for name, m in model.frames.items()}}
    Path(path).write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def load_model(path: Path | str) -> ClassifierModel:
    """Read a model written by `save_model`. Raises ParameterError naming the file when it is not one."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        frames = {name: FrameModel(name, np.asarray(spec["coef"], dtype=float), float(spec["intercept"]),
                                   float(spec["threshold"]), str(spec["cue_fingerprint"]),
                                   int(spec.get("n_positive", 0)), int(spec.get("n_sentences", 0)))
                  for name, spec in data["frames"].items()}
        return ClassifierModel(frames, str(data["embedding_package"]), dict(data.get("provenance", {})))
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise ParameterError(f"{path}: not a frame classifier file ({error})") from None
