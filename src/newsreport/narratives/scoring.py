"""Scoring sentence-level frame output against a gold segmentation, the way the devcorpus scorer does:
a gold sentence counts as predicted for a frame when one predicted span with the flag set covers at
least half of it. Our sentence splitter and the gold's may cut differently; this rule makes the two
comparable without re-segmenting either."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from newsreport.errors import ParameterError
from newsreport.tables import read_csv


def read_gold_sentences(part: Path | str, prefixes=()) -> pd.DataFrame:
    """`PART/gold_frames_sentences.csv` (`doc, start, end, <frame>..., text`) with `doc` as the file name
    stem (the corpus loader's document id), keeping files whose name starts with one of `prefixes`."""
    path = Path(part) / "gold_frames_sentences.csv"
    if not path.is_file():
        raise ParameterError(f"{path}: devcorpus frame gold not found")
    gold = read_csv(path)
    if prefixes:
        gold = gold[gold["doc"].astype(str).str.startswith(tuple(prefixes))]
    return gold.assign(doc=gold["doc"].astype(str).str.rsplit(".", n=1).str[0]).reset_index(drop=True)


def covered(gold: pd.DataFrame, predicted: pd.DataFrame, frame: str, flag: str = "present") -> np.ndarray:
    """0/1 per gold sentence: does a row of `predicted` (columns `doc, frame, start, end, <flag>`) for
    `frame` with `flag` = 1 cover at least half of the gold sentence's characters?"""
    spans: dict[str, list[tuple[int, int]]] = {}
    positive = predicted[(predicted["frame"] == frame) & (predicted[flag].astype(int) == 1)]
    for row in positive.itertuples():
        spans.setdefault(str(row.doc), []).append((int(row.start), int(row.end)))
    flags = []
    for row in gold.itertuples():
        start, end = int(row.start), int(row.end)
        flags.append(int(any(min(e, end) - max(s, start) >= 0.5 * (end - start) and s < end and start < e
                             for s, e in spans.get(str(row.doc), []))))
    return np.array(flags, dtype=int)
