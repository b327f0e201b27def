"""Training the frame classifier on hand-coded sentences, and reading those codings.

Two coding formats are read: the project's own (`tests/gold/frames_hand_coded.csv`: `sentence_id, text,
<frame>...`, the document id being the part of `sentence_id` before `:`) and the devcorpus gold
(`PART/gold_frames_sentences.csv`: `doc, start, end, <frame>..., text`). Only sentences' labels and
the coefficients derived from them end up in the model file; no text is stored.

    python scripts/train_frames.py --coding tests/gold/frames_hand_coded.csv \
        --devcorpus ../shared/devcorpus/partA:01,02,03 --devcorpus ../shared/devcorpus/partB:01,02,03 \
        --out config/frames_model.json
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from newsreport.errors import ParameterError
from newsreport.narratives import classifier
from newsreport.narratives.config import FrameConfig
from newsreport.narratives.scoring import read_gold_sentences
from newsreport.narratives.validation import best_threshold
from newsreport.tables import read_csv

THRESHOLD_GRID = np.round(np.arange(0.05, 0.951, 0.05), 2)  # coarse: a fine grid would fit noise
# Where several thresholds tie for the best cross-validated F1, take the lowest: on unseen articles the
# frames lose recall, not precision (issue 12), and the tie says the data cannot tell the two apart.
TIE_RULE = "lower"


def read_project_coding(path: Path | str, frame_names) -> pd.DataFrame:
    """Coded sentences of a project-format CSV as `doc, text, <frame>...` (frames it lacks are absent)."""
    path = Path(path)
    if not path.is_file():
        raise ParameterError(f"{path}: hand coding file not found")
    table = read_csv(path)
    if not {"sentence_id", "text"} <= set(table.columns):
        raise ParameterError(f"{path}: hand coding needs `sentence_id` and `text` columns")
    table["doc"] = table["sentence_id"].astype(str).str.split(":").str[0]
    return table[["doc", "text"] + [f for f in frame_names if f in table.columns]]


def read_devcorpus_coding(part: Path | str, prefixes, frame_names) -> pd.DataFrame:
    """Coded sentences of a devcorpus part (its `gold_frames_sentences.csv`), keeping documents whose file
    name starts with one of `prefixes` (all when empty). Document ids are `<part>/<file name stem>`."""
    table = read_gold_sentences(part, prefixes)
    table = table.assign(doc=Path(part).name + "/" + table["doc"])
    return table[["doc", "text"] + [f for f in frame_names if f in table.columns]].reset_index(drop=True)


def coded_features(coded: pd.DataFrame, frames: FrameConfig) -> tuple[np.ndarray, pd.DataFrame]:
    """Embeddings of the coded sentences, and their dictionary score per frame (one column each)."""
    from newsreport.narratives.embeddings import embed
    from newsreport.narratives.methods import dictionary_score, sentence_cue_hits

    vectors = embed(list(coded["text"]), frames.embedding_package)
    scores = pd.DataFrame({name: [dictionary_score(sentence_cue_hits(text, frame), frame) for text in coded["text"]]
                           for name, frame in frames.frames.items()})
    return vectors, scores


def train(coded: pd.DataFrame, frames: FrameConfig, c: float = 1.0,
          provenance: dict | None = None) -> tuple[classifier.ClassifierModel, pd.DataFrame]:
    """Fit one classifier per frame that `coded` has a column for, with the threshold that maximizes F1
    of the leave-one-document-out probabilities. Returns the model and the out-of-fold table
    (`doc, frame, gold, probability`) the threshold was chosen on."""
    vectors, scores = coded_features(coded, frames)
    models, folds = {}, []
    for name, frame in frames.frames.items():
        if name not in coded.columns or coded[name].nunique() < 2:
            continue  # no training data: the frame stays with its dictionary
        labels = coded[name].astype(int).to_numpy()
        features = classifier.feature_matrix(vectors, scores[name])
        out_of_fold = classifier.leave_one_document_out(features, labels, coded["doc"], c)
        known = ~np.isnan(out_of_fold)
        threshold, _ = best_threshold(out_of_fold[known], labels[known], grid=THRESHOLD_GRID, prefer=TIE_RULE)
        coef, intercept = classifier.fit(features, labels, c)
        models[name] = classifier.FrameModel(name, coef, intercept, threshold, classifier.cue_fingerprint(frame),
                                             int(labels.sum()), len(labels))
        folds.append(pd.DataFrame({"doc": coded["doc"], "frame": name, "gold": labels,
                                   "probability": out_of_fold}))
    details = {"documents": sorted(set(coded["doc"])), "n_sentences": len(coded), "C": c,
               "class_weight": "balanced", "threshold": "max F1 of leave-one-document-out probabilities, "
                                                        "0.05 grid, ties to the lowest"}
    model = classifier.ClassifierModel(models, frames.embedding_package, {**(provenance or {}), **details})
    return model, pd.concat(folds, ignore_index=True) if folds else pd.DataFrame()


def parse_devcorpus_argument(value: str) -> tuple[Path, list[str]]:
    """`PART[:01,02,03]` -> (part folder, document prefixes)."""
    part, _, prefixes = value.partition(":")
    return Path(part), [p for p in prefixes.split(",") if p]


def nested_leave_one_document_out(coded: pd.DataFrame, frames: FrameConfig, c: float = 1.0) -> pd.DataFrame:
    """Cross-validated 0/1 predictions of the whole training recipe: for each document, the classifier
    is fitted on the other documents only and its threshold chosen by leave-one-document-out within
    those (the held-out document plays no part in either). Columns `row, doc, frame, gold, probability,
    threshold, predicted`, one row per coded sentence and frame with a model; `row` is the sentence's
    position in `coded`."""
    vectors, scores = coded_features(coded, frames)
    docs = coded["doc"].to_numpy()
    rows = []
    for name in frames.names:
        if name not in coded.columns or coded[name].nunique() < 2:
            continue
        labels = coded[name].astype(int).to_numpy()
        features = classifier.feature_matrix(vectors, scores[name])
        for doc in dict.fromkeys(docs):
            held_out, rest = docs == doc, docs != doc
            if len(set(labels[rest])) < 2:
                continue
            inner = classifier.leave_one_document_out(features[rest], labels[rest], docs[rest], c)
            known = ~np.isnan(inner)
            threshold, _ = best_threshold(inner[known], labels[rest][known], grid=THRESHOLD_GRID,
                                          prefer=TIE_RULE)
            coef, intercept = classifier.fit(features[rest], labels[rest], c)
            probability = 1.0 / (1.0 + np.exp(-(features[held_out] @ coef + intercept)))
            rows.append(pd.DataFrame({"row": np.flatnonzero(held_out), "doc": doc, "frame": name,
                                      "gold": labels[held_out],
                                      "probability": probability, "threshold": threshold,
                                      "predicted": (probability >= threshold).astype(int)}))
    return pd.concat(rows, ignore_index=True) if rows else pd.DataFrame()
