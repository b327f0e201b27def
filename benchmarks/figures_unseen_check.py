"""Score newsreport's figures on a folder of invented articles with a hand-made gold, by the devcorpus's
own `score.py` (span overlap plus value; vague magnitudes neutral).

Usage:
    .venv/bin/python benchmarks/figures_unseen_check.py /work/shared/devcorpus FOLDER [FOLDER ...] [-v] \
        [--results benchmarks/results/figures_unseen_check.csv]

A FOLDER holds `corpus/`, `gold_figures.csv` and `gold_negatives.csv` in the devcorpus format
(e.g. tests/figures/unseen_check, tests/figures/unseen_tuning). `-v` lists misses and extras; it is
refused on a folder marked FROZEN (a check whose misses must not be read to tune rules).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from figures_benchmark import (load_devcorpus_scorer, newsreport_devcorpus_rows, prediction_file,  # noqa: E402
                               score_devcorpus, write_results_csv)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("devcorpus", type=Path, help="folder with the devcorpus's score.py")
    parser.add_argument("folders", type=Path, nargs="+")
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses and extras (not on FROZEN)")
    parser.add_argument("--results", type=Path, default=None, help="CSV to write the scores to")
    args = parser.parse_args()
    scorer = load_devcorpus_scorer(args.devcorpus)
    results = []
    for folder in args.folders:
        rows = newsreport_devcorpus_rows(folder)
        if args.verbose:
            if (folder / "FROZEN").exists():
                sys.exit(f"{folder}: frozen check, its misses are not listed (score it without -v)")
            predictions = prediction_file(rows)
            scorer.score_figures(str(predictions), scorer.Part(str(folder), []), True)
            predictions.unlink()
        scores = score_devcorpus(scorer, rows, folder, ())
        p, r, f = scores["value"]
        print(f"{folder.name:<16} gold {scores['gold']:>4} pred {scores['predicted']:>4}  "
              f"value P {p:.3f} R {r:.3f} F1 {f:.3f}  value+qualifier F1 {scores['value+qualifier'][2]:.3f}")
        results.append({"set": folder.name, "frozen": int((folder / "FROZEN").exists()), "gold": scores["gold"],
                        "value_precision": round(p, 3), "value_recall": round(r, 3), "value_f1": round(f, 3),
                        "value_qualifier_f1": round(scores["value+qualifier"][2], 3)})
    if args.results:
        write_results_csv(args.results, results)


if __name__ == "__main__":
    main()
