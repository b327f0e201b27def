"""Change labels on sentences of our own: `tests/figures/change_tuning.txt` scored with CQE's method
(`figures_benchmark.score`) through the same adapter as NewsQuant, its misses printed.

Usage:
    .venv/bin/python benchmarks/change_tuning.py [tests/figures/change_tuning.txt] [--errors]

The sentences are ours (development data for the change labels); the file's header states the
labelling conventions it follows.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from figures_benchmark import newsreport_predictions, score  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def read_tuning(path: Path) -> list[dict]:
    """Records in CQE's format from the tuning file (sentence || value label; value label)."""
    records = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        text, _, gold = line.partition(" || ")
        quantities = []
        for item in filter(None, (part.strip() for part in gold.split(";"))):
            value, label = item.rsplit(" ", 1)
            quantities.append({"value": value, "change": label, "normalized_unit": "-"})
        records.append({"text": text.strip(), "quantities": quantities})
    return records


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", type=Path, nargs="?", default=ROOT / "tests/figures/change_tuning.txt")
    parser.add_argument("--errors", action="store_true", help="print the sentences whose labels differ")
    args = parser.parse_args()
    records = read_tuning(args.path)
    predictions = [[p | {"normalized_unit": "-"} for p in newsreport_predictions(r["text"])] for r in records]
    result = score(records, predictions)
    print(f"{len(records)} sentences, {result['gold']} gold quantities, {result['predicted']} predicted: "
          f"value F1 {result['value'][2]:.3f}, value+change F1 {result['value+change'][2]:.3f}")
    if args.errors:
        for record, predicted in zip(records, predictions):
            one = score([record], [predicted])
            if one["value"][2] < 1 or one["value+change"][2] < 1:
                print("\n##", record["text"])
                print("   gold:", sorted(f"{q['value']} {q['change']}" for q in record["quantities"]))
                print("   ours:", sorted(f"{p['value']} {p['change']}" for p in predicted))


if __name__ == "__main__":
    main()
