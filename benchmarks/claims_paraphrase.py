"""Paraphrase check of the claim ledger: invented stories (`tests/claims/paraphrase/`) in which
invented outlets state the same figure or event in different words, with hand-made gold claims.

    .venv/bin/python benchmarks/claims_paraphrase.py [--half tuning] [-v]

Halves: `tuning` (read while writing the claims rules; each spent check half of an earlier
session joined it, check26 last, in the forty-third session) and, while one is written and not yet spent, a check half
(stories and gold rows by helpers who read neither the rules, the tests nor the tuning stories; not tuned on). A check
half is frozen: summary lines only, until spent. Each story folder is a corpus;
its gold rows in the half's `gold_claims.csv` give a status (`conflict`,
`agreement`, `series`, or `distinct`: two figures that look alike but must not be compared) and one
quote per document, a literal substring of that document's body.

A gold quote is in a predicted claim when one of the claim's sources (from `Ledger.sources`) lies in
that document and overlaps the quote. Counted, as `claims_benchmark.py` counts the devcorpus:
- gold conflicts found: a predicted conflict holds two of the gold quotes;
- false conflicts: a predicted conflict that holds two quotes of no gold conflict;
- agreements paired: a predicted agreement holds two of the gold quotes;
- series found: the rows of one entity, measure and scope over two or more periods (whatever the
  status of each period) together hold two of the quotes;
- wrongly joined: a `distinct` pair found together in one conflict, discrepancy or agreement.
`-v` lists each gold row's outcome; it is refused unless only the tuning half is asked for.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))  # also when loaded from a file path (tests/claims/test_paraphrase.py)

from newsreport.claims.ledger import build_ledger  # noqa: E402
from newsreport.corpus.loader import load_corpus  # noqa: E402
from newsreport.figures.extractor import figures_table  # noqa: E402

from claims_benchmark import print_table, write_results  # noqa: E402

STORIES = ROOT / "tests" / "claims" / "paraphrase"
HALVES = ("tuning", "check27")
COLUMNS = ["half", "stories", "docs", "gold_conflicts", "conflicts_found", "false_conflicts", "discrepancies",
           "gold_agreements", "agreements_paired", "gold_series", "series_found", "gold_distinct", "wrongly_joined"]
JOINING = ("conflict", "discrepancy", "agreement")


def read_gold(half: Path) -> list[dict]:
    with (half / "gold_claims.csv").open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def quote_spans(gold: dict, corpus) -> list[tuple[str, int, int]]:
    """(doc, start, end) of each gold quote; an error naming the quote when it is not in its document."""
    spans = []
    for prefix, quote in zip(gold["docs"].split("|"), gold["quotes"].split("|")):
        document = next((d for d in corpus.documents if d.doc.startswith(prefix.strip())), None)
        start = document.text.find(quote) if document is not None else -1
        if start < 0:
            raise SystemExit(f"claims_paraphrase: {gold['story']}: {quote!r} is not in document {prefix}")
        spans.append((document.doc, start, start + len(quote)))
    return spans


def held(spans: list[tuple[str, int, int]], sources: list[tuple[str, int, int]]) -> int:
    """How many of the gold `spans` one of `sources` overlaps (each source and span used once)."""
    free = list(sources)
    count = 0
    for doc, start, end in spans:
        match = next((s for s in free if s[0] == doc and s[1] < end and start < s[2]), None)
        if match is not None:
            free.remove(match)
            count += 1
    return count


def story_outcome(folder: Path, gold: list[dict]) -> tuple[dict, list[str], list[bool]]:
    """Counts of one story, a line per gold row saying what became of it, and whether each gold
    row was recovered (a conflict found, an agreement paired, a series found, a distinct pair kept apart)."""
    corpus = load_corpus(folder)
    ledger = build_ledger(figures_table(corpus), corpus)
    sources: dict[str, list[tuple[str, int, int]]] = {}
    for row in ledger.sources.to_dict("records"):
        if row["start"] == row["start"] and row["start"] is not None:  # publication events have no span
            sources.setdefault(row["claim_id"], []).append((row["doc"], int(row["start"]), int(row["end"])))
    claims = ledger.claims.to_dict("records")
    by_status = {s: [c for c in claims if c["status"] == s] for s in ("conflict", "discrepancy", "agreement", "series")}
    series: dict[tuple, list] = {}
    for claim in claims:  # a period of a series may itself be an agreement (or a conflict)
        if not claim["series"]:
            continue
        series.setdefault((claim["entity"], claim["metric"], claim["scope"]), []).extend(sources.get(claim["claim_id"], []))
    counts = dict.fromkeys(COLUMNS[3:], 0)
    counts["discrepancies"] = len(by_status["discrepancy"])
    lines, gold_conflict_spans, outcomes = [], [], []
    for item in gold:
        spans = quote_spans(item, corpus)
        status = item["status"]
        if status == "conflict":
            gold_conflict_spans.append(spans)
            ok = any(held(spans, sources.get(c["claim_id"], [])) >= 2 for c in by_status["conflict"])
            counts["gold_conflicts"] += 1
            counts["conflicts_found"] += ok
        elif status == "agreement":
            ok = any(held(spans, sources.get(c["claim_id"], [])) >= 2 for c in by_status["agreement"])
            counts["gold_agreements"] += 1
            counts["agreements_paired"] += ok
        elif status == "series":
            ok = any(held(spans, found) >= 2 for found in series.values())
            counts["gold_series"] += 1
            counts["series_found"] += ok
        else:
            joined = [c for s in JOINING for c in by_status[s] if held(spans, sources.get(c["claim_id"], [])) >= 2]
            ok = not joined
            counts["gold_distinct"] += 1
            counts["wrongly_joined"] += not ok
        outcomes.append(bool(ok))
        lines.append(f"  {'ok  ' if ok else 'MISS'} {item['story']} {status}: {item['note']}")
        if not ok:
            lines += [f"       {s['entity']} | {s['metric']} | {s['scope']} | {s['period']} | {s['quote']!r}"
                      for s in ledger.sources.to_dict("records")
                      if any(s["doc"] == d and s["start"] == s["start"] and int(s["start"]) < e and b < int(s["end"])
                             for d, b, e in spans)]
    for claim in by_status["conflict"]:
        if not any(held(spans, sources.get(claim["claim_id"], [])) >= 2 for spans in gold_conflict_spans):
            counts["false_conflicts"] += 1
            lines.append(f"  FALSE conflict {folder.name}: {claim['entity']} {claim['metric']} {claim['values']}")
    return counts, lines, outcomes


def score_half(half: str, verbose: bool = False) -> dict:
    """The counts of one half, summed over its stories; prints the outcome of each gold row with `verbose`."""
    folder = STORIES / half
    gold = read_gold(folder)
    stories = sorted({g["story"] for g in gold})
    total = {"half": half, "stories": len(stories), "docs": 0, **dict.fromkeys(COLUMNS[3:], 0)}
    for story in stories:
        counts, lines, _ = story_outcome(folder / story, [g for g in gold if g["story"] == story])
        total["docs"] += sum(1 for p in (folder / story).iterdir() if p.suffix == ".md")
        for key, value in counts.items():
            total[key] += value
        if verbose:
            print("\n".join(lines))
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--half", choices=HALVES, action="append", help="repeatable; default: all")
    parser.add_argument("-v", "--verbose", action="store_true", help="each gold row's outcome")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "claims_paraphrase.csv")
    args = parser.parse_args(argv)
    if args.verbose and args.half != ["tuning"]:
        parser.error("-v lists misses: use it with --half tuning only (the check halves are frozen: summary lines only)")
    results = [score_half(half, args.verbose) for half in args.half or HALVES]
    print_table(results, COLUMNS)
    if not args.half:  # the results file holds every half
        write_results(results, COLUMNS, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
