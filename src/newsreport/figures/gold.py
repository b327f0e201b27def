"""Scoring extracted figures against a hand-checked gold list (e.g. `tests/gold/seed_figures.csv`):
a figure matches when doc, quote, kind and qualifier agree and its value/bounds/date are equal;
`column_differences` then compares its other columns (unit, direction, date, period, subject)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from newsreport.tables import read_csv

SCORE_COLUMNS = ["kind", "gold", "found", "extra", "precision", "recall", "f1"]


def _same_number(found: pd.Series, expected) -> pd.Series:
    return found.astype(float).sub(float(expected)).abs() < 1e-6


def match_gold(table: pd.DataFrame, gold: pd.DataFrame) -> pd.Series:
    """For each gold row (by index), the index of the matching row of `table`, or NA when missed.
    Each extracted figure matches at most one gold row."""
    used, matches = set(), {}
    for index, expected in gold.iterrows():
        candidates = table[(table["doc"] == expected["doc"]) & (table["quote"] == expected["quote"])
                           & (table["kind"] == expected["kind"]) & (table["qualifier"] == expected["qualifier"])]
        candidates = candidates[~candidates.index.isin(used)]
        for column in ("value", "low", "high"):
            if pd.notna(expected[column]):
                candidates = candidates[_same_number(candidates[column], expected[column])]
        if pd.notna(expected["date"]) and str(expected["date"]):
            wanted = str(expected["date"]).removesuffix(".0")
            candidates = candidates[candidates["date"].astype(str).str.removesuffix(".0") == wanted]
        matches[index] = candidates.index[0] if len(candidates) else pd.NA
        if len(candidates):
            used.add(candidates.index[0])
    return pd.Series(matches, dtype="object")


def score_against_gold(table: pd.DataFrame, gold_csv: Path | str | None) -> pd.DataFrame:
    """Precision/recall/F1 per kind (and `all`) of `table` against the gold file, counting only the
    documents the gold file covers. Empty (with headers) when there is no gold for this corpus."""
    if not gold_csv or not Path(gold_csv).exists():
        return pd.DataFrame(columns=SCORE_COLUMNS)
    gold = read_csv(gold_csv)
    gold = gold[gold["doc"].isin(set(table["doc"]))]
    if gold.empty:
        return pd.DataFrame(columns=SCORE_COLUMNS)
    table = table[table["doc"].isin(set(gold["doc"]))]
    matched = match_gold(table, gold)
    found_rows = set(matched.dropna())
    rows = []
    for kind in sorted(set(gold["kind"]) | set(table["kind"])) + ["all"]:
        in_gold = gold if kind == "all" else gold[gold["kind"] == kind]
        extracted = table if kind == "all" else table[table["kind"] == kind]
        found = int(matched[in_gold.index].notna().sum())
        extra = int(sum(1 for i in extracted.index if i not in found_rows))
        precision = found / (found + extra) if found + extra else float("nan")
        recall = found / len(in_gold) if len(in_gold) else float("nan")
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else float("nan")
        rows.append({"kind": kind, "gold": len(in_gold), "found": found, "extra": extra,
                     "precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)})
    return pd.DataFrame(rows, columns=SCORE_COLUMNS)


COMPARED_COLUMNS = ("unit", "direction", "date", "period", "subject")


def _text(value) -> str:
    return "" if pd.isna(value) else str(value).removesuffix(".0").strip()


def _normal_subject(value) -> str:
    return " ".join(_text(value).replace("’", "'").lower().split())


def column_differences(table: pd.DataFrame, gold: pd.DataFrame, published_months: dict[str, str]) -> pd.DataFrame:
    """For every gold row matched in `table` (see `match_gold`), each gold column among
    `COMPARED_COLUMNS` whose value differs: columns doc, quote, column, expected, found.

    Normalized as a reader compares them: subjects ignore case, spacing and the apostrophe's
    shape; a date's or year's period is its date; a blank gold period means the text states none,
    so the extractor's fallback, the publication month (`published_months[doc]`), counts as blank."""
    matched = match_gold(table, gold)
    differences = []
    for index, expected in gold.iterrows():
        if pd.isna(matched[index]):
            continue
        found = table.loc[matched[index]]
        for column in COMPARED_COLUMNS:
            want, got = _text(expected.get(column)), _text(found[column])
            if column == "subject":
                want, got = _normal_subject(want), _normal_subject(got)
            if column == "period":
                if expected["kind"] in ("date", "year"):
                    want = want or _text(expected["date"])
                elif not want and got == published_months.get(expected["doc"], ""):
                    got = ""
            if want != got:
                differences.append({"doc": expected["doc"], "quote": expected["quote"], "column": column,
                                    "expected": want, "found": got})
    return pd.DataFrame(differences, columns=["doc", "quote", "column", "expected", "found"])
