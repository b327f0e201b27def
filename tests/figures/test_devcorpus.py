"""The development half of the shared devcorpus (real articles with a gold of every figure), scored by
its own score.py. Skipped when ../shared is not beside the clone; the held-out half is only ever
scored by benchmarks/figures_benchmark.py."""

import contextlib
import csv
import importlib.util
import io
import os
import re
from pathlib import Path

import pytest

from newsreport.corpus.loader import load_corpus
from newsreport.figures.extractor import TABLE_COLUMNS, figures_table

SHARED = Path(os.environ.get("NEWSREPORT_SHARED", Path(__file__).resolve().parents[2].parent / "shared"))
DEVCORPUS = SHARED / "devcorpus"
DEVELOPMENT = ["01", "02", "03"]


@pytest.fixture(scope="module")
def scorer():
    if not (DEVCORPUS / "score.py").exists():
        pytest.skip(f"devcorpus not found at {DEVCORPUS} (set NEWSREPORT_SHARED to the shared folder)")
    spec = importlib.util.spec_from_file_location("devcorpus_score", DEVCORPUS / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("part", ["partA", "partB"])
def test_development_half_value_f1(scorer, part, tmp_path):
    table = figures_table(load_corpus(DEVCORPUS / part / "corpus"))
    out = tmp_path / "figures.csv"
    with out.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=TABLE_COLUMNS)
        writer.writeheader()
        writer.writerows(table.astype(object).where(table.notna(), "").to_dict("records"))
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        scorer.score_figures(str(out), scorer.Part(str(DEVCORPUS / part), DEVELOPMENT), False)
    f1 = float(re.search(r"value P [\d.]+ R [\d.]+ F1 ([\d.]+)", printed.getvalue()).group(1))
    assert f1 >= 0.95, printed.getvalue()
