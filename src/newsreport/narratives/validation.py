"""How far to trust the frame measures: precision/recall/F1 of each method against a hand coding
(split into sentences the classifier was trained on, "in-sample", and the others), bootstrap intervals,
agreement between the two methods, and the held-out results the benchmark wrote.

The hand coding is a CSV with `sentence_id`, `text` and one 0/1 column per frame; only sentence ids present
in both the measured table and the hand coding are compared, so another corpus simply yields no rows.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from newsreport.errors import ParameterError
from newsreport.paths import PROJECT_ROOT
from newsreport.tables import read_csv

VALIDATION_COLUMNS = ["frame", "method", "split", "n_sentences", "n_gold_positive", "true_positive",
                      "false_positive", "false_negative", "precision", "recall", "f1"]
AGREEMENT_COLUMNS = ["frame", "n_sentences", "both", "dictionary_only", "classifier_only", "neither",
                     "percent_agreement", "cohen_kappa", "krippendorff_alpha"]
METHOD_COLUMNS = {"dictionary": "dict_present", "classifier": "clf_present", "final": "present"}
BENCHMARK_RESULTS = PROJECT_ROOT / "benchmarks" / "results" / "frames.csv"


def read_gold(gold_csv: Path | str) -> pd.DataFrame:
    """The hand coding as a table indexed by sentence id. Raises ParameterError naming the file."""
    path = Path(gold_csv)
    if not path.is_file():
        raise ParameterError(f"{path}: hand coding file not found")
    gold = read_csv(path)
    if "sentence_id" not in gold.columns:
        raise ParameterError(f"{path}: hand coding needs a `sentence_id` column")
    return gold.set_index("sentence_id")


def gold_long(sentence_frames_df: pd.DataFrame, gold_csv) -> pd.DataFrame:
    """The measured rows joined with the hand coding (`gold` column, 0/1) for frames the coding has."""
    gold = read_gold(gold_csv)
    frames = [f for f in sentence_frames_df["frame"].unique() if f in gold.columns]
    table = sentence_frames_df[sentence_frames_df["frame"].isin(frames)
                               & sentence_frames_df["sentence_id"].isin(gold.index)].copy()
    table["gold"] = [int(gold.at[sid, frame]) for sid, frame in zip(table["sentence_id"], table["frame"])]
    return table


def scores(predicted, gold) -> dict:
    """Counts and precision/recall/F1 of 0/1 `predicted` against 0/1 `gold` (NaN where undefined)."""
    predicted, gold = np.asarray(predicted, dtype=int), np.asarray(gold, dtype=int)
    tp = int(((predicted == 1) & (gold == 1)).sum())
    fp = int(((predicted == 1) & (gold == 0)).sum())
    fn = int(((predicted == 0) & (gold == 1)).sum())
    precision = tp / (tp + fp) if tp + fp else np.nan
    recall = tp / (tp + fn) if tp + fn else np.nan
    f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else np.nan
    return {"true_positive": tp, "false_positive": fp, "false_negative": fn,
            "precision": precision, "recall": recall, "f1": f1}


def split_of(doc: str, trained_docs) -> str:
    """'in-sample' for a document whose hand coding trained the classifier, 'not trained on' otherwise."""
    return "in-sample" if doc in set(trained_docs) else "not trained on"


def validate(sentence_frames_df: pd.DataFrame, gold_csv, trained_docs=()) -> pd.DataFrame:
    """Precision, recall and F1 of each method (dictionary, classifier, final) per frame against the hand
    coding, over all coded sentences (`split` = "all") and over the documents the classifier was trained
    on ("in-sample") and the others ("not trained on") separately. Columns: `frame, method, split,
    n_sentences, n_gold_positive, true_positive, false_positive, false_negative, precision, recall, f1`.
    Empty (with headers) when no sentence of the table is in the hand coding."""
    table = gold_long(sentence_frames_df, gold_csv)
    table["split"] = [split_of(doc, trained_docs) for doc in table["doc"]]
    rows = []
    for frame in table["frame"].unique():
        rows_frame = table[table["frame"] == frame]
        subsets = [("all", rows_frame)] + [(name, rows_frame[rows_frame["split"] == name])
                                           for name in ("in-sample", "not trained on")]
        for method, column in METHOD_COLUMNS.items():
            for split, subset in subsets:
                if subset.empty:
                    continue
                rows.append({"frame": frame, "method": method, "split": split, "n_sentences": len(subset),
                             "n_gold_positive": int(subset["gold"].sum()),
                             **scores(subset[column], subset["gold"])})
    return pd.DataFrame(rows, columns=VALIDATION_COLUMNS)


def _resampled_counts(predicted: np.ndarray, gold: np.ndarray, repeats: int, seed: int):
    """Gold labels, true positives and errors of `repeats` resamples of the rows (fixed seed); the
    counts are summed over the resampled rows' first axis."""
    rng = np.random.default_rng(seed)
    picks = rng.integers(0, len(gold), size=(repeats, len(gold)))
    p, g = predicted[picks], gold[picks]
    tp = ((p == 1) & (g == 1)).sum(axis=1)
    wrong = ((p == 1) & (g == 0)).sum(axis=1) + ((p == 0) & (g == 1)).sum(axis=1)
    return g, tp, wrong


def bootstrap_f1(predicted, gold, repeats: int = 2000, seed: int = 0) -> tuple[float, float]:
    """95% percentile interval of F1, resampling the sentences with replacement (fixed seed)."""
    predicted, gold = np.asarray(predicted, dtype=int), np.asarray(gold, dtype=int)
    if len(gold) == 0:
        return np.nan, np.nan
    _, tp, wrong = _resampled_counts(predicted, gold, repeats, seed)
    with np.errstate(invalid="ignore", divide="ignore"):
        f1 = np.where(2 * tp + wrong > 0, 2 * tp / (2 * tp + wrong), np.nan)
    return float(np.nanpercentile(f1, 2.5)), float(np.nanpercentile(f1, 97.5))


def bootstrap_macro_f1(predicted: np.ndarray, gold: np.ndarray, repeats: int = 2000,
                       seed: int = 0) -> tuple[float, float]:
    """95% interval of the macro F1 over columns (frames) of 0/1 arrays `predicted` and `gold`
    (sentences x frames), resampling sentences; frames without a positive in a resample are skipped."""
    predicted, gold = np.asarray(predicted, dtype=int), np.asarray(gold, dtype=int)
    g, tp, wrong = _resampled_counts(predicted, gold, repeats, seed)
    with np.errstate(invalid="ignore", divide="ignore"):
        f1 = np.where(g.sum(axis=1) > 0, 2 * tp / (2 * tp + wrong), np.nan)
    macro = np.nanmean(f1, axis=1)
    return float(np.nanpercentile(macro, 2.5)), float(np.nanpercentile(macro, 97.5))


def benchmark_results(path: Path | str = BENCHMARK_RESULTS) -> pd.DataFrame:
    """The frame benchmark's committed results (`benchmarks/results/frames.csv`); empty when absent."""
    path = Path(path)
    return read_csv(path) if path.is_file() else pd.DataFrame()


def cohen_kappa(a, b) -> float:
    """Cohen's kappa of two 0/1 codings of the same items (NaN when chance agreement is total)."""
    a, b = np.asarray(a, dtype=int), np.asarray(b, dtype=int)
    if len(a) == 0:
        return np.nan
    observed = float((a == b).mean())
    expected = float(a.mean() * b.mean() + (1 - a.mean()) * (1 - b.mean()))
    return (observed - expected) / (1 - expected) if expected < 1 else np.nan


def krippendorff_alpha(a, b) -> float:
    """Krippendorff's alpha (nominal) of two 0/1 codings, with the `krippendorff` package."""
    import krippendorff

    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    if len(a) == 0 or len(set(a) | set(b)) < 2:
        return np.nan  # alpha is undefined when every item has the same value
    return float(krippendorff.alpha(reliability_data=np.vstack([a, b]), level_of_measurement="nominal"))


def agreement(sentence_frames_df: pd.DataFrame) -> pd.DataFrame:
    """Agreement between the dictionary and the classifier per frame, over the sentences of frames that
    have a classifier (no hand coding needed). Columns: `frame, n_sentences, both, dictionary_only,
    classifier_only, neither, percent_agreement, cohen_kappa, krippendorff_alpha`."""
    rows = []
    for frame, group in sentence_frames_df.groupby("frame", sort=False):
        if group["clf_score"].isna().all():
            continue  # decided by the dictionary alone: nothing to compare
        a, b = group["dict_present"].astype(int), group["clf_present"].astype(int)
        rows.append({"frame": frame, "n_sentences": len(group), "both": int(((a == 1) & (b == 1)).sum()),
                     "dictionary_only": int(((a == 1) & (b == 0)).sum()),
                     "classifier_only": int(((a == 0) & (b == 1)).sum()),
                     "neither": int(((a == 0) & (b == 0)).sum()),
                     "percent_agreement": float((a == b).mean()) if len(group) else np.nan,
                     "cohen_kappa": cohen_kappa(a, b), "krippendorff_alpha": krippendorff_alpha(a, b)})
    return pd.DataFrame(rows, columns=AGREEMENT_COLUMNS)


def best_threshold(scores_, gold, grid=None, prefer: str = "higher") -> tuple[float, float]:
    """The threshold on continuous `scores_` that maximizes F1 against 0/1 `gold`, and that F1.
    Searched on a 0.01 grid (or `grid`); ties go to the higher threshold (fewer, surer positives) or,
    with `prefer="lower"`, to the lower one (more recall)."""
    scores_, gold = np.asarray(scores_, dtype=float), np.asarray(gold, dtype=int)
    grid = np.round(np.arange(0.0, 1.0001, 0.01), 2) if grid is None else grid
    best = (np.nan, -1.0)
    for threshold in grid:
        f1 = scores((scores_ >= threshold).astype(int), gold)["f1"]
        if not np.isnan(f1) and (f1 > best[1] or (f1 == best[1] and prefer == "higher")):
            best = (float(threshold), float(f1))
    return best


def validation_if_coded(corpus, sentences: pd.DataFrame, hand_coding, trained_docs=()) -> pd.DataFrame:
    """`validate` of `sentences` when `hand_coding` names an existing file that codes at least one sentence
    of `corpus`; otherwise an empty table with the validation columns (another corpus has no hand coding)."""
    if not hand_coding or not Path(hand_coding).is_file():
        return pd.DataFrame(columns=VALIDATION_COLUMNS)
    coded = set(read_gold(hand_coding).index)
    if not any(s.sentence_id in coded for d in corpus.documents for s in d.sentences):
        return pd.DataFrame(columns=VALIDATION_COLUMNS)
    return validate(sentences, hand_coding, trained_docs)
