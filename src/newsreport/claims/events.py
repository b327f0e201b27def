"""Dated events of a corpus for the timeline: every date figure in the text (relative dates already
resolved against the publication date by `newsreport.figures.extractor`), labelled with the event type of
`config/metrics.yaml` named closest to it, plus each document's publication date (flagged when it
was inferred rather than stated)."""

from __future__ import annotations

import re

import pandas as pd

from newsreport.claims.cells import text_cell as _text
from newsreport.claims.keys import date_basis, resolve_entity, sentence_index
from newsreport.claims.wording import excerpt
from newsreport.claims.vocabulary import Vocabulary, load_vocabulary, span_gap

EVENT_COLUMNS = ["event_id", "date", "date_basis", "inferred", "doc", "sentence_id", "start", "end", "quote",
                 "label", "event_type", "entity", "key", "context"]
DATELINE_SENTENCES = 3  # a date equal to the publication date this early is the dateline, an event only if named
LABEL_WIDTH = 48
ISO_DAY_OR_MONTH = re.compile(r"^\d{4}-\d{2}(?:-\d{2})?$")


def publication_evidence(document) -> tuple[int, int] | None:
    """Where the document's `date_basis` quotes its evidence (e.g. 'Published: Jan. 16, 2025 …'),
    as offsets into the body; None when it quotes nothing found in the text."""
    quoted = re.search(r"'([^']{4,})'", document.date_basis or "")
    if not quoted:
        return None
    # whitespace in the note is normalized; the body may hold non-breaking or double spaces
    pattern = r"\s+".join(re.escape(word) for word in quoted.group(1).split())
    match = re.search(pattern, document.text)
    return (match.start(), match.end()) if match else None


def publication_events(corpus) -> list[dict]:
    """One event per document with a publication date; `inferred` when its date_basis says so."""
    rows = []
    for document in corpus.documents:
        if document.published is None:
            continue
        inferred = (document.date_basis or "").startswith("inferred")
        span = publication_evidence(document)
        sentence = document.sentence_at(span[0]) if span else None
        rows.append({
            "date": document.published.isoformat(), "date_basis": "publication", "inferred": inferred,
            "doc": document.doc, "sentence_id": sentence.sentence_id if sentence else "",
            "start": span[0] if span else None, "end": span[1] if span else None,
            "quote": document.text[span[0]:span[1]] if span else "",
            "label": "Published (inferred)" if inferred else "Published", "event_type": "publication",
            "entity": "", "key": False, "context": document.date_basis,
        })
    return rows


def nearest_event(sentence: str, start: int, end: int, vocabulary: Vocabulary):
    """The event type whose words lie closest to the date at `[start, end)` of `sentence`, or None."""
    best, best_key = None, None
    for rule in vocabulary.events:
        for pattern in rule.patterns:
            for match in pattern.finditer(sentence):
                key = (span_gap(start, end, match.start(), match.end()), -(match.end() - match.start()))
                if best_key is None or key < best_key:
                    best, best_key = rule, key
    return best


def clause_label(sentence: str, start: int, end: int) -> str:
    """A label from the words around a date no event type names: its clause, without the date."""
    bounds = [0] + [m.end() for m in re.finditer(r"[,;:–—(]\s*|\s-\s", sentence)] + [len(sentence)]
    left = max(b for b in bounds if b <= start)
    right = min((b for b in bounds if b >= end), default=len(sentence))
    clause = (sentence[left:start] + sentence[end:right]).strip(" ,;:–—-().")
    clause = re.sub(r"^(?:on|in|by|since|from|at)\s+", "", " ".join(clause.split()), flags=re.I)
    if not clause:
        clause = " ".join(sentence.split())
    return clause if len(clause) <= LABEL_WIDTH else clause[:LABEL_WIDTH - 1].rstrip() + "…"


def events_table(figures: pd.DataFrame, corpus, vocabulary: Vocabulary | None = None) -> pd.DataFrame:
    """The dated events of `corpus` from its figures table (date figures with a day or month) and the
    publication dates, sorted by date; `inferred` marks dates that rest on an inferred publication
    date, `key` marks event types flagged key in config and dates reported by two or more documents."""
    vocabulary = vocabulary or load_vocabulary()
    documents = {d.doc: d for d in corpus.documents}
    positions = {doc: sentence_index(d) for doc, d in documents.items()}
    rows = publication_events(corpus)
    dates = figures[figures["kind"].astype(str) == "date"] if "kind" in figures.columns else figures.iloc[0:0]
    for record in dates.to_dict("records"):
        document = documents.get(_text(record.get("doc")))
        iso = _text(record.get("date"))
        if document is None or not ISO_DAY_OR_MONTH.match(iso):
            continue
        start, end = int(record["start"]), int(record["end"])
        sentence = document.sentence_at(start)
        if sentence is None:
            continue
        position = positions[document.doc][sentence.sentence_id]
        published = document.published.isoformat() if document.published else ""
        rel_start, rel_end = start - sentence.start, end - sentence.start
        rule = nearest_event(sentence.text, rel_start, rel_end, vocabulary)
        if iso == published and position < DATELINE_SENTENCES and rule is None:
            continue  # a bare dateline is already the publication event
        basis = date_basis(document.text[start:end])
        inferred = basis == "resolved-from-publication" and (document.date_basis or "").startswith("inferred")
        rows.append({
            "date": iso, "date_basis": basis, "inferred": inferred, "doc": document.doc,
            "sentence_id": sentence.sentence_id, "start": start, "end": end, "quote": document.text[start:end],
            "label": rule.label if rule else clause_label(sentence.text, rel_start, rel_end),
            "event_type": rule.name if rule else "other",
            "entity": resolve_entity(document, position, start, end, _text(record.get("subject")), vocabulary),
            "key": bool(rule and rule.key), "context": excerpt(sentence.text, rel_start, rel_end),
        })
    table = pd.DataFrame(rows, columns=EVENT_COLUMNS[1:])
    if table.empty:
        return pd.DataFrame(columns=EVENT_COLUMNS)
    # a day (not a month) reported by two documents is a key date of the story
    reported = table[(table.event_type != "publication") & (table.date.str.len() == 10)]
    shared_dates = set(reported.groupby("date")["doc"].nunique().loc[lambda n: n >= 2].index)
    table["key"] = table["key"] | (table.event_type != "publication") & table.date.isin(shared_dates)
    doc_order = {d.doc: i for i, d in enumerate(corpus.documents)}
    table["_doc"] = table.doc.map(doc_order)
    table = table.sort_values(["date", "_doc", "start"], na_position="first", kind="stable").drop(columns="_doc")
    table.insert(0, "event_id", [f"E{n:03d}" for n in range(1, len(table) + 1)])
    for column in ("start", "end"):
        table[column] = table[column].astype("Int64")
    return table.reset_index(drop=True)


def key_dates(events: pd.DataFrame) -> pd.DataFrame:
    """One row per key date (date, label): labels of its key events joined, for marking time charts."""
    marked = events[events["key"].astype(bool)] if not events.empty else events
    if marked.empty:
        return pd.DataFrame(columns=["date", "label"])
    grouped = marked.groupby("date")["label"].agg(lambda labels: " / ".join(dict.fromkeys(labels)))
    return grouped.reset_index()


def main_months(events: pd.DataFrame, share: float = 0.25) -> list[str]:
    """The months ('YYYY-MM') the corpus's events cluster in: each month holding at least `share`
    of the busiest month's events."""
    if events.empty:
        return []
    counts = events.date.str[:7].value_counts()
    return sorted(counts[counts >= share * counts.max()].index)
