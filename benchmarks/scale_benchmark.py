"""Scale benchmark: builds of synthetic corpora of real sentences, per engine.

    python benchmarks/scale_benchmark.py ../shared/devcorpus --sizes 1000 10000 --engines local dask

Writes corpora of N documents into a temporary folder (never into the repository): each document is
a title, a dateline and 12-30 sentences drawn at random (seeded) from the seeds and the development
half of the devcorpus (partA and partB 01-03, read at run time, never copied into the repo). For
each size and engine it times, as a user runs them (`python -m newsreport build` in a subprocess):
a cold build, a rebuild with nothing changed, the same rebuild forced through every notebook
(`--force`: corpus-level steps on the cached per-document results), and a rebuild after adding one
document; with the per-stage times from the build's manifest and the peak RSS of the build's whole
process tree (psutil, children included, sampled every 0.2 s). Prints a table and writes it to
`benchmarks/results/scale.csv`.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsreport.corpus.loader import load_corpus  # noqa: E402

DEVELOPMENT = ("partA/corpus/0[1-3]_*.txt", "partB/corpus/0[1-3]_*.txt")  # never the held-out half
STAGES = ("documents", "01_corpus", "02_figures", "03_narratives", "04_claims", "05_report", "html", "pdf")
RESULTS = ROOT / "benchmarks" / "results" / "scale.csv"


def real_sentences(devcorpus: Path | None) -> list[str]:
    """Kept sentences (not headings) of the seeds and the development devcorpus articles."""
    folders = [ROOT / "seeds"]
    scratch = Path(tempfile.mkdtemp(prefix="scale-sentences-"))
    if devcorpus is not None:
        for pattern in DEVELOPMENT:
            for path in sorted(devcorpus.glob(pattern)):
                shutil.copy(path, scratch / path.name)
        folders.append(scratch)
    sentences = [s.text for folder in folders for d in load_corpus(folder).documents for s in d.sentences
                 if s.kind == "sentence" and len(s.text.split()) >= 5]
    shutil.rmtree(scratch, ignore_errors=True)
    return sentences


# For corpora of distinct sentences: each drawn sentence gets an opening and an attribution, so a
# sentence recurs rarely (the drawn corpora repeat their few hundred real sentences, and a build
# computes each distinct sentence once). Real news text has some of both: wire copy repeats.
OPENINGS = ("", "Meanwhile, ", "Separately, ", "In addition, ", "At the same time, ", "According to reports, ",
            "As a result, ", "By contrast, ", "Earlier, ", "Later, ", "Still, ", "Notably, ", "In practice, ",
            "For now, ", "On the other hand, ", "Even so, ", "In the meantime, ", "Crucially, ", "Indeed, ",
            "In short, ", "Elsewhere, ", "Overall, ", "Similarly, ", "In turn, ")
ATTRIBUTIONS = ("", "analysts said", "according to the report", "observers noted", "the outlet reported",
                "people familiar with the matter said", "industry watchers said", "a spokesperson said",
                "researchers noted", "critics argued", "supporters said", "officials said", "data showed",
                "commentators wrote", "users said", "the company said", "experts noted", "reporters found",
                "a filing showed", "the survey found", "local media reported", "sources said")


# First words lowered after an opening; any other word (a name) keeps its capital.
COMMON_OPENERS = frozenset("the a an this that these those it its his her their they we he she there in on at "
                           "for but and as with after before while when since some many most more users".split())


def varied(sentence: str, rng: random.Random) -> str:
    """`sentence` with an opening and an attribution drawn from the lists above."""
    opening, attribution = rng.choice(OPENINGS), rng.choice(ATTRIBUTIONS)
    if opening:
        first, _, rest = sentence.partition(" ")
        sentence = opening + (first.lower() if first.lower() in COMMON_OPENERS else first) + (" " + rest if rest else "")
    if attribution and sentence.endswith("."):
        sentence = f"{sentence[:-1]}, {attribution}."
    return sentence


def synthetic_document(number: int, sentences: list[str], distinct: bool = False) -> str:
    """Document `number`: a title, a dateline and 12-30 sentences in paragraphs of up to 4 (each
    sentence varied when `distinct`)."""
    rng = random.Random(number)
    body = rng.sample(sentences, rng.randint(12, 30))
    if distinct:
        body = [varied(sentence, rng) for sentence in body]
    day = 1 + number % 28
    paragraphs = [" ".join(body[i:i + 4]) for i in range(0, len(body), 4)]
    title = " ".join(body[0].split()[:8]).rstrip(",.;:")
    return f"{title}\n\nJanuary {day}, 2025 - " + "\n\n".join(paragraphs) + "\n"


def write_corpus(folder: Path, size: int, sentences: list[str], distinct: bool = False) -> Path:
    folder.mkdir(parents=True)
    for number in range(size):
        text = synthetic_document(number, sentences, distinct)
        (folder / f"doc{number:06d}.txt").write_text(text, encoding="utf-8")
    return folder


def timed_build(corpus: Path, out: Path, engine: str, *extra: str) -> dict:
    """Run one build; return its wall time, peak RSS of its process tree and the manifest's timings."""
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), HF_HUB_OFFLINE="1", TOKENIZERS_PARALLELISM="false")
    command = [sys.executable, "-m", "newsreport", "build", "--corpus", str(corpus), "--out", str(out),
               "--engine", engine, *extra]
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    root, peak = psutil.Process(process.pid), 0
    while process.poll() is None:
        try:
            tree = [root, *root.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
        except psutil.Error:
            pass
        time.sleep(0.2)
    seconds = time.perf_counter() - started
    stdout, stderr = process.communicate()
    if process.returncode != 0:
        raise SystemExit(f"build failed ({' '.join(command)}):\n{stderr[-3000:]}")
    manifest = json.loads((out / "data" / "manifest.json").read_text(encoding="utf-8"))
    up_to_date = "up to date" in stdout
    return {"seconds": round(seconds, 1), "peak_rss_gb": round(peak / 1e9, 2), "up_to_date": up_to_date,
            **({} if up_to_date else {f"t_{k}": v for k, v in manifest["timings_s"].items()})}


RUNS = ("cold", "no change", "no change, --force", "+1 document")


def run(sizes, engines, devcorpus: Path | None, keep: bool, kinds=("drawn",), runs=RUNS) -> list[dict]:
    sentences = real_sentences(devcorpus)
    print(f"{len(sentences)} real sentences to draw from", flush=True)
    rows = []
    work = Path(tempfile.mkdtemp(prefix="newsreport-scale-"))
    try:
        for kind in kinds:
            distinct = kind == "distinct"
            for size in sizes:
                for engine in engines:
                    corpus = write_corpus(work / f"corpus-{kind}-{size}-{engine}", size, sentences, distinct)
                    out = work / f"out-{kind}-{size}-{engine}"
                    for run_name in [r for r in RUNS if r in runs]:
                        extra = ("--force",) if run_name.endswith("--force") else ()
                        if run_name == "+1 document":
                            added = synthetic_document(size + 1, sentences, distinct)
                            (corpus / "added.txt").write_text(added, encoding="utf-8")
                        row = {"docs": size, "sentences": kind, "engine": engine, "run": run_name,
                               **timed_build(corpus, out, engine, *extra)}
                        rows.append(row)
                        print(json.dumps(row), flush=True)
                    if not keep:
                        shutil.rmtree(corpus), shutil.rmtree(out)
    finally:
        if not keep:
            shutil.rmtree(work, ignore_errors=True)
    return rows


def write_results(rows: list[dict]) -> None:
    """Print `rows` and merge them into RESULTS (a row per size, engine and run; new rows replace old)."""
    columns = ["docs", "sentences", "engine", "run", "seconds", "peak_rss_gb", "up_to_date"] + [f"t_{s}" for s in STAGES] + ["t_total"]
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    merged = {}
    if RESULTS.exists():
        with RESULTS.open(encoding="utf-8", newline="") as handle:
            merged = {(r["docs"], r.get("sentences") or "drawn", r["engine"], r["run"]): r
                      for r in csv.DictReader(handle)}
    merged.update({(str(r["docs"]), r["sentences"], r["engine"], r["run"]): r for r in rows})
    with RESULTS.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        writer.writerows(sorted(merged.values(), key=lambda r: (r.get("sentences") != "drawn", int(r["docs"]), r["engine"] != "local")))
    print(f"\n{'docs':>6} {'sentences':<9} {'engine':<6} {'run':<20} {'wall s':>7} {'peak GB':>7}  per stage (s)")
    for row in rows:
        stages = ", ".join(f"{s} {row[f't_{s}']}" for s in STAGES if f"t_{s}" in row)
        print(f"{row['docs']:>6} {row['sentences']:<9} {row['engine']:<6} {row['run']:<20} {row['seconds']:>7} "
              f"{row['peak_rss_gb']:>7}  {stages}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("devcorpus", type=Path, nargs="?", help="the devcorpus folder (../shared/devcorpus)")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000])
    parser.add_argument("--engines", nargs="+", default=["local", "dask"], choices=["local", "dask"])
    parser.add_argument("--sentences", nargs="+", default=["drawn"], choices=["drawn", "distinct"],
                        help="drawn: real sentences drawn at random (they recur across documents); distinct: "
                             "each varied by an opening and an attribution, so few recur")
    parser.add_argument("--runs", nargs="+", default=list(RUNS), choices=RUNS,
                        help="which builds to time (each after the ones before it in the list)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary corpora and outputs")
    args = parser.parse_args()
    if args.devcorpus is not None and not args.devcorpus.is_dir():
        raise SystemExit(f"{args.devcorpus}: devcorpus folder not found")
    write_results(run(args.sizes, args.engines, args.devcorpus, args.keep, args.sentences, args.runs))


if __name__ == "__main__":
    main()
