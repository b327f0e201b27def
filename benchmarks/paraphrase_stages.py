"""Where the ledger loses the gold conflicts of the paraphrase stories: for each gold row of a status that
is not recovered, the first step that failed.

    .venv/bin/python benchmarks/paraphrase_stages.py [--half tuning] [--status conflict] [-v]

Stages, in the order a claim is made: `no reading` (one or both quotes hold no reading of the ledger: the
figure or event was not extracted, or was dropped), `keys differ` (both quotes hold readings, but no
two of them share a claim; counted by which parts of the nearest two keys differ: entity, metric, scope,
period), `same claim, other status` (the two readings are one claim whose status is not the gold one: a
conflict held back as a possible discrepancy, or read as an agreement). Each stage is split into dated events and
numbers (a row is a dated event when a date figure lies in one of its quotes). Counts only for a check half
(frozen: no sentence, key or story is printed); `-v` lists each tuning row with the keys of its readings.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from newsreport.claims.ledger import build_ledger  # noqa: E402
from newsreport.corpus.loader import load_corpus  # noqa: E402
from newsreport.figures.extractor import figures_table  # noqa: E402

from claims_paraphrase import HALVES, STORIES, quote_spans, read_gold  # noqa: E402

KEY_PARTS = ("entity", "metric", "scope", "period")


def readings_in(span: tuple[str, int, int], sources: list[dict]) -> list[dict]:
    """The ledger's readings that overlap one gold quote."""
    doc, start, end = span
    return [s for s in sources if s["doc"] == doc and s["start"] == s["start"] and s["start"] is not None
            and int(s["start"]) < end and start < int(s["end"])]


def row_stage(spans: list, sources: list[dict], statuses: dict[str, str], status: str) -> tuple[str, str]:
    """(stage, key parts that differ or '') of one gold row; stage 'found' when some claim holding readings of
    two of its quotes has the gold status."""
    held = [readings_in(span, sources) for span in spans]
    shared = {a["claim_id"] for i, first in enumerate(held) for second in held[i + 1:]
              for a in first for b in second if a["claim_id"] == b["claim_id"]}  # claims holding two quotes
    if any(statuses[c] == status for c in shared):
        return "found", ""
    if sum(1 for readings in held if readings) < 2:
        return ("no reading: every quote" if not any(held) else "no reading: a quote"), ""
    if shared:
        return "same claim, other status: " + "/".join(sorted({statuses[c] for c in shared})), ""
    nearest = min((tuple(k for k in KEY_PARTS if a[k] != b[k]) for i, first in enumerate(held)
                   for second in held[i + 1:] for a in first for b in second), key=len)
    return "keys differ", "+".join(nearest)


def row_kind(spans: list, figures) -> str:
    """'date' when a date figure of the figures step lies in one of the row's quotes, else 'number': which kind of
    claim a row is, whether or not the ledger read it (a count a check half may print)."""
    dates = figures[figures["kind"] == "date"]
    return "date" if any(((dates["doc"] == doc) & (dates["start"] < end) & (dates["end"] > start)).any()
                         for doc, start, end in spans) else "number"


def half_stages(half: str, status: str, verbose: bool) -> tuple[Counter, Counter]:
    folder = STORIES / half
    gold = read_gold(folder)
    stages, parts = Counter(), Counter()
    for story in sorted({g["story"] for g in gold}):
        corpus = load_corpus(folder / story)
        figures = figures_table(corpus)
        ledger = build_ledger(figures, corpus)
        sources = ledger.sources.to_dict("records")
        statuses = dict(zip(ledger.claims["claim_id"], ledger.claims["status"]))
        for item in (g for g in gold if g["story"] == story and g["status"] == status):
            spans = quote_spans(item, corpus)
            stage, differing = row_stage(spans, sources, statuses, status)
            stages[stage] += 1
            stages[(stage, row_kind(spans, figures))] += 1
            if differing:
                parts[differing] += 1
            if verbose and stage != "found":
                print(f"{story} {stage} {differing}: {item['note']}")
                for span in spans:
                    for s in readings_in(span, sources):
                        print(f"     {s['entity']} | {s['metric']} | {s['scope']} | {s['period']} | {s['quote']!r}")
    return stages, parts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--half", choices=HALVES, action="append", help="repeatable; default: all")
    parser.add_argument("--status", default="conflict", choices=("conflict", "agreement"))
    parser.add_argument("-v", "--verbose", action="store_true", help="each tuning row not recovered")
    args = parser.parse_args(argv)
    if args.verbose and args.half != ["tuning"]:
        parser.error("-v lists rows: use it with --half tuning only (the check halves are frozen: counts only)")
    for half in args.half or HALVES:
        stages, parts = half_stages(half, args.status, args.verbose)
        total = sum(n for stage, n in stages.items() if isinstance(stage, str))
        print(f"{half}: {total} gold {args.status}s  (of them: dated events, numbers)")
        for stage, count in sorted(((s, n) for s, n in stages.items() if isinstance(s, str)),
                                   key=lambda item: (item[0] != "found", -item[1])):
            print(f"  {count:5d}  {stage}  ({stages[(stage, 'date')]}, {stages[(stage, 'number')]})")
        if parts:
            print("  keys differ in: " + ", ".join(f"{p} {n}" for p, n in parts.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
