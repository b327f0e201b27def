"""Per-document results of a corpus, computed only where the cache has none: the entry point the
build and notebook 01 call, and the one notebooks 02-04 use to read what notebook 01 made."""

from __future__ import annotations

import json
import os
import time
from dataclasses import asdict
from pathlib import Path

from newsreport.pipeline.cache import ResultsCache
from newsreport.pipeline.documents import StageSettings, release_freed_memory, release_models
from newsreport.pipeline.engines import map_documents
from newsreport.pipeline.results import COMPLETE, CorpusResults, combine, fingerprint, prune, reusable_combination
from newsreport.pipeline.sources import corpus_sources

CACHE_DIRNAME = ".cache"
# Written into `out_dir` by notebook 01: which combined results the later notebooks read.
POINTER_NAME = ".newsreport-results.json"


def default_cache_dir(out_dir: Path | str) -> Path:
    """Where results are cached when no cache folder is named: `out_dir/.cache`."""
    return Path(out_dir) / CACHE_DIRNAME


def prepare_models(settings: StageSettings) -> None:
    """Export the sentence encoder to ONNX here, once, if this machine has no copy yet: workers
    started next would otherwise all export it at the same time."""
    from newsreport.narratives.embeddings import model_path
    from newsreport.narratives.encoder import ensure_exported
    from newsreport.pipeline.documents import stages

    package = stages(settings).frames.embedding_package
    ensure_exported(package, model_path(package))


def document_results(corpus: Path | str, cache_dir: Path | str, settings: StageSettings | None = None,
                     engine: str = "local", scheduler: str | None = None, workers: int | None = None,
                     progress: bool = False, report=None, before_work=None) -> CorpusResults:
    """The combined per-document results of `corpus` (a folder, or a .csv/.jsonl file of articles).
    Documents without a cached result are processed by `engine`; with every result cached nothing is
    processed, and with the combined tables already stored nothing is recombined. `report(line)`
    hears how many documents came from the cache; `before_work(n)` is called with the number of
    documents without a stored result once it is clear that there is work to do, before the stored
    ones are read (a build may start notebook kernels then). Raises CorpusError when no document is usable."""
    settings = settings or StageSettings()
    started = time.perf_counter()
    sources = corpus_sources(corpus)
    corpus_key, keys = fingerprint(sources, settings)
    combined_root = Path(cache_dir) / "combined"
    target = combined_root / corpus_key
    if (target / COMPLETE).is_file():
        target.touch()  # most recently used: kept by prune
        if report:
            report(f"documents: all {len(keys)} results cached ({time.perf_counter() - started:.1f} s)")
        return CorpusResults(target, settings)
    cache = ResultsCache(cache_dir)
    if before_work:  # told before the stored results are read (a second for a thousand): kernels start sooner
        before_work(sum(not cache.has(key) for key in keys))
    # the documents an earlier combination holds are read from it in one go, not entry by entry
    stored = reusable_combination(combined_root, keys)
    results, missing, new_skips = {}, [], []
    for source, key in zip(sources.sources, keys):
        if stored is not None and key in stored.keys:
            continue
        cached = cache.get(key)
        if cached is None:
            missing.append((source, key))
        else:
            results[source.doc] = cached
    key_of = {source.doc: key for source, key in missing}
    if missing:
        prepare_models(settings)
    for result in map_documents([s for s, _ in missing], settings, engine, scheduler, workers, progress):
        results[result.doc] = result
        if result.skipped:
            new_skips.append(result)  # stored only once the corpus proves usable: a bad one writes nothing
        else:
            cache.put(key_of[result.doc], result)
    combine(sources, results, target, keys, stored)
    for result in new_skips:
        cache.put(key_of[result.doc], result)
    prune(combined_root, target)
    results.clear()
    if missing:  # the build process lives on through the notebooks: give the models' and results' memory back
        release_models()
    else:
        release_freed_memory()
    if report:
        report(f"documents: {len(missing)} processed ({engine}), {len(keys) - len(missing)} from the cache "
               f"({time.perf_counter() - started:.1f} s)")
    return CorpusResults(target, settings)


def write_pointer(out_dir: Path | str, results: CorpusResults) -> Path:
    """Record in `out_dir` which combined results belong to it (read by `saved_results`). Written
    atomically: notebooks that run side by side read it while notebook 01 writes it again."""
    path = Path(out_dir) / POINTER_NAME
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f"{path.name}.{os.getpid()}.part")
    partial.write_text(json.dumps({"results": str(results.folder), "corpus": str(Path(results.corpus_location)),
                                   "settings": asdict(results.settings)}), encoding="utf-8")
    os.replace(partial, path)
    return path


def saved_results(out_dir: Path | str, corpus: Path | str, settings: StageSettings | None = None,
                  cache_dir: Path | str | None = None) -> CorpusResults:
    """The results notebook 01 recorded in `out_dir` when they are about `corpus` (and, when
    `settings` are given, made with them); else computed now (cached documents are not redone)."""
    pointer = Path(out_dir) / POINTER_NAME
    if pointer.is_file():
        saved = json.loads(pointer.read_text(encoding="utf-8"))
        settings = settings or StageSettings(**saved["settings"])
        folder = Path(saved["results"])
        if (Path(saved["corpus"]).resolve() == Path(corpus).resolve() and saved["settings"] == asdict(settings)
                and (folder / COMPLETE).is_file()
                and fingerprint(corpus_sources(corpus), settings)[0] == folder.name):  # corpus unchanged since
            return CorpusResults(folder, settings)
    results = document_results(corpus, cache_dir or default_cache_dir(out_dir), settings)
    write_pointer(out_dir, results)
    return results
