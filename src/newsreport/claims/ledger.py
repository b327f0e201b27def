"""The claim ledger: figures from different articles grouped into claims keyed by
(entity, metric, period) and labelled `conflict`, `agreement`, `series` or `single`.

Input is the figures table of `newsreport.figures.extractor` (one row per figure mention with doc, offsets,
kind, value, qualifier, date, subject, period); nothing is re-extracted here. A figure's entity and
metric come from its own sentence (entity aliases and metric words of `config/metrics.yaml`, closest
to the number); a figure with no metric words takes entity and measure from its subject when that
is a proper name followed by what it counts ("Vinted registered members"), else stays out of the ledger.

Compatibility takes qualifiers into account: each figure allows an interval of values (exact ±2%,
approx ±10%, "over X" (X, 1.5·X], "under X" [X/1.5, X), ranges their bounds; tolerances in
`config/metrics.yaml`), and figures agree when their intervals overlap. Date-valued claims (the
day an app reached No. 1) agree when the dates are equal or one is a coarser prefix of the other.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date

import pandas as pd

from newsreport.corpus.loader import short_doc_ids
from newsreport.claims.vocabulary import (Vocabulary, entity_mentions, load_vocabulary, nearest_metric,
                                   span_gap)

EVIDENCE_WIDTH = 80  # longest figure-to-metric-words quote shown in an explanation
SUBJECT_REACH = 4  # an alias starting within this many characters of a sentence is its subject
STATUS_ORDER = {"conflict": 0, "agreement": 1, "series": 2, "single": 3}
CLAIM_COLUMNS = ["claim_id", "entity", "metric", "period", "status", "n_sources", "values", "docs",
                 "quotes", "explanation", "series"]
SOURCE_COLUMNS = ["claim_id", "doc", "sentence_id", "start", "end", "quote", "value", "date", "low", "high",
                  "qualifier", "display", "entity", "metric", "period", "date_basis", "cited", "evidence",
                  "context"]
QUALIFIER_WORDS = {"approx": "about", "more_than": "over", "less_than": "under", "at_least": "at least",
                   "at_most": "at most"}
MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"]

_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|" \
         r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
# Period phrases near a number when the figures table leaves `period` empty.
PERIOD_PHRASES = [
    (re.compile(r"\b(?:mid|middle of)[- ]?((?:19|20)\d{2})\b", re.I), lambda m: f"{m.group(1)}-06"),
    (re.compile(r"\b(?:early|start of|beginning of)[- ]?((?:19|20)\d{2})\b", re.I), lambda m: f"{m.group(1)}-01"),
    (re.compile(r"\b(?:late|end of)[- ]?((?:19|20)\d{2})\b", re.I), lambda m: f"{m.group(1)}-12"),
    (re.compile(rf"\b({_MONTH})\.?,? ((?:19|20)\d{{2}})\b", re.I), lambda m: f"{m.group(2)}-{_month_number(m.group(1)):02d}"),
    (re.compile(r"\b((?:19|20)\d{2})\b"), lambda m: m.group(1)),
]
PERIOD_PREPOSITION = re.compile(r"\b(?:in|by|during|for|as of|since|until|through|throughout|at the end of)\s+(?:the\s+)?$",
                                re.I)
FULL_DATE_BEFORE = re.compile(r"\d{1,2},?\s*$")  # "September 3, " before a year: a day, not a period
RELATIVE_YEAR = [(re.compile(r"\b(?:the )?(?:following|next) year\b|\ba year later\b", re.I), 1),
                 (re.compile(r"\b(?:the )?previous year\b|\ba year (?:earlier|before)\b", re.I), -1)]
# "according to Sensor Tower", "citing Reuters", "Shein said", "it reported" (resolved to the last subject).
CITATION = [
    re.compile(r"\baccording to (?:the )?((?:[A-Z][\w&.'’-]*)(?:\s+[A-Z][\w&.'’-]*){0,4})"),
    re.compile(r"\bciting (?:the )?((?:[A-Z][\w&.'’-]*)(?:\s+[A-Z][\w&.'’-]*){0,4})"),
    re.compile(r"\b((?:[Tt]he )?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4}) (?:said|says|reported|reports|"
               r"has learned|estimated|estimates|found)\b"),
    re.compile(r"\b(?P<pronoun>it|they) (?:said|says|reported|reports|estimated|found)\b"),
]
SUBJECT_AT_START = re.compile(r"^((?:[A-Z][\w&.'’-]*)(?:\s+[A-Z][\w&.'’-]*){0,4}) (?:is|are|was|were|said|says|has)\b")


def _month_number(name: str) -> int:
    return next(i for i, m in enumerate(MONTH_NAMES, 1) if m.lower().startswith(name.lower()[:3]))


def _text(value) -> str:
    """A table cell as text ('' for NaN/None)."""
    if value is None or (not isinstance(value, (list, tuple, dict)) and pd.isna(value)):
        return ""  # None, NaN, pd.NA and NaT all mean "empty"
    return str(value).strip()


def _number(value) -> float | None:
    """A table cell as float (None when empty)."""
    text = _text(value)
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        return None


@dataclass
class Ledger:
    """The claims (one row per entity, metric and period) and their sources (one row per mention)."""

    claims: pd.DataFrame
    sources: pd.DataFrame


# ---------------------------------------------------------------- resolving entity, metric, period

def sentence_index(document) -> dict[str, int]:
    """Position of each sentence of `document` by sentence_id."""
    return {s.sentence_id: i for i, s in enumerate(document.sentences)}


def resolve_entity(document, position: int, start: int, end: int, subject: str,
                   vocabulary: Vocabulary) -> str:
    """The entity a figure at `[start, end)` of `document.text` is about: an alias in its subject,
    else the alias closest to it in its sentence (the one before on a tie), else the last alias named
    in up to `entity_lookback` earlier sentences (headings included), else ''."""
    in_subject = entity_mentions(subject, vocabulary)
    if in_subject:
        return in_subject[0][2]
    sentence = document.sentences[position]
    mentions = entity_mentions(sentence.text, vocabulary)
    if mentions:
        rel_start, rel_end = start - sentence.start, end - sentence.start
        return min(mentions, key=lambda m: (span_gap(rel_start, rel_end, m[0], m[1]), m[0] > rel_start))[2]
    # Earlier sentences: the nearest one whose subject (its first words) is an entity, as in a
    # "Who's Who" paragraph opening "Xiaohongshu, launched in 2013, ..."; else the last entity named.
    earlier_sentences = document.sentences[max(0, position - vocabulary.entity_lookback):position]
    last_named = ""
    for earlier in reversed(earlier_sentences):
        mentions = entity_mentions(earlier.text, vocabulary)
        if mentions and mentions[0][0] <= SUBJECT_REACH:
            return mentions[0][2]
        if mentions and not last_named:
            last_named = mentions[-1][2]
    return last_named


def period_from_text(document, position: int, start: int, end: int) -> tuple[str, bool]:
    """A period for a figure from its sentence: `(period, strong)`. Strong: a period phrase led by a
    preposition ("in 2023", "In June 2021", "by mid-2024"), the closest to the number; else a relative
    year ("the following year") counted from the last year named in the two sentences before.
    Weak: a bare year ("the 2024 annual report"). Years inside full dates ("September 3, 2024") are
    days, not periods. ('', False) when there is none."""
    sentence = document.sentences[position]
    rel_start, rel_end = start - sentence.start, end - sentence.start
    candidates, taken = [], []
    for pattern, to_period in PERIOD_PHRASES:
        for match in pattern.finditer(sentence.text):
            if any(s <= match.start() < e for s, e in taken):
                continue  # "June 2021" already covers its "2021"
            if match.start() < rel_end and rel_start < match.end():
                continue  # the figure itself ("2023" as a number) is not its own period
            taken.append((match.start(), match.end()))
            before = sentence.text[:match.start()]
            if FULL_DATE_BEFORE.search(before):
                continue
            strong = bool(PERIOD_PREPOSITION.search(before))
            candidates.append((not strong, span_gap(rel_start, rel_end, match.start(), match.end()),
                               to_period(match)))
    best = min(candidates) if candidates else None
    if best and not best[0]:
        return best[2], True
    for pattern, step in RELATIVE_YEAR:
        if pattern.search(sentence.text):
            for earlier in reversed(document.sentences[max(0, position - 2):position]):
                years = re.findall(r"\b((?:19|20)\d{2})\b", earlier.text)
                if years:
                    return str(int(years[-1]) + step), True
    return (best[2], False) if best else ("", False)


def claim_period(stated: str, document, position: int, start: int, end: int) -> str:
    """The period a count refers to, for grouping: a period phrase of its sentence led by a
    preposition, closest to the number ("up from 75 million in 2023"); else the figures table's
    period, unless that is only the publication month or day standing in for an unstated period (so
    undated figures of articles published on different days are still compared); else a bare year
    of the sentence; else ''."""
    in_text, strong = period_from_text(document, position, start, end)
    if strong:
        return normalize_period(in_text)
    stated = normalize_period(stated)
    published = document.published.isoformat() if document.published else ""
    if stated and not (published and published.startswith(stated)):
        return stated
    return normalize_period(in_text)


def normalize_period(period: str) -> str:
    """Periods as ISO prefixes where possible ("2024-06-30" stays, "2024-6" -> "2024-06")."""
    match = re.fullmatch(r"((?:19|20)\d{2})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", period.strip())
    if not match:
        return period.strip()
    year, month, day = match.groups()
    return year + (f"-{int(month):02d}" if month else "") + (f"-{int(day):02d}" if day and month else "")


def cited_source(document, position: int) -> str:
    """Who the sentence at `position` attributes its facts to ("Sensor Tower", "the Commission"),
    resolving "it reported" to the subject opening an earlier sentence; '' when unattributed."""
    sentence = document.sentences[position].text
    for pattern in CITATION:
        match = pattern.search(sentence)
        if not match:
            continue
        if "pronoun" in pattern.groupindex:
            for earlier in reversed(document.sentences[max(0, position - 3):position]):
                subject = SUBJECT_AT_START.match(earlier.text)
                if subject:
                    return subject.group(1)
            continue
        return match.group(1).strip()
    return ""


def date_basis(quote: str) -> str:
    """'stated' when the figure's words give the date, 'resolved-from-publication' when they are
    relative ("yesterday", "last Friday") and need the publication date."""
    return "stated" if re.search(r"\d", quote) else "resolved-from-publication"


# ---------------------------------------------------------------- values and compatibility

def format_number(value: float, unit: str = "") -> str:
    """A readable number: 320000000 -> '320 million', 15000 -> '15,000', money with its currency."""
    prefix = {"USD": "$", "EUR": "€", "GBP": "£", "CNY": "¥", "RMB": "¥"}.get(unit.upper(), "")
    scaled = None
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(value) >= size:
            scaled = f"{value / size:,.2f}".rstrip("0").rstrip(".") + f" {word}"
            break
    if scaled is None:
        scaled = f"{value:,.2f}".rstrip("0").rstrip(".")
    suffix = "%" if unit == "%" else ""
    return f"{prefix}{scaled}{suffix}"


def format_date(iso: str, with_year: bool = True) -> str:
    """'2025-01-13' -> 'January 13, 2025' (or 'January 13'); '2024-08' -> 'August 2024'."""
    parts = iso.split("-")
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        text = f"{MONTH_NAMES[int(parts[1]) - 1]} {int(parts[2])}"
        return f"{text}, {parts[0]}" if with_year else text
    if len(parts) == 2 and all(p.isdigit() for p in parts):
        return f"{MONTH_NAMES[int(parts[1]) - 1]} {parts[0]}"
    return iso


def format_period(period: str) -> str:
    """A claim period for prose: '2024-06' -> 'June 2024', '' -> ''."""
    return format_date(period) if period else ""


def display_value(row: dict) -> str:
    """The value of one mention as a reader would say it: 'over 100 million', 'January 13, 2025'."""
    if row["kind"] == "date":
        return format_date(row["date"])
    unit = row.get("unit", "")
    if row["qualifier"] == "range" and row["low"] is not None and row["high"] is not None:
        return f"{format_number(row['low'], unit)}–{format_number(row['high'], unit)}"
    value = row["value"] if row["value"] is not None else (row["low"] or row["high"] or 0.0)
    text = format_number(value, unit)
    if row.get("direction") in ("up", "down"):
        text = f"{row['direction']} {text}"
    word = QUALIFIER_WORDS.get(row["qualifier"], "")
    return f"{word} {text}" if word else text


def value_interval(row: dict, tolerance: dict) -> tuple[float, float]:
    """The interval of values a numeric mention allows, given its qualifier (see module docstring)."""
    exact, approx = float(tolerance.get("exact", 0.02)), float(tolerance.get("approx", 0.10))
    factor = float(tolerance.get("bound_factor", 1.5))
    value, low, high = row["value"], row["low"], row["high"]
    qualifier = row["qualifier"] or "exact"
    if qualifier == "range" and low is not None and high is not None:
        return (min(low, high), max(low, high))
    if value is None:
        value = low if low is not None else high
    if value is None:
        return (-math.inf, math.inf)
    magnitude = abs(value)
    if qualifier == "approx":
        return (value - approx * magnitude, value + approx * magnitude)
    if qualifier == "more_than":
        return (value + 1e-9 * max(magnitude, 1), value * factor if value > 0 else value + magnitude * (factor - 1))
    if qualifier == "at_least":
        return (value, value * factor if value > 0 else value + magnitude * (factor - 1))
    if qualifier == "less_than":
        return (value / factor if value > 0 else value - magnitude, value - 1e-9 * max(magnitude, 1))
    if qualifier == "at_most":
        return (value / factor if value > 0 else value - magnitude, value)
    return (value - exact * magnitude, value + exact * magnitude)


def dates_compatible(a: str, b: str) -> bool:
    """Two ISO dates (or prefixes) agree when equal or when one is a coarser prefix of the other."""
    return a.startswith(b) or b.startswith(a)


def compatible(a: dict, b: dict, tolerance: dict) -> bool:
    """Whether two mentions of one claim can both be true."""
    if a["kind"] == "date" or b["kind"] == "date":
        return dates_compatible(a["date"], b["date"])
    a_low, a_high = value_interval(a, tolerance)
    b_low, b_high = value_interval(b, tolerance)
    return a_low <= b_high and b_low <= a_high


# ---------------------------------------------------------------- mentions -> claims

def excerpt(sentence_text: str, start: int, end: int, width: int = 160) -> str:
    """The sentence, cut to about `width` characters around the figure at `[start, end)`."""
    text = " ".join(sentence_text.split()) if len(sentence_text) <= width else None
    if text is not None:
        return text
    left = max(0, start - (width - (end - start)) // 2)
    right = min(len(sentence_text), left + width)
    left = max(0, right - width)
    piece = " ".join(sentence_text[left:right].split())
    return ("…" if left > 0 else "") + piece + ("…" if right < len(sentence_text) else "")


# Figure kinds whose subject can name the measure when the metric vocabulary has no words for it.
SUBJECT_METRIC_KINDS = ("count", "money")
SUBJECT_OWNER = re.compile(r"^((?:[A-Z][\w&.'’-]*|[0-9]+[A-Za-z][\w-]*)(?:\s+(?:[A-Z][\w&.'’-]*))*)\s+([a-z][a-z -]*[a-z])$")


def subject_parts(subject: str) -> tuple[str, str]:
    """('Vinted', 'registered members') for the subject 'Vinted registered members': a proper-noun
    owner followed by what it counts, in lower case; ('', '') when the subject is not of that shape."""
    match = SUBJECT_OWNER.match(subject.strip())
    if not match or len(match.group(2).split()) > 4:
        return "", ""
    return match.group(1), match.group(2)


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


def group_status(mentions: list[dict], tolerance: dict, in_series: bool) -> str:
    """`conflict` if two mentions cannot both be true; else `agreement` when two or more documents
    report it; else `series` when the entity and metric have other periods; else `single`."""
    for i, first in enumerate(mentions):
        for second in mentions[i + 1:]:
            if not compatible(first, second, tolerance):
                return "conflict"
    if len({m["doc"] for m in mentions}) >= 2:
        return "agreement"
    return "series" if in_series else "single"


def _doc_phrase(doc: str, items: list[dict], short: dict[str, str], with_year: bool) -> str:
    """'003 (citing Sensor Tower) says January 11' for one document's mentions of a claim."""
    values, seen = [], set()
    distinct = len({(i["date"], i["display"]) for i in items})
    for item in items:
        text = format_date(item["date"], with_year) if item["kind"] == "date" else item["display"]
        if text in seen:
            continue
        seen.add(text)
        if item["date_basis"] == "resolved-from-publication":
            text += f" (resolved from “{' '.join(item['quote'].split())}” and the publication date)"
        elif distinct > 1 and item["evidence"]:
            text += f" (“{item['evidence']}”)"  # one article, two values: show which words say which
        values.append(text)
    cited = sorted({i["cited"] for i in items if i["cited"]})
    who = short.get(doc, doc) + (f" (citing {', '.join(cited)})" if cited else "")
    return f"{who} says {' and '.join(values)}"


def explain(status: str, entity: str, metric: str, period: str, mentions: list[dict],
            vocabulary: Vocabulary, short: dict[str, str]) -> str:
    """One generated sentence saying what the sources report for a claim."""
    rule = vocabulary.metric(metric)
    label = (rule.label if rule else metric.replace("_", " ")).replace("{entity}", entity or "the subject")
    if metric.endswith(vocabulary.growth_suffix):
        label = "the growth of " + label
    where = f" in {format_period(period)}" if period else ""
    years = {m["date"][:4] for m in mentions if m["kind"] == "date"}
    by_doc: dict[str, list[dict]] = {}
    for mention in mentions:
        by_doc.setdefault(mention["doc"], []).append(mention)
    phrases = ", ".join(_doc_phrase(doc, items, short, len(years) > 1) for doc, items in by_doc.items())
    opening = {"conflict": "Sources disagree on", "agreement": "Sources agree on"}.get(status, "Reported:")
    return f"{opening} {label}{where}: {phrases}."


def build_ledger(figures: pd.DataFrame, corpus, vocabulary: Vocabulary | None = None) -> Ledger:
    """Group the figures into claims and label them; conflicts first, then agreements, series, singles."""
    vocabulary = vocabulary or load_vocabulary()
    mentions = claim_mentions(figures, corpus, vocabulary)
    short = short_doc_ids(corpus.documents)
    doc_order = {d.doc: i for i, d in enumerate(corpus.documents)}
    records = mentions.to_dict("records")
    records.sort(key=lambda m: (doc_order.get(m["doc"], 0), m["start"]))
    groups: dict[tuple, list[dict]] = {}
    for record in records:
        groups.setdefault((record["entity"], record["metric"], record["period"]), []).append(record)
    periods_by_series: dict[tuple, list[str]] = {}
    for entity, metric, period in groups:
        if period:
            periods_by_series.setdefault((entity, metric), []).append(period)
    claims = []
    for (entity, metric, period), items in groups.items():
        series_periods = sorted(periods_by_series.get((entity, metric), []))
        in_series = bool(period) and len(series_periods) >= 2
        status = group_status(items, vocabulary.tolerance, in_series)
        series_text = ""
        if in_series:
            series_text = "; ".join(
                f"{format_period(p)}: " + ", ".join(f"{m['display']} ({short.get(m['doc'], m['doc'])})"
                                                   for m in groups[(entity, metric, p)])
                for p in series_periods)
        claims.append({
            "entity": entity, "metric": metric, "period": period, "status": status, "n_sources": len(items),
            "values": "; ".join(m["display"] for m in items),
            "docs": "; ".join(dict.fromkeys(m["doc"] for m in items)),
            "quotes": " | ".join(f"{short.get(m['doc'], m['doc'])}: “{m['context']}”" for m in items),
            "explanation": explain(status, entity, metric, period, items, vocabulary, short),
            "series": series_text, "_items": items,
        })
    claims.sort(key=lambda c: (STATUS_ORDER[c["status"]], c["entity"], c["metric"], c["period"]))
    source_rows = []
    for number, claim in enumerate(claims, 1):
        claim["claim_id"] = f"C{number:03d}"
        for item in claim.pop("_items"):
            source_rows.append({"claim_id": claim["claim_id"], **{k: item.get(k) for k in SOURCE_COLUMNS[1:]}})
    return Ledger(claims=pd.DataFrame(claims, columns=CLAIM_COLUMNS),
                  sources=pd.DataFrame(source_rows, columns=SOURCE_COLUMNS))


def claims_table(figures: pd.DataFrame, corpus, vocabulary: Vocabulary | None = None) -> pd.DataFrame:
    """The claims of `corpus` from its figures table (see `build_ledger`)."""
    return build_ledger(figures, corpus, vocabulary).claims


def claims_for_corpus(corpus) -> pd.DataFrame:
    """Extract the figures of `corpus` with `newsreport.figures.extractor` and return its claims table."""
    from newsreport.figures.extractor import figures_table  # the figures step owns extraction

    return claims_table(figures_table(corpus), corpus)


def period_midpoint(period: str) -> date | None:
    """The date a period is drawn at: mid-year for a year, mid-month for a month, the day itself."""
    parts = period.split("-")
    try:
        if len(parts) == 1:
            return date(int(parts[0]), 7, 1)
        if len(parts) == 2:
            return date(int(parts[0]), int(parts[1]), 15)
        return date(int(parts[0]), int(parts[1]), int(parts[2]))
    except (ValueError, TypeError):
        return None
