"""Calibration of the ledger's doubts: for each reason that keeps an incompatible pair a possible
discrepancy, how often such a claim is a gold conflict and how often it is not.

    .venv/bin/python benchmarks/claims_doubts.py /work/shared/devcorpus [--out CSV]

Measured only on sets whose misses may be read: the paraphrase tuning half (each story a corpus),
the devcorpus development halves (partA and partB 01-03, gold rows whose documents are all 01-03)
and the seeds. A discrepancy counts as a gold conflict when it holds two quotes of one gold
conflict row (the benchmarks' own test), else as not one. A claim whose reason joins several
doubts ("a; b") counts under each.

Discrepancies are few, so a second table counts the doubts of single readings: for each reason a
low-confidence reading carries, the claims (conflict, discrepancy or agreement) that join such a
reading with another document's, split by whether a gold row pairs them (conflict, agreement or
series: the key was right), a gold `distinct` row says they must stay apart (the key was wrong), or
no gold row speaks of them. A reason whose readings are mostly paired right may be trusted in a conflict.
"""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from newsreport.claims.ledger import build_ledger  # noqa: E402
from newsreport.corpus.loader import load_corpus  # noqa: E402
from newsreport.figures.extractor import figures_table  # noqa: E402

import claims_benchmark as devbench  # noqa: E402
import claims_paraphrase as para  # noqa: E402

DEVELOPMENT = ("01", "02", "03")


def reason_parts(reason: str) -> list[str]:
    """The doubts of one reason, numbers masked ("12 days apart" -> "N days apart") so one kind counts once."""
    import re
    return sorted({re.sub(r"\d+", "N", part.strip()) for part in str(reason).split("; ") if part.strip()})


def tuning_discrepancies() -> list[tuple[str, str, bool]]:
    """(set, reason, is a gold conflict) of each discrepancy of the paraphrase tuning half."""
    folder = para.STORIES / "tuning"
    gold = para.read_gold(folder)
    rows = []
    for story in sorted({g["story"] for g in gold}):
        corpus = load_corpus(folder / story)
        ledger = build_ledger(figures_table(corpus), corpus)
        sources: dict[str, list] = {}
        for s in ledger.sources.to_dict("records"):
            if s["start"] == s["start"] and s["start"] is not None:
                sources.setdefault(s["claim_id"], []).append((s["doc"], int(s["start"]), int(s["end"])))
        conflicts = [para.quote_spans(g, corpus) for g in gold if g["story"] == story and g["status"] == "conflict"]
        for claim in ledger.claims.to_dict("records"):
            if claim["status"] == "discrepancy":
                hit = any(para.held(spans, sources.get(claim["claim_id"], [])) >= 2 for spans in conflicts)
                rows.append((f"tuning/{story}", claim["reason"], hit))
    return rows


def tuning_readings() -> list[tuple[str, str, str]]:
    """(set, reason, 'paired' | 'distinct' | 'unlabelled') for each joined claim of the tuning half
    holding a low-confidence reading, once per reason of its readings."""
    folder = para.STORIES / "tuning"
    gold = para.read_gold(folder)
    rows = []
    for story in sorted({g["story"] for g in gold}):
        corpus = load_corpus(folder / story)
        ledger = build_ledger(figures_table(corpus), corpus)
        own = [(g["status"], para.quote_spans(g, corpus)) for g in gold if g["story"] == story]
        by_claim: dict[str, list[dict]] = {}
        for s in ledger.sources.to_dict("records"):
            by_claim.setdefault(s["claim_id"], []).append(s)
        for claim in ledger.claims.to_dict("records"):
            readings = by_claim.get(claim["claim_id"], [])
            if claim["status"] not in ("conflict", "discrepancy", "agreement") or len({r["doc"] for r in readings}) < 2:
                continue
            spans = [(r["doc"], int(r["start"]), int(r["end"])) for r in readings if r["start"] == r["start"]]
            held = {status for status, quotes in own if para.held(quotes, spans) >= 2}
            label = "paired" if held - {"distinct"} else "distinct" if held else "unlabelled"
            for reason in {p for r in readings if r["confidence"] != "high" for p in reason_parts(r["reason"])}:
                rows.append((f"tuning/{story}", reason, label))
    return rows


def development_sets(devcorpus: Path, scratch: Path) -> list[tuple[str, Path, list[dict]]]:
    """(name, corpus folder, gold rows) of the seeds and each devcorpus development half (01-03, copied
    under `scratch`; only gold rows all in those documents)."""
    sets = [("seeds", ROOT / "seeds", devbench.read_gold(devbench.SEED_GOLD))]
    for part in ("partA", "partB"):
        folder = devcorpus / part
        gold = [g for g in devbench.read_gold(folder / "gold_claims.csv") if devbench.doc_prefixes(g) <= set(DEVELOPMENT)]
        sets.append((f"{part} development", devbench.half_corpus(folder / "corpus", DEVELOPMENT, scratch / part), gold))
    return sets


def devcorpus_readings(devcorpus: Path) -> list[tuple[str, str, str]]:
    """The same for the seeds and the devcorpus development halves (their gold has no `distinct` rows)."""
    rows = []
    with tempfile.TemporaryDirectory() as scratch:
        for name, corpus_dir, gold in development_sets(devcorpus, Path(scratch)):
            corpus = load_corpus(corpus_dir)
            ledger = build_ledger(figures_table(corpus), corpus)
            by_claim: dict[str, list[dict]] = {}
            for s in ledger.sources.to_dict("records"):
                by_claim.setdefault(s["claim_id"], []).append(s)
            for claim in ledger.claims.fillna("").to_dict("records"):
                readings = by_claim.get(claim["claim_id"], [])
                if claim["status"] not in ("conflict", "discrepancy", "agreement") or len({r["doc"] for r in readings}) < 2:
                    continue
                text = devbench.row_text(claim)
                label = "paired" if any(devbench.hits(g, text) >= 2 for g in gold) else "unlabelled"
                for reason in {p for r in readings if r["confidence"] != "high" for p in reason_parts(r["reason"])}:
                    rows.append((name, reason, label))
    return rows


def devcorpus_discrepancies(devcorpus: Path) -> list[tuple[str, str, bool]]:
    """The same for the seeds and each devcorpus development half (its gold rows all in 01-03)."""
    rows = []
    with tempfile.TemporaryDirectory() as scratch:
        for name, corpus_dir, gold in development_sets(devcorpus, Path(scratch)):
            claims, _, _ = devbench.ledger_rows(corpus_dir)
            conflicts = [g for g in gold if g["status"] == "conflict"]
            for claim in claims:
                if claim["status"] == "discrepancy":
                    text = devbench.row_text(claim)
                    rows.append((name, claim["reason"], any(devbench.hits(g, text) >= 2 for g in conflicts)))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("devcorpus", type=Path)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "claims_doubts.csv")
    parser.add_argument("-v", "--verbose", action="store_true", help="each discrepancy with its set")
    args = parser.parse_args(argv)
    rows = tuning_discrepancies() + devcorpus_discrepancies(args.devcorpus)
    table: dict[str, Counter] = {}
    for name, reason, hit in rows:
        for part in reason_parts(reason) or ["(no reason)"]:
            table.setdefault(part, Counter())["gold_conflict" if hit else "not_conflict"] += 1
        if args.verbose:
            print(f"{'CONFLICT' if hit else 'not     '} {name}: {reason}")
    print(f"{'gold conflict':>13} {'not':>5}  reason")
    out = []
    for reason, counts in sorted(table.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"{counts['gold_conflict']:>13} {counts['not_conflict']:>5}  {reason}")
        out.append({"reason": reason, "gold_conflicts": counts["gold_conflict"], "not_conflicts": counts["not_conflict"]})
    print(f"discrepancies: {len(rows)}, of which gold conflicts: {sum(h for _, _, h in rows)}")
    readings = tuning_readings() + devcorpus_readings(args.devcorpus)
    joined: dict[str, Counter] = {}
    for name, reason, label in readings:
        joined.setdefault(reason, Counter())[label] += 1
        if args.verbose and label != "unlabelled":
            print(f"{label:9} {name}: {reason}")
    print(f"\nlow-confidence readings in claims joining two documents\n{'paired':>7} {'distinct':>8} {'unlabelled':>10}  reason")
    for reason, counts in sorted(joined.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"{counts['paired']:>7} {counts['distinct']:>8} {counts['unlabelled']:>10}  {reason}")
        out.append({"reason": reason, "gold_conflicts": "", "not_conflicts": "", "readings_paired": counts["paired"],
                    "readings_distinct": counts["distinct"], "readings_unlabelled": counts["unlabelled"]})
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=["reason", "gold_conflicts", "not_conflicts", "readings_paired",
                                                    "readings_distinct", "readings_unlabelled"], restval="")
        writer.writeheader()
        writer.writerows(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
