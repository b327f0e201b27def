"""How far to trust the frame measures: precision/recall/F1 of each method against a hand coding,
agreement between the two methods, and the choice of embedding thresholds on a development split.

The hand coding is a CSV with `sentence_id`, `text` and one 0/1 column per frame; only sentence ids present
in both the measured table and the hand coding are compared, so another corpus simply yields no rows.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from newsreport.errors import ParameterError
from newsreport.tables import read_csv

VALIDATION_COLUMNS = ["frame", "method", "split", "n_sentences", "n_gold_positive", "true_positive",
                      "false_positive", "false_negative", "precision", "recall", "f1"]
AGREEMENT_COLUMNS = ["frame", "n_sentences", "both", "dictionary_only", "embedding_only", "neither",
                     "percent_agreement", "cohen_kappa", "krippendorff_alpha"]
METHOD_COLUMNS = {"dictionary": "dict_present", "embedding": "emb_present", "final": "present"}


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


def split_of(doc: str, dev_docs) -> str:
    """'dev' for a document of the development split, 'test' otherwise."""
    return "dev" if doc in set(dev_docs) else "test"


def validate(sentence_frames_df: pd.DataFrame, gold_csv, dev_docs=()) -> pd.DataFrame:
    """Precision, recall and F1 of each method (dictionary, embedding, final) per frame against the hand
    coding, over all coded sentences (`split` = "all") and, when `dev_docs` is given, over the development
    and held-out test documents separately. Columns: `frame, method, split, n_sentences, n_gold_positive,
    true_positive, false_positive, false_negative, precision, recall, f1`. Empty (with headers) when no
    sentence of the table is in the hand coding."""
    table = gold_long(sentence_frames_df, gold_csv)
    if dev_docs:
        table["split"] = [split_of(doc, dev_docs) for doc in table["doc"]]
    rows = []
    for frame in table["frame"].unique():
        rows_frame = table[table["frame"] == frame]
        subsets = [("all", rows_frame)]
        if dev_docs:
            subsets += [(name, rows_frame[rows_frame["split"] == name]) for name in ("dev", "test")]
        for method, column in METHOD_COLUMNS.items():
            for split, subset in subsets:
                if subset.empty:
                    continue
                rows.append({"frame": frame, "method": method, "split": split, "n_sentences": len(subset),
                             "n_gold_positive": int(subset["gold"].sum()),
                             **scores(subset[column], subset["gold"])})
    return pd.DataFrame(rows, columns=VALIDATION_COLUMNS)


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
    """Agreement between the dictionary and the embedding method per frame, over all sentences of the
    table (no hand coding needed). Columns: `frame, n_sentences, both, dictionary_only, embedding_only,
    neither, percent_agreement, cohen_kappa, krippendorff_alpha`."""
    rows = []
    for frame, group in sentence_frames_df.groupby("frame", sort=False):
        a, b = group["dict_present"].astype(int), group["emb_present"].astype(int)
        rows.append({"frame": frame, "n_sentences": len(group), "both": int(((a == 1) & (b == 1)).sum()),
                     "dictionary_only": int(((a == 1) & (b == 0)).sum()),
                     "embedding_only": int(((a == 0) & (b == 1)).sum()),
                     "neither": int(((a == 0) & (b == 0)).sum()),
                     "percent_agreement": float((a == b).mean()) if len(group) else np.nan,
                     "cohen_kappa": cohen_kappa(a, b), "krippendorff_alpha": krippendorff_alpha(a, b)})
    return pd.DataFrame(rows, columns=AGREEMENT_COLUMNS)


def best_threshold(scores_, gold, grid=None) -> tuple[float, float]:
    """The threshold on continuous `scores_` that maximizes F1 against 0/1 `gold`, and that F1.
    Searched on a 0.01 grid; ties go to the higher threshold (fewer, surer positives)."""
    scores_, gold = np.asarray(scores_, dtype=float), np.asarray(gold, dtype=int)
    grid = np.round(np.arange(0.0, 1.0001, 0.01), 2) if grid is None else grid
    best = (np.nan, -1.0)
    for threshold in grid:
        f1 = scores((scores_ >= threshold).astype(int), gold)["f1"]
        if not np.isnan(f1) and f1 >= best[1]:
            best = (float(threshold), float(f1))
    return best


def choose_embedding_thresholds(sentence_frames_df: pd.DataFrame, gold_csv, dev_docs) -> pd.DataFrame:
    """Per frame, the embedding threshold maximizing F1 on the development documents `dev_docs`, with
    that dev F1. Columns `frame, threshold, dev_f1, n_dev_sentences`."""
    table = gold_long(sentence_frames_df, gold_csv)
    dev = table[table["doc"].isin(set(dev_docs))]
    rows = []
    for frame, group in dev.groupby("frame", sort=False):
        threshold, f1 = best_threshold(group["emb_score"], group["gold"])
        rows.append({"frame": frame, "threshold": threshold, "dev_f1": f1, "n_dev_sentences": len(group)})
    return pd.DataFrame(rows, columns=["frame", "threshold", "dev_f1", "n_dev_sentences"])


def validation_table(corpus, frames, gold_csv, dev_docs=(), sentences: pd.DataFrame | None = None) -> pd.DataFrame:
    """`validate` of the configured methods plus a `dictionary_a_priori` method: the dictionary with only
    the cues whose `source` is "a priori" (written from the frame definitions, not from reading the seeds),
    the fairer estimate of how the dictionary does on text it was not fitted to."""
    from newsreport.narratives.methods import as_frames, sentence_frames

    frames = as_frames(frames)
    sentences = sentence_frames(corpus, frames) if sentences is None else sentences
    measured = validate(sentences, gold_csv, dev_docs)
    a_priori = sentence_frames(corpus, frames.with_cue_source("a priori").with_final_method("dictionary"),
                               embeddings=False)
    a_priori_rows = validate(a_priori, gold_csv, dev_docs)
    a_priori_rows = a_priori_rows[a_priori_rows["method"] == "dictionary"].assign(method="dictionary_a_priori")
    table = pd.concat([measured, a_priori_rows], ignore_index=True)
    order = {name: i for i, name in enumerate(frames.names)}
    methods = {m: i for i, m in enumerate(["dictionary", "dictionary_a_priori", "embedding", "final"])}
    splits = {"all": 0, "dev": 1, "test": 2}
    return (table.sort_values(by=["frame", "method", "split"],
                              key=lambda c: c.map({**order, **methods, **splits}.get))
            .reset_index(drop=True)[VALIDATION_COLUMNS])


def validation_if_coded(corpus, frames, hand_coding, dev_docs=(), sentences=None) -> pd.DataFrame:
    """`validation_table` when `hand_coding` names an existing file that codes at least one sentence of
    `corpus`; otherwise an empty table with the validation columns (another corpus has no hand coding)."""
    if not hand_coding or not Path(hand_coding).is_file():
        return pd.DataFrame(columns=VALIDATION_COLUMNS)
    coded = set(read_gold(hand_coding).index)
    if not any(s.sentence_id in coded for d in corpus.documents for s in d.sentences):
        return pd.DataFrame(columns=VALIDATION_COLUMNS)
    return validation_table(corpus, frames, hand_coding, dev_docs, sentences=sentences)
