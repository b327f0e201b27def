"""Methods and validation: how each measure was made, its scores against hand-checked data, and
the limitations."""

from __future__ import annotations

import pandas as pd

from newsreport.report.document import Report, esc
from newsreport.report.sections.common import frame_label, frame_labels, heading

def section(rep: Report) -> str:
    """How each measure was made, the validation scores against hand coding, and the limitations."""
    parts = [heading("methods"),
             "<h3>Corpus</h3><p>Files are decoded (UTF-8, BOMs, Windows-1252 fallback), HTML pages reduced to their "
             "article text with trafilatura, and page chrome matched by the whole-line patterns of "
             "<code>config/chrome.yaml</code> set aside as excluded spans without altering the text. Sentences are "
             "split per line with pysbd; lines without closing punctuation are treated as headings.</p>",
             "<h3>Figures</h3><p>Numbers are found by rules over the exact document text: digits with grouping "
             "(including Indian grouping), number words and scales (<em>million</em>, <em>billion</em>), currencies, "
             "percentages, ranks, dates and relative dates resolved against the publication date. Each figure keeps its "
             "qualifier (<em>about</em>, <em>over</em>, <em>less than</em>), its unit or counted noun, the subject it "
             "describes and the period it refers to. Accuracy on news in general is measured by "
             "<code>benchmarks/figures_benchmark.py</code> on the NewsQuant news benchmark against published "
             "extractors.</p>"]
    parts.append(figures_validation_part(rep))
    validation = rep.table("frame_validation")
    labels = frame_labels(rep)
    parts.append("<h3>Narrative frames</h3><p>Method 1 sums the weights of the cue terms of "
                 "<code>config/frames.yaml</code> in each sentence; method 2 compares each sentence with the frame's "
                 "example sentences using the all-MiniLM-L6-v2 sentence-embedding model, offline. Thresholds were "
                 "chosen on a development split of the hand-coded sentences and are documented in the config file.</p>")
    if not validation.empty:
        parts.append(rep.exhibit(validation_view(validation, labels),
                                 "Frame detection against the hand coding of every sentence: precision (P), recall (R) "
                                 "and F1 on all sentences, and F1 on the development and held-out test splits.",
                                 "frame_validation", note="Full counts per split: data/frame_validation.csv."))
        parts.append(validation_paragraph(validation, labels))
    else:
        parts.append("<p>No hand coding exists for this corpus, so frame detection is not validated here; "
                     "treat frame shares as indicative.</p>")
    agreement = rep.table("frame_agreement")
    if not agreement.empty:
        shown = pd.DataFrame({
            "Frame": [frame_label(f, labels) for f in agreement["frame"]],
            "Both": agreement["both"], "Dictionary only": agreement["dictionary_only"],
            "Embedding only": agreement["embedding_only"], "Neither": agreement["neither"],
            "Agreement": agreement["percent_agreement"].map(lambda v: f"{100 * v:.0f}%"),
            "Cohen's κ": agreement["cohen_kappa"].round(2), "Krippendorff's α": agreement["krippendorff_alpha"].round(2)})
        parts.append(rep.exhibit(shown, "Agreement between the dictionary and embedding methods, sentence by sentence.",
                                 "frame_agreement"))
        measured = agreement[agreement["cohen_kappa"].notna()]
        if measured.empty:  # κ is undefined when one method marks no sentence at all
            parts.append("<p>Agreement beyond chance cannot be measured here: for every frame at least one method "
                         "marks no sentence.</p>")
        else:
            lowest = measured.sort_values("cohen_kappa", kind="stable").iloc[0]
            parts.append(f"<p>The two methods agree least on {esc(frame_label(lowest['frame'], labels))} "
                         f"(κ {lowest['cohen_kappa']:.2f}): {int(lowest['dictionary_only'])} sentences are marked by "
                         f"the dictionary only and {int(lowest['embedding_only'])} by the embedding only. The "
                         f"embedding method responds to topic similarity without the frame's vocabulary, the "
                         f"dictionary to vocabulary regardless of context.</p>")
    parts.append("<h3>Claims and tone</h3>" + claims_method(rep) + tone_method(rep) +
                 "<h3>Limitations</h3><ul><li>Everything is measured on the text as published; a figure that an "
                 "article gets wrong is reported as written, with its source.</li><li>Frame cues and example "
                 "sentences encode an analyst's reading of the frames; a different corpus may need other cues "
                 "(edit the config, no code).</li><li>Publication dates marked <em>inferred</em> carry the uncertainty "
                 "of their inference into every relative date resolved against them.</li></ul>")
    return "\n".join(parts)


def claims_method(rep: Report) -> str:
    """How claims are keyed and compared, with this corpus's counts of how keys were read."""
    sources = rep.table("claim_sources")
    basis = ""
    if not sources.empty and "entity_basis" in sources:
        structural = sources["entity_basis"].isin(["possessor", "subject", "object", "reporting subject", "pronoun"])
        basis = (f" In this corpus {int(structural.sum()):,} of {len(sources):,} claim mentions took their entity "
                 f"from the sentence's structure; the rest from the nearest name, and are marked low-confidence.")
    return ("<p>Each figure's sentence is parsed (spaCy). A claim is keyed by the entity the figure belongs to "
            "(the possessor or subject of its phrase; “it” or “the app” resolved to the entity named before), the "
            "measure (the counted noun and its verb, matched with <code>config/metrics.yaml</code>; a measure the "
            "config does not name is the counted noun itself), the scope (a country or “worldwide” in its phrase) "
            "and the period (a date phrase of the figure's own clause; none when the article states none). "
            "Values become intervals (exact ±5%, “about” ±10%, “over” and “under” open-ended, ranges as given); "
            "two values conflict when their intervals do not overlap. A conflict is reported only when both "
            "readings rest on the sentence's structure; otherwise it is listed as a possible discrepancy to check, "
            "with the reason. Dated events conflict when two articles give the same event different days."
            + basis + "</p>")


def tone_method(rep: Report) -> str:
    """What VADER is, with its mean reading of this corpus computed rather than asserted."""
    tone = rep.table("tone")
    mean = (f" Over this corpus's {len(tone):,} sentences its mean compound score is {tone['compound'].mean():+.2f}."
            if not tone.empty and "compound" in tone else "")
    return ("<p>Tone is VADER's compound score per sentence (−1 to +1), a lexicon method built for social media "
            "text; it does not see irony." + mean + "</p>")


def figures_validation_part(rep: Report) -> str:
    """The extractor scored against hand-checked figures of this corpus, when a gold list covers it."""
    scores = rep.table("figures_validation")
    if scores.empty:
        return ("<p>No hand-checked list of figures covers this corpus, so the figures above are not "
                "validated here; spot-check them through the quote index.</p>")
    overall = scores[scores["kind"] == "all"].iloc[0]
    shown = pd.DataFrame({"Kind": scores["kind"], "In gold": scores["gold"], "Found": scores["found"],
                          "Not in gold": scores["extra"], "Precision": scores["precision"].round(2),
                          "Recall": scores["recall"].round(2)})
    return (f"<p>Against a hand-checked list of all {int(overall['gold']):,} figures in the documents it covers, "
            f"the extractor found {int(overall['found']):,} with the right value, kind and "
            f"qualifier and reported {int(overall['extra']):,} that the list does not contain "
            f"(precision {overall['precision']:.2f}, recall {overall['recall']:.2f}). The list was checked on "
            f"documents the rules were developed with, so it shows completeness, not accuracy on new text; the "
            f"benchmark measures the latter.</p>"
            + rep.exhibit(shown, "Figures found against the hand-checked list, by kind.", "figures_validation"))


def validation_paragraph(validation: pd.DataFrame, labels: dict) -> str:
    """What the validation numbers mean: the weakest frame on held-out text, and how much of the
    dictionary's score comes from cues added after reading the corpus."""
    held_out = validation[validation["split"] == "test"] if "split" in validation else validation
    methods = held_out[held_out["method"].isin(["dictionary", "embedding"])]
    if methods.empty:
        return ""
    best = methods.sort_values("f1", ascending=False, kind="stable").groupby("frame", sort=False).head(1)
    weakest = best.sort_values("f1", kind="stable").iloc[0]
    text = (f"<p>On the held-out test sentences, the weakest frame for its better method is "
            f"{esc(frame_label(weakest['frame'], labels))} (F1 {weakest['f1']:.2f}, {esc(weakest['method'])} method). ")
    a_priori = held_out[held_out["method"] == "dictionary_a_priori"].set_index("frame")["f1"]
    full = held_out[held_out["method"] == "dictionary"].set_index("frame")["f1"]
    gaps = (full - a_priori).dropna().sort_values(ascending=False)
    if len(gaps):
        frame = gaps.index[0]
        text += (f"Part of the dictionary's accuracy comes from cues added after reading this corpus: with only the "
                 f"cues written from the frame definitions beforehand, {esc(frame_label(frame, labels))} reaches F1 "
                 f"{a_priori[frame]:.2f} on the test sentences instead of {full[frame]:.2f}. ")
    return text + ("The hand coding follows <code>docs/codebook.md</code>; no second coding of these sentences is "
                   "recorded, so no inter-coder agreement is reported. Expect lower scores on a new corpus until its "
                   "cues are reviewed.</p>")


def validation_view(validation: pd.DataFrame, labels: dict) -> pd.DataFrame:
    """One row per frame and method: P, R, F1 on all sentences and F1 on the dev and test splits."""
    has_split = "split" in validation
    overall = validation[validation["split"] == "all"] if has_split else validation
    rows = []
    for _, row in overall.iterrows():
        record = {"Frame": frame_label(row["frame"], labels), "Method": str(row["method"]).replace("_", " "),
                  "P": round(row["precision"], 2), "R": round(row["recall"], 2), "F1": round(row["f1"], 2)}
        for split in ("dev", "test"):
            match = validation[(validation["frame"] == row["frame"]) & (validation["method"] == row["method"])
                               & (validation["split"] == split)] if has_split else pd.DataFrame()
            record[f"F1 {split}"] = round(match.iloc[0]["f1"], 2) if len(match) else float("nan")
        rows.append(record)
    return pd.DataFrame(rows)
