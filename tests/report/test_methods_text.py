"""Methods and validation, on corpora other than the seeds: counts computed, not asserted, and the
documents a model was trained on never called unseen."""

import re

import pytest

from newsreport.report.document import Report
from newsreport.tables import write_csv

from report_text_fixtures import corpus_report, development_corpus


def test_how_claim_entities_were_read_is_counted_in_grammatical_sentences(tmp_path):
    # on devcorpus partA (development half) Methods said "... 1 from the nearest name, and are marked
    # low-confidence unless a place stands in"
    from newsreport.claims.outputs import write_ledger
    from newsreport.figures.extractor import figures_table
    from newsreport.report.sections.methods import claims_method

    corpus = development_corpus(tmp_path, "partA")
    rep = corpus_report(tmp_path / "out", corpus)
    ledger = write_ledger(corpus, figures_table(corpus), tmp_path / "out")
    nearest = int((ledger.sources["entity_basis"] == "nearby name").sum())
    text = claims_method(rep)
    assert nearest > 0
    assert re.search(rf"(,| and) {nearest:,} from the nearest name", text)
    assert "A mention whose entity comes from the nearest name, or that names no owner, is marked low-confidence" in text
    assert not re.search(r"\b1 [^.;]*\band are marked", text)


def test_articles_the_classifier_was_trained_on_are_not_called_unseen(tmp_path, other_corpus):
    # built on the devcorpus partA development half (training documents of the frame classifier), Methods
    # said "No hand coding exists for this corpus ... the held-out results above are the estimate of how
    # it does on articles it has not seen", and that it was trained on "the seed articles and the
    # development half of a separately coded set of articles" whatever the model file says
    from newsreport.narratives.classifier import load_model
    from newsreport.narratives.config import load_frames
    from newsreport.report.sections.frames_validation import frames_part

    provenance = load_model(load_frames().model_path).provenance
    corpus = development_corpus(tmp_path, "partA")
    html = frames_part(corpus_report(tmp_path / "devcorpus", corpus))
    assert f"trained on {provenance['n_sentences']:,} hand-coded sentences of {len(provenance['documents'])} documents" \
        in html
    assert "3 of its 3 documents (" in html and "were among the classifier's training documents" in html
    assert "articles it has not seen" not in html
    unseen = frames_part(corpus_report(tmp_path / "other", other_corpus))
    assert "training documents" not in unseen and "articles it has not seen" in unseen


def test_how_wide_the_held_out_intervals_are_is_computed(tmp_path):
    # Methods asserted "With this few sentences the intervals are wide" whatever the benchmark measured
    from newsreport.narratives.validation import benchmark_results
    from newsreport.report.sections.frames_validation import held_out_part

    results = benchmark_results()
    final = results[(results["evaluation"] == "held_out") & (results["method"] == "final") & (results["frame"] != "macro")]
    if final.empty:
        pytest.skip("no held-out frame results committed (benchmarks/results/frames.csv)")
    widest = (final["f1_high"] - final["f1_low"]).max()
    write_csv(results, tmp_path / "data" / "frame_benchmark.csv")
    html = held_out_part(Report(tmp_path), results, {})
    assert f"The per-frame 95% intervals span up to {widest:.2f} (" in html
    assert "With this few sentences" not in html


def test_the_other_stories_hand_coding_is_read_from_the_results_not_asserted():
    # Methods said partB's sentences were "every sentence there coded 0" and that "no users move en masse"
    # there, typed; the benchmark's rows carry the hand coding's count
    from newsreport.narratives.validation import benchmark_results
    from newsreport.report.sections.frames_validation import silence_text

    results = benchmark_results()
    rows = results["evaluation"] == "refugee_on_other_stories"
    if not rows.any():
        pytest.skip("no refugee_on_other_stories rows committed (benchmarks/results/frames.csv)")
    assert results.loc[rows, "n_gold_positive"].max() == 0
    assert "none of whose sentences the hand coding marks as refugee framing" in silence_text(results)
    recoded = results.copy()
    recoded.loc[rows, "n_gold_positive"] = 2
    text = silence_text(recoded)
    assert "where the hand coding marks 2 sentences as refugee framing" in text and "coded 0" not in text


def test_the_intervals_methods_describes_are_the_configured_tolerances(tmp_path, monkeypatch, other_corpus):
    # Methods typed "exact ±5%, “about” ±10%" whatever config/metrics.yaml's `tolerance` said
    import dataclasses

    import newsreport.claims.vocabulary as vocabulary
    from newsreport.report.sections.methods import claims_method

    configured = vocabulary.load_vocabulary()
    rep = corpus_report(tmp_path, other_corpus)
    exact, approx = 100 * configured.tolerance["exact"], 100 * configured.tolerance["approx"]
    assert f"exact ±{exact:g}%, “about” ±{approx:g}%, “nearly” up to {approx:g}% under" in claims_method(rep)
    changed = dataclasses.replace(configured, tolerance={"exact": 0.02, "approx": 0.15})
    monkeypatch.setattr(vocabulary, "load_vocabulary", lambda *args, **kwargs: changed)
    assert "exact ±2%, “about” ±15%, “nearly” up to 15% under" in claims_method(rep)


def test_the_window_for_borrowing_another_sources_day_is_the_ledgers(tmp_path, monkeypatch, other_corpus):
    # Methods typed "published within a week of that day"; the ledger's window is a constant of the claims step
    import newsreport.report.sections.methods as methods
    from newsreport.claims.reconcile import SAME_EVENT_DAYS

    rep = corpus_report(tmp_path, other_corpus)
    assert f"published within {SAME_EVENT_DAYS:,} days after that day" in methods.claims_method(rep)
    monkeypatch.setattr(methods, "SAME_EVENT_DAYS", 3)
    assert "published within 3 days after that day" in methods.claims_method(rep)


def test_methods_says_a_whole_count_is_exactly_itself_only_when_configured(tmp_path, monkeypatch, other_corpus):
    import dataclasses

    import newsreport.claims.vocabulary as vocabulary
    from newsreport.claims.intervals import value_interval
    from newsreport.report.sections.methods import claims_method

    configured = vocabulary.load_vocabulary()
    rep = corpus_report(tmp_path, other_corpus)
    row = {"kind": "count", "value": 57.0, "low": None, "high": None, "qualifier": "exact", "quote": "57 people"}
    assert value_interval(row, configured.tolerance) == (57.0, 57.0)
    assert "sets them (where an exact whole count not ending in zero is exactly itself;" in claims_method(rep)
    off = dataclasses.replace(configured, tolerance={**configured.tolerance, "unrounded_exact": False})
    monkeypatch.setattr(vocabulary, "load_vocabulary", lambda *a, **k: off)
    assert value_interval(row, off.tolerance) != (57.0, 57.0)
    assert "exactly itself" not in claims_method(rep)


def test_methods_gives_the_tolerance_of_a_precise_figure_only_when_configured(tmp_path, monkeypatch, other_corpus):
    import dataclasses

    import newsreport.claims.vocabulary as vocabulary
    from newsreport.claims.intervals import value_interval
    from newsreport.report.sections.methods import claims_method

    configured = vocabulary.load_vocabulary()
    rep = corpus_report(tmp_path, other_corpus)
    row = {"kind": "money", "value": 412e6, "low": None, "high": None, "qualifier": "exact", "quote": "$412 million"}
    spread = 412e6 * float(configured.tolerance["precise"])
    assert value_interval(row, configured.tolerance) == (412e6 - spread, 412e6 + spread)
    assert f"±{100 * float(configured.tolerance['precise']):g}% or half its last digit" in claims_method(rep)
    off = dataclasses.replace(configured, tolerance={k: v for k, v in configured.tolerance.items() if k != "precise"})
    monkeypatch.setattr(vocabulary, "load_vocabulary", lambda *a, **k: off)
    assert "half its last digit" not in claims_method(rep)
