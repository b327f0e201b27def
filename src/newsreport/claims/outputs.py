"""The claims step's products: `data/claims.csv`, `data/claim_sources.csv`, `data/events.csv`,
`figures/timeline.png` and `figures/user_numbers.png` (each chart with its CSV)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from newsreport.charts import save_chart
from newsreport.claims.cells import mentions_once
from newsreport.claims.charts import timeline_chart, user_numbers_chart
from newsreport.claims.document_rows import corpus_rows
from newsreport.claims.events import events_table
from newsreport.claims.ledger import build_ledger
from newsreport.claims.vocabulary import load_vocabulary
from newsreport.paths import OutputPaths
from newsreport.tables import read_csv, write_csv

FIGURES_CSV = "figures.csv"


@dataclass
class LedgerOutputs:
    """What the claims step computed, and where it wrote it."""

    claims: pd.DataFrame
    sources: pd.DataFrame
    events: pd.DataFrame
    paths: dict[str, Path]


def figures_for(corpus, out_dir, use_saved: bool = True) -> tuple[pd.DataFrame, str]:
    """The figures table of `corpus`: `out_dir/data/figures.csv` when `use_saved` and that file is
    about this corpus (every doc it names is in the corpus), else extracted now. Returns the table and
    where it came from."""
    saved = Path(out_dir) / "data" / FIGURES_CSV
    if use_saved and saved.exists():
        table = read_csv(saved)
        docs = {d.doc for d in corpus.documents}
        if not table.empty and set(table["doc"].astype(str)) <= docs:
            return table, str(saved)
    from newsreport.figures.extractor import figures_table  # the figures step owns extraction

    return figures_table(corpus), "extracted now"


def preload() -> None:
    """Load the sentence parser `write_ledger` loads for a document whose claim rows are not cached
    yet (about two seconds); a build's kernel calls this while it waits for the documents map."""
    from newsreport.corpus.syntax import load_parser

    load_parser()


def write_ledger(corpus, figures: pd.DataFrame, out_dir, cache_dir: Path | str | None = None) -> LedgerOutputs:
    """Build the claims, their sources and the events from `figures`, and write the CSVs and charts
    under `out_dir` (data/ and figures/). With `cache_dir`, each document's claim rows are kept
    there and read back while the document, its figures and the code stay the same."""
    out = OutputPaths(Path(out_dir))
    vocabulary = load_vocabulary()
    rows = corpus_rows(figures, corpus, vocabulary, cache_dir)
    ledger = build_ledger(figures, corpus, vocabulary, rows)
    events = events_table(figures, corpus, vocabulary, [e for r in rows for e in r.events])
    paths = {
        "claims": write_csv(ledger.claims, out.data / "claims.csv"),
        "claim_sources": write_csv(ledger.sources, out.data / "claim_sources.csv"),
        "events": write_csv(events, out.data / "events.csv"),
    }
    figure, data = timeline_chart(events, corpus)
    paths["timeline"] = save_chart(figure, "timeline", out.figures, data)
    figure, data = user_numbers_chart(mentions_once(ledger.sources, ledger.claims), events, corpus)
    paths["user_numbers"] = save_chart(figure, "user_numbers", out.figures, data)
    return LedgerOutputs(claims=ledger.claims, sources=ledger.sources, events=events, paths=paths)
