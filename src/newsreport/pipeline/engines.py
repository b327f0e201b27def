"""Engines that run the per-document map: `local` (a process pool over this machine's cores) and `dask`
(an existing cluster at `scheduler`, or a LocalCluster). Without a cluster to use, a handful of
documents run in this process, where starting workers would cost more than it saves (a rebuild that
adds one article). Both call the same `process_documents` on
the same tasks and yield its results as they complete; the caller puts them back in corpus order."""

from __future__ import annotations

import logging
import multiprocessing
import os
import sys
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

from newsreport.errors import ParameterError
from newsreport.pipeline.documents import DocumentResult, StageSettings, process_documents
from newsreport.pipeline.sources import DocumentSource

ENGINES = ("local", "dask")
# Fewer documents than this are processed in the calling process: a worker's start (loading the
# embedding model) takes seconds.
INLINE_AT_MOST = 8
# Documents per task: fewer round trips to the workers and fuller batches for the entity recognizer,
# while a task stays small enough to spread over the workers.
DOCUMENTS_PER_TASK = 16
# Tasks in flight per worker: enough to keep workers busy, few enough that results do not pile up.
IN_FLIGHT_PER_WORKER = 2


def worker_count(requested: int | None = None) -> int:
    """Processes for the local pool: `requested`, else the cores this process may use."""
    if requested:
        return max(1, int(requested))
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)


def progress_bar(total: int, enabled: bool):
    """A tqdm bar (documents done, rate) on stderr, shown only when stderr is a terminal."""
    from tqdm import tqdm

    return tqdm(total=total, unit="doc", desc="documents", dynamic_ncols=True, mininterval=0.5,
                disable=not (enabled and sys.stderr.isatty()), file=sys.stderr)


def tasks(sources: list[DocumentSource]) -> list[list[DocumentSource]]:
    """`sources` in corpus order, cut into tasks of DOCUMENTS_PER_TASK documents. The cut depends on
    nothing else (not the engine, not the number of workers)."""
    return [sources[i:i + DOCUMENTS_PER_TASK] for i in range(0, len(sources), DOCUMENTS_PER_TASK)]


def start_worker() -> None:
    """Set up a pool worker: leave out what it never needs (see `newsreport.left_out`)."""
    from newsreport.left_out import keep_unneeded_out

    keep_unneeded_out()


def _inline(sources, settings) -> Iterator[list[DocumentResult]]:
    for task in tasks(sources):
        yield process_documents(task, settings)


def _local(sources, settings, workers) -> Iterator[list[DocumentResult]]:
    if len(sources) <= INLINE_AT_MOST or workers == 1:
        yield from _inline(sources, settings)
        return
    # spawn: a fresh interpreter per worker, safe from a Jupyter kernel's threads
    context = multiprocessing.get_context("spawn")
    workers = min(workers, len(tasks(sources)))
    pending, queue = set(), iter(tasks(sources))
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=start_worker)
    try:
        while True:
            for task in queue:
                pending.add(pool.submit(process_documents, task, settings))
                if len(pending) >= workers * IN_FLIGHT_PER_WORKER:
                    break
            if not pending:
                return
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                yield future.result()
    finally:  # also on Ctrl-C / SIGTERM: drop the queued documents, wait only for those running
        pool.shutdown(wait=True, cancel_futures=True)


def _dask(sources, settings, scheduler, workers) -> Iterator[list[DocumentResult]]:
    try:
        from distributed import Client, LocalCluster, as_completed as dask_completed
    except ImportError as error:
        raise ParameterError(f"--engine dask: the 'distributed' package is not installed ({error})") from None
    cluster = None
    if scheduler:
        client = Client(scheduler, timeout="30s")
    else:
        cluster = LocalCluster(n_workers=worker_count(workers), threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=logging.ERROR)
        client = Client(cluster)
        client.run(start_worker)  # our own workers only: a user's cluster may need torch for other work
    try:
        in_flight = max(1, len(client.scheduler_info().get("workers", {})) or worker_count(workers))
        queue, running = iter(tasks(sources)), dask_completed()
        for task in queue:
            running.add(client.submit(process_documents, task, settings, pure=False))
            if running.count() >= in_flight * IN_FLIGHT_PER_WORKER:
                break
        for future in running:  # each finished task lets the next one in
            results = future.result()
            future.release()
            next_task = next(queue, None)
            if next_task is not None:
                running.add(client.submit(process_documents, next_task, settings, pure=False))
            yield results
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def map_documents(sources: list[DocumentSource], settings: StageSettings, engine: str = "local",
                  scheduler: str | None = None, workers: int | None = None,
                  progress: bool = False) -> Iterator[DocumentResult]:
    """`process_documents` over `sources` (a few documents per task) with `engine`, yielding each
    document's result as its task completes (not in order), with a progress bar on a terminal when
    `progress`."""
    if engine not in ENGINES:
        raise ParameterError(f"engine: must be one of {', '.join(ENGINES)} (got {engine!r})")
    if scheduler and engine != "dask":
        raise ParameterError("scheduler: a scheduler address needs --engine dask")
    if not sources:
        return
    if engine == "dask":
        # a cluster of our own would start (seconds) for a few documents; a user's cluster is used as given
        few = not scheduler and len(sources) <= INLINE_AT_MOST
        results = _inline(sources, settings) if few else _dask(sources, settings, scheduler, workers)
    else:
        results = _local(sources, settings, worker_count(workers))
    with progress_bar(len(sources), progress) as bar:
        for task_results in results:
            bar.update(len(task_results))
            yield from task_results
