"""The data dictionary: `data/README.md` describing every CSV of a build and each of its columns,
and `figures/README.md` listing every chart with the CSV behind it."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from newsreport.tables import read_csv

TABLES = {
    "documents": "One row per article of the corpus, with its metadata and sizes.",
    "sentences": "One row per kept sentence (or heading line) of every article.",
    "excluded_spans": "Page chrome set aside (audio players, paywall prompts, share buttons).",
    "skipped": "Files of the corpus folder that were skipped or used with a warning, and why.",
    "figures": "Every figure (number, date, rank, share) found in the articles, with its source span.",
    "figures_validation": "Extracted figures scored against the hand-checked gold list, per kind.",
    "frames_sentences": "Frame scores of every sentence by both methods, one row per sentence and frame.",
    "frame_benchmark": "Frame detection on articles the method never saw (benchmarks/results/frames.csv).",
    "frames_docs": "Frame profile of every article: presence, share of sentences, cue density, tone.",
    "frame_cues": "Every cue term matched in a sentence, with its offsets.",
    "frame_kwic": "Keyword-in-context evidence for each frame.",
    "frame_validation": "Precision, recall and F1 of each frame-detection method against the hand coding.",
    "frame_agreement": "Agreement between the two frame-detection methods per frame.",
    "tone": "VADER tone of every sentence, with the frames it carries.",
    "entities": "Every mention of an entity, aliases merged: those of config/entities.yaml and the names the "
                "recognizer found (organizations, products, places, people).",
    "entity_counts": "Mentions of each entity per article.",
    "entity_cooccurrence": "How often two entities are mentioned in the same sentence.",
    "claims": "The claim ledger: figures grouped by entity, measure, scope and period, with a status.",
    "claim_sources": "Each source figure of each claim, with its quote and offsets.",
    "events": "Dated events and publication dates, in time order.",
    "outlets": "One row per outlet, most articles first (aggregate, any corpus size).",
    "articles_by_week": "Articles per week and outlet; the largest outlets by name, the rest together (aggregate).",
    "frames_by_week": "Per week and frame: articles published and the share carrying the frame (aggregate).",
    "tone_by_week": "Per week: articles, sentences and their mean VADER tone (aggregate).",
}

# The stage (package and notebook) that writes each table, by table-name prefix: where to look for its code.
WRITTEN_BY = (
    (("documents", "sentences", "excluded_spans", "skipped"), "`newsreport.corpus`, notebook 01"),
    (("figures",), "`newsreport.figures`, notebook 02"),
    (("frame", "tone", "entit"), "`newsreport.narratives`, notebook 03"),
    (("claim", "events"), "`newsreport.claims`, notebook 04"),
    (("report_",), "`newsreport.report`, notebook 05"),
)


def written_by(table: str) -> str:
    """The stage that writes `table` ('' for a table no stage claims)."""
    return next((stage for prefixes, stage in WRITTEN_BY if table.startswith(prefixes)), "")


COLUMNS = {
    "doc": "document id: the file name without its suffix (`row` and the row number for a CSV/JSONL corpus)",
    "file": "file name in the corpus folder (`export.csv row 12` for a row of a CSV/JSONL corpus)",
    "title": "article title (front matter, manifest, HTML metadata, or the first line of text)",
    "outlet": "publisher, when known", "author": "author, when known", "url": "address of the article, when known",
    "published": "publication date (ISO 8601), empty when unknown",
    "date_basis": "for documents: how the publication date was established ('stated: ...' or 'inferred: ...' "
                  "with the reason); for events and claim sources: stated, resolved-from-publication, "
                  "resolved-from-context (the article's own dates) or resolved-from-corpus (an undated article, "
                  "dated from the corpus's publication dates)",
    "n_sentences": "number of kept sentences", "n_words": "words in kept sentences",
    "n_chars": "characters of the document body", "n_excluded_chars": "characters set aside as page chrome",
    "sha256": "SHA-256 of the file's bytes",
    "sentence_id": "sentence id '{doc}:s{index}', stable while the text is unchanged",
    "index": "0-based sentence number within the document",
    "start": "start character offset into the document body (0-based, inclusive)",
    "end": "end character offset into the document body (exclusive)",
    "kind": "for sentences: 'sentence' or 'heading'; for figures: count, percent, money, date, year, rank, "
            "duration, ratio, multiple or other",
    "text": "the exact text at [start, end)", "label": "what the span or event is",
    "status": "for skipped files: skipped / used with warning; for claims: conflict, discrepancy (possible, to "
              "check), agreement, series or single",
    "reason": "why the file was skipped or what the warning is; for claims: why a reading is uncertain",
    "scope": "where a claim's figure applies: US, global, another named place, or empty when unstated",
    "confidence": "high when entity and measure were read from the sentence's structure and the measure is not "
                  "one config/metrics.yaml marks doubtful, else low",
    "entity_basis": "how the entity was found: possessor, subject, object, reporting subject, pronoun "
                    "(resolved), target (the country a tariff falls on), place (the place a rate such as inflation is "
                    "measured in, when nothing else owns it), main entity (the article's main actor, the only "
                    "one its sentence names), nearby name (a guess) or none (no owner)",
    "period_basis": "stated when the figure's own clause dates it; 'the day other sources give (not stated here)' "
                    "for a one-day event's figure published within a week of that day; 'the publication month' (or day, "
                    "in a series of days) for a count said to hold now; 'a span before the figure it is compared "
                    "with: day' (or week) for an earlier level told as 'a day earlier'; 'the quarter other sources "
                    "report that week' for a sum 'for the quarter' whose sentence names none; 'not stated; its value matches ...' for an undated figure placed in "
                    "the one period whose values it matches; 'stated as the next day' for the length of an event "
                    "dated by its end; 'stated as the year; its value matches the year-end level ...' for a user count stated "
                    "for a year that agrees with the count other sources give for its end; for a rank, 'the publication "
                    "day' when it holds now; else 'not stated'",
    "quote": "the exact document text at [start, end)",
    "value": "the figure's value as a number (empty for dates and ranges)",
    "low": "lower bound of a range", "high": "upper bound of a range",
    "date": "ISO date (YYYY-MM-DD, YYYY-MM or YYYY; 'A/B' for a span of days)",
    "unit": "ISO 4217 currency, '%', or the counted noun",
    "qualifier": "exact, approx, more_than, less_than, at_least, at_most or range",
    "direction": "up or down for a change, else empty",
    "subject": "what the figure counts", "period": "the time the figure refers to",
    "date_inferred": "for figures: empty when the text or the publication date gives the date (or period); "
                     "'article' when its year or day was inferred from the article's other dates; 'corpus' when "
                     "inferred from the corpus (its publication span, or for an undated article naming no day, "
                     "the week the corpus's dated articles name most)",
    "frame": "frame name from the frames config",
    "present": "1 when the frame is present (final method), else 0",
    "share": "share (0-1) of the document's sentences carrying the frame (frames_docs); of the week's "
             "articles carrying it (frames_by_week)",
    "per_1000_words": "cue hits per 1,000 words of article text",
    "mean_tone": "mean VADER compound tone of the sentences carrying the frame (frames_docs); of the week's "
                 "sentences (tone_by_week)",
    "dict_score": "dictionary method score (sum of cue weights)",
    "clf_score": "classifier probability (empty when the frame has no usable trained classifier)",
    "dict_present": "1 when the dictionary score reaches its threshold",
    "clf_present": "1 when the classifier probability reaches the threshold chosen in training",
    "decided_by": "what gave the final flag: the configured final method, or the dictionary and why",
    "evaluation": "held_out (text never used in development), cross_validation or refugee_on_other_stories",
    "measured_on": "the documents and sentences the row was measured on",
    "f1_low": "lower end of the 95% bootstrap interval of F1", "f1_high": "upper end of that interval",
    "n_docs": "number of documents", "false_positive_rate": "sentences flagged but not hand-coded, over all sentences",
    "cues": "cue terms matched in the sentence", "cue": "the cue term as configured",
    "method": "frame-detection method", "precision": "share of detected items (sentences, figures) that the hand-checked gold confirms",
    "recall": "share of the gold items that were detected", "f1": "harmonic mean of precision and recall",
    "n_gold_positive": "hand-coded sentences carrying the frame",
    "compound": "VADER compound tone, -1 (negative) to +1 (positive)",
    "entity": "canonical entity name (aliases merged)", "alias": "the name as written in the text",
    "mentions": "number of mentions",
    "claim_id": "claim id", "metric": "what is measured (e.g. monthly_active_users)",
    "n_sources": "number of distinct documents reporting the claim",
    "values": "the values reported, per source", "docs": "documents reporting the claim",
    "quotes": "the source quotes", "explanation": "one generated sentence explaining a conflict",
    "event_id": "event id",
    "left": "text before the cue (keyword in context)", "right": "text after the cue",
    "type": "entity type (platform, company, place, institution, ...)",
    "sentences": "number of sentences", "entity_a": "first entity of the pair", "entity_b": "second entity of the pair",
    "split": "sentences scored: all, in-sample (documents the classifier was trained on) or not trained on",
    "true_positive": "sentences detected and hand-coded", "false_positive": "sentences detected but not hand-coded",
    "false_negative": "hand-coded sentences not detected",
    "both": "sentences marked by both methods", "dictionary_only": "sentences marked by the dictionary only",
    "classifier_only": "sentences marked by the classifier only", "neither": "sentences marked by neither method",
    "percent_agreement": "share of sentences on which the methods agree",
    "cohen_kappa": "Cohen's kappa between the methods", "krippendorff_alpha": "Krippendorff's alpha (nominal)",
    "positive": "VADER positive proportion", "neutral": "VADER neutral proportion",
    "negative": "VADER negative proportion", "tone": "tone label from the compound score",
    "series": "every period reported for this entity and measure",
    "part_of": "for an agreement among some sources of a conflicting claim: that claim's id (its sources list them too)",
    "display": "the value as shown in the report", "cited": "the source the article attributes the figure to",
    "evidence": "words that tie the figure to the measure", "context": "the sentence the quote comes from",
    "inferred": "True when the date rests on an inferred publication date",
    "event_type": "kind of event (from config/metrics.yaml)", "key": "True for a key date marked on charts",
    # columns of the tables shown in the report (report_*.csv)
    "Source": "source number in Appendix A (S1, S2, ...)", "Title": "article title", "Published": "publication date",
    "Date basis": "stated, inferred, or how a date was resolved", "Sentences": "number of sentences",
    "Words": "number of words", "As written": "the figure as written in the article", "Kind": "kind of figure",
    "Value": "normalized value", "Unit": "unit or counted noun", "Qualifier": "exact, approx, more_than, ...",
    "What it counts": "what the figure counts: the claim ledger's owner and measure where the figure is a high-confidence claim; its measure alone where the ledger did not read the owner with confidence; else the counted words near the number without a name (figures.csv column subject)", "Period": "time the value refers to", "Status": "claim status",
    "Entity": "entity the claim is about", "Measure": "what is measured", "Sources": "number of documents",
    "Values as reported": "values with their source documents", "Date": "ISO date", "Event": "event label",
    "Scope": "where the figure applies (US, global, a named place; empty when unstated)",
    "Quote": "the exact text the date comes from", "Frame": "frame label", "Method": "frame-detection method",
    "P": "precision", "R": "recall", "F1": "F1 on all sentences", "F1 dev": "F1 on the development split",
    "F1 test": "F1 on the held-out test split", "Both": "sentences marked by both methods",
    "F1 (95% CI)": "F1 with its 95% bootstrap interval", "Evaluated on": "what the scores were measured on",
    "Dictionary only": "sentences marked by the dictionary only", "Classifier only": "sentences marked by the classifier only",
    "Neither": "sentences marked by neither", "Agreement": "share of sentences on which the methods agree",
    "Cohen's κ": "Cohen's kappa", "Krippendorff's α": "Krippendorff's alpha",
    "Before": "the sentence text before the cue", "Cue": "the cue as written (linked to its quote)",
    "After": "the sentence text after the cue",
    "Outlet": "publisher", "Articles": "number of articles", "First published": "earliest publication date",
    "Last published": "latest publication date", "Documents": "number of documents reporting it",
    "First reported": "the first report's text (linked to its quote)",
    "week": "the Monday (ISO date) of the publication week", "articles": "number of articles",
    "words": "words of article text", "first_published": "earliest publication date",
    "last_published": "latest publication date", "articles_with_frame": "articles carrying the frame",
    "gold": "figures in the hand-checked list", "found": "gold figures found with the right value, kind and qualifier",
    "extra": "extracted figures not in the gold list", "In gold": "figures in the hand-checked list",
    "Found": "gold figures found", "Not in gold": "extracted figures not in the list",
    "Precision": "found / (found + not in gold)", "Recall": "found / in gold",
}


# A column whose meaning in one table differs from the glossary's (the same name, another count).
TABLE_COLUMNS = {
    ("frames_docs", "n_sentences"): "sentences of the document carrying the frame (final flag)",
    ("frames_docs", "label"): "the frame's label from the frames config",
    ("entity_cooccurrence", "docs"): "documents in which one sentence names both",
    ("frame_benchmark", "n_sentences"): "hand-coded sentences scored",
    ("frame_benchmark", "cohen_kappa"): "Cohen's kappa between the method and the hand coding",
    ("frame_benchmark", "krippendorff_alpha"): "Krippendorff's alpha (nominal) between the method and the hand coding",
    ("frame_validation", "n_sentences"): "hand-coded sentences scored",
    ("figures", "period"): "the time the figure refers to: a quarter its clause names ('2024-Q3'), a date or year "
                           "of its sentence, else the publication month (filled in, not stated)",
    ("report_headline_figures", "Period"): "time the value refers to, as its sentence states it ('not stated' where "
                                           "the publication month stands in)",
}


def describe_column(column: str, frames: tuple = (), table: str = "") -> str:
    """The glossary entry of a column of `table` ('' when undocumented); a frame name column is a 0/1 flag."""
    if column in frames:
        return f"1 when the sentence carries the frame '{column}'"
    return TABLE_COLUMNS.get((table, column)) or COLUMNS.get(column, "")


def write_data_dictionary(data_dir: Path, figures_dir: Path) -> Path:
    """Write `data/README.md` (every CSV and column), `figures/README.md` (every chart and its CSV)
    and `report/README.md` beside them."""
    data_dir, figures_dir = Path(data_dir), Path(figures_dir)
    lines = ["# Data dictionary", "",
             "Written by `python -m newsreport build` (notebook 05; `make report` on the seeds); every table of the report is one of these CSVs. Offsets are "
             "character offsets into the document body that `newsreport.corpus.load_corpus` keeps exactly.", ""]
    frames_docs = data_dir / "frames_docs.csv"
    frames = tuple(read_csv(frames_docs)["frame"].unique()) if frames_docs.exists() else ()
    for path in sorted(data_dir.glob("*.csv")):
        name = path.stem
        about = TABLES.get(name) or ("A table shown in the report." if name.startswith("report_") else "")
        stage = written_by(name)
        lines += [f"## {path.name}", "", about + (f" Written by {stage}." if stage else ""), "",
                  "| column | meaning |", "|---|---|"]
        for column in pd.read_csv(path, nrows=0).columns:  # the header only: write_csv leaves names as they are
            lines.append(f"| `{column}` | {describe_column(column, frames, name) or 'undocumented'} |")
        lines.append("")
    (data_dir / "README.md").write_text("\n".join(lines), encoding="utf-8")
    charts = ["# Charts", "", "Written by `python -m newsreport build`; each PNG has the CSV it was drawn from beside it.", ""]
    for png in sorted(figures_dir.glob("*.png")):
        csv_note = f" — data: `{png.stem}.csv`" if png.with_suffix(".csv").exists() else ""
        charts.append(f"- `{png.name}`{csv_note}")
    (figures_dir / "README.md").write_text("\n".join(charts) + "\n", encoding="utf-8")
    report_dir = data_dir.parent / "report"
    report_dir.mkdir(exist_ok=True)
    (report_dir / "README.md").write_text(
        "# Report\n\n`report.html` and `report.pdf` (A4) are written here by `python -m newsreport build` "
        "(`make report` on the seeds): the brief exported from `notebooks/05_report.ipynb`.\n", encoding="utf-8")
    return data_dir / "README.md"
