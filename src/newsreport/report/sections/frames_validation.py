"""The frames part of Methods and validation: how the two methods work, their scores on articles the
method never saw (read from the benchmark's committed results, `data/frame_benchmark.csv`), the
in-sample scores on this corpus's hand coding, and the agreement between the methods. Every number comes
from a table; each is labelled held out, cross-validated or in-sample."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from newsreport.report.document import Report, esc, plural
from newsreport.report.sections.common import frame_label, frame_labels, manifest

METHOD_ORDER = ("keyword baseline", "dictionary", "classifier", "final")


def frames_part(rep: Report) -> str:
    """Methods text, the held-out table, the cross-validation and in-sample results, and agreement."""
    labels = frame_labels(rep)
    parts = ["<h3>Narrative frames</h3><p>The frames are defined in <code>docs/codebook.md</code>. Method 1, the "
             "dictionary, sums the weights of the cue terms of <code>config/frames.yaml</code> found in each sentence; "
             "its matches are the evidence quoted in the Narratives section. Method 2, the classifier, is a logistic "
             "regression per frame over the sentence's all-MiniLM-L6-v2 embedding (offline) and its dictionary score, "
             f"trained on {training_text(classifier_provenance(rep))} with its threshold chosen by leave-one-document-out "
             "cross-validation; "
             "<code>final_method</code> in the config says which flag the report uses. "
             + decided_by_text(rep, labels) + "</p>"]
    benchmark = rep.table("frame_benchmark")
    parts.append(held_out_part(rep, benchmark, labels) if not benchmark.empty else
                 "<p>No benchmark results were found (<code>benchmarks/results/frames.csv</code>), so nothing here "
                 "says how frame detection does on articles it never saw.</p>")
    parts.append(in_sample_part(rep, labels))
    parts.append(agreement_part(rep, labels))
    return "\n".join(p for p in parts if p)


def classifier_provenance(rep: Report) -> dict:
    """The provenance the frame classifier of the build's frames config records (`config/frames_model.json`:
    what it was trained on, its documents); empty without a classifier."""
    from newsreport.narratives.classifier import load_model
    from newsreport.narratives.config import load_frames

    path = (manifest(rep).get("parameters") or {}).get("frames_config") or None
    frames = load_frames(path, require_model=False)
    if frames.model_path is None or not Path(frames.model_path).exists():
        return {}
    return load_model(frames.model_path).provenance


def training_text(provenance: dict) -> str:
    """What the classifier was trained on, as its model file records it."""
    documents, sentences = provenance.get("documents") or [], provenance.get("n_sentences")
    sources = "; ".join(esc(str(source)) for source in provenance.get("trained_on") or [])
    if not documents:
        return "hand-coded sentences"
    return (f"{plural(int(sentences), 'hand-coded sentence') + ' of ' if sentences else 'the hand-coded sentences of '}"
            f"{plural(len(documents), 'document')}" + (f" — {sources} —" if sources else ""))


def trained_on_corpus(rep: Report, provenance: dict) -> list[str]:
    """The documents of this corpus that trained the classifier: its training ids are file names, with
    the part they came from before a slash ('partA/01_...')."""
    trained = {str(doc).rsplit("/", 1)[-1] for doc in provenance.get("documents") or []}
    return [doc for doc in rep.documents["doc"] if doc in trained]


def decided_by_text(rep: Report, labels: dict) -> str:
    """Which frames fall back to the dictionary, and why (from `frames_sentences.decided_by`)."""
    sentences = rep.table("frames_sentences")
    if sentences.empty or "decided_by" not in sentences:
        return ""
    decided = sentences.drop_duplicates("frame").set_index("frame")["decided_by"]
    fallback = decided[decided.str.startswith("dictionary") & (decided != "dictionary")]
    if fallback.empty:
        return ""
    return " ".join(f"{esc(frame_label(f, labels))} is decided by its dictionary alone "
                    f"({esc(why.removeprefix('dictionary (').rstrip(')'))})." for f, why in fallback.items())


def held_out_part(rep: Report, benchmark: pd.DataFrame, labels: dict) -> str:
    """The held-out table (F1 with interval, P, R, kappa, alpha per method and frame) and what it says."""
    held_out = benchmark[benchmark["evaluation"] == "held_out"]
    parts = []
    if not held_out.empty:
        rows = []
        for method in [m for m in METHOD_ORDER if m in set(held_out["method"])]:
            for row in held_out[held_out["method"] == method].itertuples():
                frame = "Macro average" if row.frame == "macro" else frame_label(row.frame, labels)
                rows.append({"Method": method, "Frame": frame,
                             "F1 (95% CI)": f"{row.f1:.2f} ({row.f1_low:.2f}–{row.f1_high:.2f})",
                             "P": round(row.precision, 2), "R": round(row.recall, 2),
                             "Cohen's κ": round(row.cohen_kappa, 2), "Krippendorff's α": round(row.krippendorff_alpha, 2)})
        where = held_out["measured_on"].iloc[0]
        n_sentences = int(held_out["n_sentences"].iloc[0])
        parts.append(rep.exhibit(pd.DataFrame(rows), f"Held out: frame detection on articles never used to write "
                                 f"cues, train or set thresholds: {esc(where)}, {n_sentences:,} hand-coded sentences; scored "
                                 f"against the hand coding (κ and α: agreement of each method with it).",
                                 "frame_held_out", note="Source: benchmarks/results/frames.csv, written by "
                                 "benchmarks/frames_benchmark.py."))
        final = held_out[(held_out["method"] == "final") & (held_out["frame"] != "macro")]
        macro = held_out[(held_out["method"] == "final") & (held_out["frame"] == "macro")]
        if len(final) and len(macro):
            weakest = final.sort_values("f1", kind="stable").iloc[0]
            widths = (final["f1_high"] - final["f1_low"]).sort_values(ascending=False, kind="stable")
            widest = final.loc[widths.index[0]]  # how uncertain the per-frame scores are, from their intervals
            parts.append(f"<p>Held out, the final flag reaches a macro F1 of {macro['f1'].iloc[0]:.2f} (95% interval "
                         f"{macro['f1_low'].iloc[0]:.2f}–{macro['f1_high'].iloc[0]:.2f}); its weakest frame is "
                         f"{esc(frame_label(weakest['frame'], labels))} (F1 {weakest['f1']:.2f}, "
                         f"{plural(int(weakest['n_gold_positive']), 'hand-coded sentence')}). The per-frame 95% "
                         f"intervals span up to {widths.iloc[0]:.2f} ({esc(frame_label(widest['frame'], labels))}, "
                         f"{widest['f1_low']:.2f}–{widest['f1_high']:.2f}); read them before the point values.</p>")
    parts.append(cross_validation_text(benchmark, labels))
    parts.append(silence_text(benchmark))
    return "\n".join(p for p in parts if p)


def cross_validation_text(benchmark: pd.DataFrame, labels: dict) -> str:
    """One sentence on the leave-one-document-out results of the training recipe."""
    cv = benchmark[benchmark["evaluation"] == "cross_validation"]
    macro = cv[cv["frame"] == "macro"]
    if macro.empty:
        return ""
    frames = "; ".join(f"{esc(frame_label(r.frame, labels))} {r.f1:.2f}" for r in cv[cv["frame"] != "macro"].itertuples())
    return (f"<p>Cross-validated, {esc(macro['measured_on'].iloc[0])}, each document scored by a classifier trained "
            f"and thresholded without it: macro F1 {macro['f1'].iloc[0]:.2f} (95% interval {macro['f1_low'].iloc[0]:.2f}–"
            f"{macro['f1_high'].iloc[0]:.2f}); per frame {frames}.</p>")


def silence_text(benchmark: pd.DataFrame) -> str:
    """How often the refugee frame fires on stories without a mass move of users."""
    silence = benchmark[(benchmark["evaluation"] == "refugee_on_other_stories") & (benchmark["method"] == "final")]
    if silence.empty:
        return ""
    text = "; ".join(f"{int(r.false_positive)} of {int(r.n_sentences):,} sentences ({100 * r.false_positive_rate:.1f}%) "
                     f"of {esc(r.measured_on)}" for r in silence.itertuples())
    coded = int(silence["n_gold_positive"].max())  # the hand coding's refugee sentences (rows: all, held out)
    coded_text = ("none of whose sentences the hand coding marks as refugee framing" if not coded else
                  f"where the hand coding marks {plural(coded, 'sentence')} as refugee framing")
    return (f"<p>On other stories (devcorpus partB: an AI model launch and a US customs rule), {coded_text}, the "
            f"final flag marks the refugee frame on {text}. The development partB documents were training data; "
            f"the held-out ones were not.</p>")


def in_sample_part(rep: Report, labels: dict) -> str:
    """This corpus's hand coding, where there is one, labelled in-sample when the classifier trained on it."""
    validation = rep.table("frame_validation")
    if validation.empty:
        trained = trained_on_corpus(rep, classifier_provenance(rep))
        if not trained:
            return ("<p>No hand coding exists for this corpus, so frame detection is not validated on it; the held-out "
                    "results above are the estimate of how it does on articles it has not seen.</p>")
        refs = ", ".join(rep.source_ref(doc) for doc in trained)
        n_docs = len(rep.documents)
        return (f"<p>No hand coding of this corpus comes with the build, so frame detection is not validated on it "
                f"here. {len(trained):,} of its {plural(n_docs, 'document')} ({refs}) "
                f"{'was' if len(trained) == 1 else 'were'} among the classifier's training documents: on "
                f"{'it' if len(trained) == 1 else 'them'} its flags are in-sample, not an estimate of how it does on "
                f"new articles" + ("" if len(trained) == n_docs else "; for the others, the held-out results above "
                                   "are that estimate") + ".</p>")
    rows = []
    for row in validation[validation["split"] != "all"].itertuples():
        rows.append({"Frame": frame_label(row.frame, labels), "Method": row.method, "Evaluated on": row.split,
                     "P": round(row.precision, 2), "R": round(row.recall, 2), "F1": round(row.f1, 2)})
    in_sample = set(validation["split"]) == {"all", "in-sample"}
    caption = ("In-sample: this corpus's own hand coding. The classifier was trained on these sentences, so these "
               "scores say how well it fits them, not how it does on new articles." if in_sample else
               "This corpus's own hand coding; rows marked in-sample are sentences the classifier was trained on.")
    return rep.exhibit(pd.DataFrame(rows), caption, "frame_validation",
                       note="Full counts: data/frame_validation.csv.")


def agreement_part(rep: Report, labels: dict) -> str:
    """Agreement between the dictionary and the classifier, and where they differ most."""
    agreement = rep.table("frame_agreement")
    if agreement.empty:
        return ""
    shown = pd.DataFrame({
        "Frame": [frame_label(f, labels) for f in agreement["frame"]],
        "Both": agreement["both"], "Dictionary only": agreement["dictionary_only"],
        "Classifier only": agreement["classifier_only"], "Neither": agreement["neither"],
        "Agreement": agreement["percent_agreement"].map(lambda v: f"{100 * v:.0f}%"),
        "Cohen's κ": agreement["cohen_kappa"].round(2), "Krippendorff's α": agreement["krippendorff_alpha"].round(2)})
    parts = [rep.exhibit(shown, "Agreement between the dictionary and the classifier on this corpus, sentence by "
                                "sentence (no hand coding needed).", "frame_agreement")]
    measured = agreement[agreement["cohen_kappa"].notna()]
    if measured.empty:  # κ is undefined when one method marks no sentence at all
        parts.append("<p>Agreement beyond chance cannot be measured here: for every frame at least one method "
                     "marks no sentence.</p>")
    elif not (agreement["dictionary_only"] + agreement["classifier_only"]).any():
        parts.append("<p>The two methods mark the same sentences for every frame.</p>")
    else:
        lowest = measured.sort_values("cohen_kappa", kind="stable").iloc[0]
        parts.append(f"<p>The two methods agree least on {esc(frame_label(lowest['frame'], labels))} "
                     f"(κ {lowest['cohen_kappa']:.2f}): {plural(int(lowest['dictionary_only']), 'sentence')} marked by "
                     f"the dictionary only and {int(lowest['classifier_only'])} by the classifier only.</p>")
    return "\n".join(parts)
