"""The report says when figures' dates are inferred, and from what."""

import pandas as pd

from newsreport.report.sections.figures import inferred_dates_paragraph
from newsreport.report.sections.methods import benchmark_paragraph


def figures(*bases):
    return pd.DataFrame({"kind": ["date"] * len(bases) + ["count"], "date_inferred": list(bases) + ["corpus"]})


def test_inferred_dates_are_counted_by_basis():
    text = inferred_dates_paragraph(figures("article", "corpus", "corpus", ""))
    assert "1 date from the article" in text and "2 dates from the corpus" in text


def test_no_paragraph_when_every_date_is_stated():
    assert inferred_dates_paragraph(figures("", "")) == ""
    assert inferred_dates_paragraph(pd.DataFrame({"kind": ["date"]})) == ""


def test_methods_quotes_only_held_out_rows_labelled_as_such():
    results = pd.DataFrame([
        {"dataset": "devcorpus partB", "split": "held out", "extractor": "newsreport", "gold": 78, "value_f1": 0.936},
        {"dataset": "devcorpus partB", "split": "held out", "extractor": "CQE 2.0.3", "gold": 78, "value_f1": 0.597},
        {"dataset": "devcorpus partB", "split": "development", "extractor": "newsreport", "gold": 40, "value_f1": 1.0},
    ])
    text = benchmark_paragraph(results)
    assert "held-out" in text and "0.94" in text and "CQE 2.0.3 0.60" in text and "1.00" not in text
    assert benchmark_paragraph(pd.DataFrame()) == ""
