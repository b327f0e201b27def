"""Claims benchmark: the claim ledger against hand-made gold claims, printed side by side for the
seeds and both devcorpus parts, with development and held-out documents reported separately.

    .venv/bin/python benchmarks/claims_benchmark.py /work/shared/devcorpus [--out benchmarks/results/claims.csv]

For each set the ledger is built from the figures the project extracts (`newsreport claims`), and
scored the way `devcorpus/score.py claims` scores it: a predicted conflict matches a gold conflict
when its row quotes at least two of the gold quotes (or their first 25 characters); a predicted
conflict matching none is false. Agreements are recovered when a predicted agreement row quotes two
of the gold quotes; a series when the predicted series rows of one entity and measure together do.
Possible discrepancies are counted apart: they are not claimed as conflicts.

Split: a gold claim spans documents, so each part is built three times: on docs 01-03 alone
(development; gold claims whose documents are all 01-03), on docs 04-06 alone (held out; gold
claims all in 04-06) and on all six (every gold claim, including the ones that cross the halves).
Only counts are printed for held-out sets: no quote, no miss list.
"""

from __future__ import annotations

import argparse
import csv
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsreport.claims.ledger import build_ledger  # noqa: E402
from newsreport.corpus.loader import load_corpus  # noqa: E402
from newsreport.figures.extractor import figures_table  # noqa: E402

SEED_GOLD = ROOT / "tests" / "gold" / "seed_claims.csv"
HALVES = {"development": ("01", "02", "03"), "held out": ("04", "05", "06")}
COLUMNS = ["set", "docs", "gold_conflicts", "conflicts_found", "false_conflicts", "false_per_10_docs",
           "discrepancies", "gold_agreements", "agreements_found", "gold_series", "series_found", "numeric_figures",
           "claim_mentions"]


def read_gold(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def quotes_of(gold: dict) -> list[str]:
    return [q.strip() for q in gold["quotes"].split("|") if q.strip()]


def hits(gold: dict, text: str) -> int:
    """How many of the gold quotes `text` contains (a quote or its first 25 characters)."""
    return sum(1 for q in quotes_of(gold) if q in text or q[:25] in text)


def row_text(row: dict) -> str:
    return " ".join(str(v) for v in row.values())


def score(claims: list[dict], gold: list[dict], n_docs: int) -> dict:
    """Counts of one set: conflicts found and false, agreements and series recovered."""
    conflicts = [row_text(r) for r in claims if r["status"] == "conflict"]
    gold_conflicts = [g for g in gold if g["status"] == "conflict"]
    found = [g for g in gold_conflicts if any(hits(g, c) >= 2 for c in conflicts)]
    false = [c for c in conflicts if not any(hits(g, c) >= 2 for g in gold_conflicts)]
    agreements = [row_text(r) for r in claims if r["status"] == "agreement"]
    gold_agreements = [g for g in gold if g["status"] == "agreement"]
    series_rows: dict[tuple, str] = {}
    for r in claims:
        if r["status"] == "series":
            key = (r["entity"], r["metric"], r.get("scope", ""))
            series_rows[key] = series_rows.get(key, "") + " " + row_text(r)
    gold_series = [g for g in gold if g["status"] == "series"]
    return {
        "docs": n_docs, "gold_conflicts": len(gold_conflicts), "conflicts_found": len(found),
        "false_conflicts": len(false), "false_per_10_docs": round(10 * len(false) / n_docs, 2) if n_docs else 0.0,
        "discrepancies": sum(1 for r in claims if r["status"] == "discrepancy"),
        "gold_agreements": len(gold_agreements),
        "agreements_found": sum(1 for g in gold_agreements if any(hits(g, a) >= 2 for a in agreements)),
        "gold_series": len(gold_series),
        "series_found": sum(1 for g in gold_series if any(hits(g, s) >= 2 for s in series_rows.values())),
    }


NUMERIC_KINDS = ("count", "money", "percent", "duration", "year")


def ledger_rows(corpus_dir: Path) -> tuple[list[dict], int, dict]:
    """The claims of a corpus, its number of documents, and how many of its numeric figures became
    claim mentions (a count only: how much of the text the ledger can compare at all)."""
    corpus = load_corpus(corpus_dir)
    figures = figures_table(corpus)
    ledger = build_ledger(figures, corpus)
    coverage = {"numeric_figures": int(figures["kind"].astype(str).isin(NUMERIC_KINDS).sum()),
                "claim_mentions": int(ledger.sources["kind"].astype(str).isin(NUMERIC_KINDS).sum())}
    return ledger.claims.fillna("").to_dict("records"), len(corpus.documents), coverage


def half_corpus(corpus_dir: Path, prefixes: tuple[str, ...], into: Path) -> Path:
    """A copy of the documents of `corpus_dir` whose names start with `prefixes`."""
    into.mkdir(parents=True)
    for path in sorted(corpus_dir.iterdir()):
        if path.is_file() and path.name.startswith(prefixes):
            shutil.copy(path, into / path.name)
    return into


def doc_prefixes(gold: dict) -> set[str]:
    return {d.strip()[:2] for d in gold["docs"].split("|")}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("devcorpus", type=Path, help="the devcorpus folder (holding partA/ and partB/)")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "claims.csv")
    parser.add_argument("--development-only", action="store_true",
                        help="seeds and development halves only (no held-out or whole-part sets; for iterating)")
    args = parser.parse_args(argv)
    halves = {"development": HALVES["development"]} if args.development_only else HALVES
    results = []
    claims, n_docs, coverage = ledger_rows(ROOT / "seeds")
    results.append({"set": "seeds", **score(claims, read_gold(SEED_GOLD), n_docs), **coverage})
    with tempfile.TemporaryDirectory() as scratch:
        for part in ("partA", "partB"):
            folder = args.devcorpus / part
            if not (folder / "gold_claims.csv").exists():
                print(f"claims_benchmark: {folder} has no gold_claims.csv; skipped", file=sys.stderr)
                continue
            gold = read_gold(folder / "gold_claims.csv")
            for half, prefixes in halves.items():
                corpus_dir = half_corpus(folder / "corpus", prefixes, Path(scratch) / part / half.replace(" ", "_"))
                claims, n_docs, coverage = ledger_rows(corpus_dir)
                kept = [g for g in gold if doc_prefixes(g) <= set(prefixes)]
                results.append({"set": f"{part} {half}", **score(claims, kept, n_docs), **coverage})
            if args.development_only:
                continue
            claims, n_docs, coverage = ledger_rows(folder / "corpus")
            results.append({"set": f"{part} all", **score(claims, gold, n_docs), **coverage})
    print_table(results, COLUMNS)
    write_results(results, COLUMNS, args.out)
    return 0


def print_table(rows: list[dict], columns: list[str]) -> None:
    """`rows` as a table with aligned columns."""
    widths = {c: max(len(c), *(len(str(r[c])) for r in rows)) for c in columns}
    print("  ".join(c.ljust(widths[c]) for c in columns))
    for row in rows:
        print("  ".join(str(row[c]).ljust(widths[c]) for c in columns))


def write_results(rows: list[dict], columns: list[str], out: Path) -> None:
    """`rows` as the CSV `out`."""
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        writer.writerows(rows)
    print(f"written: {out}")


if __name__ == "__main__":
    sys.exit(main())
