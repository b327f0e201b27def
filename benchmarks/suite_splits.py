"""Peer test suites split in two halves: a development half whose errors may be read, a held-out
half that is only scored. Widens the development data of the figure rules beyond the devcorpus.

Usage:
    .venv/bin/python benchmarks/suite_splits.py /work/shared/benchmarks/peers [--errors] \
        [--results benchmarks/results/figure_suites.csv]

The split is fixed by the text itself (the first byte of its SHA-1: even = development, odd =
held out), so it needs no list and does not move when a suite grows. `--errors` prints the
development half's misses and extras only; the held-out half is never printed.

Suites (read at run time; nothing of them is copied into the repository):
- NewsQuant's development file (the rules were once written against all of it, so its held-out
  half is a weaker check than the others);
- Recognizers-Text NumberWithUnit in CQE's format (currency, dimension, temperature, age), scored
  with CQE's method (`figures_benchmark.score`);
- quantulum3's parse suites (quantities.json, quantities.ambiguity.json): a range is its midpoint
  plus or minus `uncertainty`; scored with CQE's method on value;
- Recognizers-Text DateTimeModel, its `date` results and its year and month `daterange` results,
  each read with the case's ReferenceDateTime as the publication date: a prediction of kind date or
  year matches when its span overlaps the gold text and its ISO value is one of the gold's values
  (the suite gives a past and a future reading when the text leaves the year open). Predictions
  overlapping gold of other types (times, weeks, durations) count neither way.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from figures_benchmark import RECOGNIZERS_FILES, _prf, newsreport_predictions, score, write_results_csv  # noqa: E402

from newsreport.figures.extractor import extract  # noqa: E402

HALVES = ("development", "held out")


def half(text: str) -> str:
    """'development' or 'held out', fixed by the text's SHA-1."""
    return HALVES[hashlib.sha1(text.encode("utf-8")).digest()[0] % 2]


def quantulum_records(folder: Path) -> list[dict]:
    """quantulum3's suites in CQE's record format (value or [low, high]; no units compared)."""
    records = []
    for name in ("quantities.json", "quantities.ambiguity.json"):
        for case in json.loads((folder / name).read_text(encoding="utf-8")):
            quantities = []
            for q in case["res"]:
                spread = q.get("uncertainty") or 0
                value = [q["value"] - spread, q["value"] + spread] if spread else q["value"]
                quantities.append({"value": value, "normalized_unit": "-", "change": "="})
            records.append({"text": case["req"], "quantities": quantities})
    return records


def datetime_cases(folder: Path) -> list[dict]:
    """DateTimeModel cases: text, reference date, gold days/months/years (span, values) and the
    spans of other gold types, which are not scored."""
    cases = []
    for case in json.loads((folder / "DateTimeModel.json").read_text(encoding="utf-8-sig")):
        reference = case.get("Context", {}).get("ReferenceDateTime", "")
        if not reference:
            continue
        gold, other = [], []
        for result in case["Results"]:
            span = (result["Start"], result["End"] + 1)
            values = {v.get("timex", "") for v in result.get("Resolution", {}).get("values", [])}
            values |= {v.get("value", "")[:10] for v in result.get("Resolution", {}).get("values", [])
                       if result.get("TypeName") == "datetimeV2.date"}
            kind = result.get("TypeName", "")
            if kind == "datetimeV2.date" or (kind == "datetimeV2.daterange" and
                                             any(len(v) in (4, 7) and v[:4].isdigit() for v in values)):
                gold.append((span, {v for v in values if v and "X" not in v}))
            else:
                other.append(span)
        cases.append({"text": case["Input"], "published": date.fromisoformat(reference[:10]),
                      "gold": gold, "other": other})
    return cases


def _overlaps(a, b) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def datetime_predictions(case: dict) -> list[tuple]:
    """(span, iso, quote) of the date and year figures of one case."""
    found = []
    for figure in extract(case["text"], case["published"]):
        if figure.kind not in ("date", "year"):
            continue
        span = (figure.start, figure.end)
        if any(_overlaps(span, o) for o in case["other"]) and not any(_overlaps(span, g) for g, _ in case["gold"]):
            continue
        found.append((span, figure.date, figure.quote))
    return found


def score_datetime(cases: list[dict], errors: bool) -> tuple:
    correct = predicted = gold_total = 0
    for case in cases:
        predictions = datetime_predictions(case)
        predicted += len(predictions)
        gold_total += len(case["gold"])
        used, missed = set(), []
        for span, values in case["gold"]:
            hit = next((i for i, (p, iso, _) in enumerate(predictions)
                        if i not in used and _overlaps(p, span) and iso in values), None)
            if hit is None:
                missed.append((case["text"][span[0]:span[1]], sorted(values)))
            else:
                used.add(hit)
                correct += 1
        extras = [(q, iso) for i, (_, iso, q) in enumerate(predictions) if i not in used]
        if errors and (missed or extras):
            print(f"\n## [{case['published']}] {case['text']}\n   missed: {missed}\n   extra: {extras}")
    return _prf(correct, predicted, gold_total), gold_total


def print_sentence_errors(records: list[dict], predictions: list[list[dict]]) -> None:
    for record, predicted in zip(records, predictions):
        result = score([record], [predicted])
        change_missed = result["value+change"] is not None and result["value+change"][2] < result["value"][2]
        if (result["value"][2] < 1 or change_missed) and (record["quantities"] or predicted):
            print("\n##", record["text"])
            print("   gold:", sorted(f"{q['value']} {q.get('change', '')}" for q in record["quantities"]))
            print("   ours:", sorted(f"{p['value']} {p['change']}" for p in predicted))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("peers_dir", type=Path)
    parser.add_argument("--errors", action="store_true", help="print the development half's errors")
    parser.add_argument("--results", type=Path, default=None, help="CSV to write the scores to")
    parser.add_argument("--development-only", action="store_true",
                        help="score the development halves only (for tuning; the held-out halves stay unscored)")
    args = parser.parse_args()
    halves = HALVES[:1] if args.development_only else HALVES
    results = []
    quant = args.peers_dir / "cqe-newsquant"
    suites = {
        "NewsQuant dev file": json.loads((quant / "NewsQuant.dev.json").read_text(encoding="utf-8")),
        "Recognizers NumberWithUnit": [r for name in RECOGNIZERS_FILES
                                       for r in json.loads((quant / name).read_text(encoding="utf-8"))],
        "quantulum3 parse suites": quantulum_records(args.peers_dir / "quantulum3"),
    }
    print(f"{'suite':<30} {'half':<12} {'gold':>5} {'value P/R/F1':>20} {'value+change F1':>16}")
    for name, records in suites.items():
        for which in halves:
            chosen = [r for r in records if half(r["text"]) == which]
            predictions = [newsreport_predictions(r["text"]) for r in chosen]
            result = score(chosen, predictions)
            p, r, f = result["value"]
            change_f1 = round(result["value+change"][2], 3) if result["value+change"] else ""
            print(f"{name:<30} {which:<12} {result['gold']:>5} {p:>8.3f}/{r:.3f}/{f:.3f} {change_f1:>16}")
            results.append({"suite": name, "half": which, "gold": result["gold"], "value_precision": round(p, 3),
                            "value_recall": round(r, 3), "value_f1": round(f, 3), "value_change_f1": change_f1})
            if args.errors and which == "development":
                print_sentence_errors(chosen, predictions)
    cases = datetime_cases(args.peers_dir / "recognizers-text" / "DateTime" / "English")
    for which in halves:
        chosen = [c for c in cases if half(c["text"]) == which]
        (p, r, f), gold = score_datetime(chosen, args.errors and which == "development")
        print(f"{'Recognizers DateTime (days)':<30} {which:<12} {gold:>5} {p:>8.3f}/{r:.3f}/{f:.3f}")
        results.append({"suite": "Recognizers DateTime (days)", "half": which, "gold": gold,
                        "value_precision": round(p, 3), "value_recall": round(r, 3), "value_f1": round(f, 3),
                        "value_change_f1": ""})
    if args.results:
        write_results_csv(args.results, results)


if __name__ == "__main__":
    main()
