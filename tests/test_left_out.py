"""A build keeps torch (spaCy would import it for nothing) and jsonschema's IRI grammar (nbformat would)
out of its processes, without breaking the libraries that look for them."""

import os
import subprocess
import sys

from tests.conftest import ROOT

PROBE = """
import sys
from newsreport.left_out import keep_unneeded_out, let_torch_in
keep_unneeded_out()
import spacy, seaborn  # thinc looks for torch; SciPy's array checks look it up in sys.modules
from newsreport.corpus.syntax import parse
assert [t.dep_ for t in parse("The company grew fast.")][1] == "nsubj"  # the parser works without it
try:
    import torch
    print("torch imported")
except ImportError as error:
    print("left out:", error)
print("in sys.modules:", "torch" in sys.modules)
import nbformat, jsonschema  # jsonschema looks for rfc3987_syntax; nbformat still validates notebooks
nbformat.validate(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1 + 1")]))
print("grammar loaded:", "rfc3987_syntax" in sys.modules)
let_torch_in()
import torch
print("let in:", torch.__name__)
"""


def test_torch_is_left_out_until_let_in():
    run = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=300,
                         env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    assert run.returncode == 0, run.stderr[-2000:]
    assert "left out: torch is left out" in run.stdout
    assert "in sys.modules: False" in run.stdout
    assert "grammar loaded: False" in run.stdout
    assert "let in: torch" in run.stdout


def test_a_kernel_started_by_a_build_leaves_torch_out():
    run = subprocess.run([sys.executable, "-c", "import newsreport, sys, spacy; print('torch' in sys.modules)"],
                         capture_output=True, text=True, timeout=300,
                         env={**os.environ, "PYTHONPATH": str(ROOT / "src"), "NEWSREPORT_LEAVE_OUT": "1"})
    assert run.stdout.strip() == "False", run.stderr[-2000:]


SEABORN_PROBE = """
import sys
from newsreport import charts  # imports seaborn
from newsreport.narratives import charts as narrative_charts
print("scipy after seaborn:", "scipy" in sys.modules)
import numpy as np, pandas as pd, matplotlib.pyplot as plt
fig, ax = plt.subplots()
charts.sns.heatmap(pd.DataFrame(np.eye(2)), annot=True, ax=ax)  # the chart kinds the report draws
charts.sns.boxplot(data=pd.DataFrame({"g": ["a", "b"] * 5, "v": range(10)}), x="g", y="v", ax=ax)
from sklearn.linear_model import LogisticRegression  # needs SciPy: still importable
print("scipy later:", "scipy" in sys.modules)
"""


def test_seaborn_is_imported_without_scipy_which_stays_importable():
    run = subprocess.run([sys.executable, "-c", SEABORN_PROBE], capture_output=True, text=True, timeout=300,
                         env={**os.environ, "PYTHONPATH": str(ROOT / "src"), "MPLBACKEND": "Agg"})
    assert run.returncode == 0, run.stderr[-2000:]
    assert "scipy after seaborn: False" in run.stdout
    assert "scipy later: True" in run.stdout
