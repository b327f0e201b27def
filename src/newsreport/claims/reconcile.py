"""Reconciliation: claim mentions grouped by (entity, metric, period) and labelled `conflict`,
`agreement`, `series` or `single`, with the ledger's two tables (claims and their sources)."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from newsreport.corpus.loader import short_doc_ids
from newsreport.claims.intervals import compatible
from newsreport.claims.mentions import claim_mentions
from newsreport.claims.vocabulary import Vocabulary, load_vocabulary
from newsreport.claims.wording import explain, format_period

STATUS_ORDER = {"conflict": 0, "agreement": 1, "series": 2, "single": 3}
CLAIM_COLUMNS = ["claim_id", "entity", "metric", "period", "status", "n_sources", "values", "docs",
                 "quotes", "explanation", "series"]
SOURCE_COLUMNS = ["claim_id", "doc", "sentence_id", "start", "end", "quote", "value", "date", "low", "high",
                  "qualifier", "display", "entity", "metric", "period", "date_basis", "cited", "evidence",
                  "context"]


@dataclass
class Ledger:
    """The claims (one row per entity, metric and period) and their sources (one row per mention)."""

    claims: pd.DataFrame
    sources: pd.DataFrame


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


