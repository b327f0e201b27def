"""Command line: `python -m newsreport build|figures|frames|claims ...`.

Bad input ends with a one-line message naming the file or parameter and a non-zero exit, never a
traceback.
"""

from __future__ import annotations

import argparse
import atexit
import os
import signal
import sys
from pathlib import Path

from newsreport.errors import NewsreportError, OutputError
from newsreport.paths import DEFAULT_CORPUS, PROJECT_ROOT
from newsreport.left_out import keep_unneeded_out

EXIT_BAD_INPUT = 2
EXIT_BUILD_FAILED = 1


def parser() -> argparse.ArgumentParser:
    """The CLI's argument parser (one sub-command per product)."""
    main_parser = argparse.ArgumentParser(prog="newsreport", description=__doc__.splitlines()[0])
    commands = main_parser.add_subparsers(dest="command", required=True)

    build = commands.add_parser("build", help="run every notebook and export report/report.html and .pdf")
    build.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS,
                       help="folder of articles, or a .csv/.jsonl file with one article per row (default: seeds/)")
    build.add_argument("--out", type=Path, default=PROJECT_ROOT,
                       help="where data/, figures/, report/ go (and .cache/, the per-document results)")
    build.add_argument("--engine", choices=("local", "dask"), default="local",
                       help="per-document work on a local process pool (default) or a Dask cluster")
    build.add_argument("--scheduler", default=None, metavar="ADDRESS",
                       help="address of a running Dask scheduler (with --engine dask; default: a LocalCluster)")
    build.add_argument("--workers", type=int, default=None,
                       help="worker processes (default: one per core; for a LocalCluster too)")
    build.add_argument("--force", action="store_true", help="rebuild even when nothing changed")
    build.add_argument("-p", "--param", action="append", default=[], metavar="NAME=VALUE",
                       help="a notebook parameter, e.g. -p embedding_threshold=0.4 (repeatable)")

    for name, what in (("figures", "every figure (number) with its source span"),
                       ("claims", "the claim ledger: agreements, conflicts and series across sources")):
        command = commands.add_parser(name, help=f"write {what} as CSV")
        command.add_argument("corpus", type=Path)
        command.add_argument("--out", type=Path, required=True, help="CSV file to write")

    frames = commands.add_parser("frames", help="write frame scores as CSV (sentence or document level)")
    frames.add_argument("corpus", type=Path)
    frames.add_argument("--out", type=Path, required=True, help="CSV file to write")
    frames.add_argument("--level", choices=("sentence", "doc"), default="sentence")
    frames.add_argument("--frames-config", type=Path, default=None, help="frames YAML (default config/frames.yaml)")
    return main_parser


def table_for(args):
    """The table a per-product sub-command writes."""
    from newsreport.corpus.loader import load_corpus

    corpus = load_corpus(args.corpus)
    if args.command == "figures":
        from newsreport.figures.extractor import figures_table

        return figures_table(corpus)
    if args.command == "frames":
        from newsreport.narratives.methods import frames_table

        return frames_table(corpus, level=args.level, frames_config=args.frames_config)
    from newsreport.claims.ledger import claims_for_corpus

    return claims_for_corpus(corpus)


def write_table(args) -> None:
    """Write the sub-command's table to `--out`, refusing to write into the corpus folder."""
    from newsreport.tables import write_csv

    out = args.out.resolve()
    if args.corpus.resolve() in out.parents:
        raise OutputError(f"{out}: refusing to write into the corpus folder {args.corpus}")
    table = table_for(args)
    try:
        write_csv(table, out)
    except OSError as error:
        raise OutputError(f"{out}: cannot write ({error.strerror or error})") from None
    print(f"{len(table)} rows -> {out}")


def stop_on_terminate(signum, frame) -> None:
    """Turn SIGTERM (e.g. a CI timeout, `kill`) into KeyboardInterrupt, so the build shuts its kernel
    down and removes its staging folder instead of dying mid-write."""
    raise KeyboardInterrupt(f"signal {signum}")


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the process exit code."""
    args = parser().parse_args(argv)
    try:
        if args.command == "build":
            signal.signal(signal.SIGTERM, stop_on_terminate)
            keep_unneeded_out()  # torch through spaCy (documents processed here), a grammar through nbformat
            from newsreport.build import run_build
            from newsreport.params import parse_assignment

            parameters = dict(parse_assignment(p) for p in args.param)
            run_build(args.corpus, args.out, parameters, progress=lambda line: print(line, flush=True),
                      engine=args.engine, scheduler=args.scheduler, workers=args.workers, force=args.force)
        else:
            write_table(args)
    except NewsreportError as error:
        print(f"newsreport: error: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("newsreport: interrupted; previous outputs left as they were", file=sys.stderr)
        return 130
    except Exception as error:  # a notebook failed: name it, point at the executed copy, no traceback
        from papermill.exceptions import PapermillExecutionError

        if isinstance(error, PapermillExecutionError):
            print(f"newsreport: build failed in a notebook cell ({error.ename}: {error.evalue}); "
                  "previous outputs left as they were", file=sys.stderr)
            return EXIT_BUILD_FAILED
        raise
    return 0


def run() -> None:
    """The command's entry point (`python -m newsreport`, the `newsreport` script): `main()`, then
    leave at once. By then every output is written, closed and published; tearing the interpreter
    down (freeing a corpus's objects and the models' modules one by one) would add about a second to
    every build. Exit handlers still run, and an unexpected error still ends as Python ends it."""
    code = main()
    sys.stdout.flush()
    sys.stderr.flush()
    atexit._run_exitfuncs()  # logging's flush, pools' and clusters' shutdown: what a normal exit runs
    os._exit(code)

