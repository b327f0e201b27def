"""Figure subjects benchmark: does the owner we give a figure ("Vinted members") name what the
hand-made gold says the figure is about? Development and held-out devcorpus halves are reported apart.

    .venv/bin/python benchmarks/figure_subjects.py /work/shared/devcorpus [--held-out] [-v]
                     [--out benchmarks/results/figure_subjects.csv]

The gold subject is free text ("members of the Vinted resale app in Europe"), so this is a
proxy: a figure matched to a gold row (same document, overlapping span, as `score.py` matches them)
whose subject has capitalized words counts as right when every one of them occurs in the gold subject
(case-insensitive), and as wrong otherwise. Subjects without a capitalized word (no owner) are not
counted: the check measures owners we state, not owners we leave out. `-v` lists the wrong ones and is
refused with --held-out.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsreport.corpus.loader import load_corpus  # noqa: E402
from newsreport.figures.extractor import figures_table  # noqa: E402

HALVES = {"development": ("01", "02", "03"), "held out": ("04", "05", "06")}


def load_scorer(devcorpus: Path):
    """The devcorpus's own `score.py`, for its gold reading and span matching."""
    spec = importlib.util.spec_from_file_location("devcorpus_score", devcorpus / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def owner_words(subject: str) -> list[str]:
    """The capitalized words of a subject, without possessives and punctuation."""
    return [word.strip(".,;:").removesuffix("'s").removesuffix("’s")
            for word in subject.split() if word[:1].isupper()]


def score_half(score, part: Path, prefixes, verbose: bool) -> tuple[int, int]:
    """(right, stated) owners on the documents of `part` whose names start with `prefixes`."""
    half = score.Part(str(part), list(prefixes))
    gold = [g for g in score.read(str(part / "gold_figures.csv")) if g["doc"] in half.docs]
    for row in gold:
        start = half.body(row["doc"]).find(row["quote"])
        row["span"] = (start, start + len(row["quote"]))
    with tempfile.TemporaryDirectory() as scratch:
        for name in half.docs:
            shutil.copy(part / "corpus" / name, scratch)
        figures = figures_table(load_corpus(Path(scratch)))
    right = stated = 0
    for figure in figures.itertuples():
        words = owner_words(figure.subject or "")
        if not words:
            continue
        doc = half.doc_of(figure.doc)
        span = (figure.start, figure.end)
        match = next((g for g in gold if g["doc"] == doc and score.overlaps(g["span"], span)), None)
        if match is None:
            continue
        stated += 1
        if all(word.lower() in match["subject"].lower() for word in words):
            right += 1
        elif verbose:
            print(f"  {part.name} {figure.quote!r}: ours {figure.subject!r}, gold {match['subject']!r}")
    return right, stated


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("devcorpus", type=Path)
    parser.add_argument("--held-out", action="store_true", help="also score the held-out halves (counts only)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list the wrong owners (development only)")
    parser.add_argument("--out", type=Path, help="write the rows as CSV")
    args = parser.parse_args(argv)
    if args.verbose and args.held_out:
        parser.error("-v lists quotes; it is refused with --held-out")
    score = load_scorer(args.devcorpus)
    rows = []
    for half in ("development", "held out") if args.held_out else ("development",):
        for part in ("partA", "partB"):
            listing = args.verbose and half == "development"
            right, stated = score_half(score, args.devcorpus / part, HALVES[half], listing)
            rows.append({"set": f"{part} {half}", "owners_stated": stated, "owners_right": right,
                         "share_right": round(right / stated, 3) if stated else ""})
            print(f"{part} {half:12} owners right {right}/{stated}")
    if args.out:
        with args.out.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
