"""Figures become claim mentions: each figure that names a measure (or whose subject names one)
gets the claim keys of its sentence (entity, measure, period), its readable value, its citation
and its context. Input is the figures table of `newsreport.figures`; nothing is re-extracted."""

from __future__ import annotations

import pandas as pd

from newsreport.claims.cells import number_cell as _number, text_cell as _text
from newsreport.claims.keys import (claim_period, cited_source, date_basis, resolve_entity, sentence_index,
                                    subject_parts)
from newsreport.claims.vocabulary import Vocabulary, load_vocabulary, nearest_metric
from newsreport.claims.wording import display_value, excerpt

EVIDENCE_WIDTH = 80  # longest figure-to-metric-words quote shown in an explanation
# Figure kinds whose subject can name the measure when the metric vocabulary has no words for it.
SUBJECT_METRIC_KINDS = ("count", "money")


def claim_mentions(figures: pd.DataFrame, corpus, vocabulary: Vocabulary | None = None) -> pd.DataFrame:
    """One row per figure that names an entity-less-or-not metric: the figure's provenance plus its
    resolved entity, metric, period, readable value, citation and context. Figures of kinds no metric
    accepts, shares without direction, and figures with no metric words near them are left out."""
    vocabulary = vocabulary or load_vocabulary()
    documents = {d.doc: d for d in corpus.documents}
    positions = {doc: sentence_index(d) for doc, d in documents.items()}
    rows = []
    for record in figures.to_dict("records"):
        document = documents.get(_text(record.get("doc")))
        if document is None:
            continue
        start, end = int(record["start"]), int(record["end"])
        position = positions[document.doc].get(_text(record.get("sentence_id")))
        if position is None:
            sentence = document.sentence_at(start)
            if sentence is None:
                continue
            position = positions[document.doc][sentence.sentence_id]
        sentence = document.sentences[position]
        kind, direction = _text(record.get("kind")), _text(record.get("direction"))
        growth = kind == "percent" and direction in ("up", "down")
        rel_start, rel_end = start - sentence.start, end - sentence.start
        metric, metric_span = nearest_metric(sentence.text, rel_start, rel_end, "count" if growth else kind,
                                             vocabulary)
        value, low, high = _number(record.get("value")), _number(record.get("low")), _number(record.get("high"))
        subject = _text(record.get("subject"))
        owner, counted = subject_parts(subject) if metric is None and kind in SUBJECT_METRIC_KINDS else ("", "")
        if (metric is None and not (owner and counted)) or (kind == "percent" and not growth):
            continue
        if (kind == "date" and not _text(record.get("date"))) or (kind != "date" and value is low is high is None):
            continue  # nothing to compare ("thousands or even tens of thousands")
        if metric is None:  # a measure the vocabulary does not know: take it from the figure's subject
            metric_name, metric_span = "_".join(counted.lower().split()), (rel_start, rel_end)
            entity = resolve_entity(document, position, start, end, subject, vocabulary) or owner
        else:
            metric_name = metric.name
            entity = resolve_entity(document, position, start, end, subject, vocabulary)
        if kind == "date":
            period = ""  # a date-valued claim (the day of a milestone) is about one moment
        else:
            period = claim_period(_text(record.get("period")), document, position, start, end)
        evidence = sentence.text[min(rel_start, metric_span[0]):max(rel_end, metric_span[1])]
        row = {
            "doc": document.doc, "sentence_id": sentence.sentence_id, "start": start, "end": end,
            "quote": document.text[start:end], "kind": kind,
            "value": value, "low": low, "high": high, "date": _text(record.get("date")) if kind == "date" else "",
            "unit": _text(record.get("unit")), "qualifier": _text(record.get("qualifier")) or "exact",
            "direction": direction, "entity": entity,
            "metric": metric_name + (vocabulary.growth_suffix if growth else ""), "period": period,
            "date_basis": date_basis(document.text[start:end]) if kind == "date" else "",
            "cited": cited_source(document, position),
            "evidence": " ".join(evidence.split()) if len(evidence) <= EVIDENCE_WIDTH else "",
            "context": excerpt(sentence.text, start - sentence.start, end - sentence.start),
        }
        row["display"] = display_value(row)
        rows.append(row)
    return pd.DataFrame(rows, columns=[
        "doc", "sentence_id", "start", "end", "quote", "kind", "value", "low", "high", "date", "unit",
        "qualifier", "direction", "entity", "metric", "period", "date_basis", "cited", "evidence", "context",
        "display"])

