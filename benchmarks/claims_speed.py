"""Speed of the claims step alone: figures, then the claim ledger and the timeline, on synthetic
documents whose sentences are all different (a cache of repeated sentences would flatter the parse).

    .venv/bin/python benchmarks/claims_speed.py ../shared/devcorpus --docs 200

Documents are written into a temporary folder (never into the repository) by the scale benchmark's
generator (seeded sentences of the seeds and the development half of the devcorpus, read at run time),
then every number in them is redrawn (seeded), so that no two sentences are the same. Prints the
seconds of spaCy's load, `figures_table`, `build_ledger` and `events_table`.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import scale_benchmark  # noqa: E402
from newsreport.claims.events import events_table  # noqa: E402
from newsreport.claims.ledger import build_ledger  # noqa: E402
from newsreport.corpus.loader import load_corpus  # noqa: E402
from newsreport.corpus.syntax import load_parser  # noqa: E402
from newsreport.figures.extractor import figures_table  # noqa: E402


def write_unique_corpus(folder: Path, size: int, devcorpus: Path) -> Path:
    """`size` synthetic documents whose numbers are redrawn so that their sentences differ."""
    sentences = scale_benchmark.real_sentences(devcorpus)
    draw = random.Random(7)
    folder.mkdir(parents=True)
    for number in range(size):
        title, _, body = scale_benchmark.synthetic_document(number, sentences).partition("\n\n")
        body = re.sub(r"\d+(?:[.,]\d+)?", lambda _: str(draw.randint(2, 999)), body)
        (folder / f"doc{number:06d}.txt").write_text(f"{title}\n\n{body}", encoding="utf-8")
    return folder


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("devcorpus", type=Path, help="the devcorpus folder (its development half is sampled)")
    parser.add_argument("--docs", type=int, default=200)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        corpus = load_corpus(write_unique_corpus(Path(scratch) / "corpus", args.docs, args.devcorpus))
        times = {}
        start = time.perf_counter()
        load_parser()  # spaCy's import and model load, apart: every run of the step pays it once
        times["spacy_load"] = time.perf_counter() - start
        start = time.perf_counter()
        figures = figures_table(corpus)
        times["figures_table"] = time.perf_counter() - start
        start = time.perf_counter()
        ledger = build_ledger(figures, corpus)
        times["build_ledger"] = time.perf_counter() - start
        start = time.perf_counter()
        events_table(figures, corpus)
        times["events_table"] = time.perf_counter() - start
    print(f"{args.docs} documents, {len(figures)} figures, {len(ledger.sources)} claim mentions")
    for step, seconds in times.items():
        print(f"{step:15s} {seconds:6.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
