"""A whole build: run the notebooks in order with papermill into a staging folder, export the report,
write the manifest, and only then move the outputs into place (a failed build leaves the previous
report as it was). The corpus folder is only ever read."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import platform
import shutil
import signal
import sys
import threading
import time
from datetime import datetime, timezone
from importlib import metadata as importlib_metadata
from pathlib import Path

from newsreport import left_out
from newsreport.errors import OutputError, ParameterError
from newsreport.kernels import KernelsAhead
from newsreport.params import absolute_paths, check_parameters, notebook_parameters, text_where_text_expected
from newsreport.paths import CONFIG_DIR, PROJECT_ROOT
from newsreport.pipeline import StageSettings, document_results
from newsreport.pipeline.engines import INLINE_AT_MOST
from newsreport.pipeline.run import default_cache_dir, write_pointer

NOTEBOOK_DIR = PROJECT_ROOT / "notebooks"
OUTPUT_DIRS = ("data", "figures", "executed", "report")  # report last: it is what readers open
STAGING_PREFIX = ".newsreport-staging-"
REPORT_NOTEBOOK = "05_report"
VERSIONED_PACKAGES = ("newsreport", "papermill", "nbconvert", "weasyprint", "pandas", "matplotlib", "seaborn",
                      "pysbd", "vaderSentiment", "sentence-transformers", "torch", "krippendorff", "trafilatura")


def notebooks() -> list[Path]:
    """The pipeline's notebooks in run order (their names start with the step number)."""
    return sorted(NOTEBOOK_DIR.glob("[0-9][0-9]_*.ipynb"))


def build_date() -> str:
    """The build's date: from SOURCE_DATE_EPOCH when set (reproducible builds), else today (UTC)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = datetime.fromtimestamp(int(epoch), timezone.utc) if epoch else datetime.now(timezone.utc)
    return moment.date().isoformat()


def check_output_place(out_dir: Path, corpus_dir: Path) -> None:
    """Raise, without creating anything, when the output folder would be inside the corpus or
    cannot be made (a file where a folder should be, a folder that is not writable)."""
    corpus_dir, out_dir = corpus_dir.resolve(), out_dir.resolve()
    if out_dir == corpus_dir or corpus_dir in out_dir.parents:
        raise ParameterError(f"{out_dir}: output folder is inside the corpus folder {corpus_dir}; "
                             "the corpus is never written to")
    existing = next(p for p in (out_dir, *out_dir.parents) if p.exists())
    if not existing.is_dir() or not os.access(existing, os.W_OK | os.X_OK):
        why = "a file is in the way" if not existing.is_dir() else "permission denied"
        raise OutputError(f"{out_dir}: output folder is not writable ({existing}: {why})")


def check_output_dir(out_dir: Path, corpus_dir: Path) -> None:
    """Raise when the output folder would be inside the corpus, or cannot be written."""
    corpus_dir, out_dir = corpus_dir.resolve(), out_dir.resolve()
    if out_dir == corpus_dir or corpus_dir in out_dir.parents:
        raise ParameterError(f"{out_dir}: output folder is inside the corpus folder {corpus_dir}; "
                             "the corpus is never written to")
    for name in OUTPUT_DIRS:
        if corpus_dir == out_dir / name or (out_dir / name) in corpus_dir.parents:
            raise ParameterError(f"{corpus_dir}: corpus folder lies inside the output folder '{name}', "
                                 "which a build replaces")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        probe = out_dir / f".newsreport-write-test-{os.getpid()}"
        probe.write_text("ok")
        probe.unlink()
    except OSError as error:
        raise OutputError(f"{out_dir}: output folder is not writable ({error.strerror or error})") from None


def file_hashes(corpus) -> list[dict]:
    """Every input file with its size and SHA-256 (and any warning about how it was read), and every
    skipped file with the reason."""
    inputs = [{"file": d.path.name, "bytes": d.path.stat().st_size, "sha256": d.sha256, "status": "used"}
              | ({"warnings": [w.split(": ", 1)[-1] for w in d.warnings]} if d.warnings else {})
              for d in corpus.documents]
    manifest = corpus.folder / "manifest.csv"
    if manifest.exists():
        inputs.append({"file": manifest.name, "bytes": manifest.stat().st_size,
                       "sha256": hashlib.sha256(manifest.read_bytes()).hexdigest(), "status": "metadata"})
    inputs += [{"file": s.file, "status": "skipped", "reason": s.reason} for s in corpus.skipped]
    return inputs


def build_key(results_fingerprint: str, parameters: dict, date: str) -> str:
    """Hash of everything a build's outputs depend on: the per-document results, the parameters and
    the config files they name, the whole package, notebooks and configs, library versions, the date."""
    digest = hashlib.sha256(json.dumps([results_fingerprint, parameters, date, package_versions()],
                                       sort_keys=True, default=str).encode())
    named = [Path(str(v)) for k, v in parameters.items() if k.endswith("_config") and v]
    code = [p for root in (PROJECT_ROOT / "src" / "newsreport", NOTEBOOK_DIR, CONFIG_DIR)
            for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    for path in sorted(named + code):
        digest.update(str(path).encode())
        digest.update(path.read_bytes() if path.is_file() else b"missing")
    return digest.hexdigest()


def up_to_date(out_dir: Path, key: str) -> dict | None:
    """The published manifest when `out_dir` holds a complete build with the same `build_key`."""
    manifest_path = out_dir / "data" / "manifest.json"
    needed = [out_dir / name for name in OUTPUT_DIRS] + [out_dir / "report" / "report.html",
                                                          out_dir / "report" / "report.pdf"]
    if not manifest_path.is_file() or not all(p.exists() for p in needed):
        return None
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return manifest if manifest.get("build_key") == key else None


def package_versions() -> dict[str, str]:
    """Versions of Python and the packages that shape the output."""
    versions = {"python": platform.python_version()}
    for name in VERSIONED_PACKAGES:
        try:
            versions[name] = importlib_metadata.version(name)
        except importlib_metadata.PackageNotFoundError:
            versions[name] = "not installed"
    return versions


def process_alive(pid: int) -> bool:
    """Whether a process with id `pid` is running (a build that owns its staging folder)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's live process
        return True
    return True


def clean_interrupted_builds(out_dir: Path) -> list[str]:
    """Remove what builds killed midway left in `out_dir`: staging folders of processes that are gone,
    and previous outputs set aside by an interrupted publish (put back when the new one is missing).
    Returns the names it removed or restored."""
    cleaned = []
    if not out_dir.is_dir():
        return cleaned
    for leftover in sorted(out_dir.iterdir()):
        name, pid = leftover.name, None
        if name.startswith(STAGING_PREFIX):
            pid, output = name.removeprefix(STAGING_PREFIX), None
        elif name.startswith(".") and ".previous-" in name:
            output, pid = name[1:].rsplit(".previous-", 1)
        if pid is None or not pid.isdigit() or not leftover.is_dir() or process_alive(int(pid)):
            continue
        if output in OUTPUT_DIRS and not (out_dir / output).exists():
            leftover.rename(out_dir / output)
            cleaned.append(f"{name} -> {output}")
        else:
            shutil.rmtree(leftover, ignore_errors=True)
            cleaned.append(name)
    return cleaned


@contextlib.contextmanager
def signals_held():
    """Hold Ctrl-C and SIGTERM until the block ends (they are delivered right after it)."""
    held = {signal.SIGINT, signal.SIGTERM}
    signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, held)


def publish(staging: Path, out_dir: Path) -> None:
    """Move each finished output folder from staging into `out_dir`, replacing the previous one. The
    swaps (renames, instant) are not interrupted by Ctrl-C or SIGTERM, so new data never sits next to
    an old report; the previous folders are deleted afterwards."""
    replaced = []
    with signals_held():
        for name in OUTPUT_DIRS:
            source, target = staging / name, out_dir / name
            if not source.exists():
                continue
            previous = out_dir / f".{name}.previous-{os.getpid()}"
            if target.exists():
                target.rename(previous)
                replaced.append(previous)
            source.rename(target)
    for previous in replaced:
        shutil.rmtree(previous, ignore_errors=True)


def run_build(corpus_dir: Path | str, out_dir: Path | str, parameters: dict | None = None,
              progress=print, engine: str = "local", scheduler: str | None = None, workers: int | None = None,
              force: bool = False) -> dict:
    """Build the report for `corpus_dir` (a folder, or a .csv/.jsonl file of articles) into `out_dir`;
    return the manifest. The per-document work runs first, on `engine` ("local" process pool or "dask"
    at `scheduler`), reusing `out_dir/.cache`; a build whose inputs, parameters and code are those of
    the published one stops there unless `force`. Raises a NewsreportError subclass (one-line message)
    for bad input, before any notebook runs."""
    corpus_dir, out_dir = Path(corpus_dir).resolve(), Path(out_dir).resolve()
    parameters = dict(parameters or {})
    steps = notebooks()
    own_parameters = {nb: notebook_parameters(nb) for nb in steps}  # each notebook's parameters cell, read once
    accepted = {name: spec for specs in own_parameters.values() for name, spec in specs.items()}
    parameters = absolute_paths(text_where_text_expected(parameters, accepted))
    check_parameters(parameters, accepted)
    check_output_place(out_dir, corpus_dir)
    settings = StageSettings(parameters.get("frames_config"), parameters.get("entities_config"),
                             parameters.get("embedding_threshold"))
    cache_dir = default_cache_dir(out_dir)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    os.environ.setdefault("PYTHONHASHSEED", "0")  # kernels inherit it: set iteration order repeats across builds
    os.environ[left_out.BUILD_VARIABLE] = "1"  # the kernels leave out what they never need (see left_out.py)
    os.environ.pop("MPLBACKEND", None)  # it would silently drop every chart from executed notebooks
    # claims (the longest) first, then narratives, figures, corpus; the report last: it reads them all
    order = list(reversed(steps[:-1])) + steps[-1:]
    kernels = KernelsAhead(order, dict(os.environ), NOTEBOOK_DIR, slots=min(max(1, len(steps) - 1), os.cpu_count() or 1))
    try:
        started = time.perf_counter()
        # kernels start during the map only when it leaves a core free: a few documents, processed here
        results = document_results(corpus_dir, cache_dir, settings, engine=engine, scheduler=scheduler,
                                   workers=workers, progress=True, report=progress,
                                   before_work=lambda count: kernels.open() if count <= INLINE_AT_MOST else None)
        documents_seconds = round(time.perf_counter() - started, 2)
        check_output_dir(out_dir, corpus_dir)
        key = build_key(results.fingerprint, parameters, build_date())
        published = None if force else up_to_date(out_dir, key)
        if published is not None:
            progress(f"up to date: nothing changed since the build of {published.get('build_date')} "
                     f"({out_dir / 'report' / 'report.html'}); --force rebuilds anyway")
            return published
        kernels.open()  # when the map was large, or --force found nothing to do
        import papermill

        from newsreport.report import export  # nbconvert and WeasyPrint: slow to import, needed only now

        for leftover in clean_interrupted_builds(out_dir):
            progress(f"cleaned up after an interrupted build: {leftover}")
        staging = out_dir / f"{STAGING_PREFIX}{os.getpid()}"
        shutil.rmtree(staging, ignore_errors=True)
        (staging / "data").mkdir(parents=True)
        manifest = {"corpus_dir": str(corpus_dir), "build_date": build_date(), "parameters": parameters,
                    "inputs": results.inputs(), "versions": package_versions(), "build_key": key,
                    "timings_s": {"documents": documents_seconds}}
        manifest_path = staging / "data" / "manifest.json"
        manifest_path.write_text(json.dumps(manifest, indent=2, sort_keys=True), encoding="utf-8")
        number = {notebook: n for n, notebook in enumerate(steps, 1)}
        printing = threading.Lock()  # notebooks start in threads: one progress line at a time
        try:
            def run_notebook(notebook: Path, kernel) -> None:
                step_started = time.perf_counter()
                with printing:
                    progress(f"[{number[notebook]}/{len(steps) + 2}] {notebook.stem} ...")
                values = {k: v for k, v in parameters.items() if k in own_parameters[notebook]}
                values.update(corpus_dir=str(corpus_dir), out_dir=str(staging))
                values.update({k: v for k, v in (("cache_dir", str(cache_dir)), ("engine", engine), ("scheduler", scheduler))
                               if k in own_parameters[notebook]})
                # a kernel of our own starts in notebooks/ (nbclient's resources path), not by papermill's
                # `cwd`, which changes this whole process's working directory: unsafe with notebooks run side by side
                papermill.execute_notebook(str(notebook), str(staging / "executed" / notebook.name), parameters=values,
                                           kernel_name="python3", km=kernel, resources={"metadata": {"path": str(NOTEBOOK_DIR)}},
                                           progress_bar=False, log_output=False, extra_arguments=["--log-level=ERROR"])
                manifest["timings_s"][notebook.stem] = round(time.perf_counter() - step_started, 2)

            (staging / "executed").mkdir(exist_ok=True)
            write_pointer(staging, results)  # which per-document results the notebooks read (notebook 01 would)
            # the notebooks before the report (corpus, figures, narratives, claims) read only those results
            # and write their own files: they run side by side, one per core (more would only share the
            # cores and add memory); the report notebook then reads them all
            for finished in [kernels.run(notebook, run_notebook) for notebook in kernels.order[:-1]]:
                finished.result()
            if len(steps) > 1:
                report_run = kernels.run(kernels.order[-1], run_notebook)
                export.load_exporters()  # this process only waits for the report notebook now
                report_run.result()
            progress(f"[{len(steps) + 1}/{len(steps) + 2}] report.html ...")
            step_started = time.perf_counter()
            html_path = export.export_html(staging / "executed" / f"{REPORT_NOTEBOOK}.ipynb",
                                           staging / "report" / "report.html")
            manifest["timings_s"]["html"] = round(time.perf_counter() - step_started, 2)
            progress(f"[{len(steps) + 2}/{len(steps) + 2}] report.pdf ...")
            step_started = time.perf_counter()
            export.export_pdf(html_path, staging / "report" / "report.pdf")
            manifest["timings_s"]["pdf"] = round(time.perf_counter() - step_started, 2)
            manifest["timings_s"]["total"] = round(time.perf_counter() - started, 2)
            manifest_path.write_text(json.dumps(manifest, indent=2, sort_keys=True), encoding="utf-8")
            publish(staging, out_dir)
        finally:  # on an error or Ctrl-C, stop the notebooks still running before their folder goes
            kernels.close(stop_running=sys.exc_info()[0] is not None)
            shutil.rmtree(staging, ignore_errors=True)
        progress(f"done in {manifest['timings_s']['total']:.1f} s: {out_dir / 'report' / 'report.html'}, "
                 f"{out_dir / 'report' / 'report.pdf'}")
        return manifest
    finally:
        kernels.close()
