"""Methods and validation: how each measure was made, its scores against hand-checked data, and
the limitations."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from newsreport.claims.cells import mentions_once
from newsreport.claims.reconcile import FAR_APART, SAME_EVENT_DAYS
from newsreport.paths import PROJECT_ROOT
from newsreport.report.document import Report, esc, plural, signed
from newsreport.report.sections.common import heading
from newsreport.report.sections.frames_validation import frames_part


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
             "<code>benchmarks/figures_benchmark.py</code> against published extractors.</p>"
             + benchmark_paragraph(read_benchmark(BENCHMARK_RESULTS))]
    parts.append(figures_validation_part(rep))
    parts.append(frames_part(rep))
    parts.append("<h3>Claims and tone</h3>" + claims_method(rep) + tone_method(rep) +
                 "<h3>Limitations</h3><ul><li>Everything is measured on the text as published; a figure that an "
                 "article gets wrong is reported as written, with its source.</li><li>Frame cues and the hand coding the "
                 "classifier learned from encode one reading of the frames (docs/codebook.md); a story told in other "
                 "words may need more cues or coded sentences (edit the config, retrain with scripts/train_frames.py)."
                 "</li><li>Publication dates marked <em>inferred</em> carry the uncertainty "
                 "of their inference into every relative date resolved against them.</li></ul>")
    return "\n".join(parts)


BENCHMARK_RESULTS = PROJECT_ROOT / "benchmarks" / "results" / "figures.csv"


def read_benchmark(path: Path) -> pd.DataFrame:
    """The figure benchmark's committed results (empty when the file is absent)."""
    return pd.read_csv(path, dtype={"split": str}) if path.exists() else pd.DataFrame()


def benchmark_paragraph(results: pd.DataFrame) -> str:
    """The held-out rows of the figure benchmark: value F1 of this extractor and the peers on text
    the rules were not written against."""
    if results.empty:
        return ""
    held = results[(results["split"] == "held out") & (results["extractor"] == "newsreport")]
    if held.empty:
        return ""
    said = []
    for row in held.itertuples():
        peers = results[(results["dataset"] == row.dataset) & (results["split"] == row.split)
                        & (results["extractor"] != "newsreport") & results["value_f1"].notna()]
        peer_text = "; ".join(f"{esc(p.extractor)} {p.value_f1:.2f}" for p in peers.itertuples())
        said.append(f"{esc(row.dataset)}, held-out articles ({int(row.gold)} figures): value F1 {row.value_f1:.2f}"
                    + (f" ({peer_text})" if peer_text else ""))
    return ("<p>Measured on held-out articles the rules were not written against (benchmarks/results/figures.csv): "
            + "; ".join(said) + ".</p>")


def claims_method(rep: Report) -> str:
    """How claims are keyed and compared, with this corpus's counts of how keys were read."""
    sources = mentions_once(rep.table("claim_sources"), rep.table("claims"))  # a mention an agreement repeats, once
    basis = ""
    if not sources.empty and "entity_basis" in sources:
        structural = sources["entity_basis"].isin(["possessor", "subject", "object", "reporting subject", "pronoun",
                                                    "target", "place"])
        ownerless = int((sources["entity_basis"] == "none").sum())
        main = int((sources["entity_basis"] == "main entity").sum())
        rest = len(sources) - int(structural.sum()) - ownerless - main
        parts = [f"{int(structural.sum()):,} took the entity from the sentence's structure"]
        parts += [f"{main:,} from the article's main actor (the only one its sentence names)"] if main else []
        parts += [f"{rest:,} from the nearest name"] if rest else []
        parts += [f"{ownerless:,} named no owner (keyed by the measure, its place and, for people, its verb)"] \
            if ownerless else []
        listed = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
        # the rule is stated apart from the counts, so that "1 ... are marked" cannot happen
        basis = (f" In this corpus, of {plural(len(sources), 'claim mention')}, {listed}."
                 + (" A mention whose entity comes from the nearest name, or that names no owner, is marked "
                    "low-confidence unless a place stands in." if rest or ownerless else ""))
    return ("<p>Each figure's sentence is parsed (spaCy). A claim is keyed by the entity the figure belongs to "
            "(the possessor or subject of its phrase; “it” or “the app” resolved to the entity named before), the "
            "measure (the counted noun and its verb, matched with <code>config/metrics.yaml</code>; a measure the "
            "config does not name is the counted noun itself), the scope (a country or “worldwide” in its phrase) "
            "and the period (a date phrase of the figure's own clause). A figure stating no period stays undated, "
            "except that a count said to hold “now” takes its article's publication month (its day, where the "
            "measure's other periods are days) when the measure is reported for other periods, and a figure with no time joins the one period whose values it matches"
            + placed_counts(sources) + ". A figure stating no place joins the only scope other sources give for the "
            "same measure (worldwide; for a count nobody owns, a place), and a pair with one such guessed scope is "
            "only a possible discrepancy. A chart rank is keyed by the store and the day; two ranks of one day are "
            "only a possible discrepancy (charts and hours differ). "
            f"Values become intervals ({tolerance_text()}, “over” and “under” "
            "open-ended, ranges as given; durations in hours); two values conflict when their intervals do not "
            "overlap. A forecast or a condition (“expects”, “could reach”) is never a conflict. A conflict is "
            "reported only when both "
            "readings rest on the sentence's structure and the config gives no reason to doubt the measure (a "
            "price depends on the product) and the two values are at most "
            f"{FAR_APART} times apart (further apart, they more likely count two things); otherwise it is listed as "
            "a possible discrepancy to check, with the reason. Two figures in two articles whose sentences name no "
            "owner but each a source (“the organisers said”) are two estimates of the story's one figure, and may "
            "conflict. A figure of a one-day event whose article names no day takes the one day other sources give, "
            f"when it was published within {plural(SAME_EVENT_DAYS, 'day')} after that day. Dated events conflict "
            "when two articles give the "
            "same event different days; for a move of a company's shares, one day from two articles agrees and "
            "another day is another move. Where two or more articles of a conflicting claim give values that "
            "agree with each other, they are also listed as an agreement (the conflict keeps every source); a user "
            "count stated for a year joins the same count stated for the year's end when its value matches."
            + basis + "</p>")


def tolerance_text() -> str:
    """The intervals a figure's qualifier allows, from the `tolerance` of `config/metrics.yaml` (the
    values the ledger compares with, not typed here)."""
    from newsreport.claims.vocabulary import load_vocabulary

    tolerance = load_vocabulary().tolerance
    exact, approx = 100 * float(tolerance.get("exact", 0.05)), 100 * float(tolerance.get("approx", 0.10))
    notes = (["an exact whole count not ending in zero is exactly itself"] if tolerance.get("unrounded_exact", True)
             else []) + ([f"an exact figure written with two or more significant digits, the last not zero, ±"
                          f"{100 * float(tolerance['precise']):g}% or half its last digit, whichever is wider"]
                         if tolerance.get("precise") is not None else [])
    unrounded = f" (where {'; '.join(notes)})" if notes else ""
    return (f"exact ±{exact:g}%, “about” ±{approx:g}%, “nearly” up to {approx:g}% under, as "
            f"<code>tolerance</code> in <code>config/metrics.yaml</code> sets them{unrounded}")


def placed_counts(sources) -> str:
    """' (in this corpus, N and M claim mentions)': how many undated figures were placed in time."""
    if sources.empty or "period_basis" not in sources:
        return ""
    basis = sources["period_basis"].fillna("").astype(str)
    now = int(basis.str.startswith(("the publication month", "the publication day")).sum())
    matched = int(basis.str.startswith("not stated; its value matches").sum())
    return f" (in this corpus, {now:,} and {matched:,} claim mentions)" if now or matched else ""


def tone_method(rep: Report) -> str:
    """What VADER is, with its mean reading of this corpus computed rather than asserted."""
    tone = rep.table("tone")
    mean = (f" Over this corpus's {len(tone):,} sentences its mean compound score is {signed(tone['compound'].mean())}."
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
