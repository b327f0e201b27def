"""Cold build time of the whole pipeline (every notebook + HTML + PDF) and each stage's share.

Usage: python benchmarks/build_benchmark.py [--corpus DIR]
Builds into a fresh temporary folder (new kernels, nothing cached) and prints the timings that the
build records in data/manifest.json. Target: <= 60 s on a 2-core machine.
"""

import argparse
import json
import tempfile
import time
from pathlib import Path

from newsreport.build import run_build
from newsreport.paths import DEFAULT_CORPUS

TARGET_SECONDS = 60


def main() -> None:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    corpus = args.parse_args().corpus
    with tempfile.TemporaryDirectory() as out:
        started = time.perf_counter()
        run_build(corpus, out, progress=lambda line: None)
        wall = time.perf_counter() - started
        timings = json.loads((Path(out) / "data" / "manifest.json").read_text())["timings_s"]
    stages = {k: v for k, v in timings.items() if k != "total"}
    print(f"cold build of {corpus}: {wall:.1f} s wall (target <= {TARGET_SECONDS} s: "
          f"{'met' if wall <= TARGET_SECONDS else 'NOT met'})")
    print(f"{'stage':<16}{'seconds':>9}{'share':>8}")
    for stage, seconds in stages.items():
        print(f"{stage:<16}{seconds:>9.1f}{100 * seconds / wall:>7.0f}%")
    print(f"{'other':<16}{wall - sum(stages.values()):>9.1f}{100 * (wall - sum(stages.values())) / wall:>7.0f}%")


if __name__ == "__main__":
    main()
