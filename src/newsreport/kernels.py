"""Notebook kernels started ahead of their notebooks. A kernel takes about half a second to start and
one to two more to import what its notebook imports (pandas, matplotlib, seaborn, the stage's
modules): five notebooks spend about ten seconds of a build there. A build starts each notebook's
kernel a little before the notebook's turn and imports those modules in it, where a core is partly
idle: while the documents map of a small change runs in the build's own process, and while the
notebooks ahead run. The notebook then runs in a kernel that is ready, and its own import cells find
the modules loaded. On a machine that is busy anyway this saves nothing; it moves work, not removes it.

Each notebook gets a thread that starts its kernel when its turn to warm comes, waits until the build
releases it, runs it (papermill, with that kernel) and shuts the kernel down, all in that thread."""

from __future__ import annotations

import ast
import json
import threading
from concurrent.futures import Future
from pathlib import Path
from typing import Callable

KERNEL_NAME = "python3"
KERNEL_ARGUMENTS = ["--log-level=ERROR"]


def warm_up(names: list[str]) -> None:
    """Import the modules `names` (run in a kernel as it starts). A name that is not a module (`b` of
    `from a import b`) is passed over: the notebook's own import says what is wrong, if anything."""
    import importlib

    for name in names:
        try:
            importlib.import_module(name)
        except ImportError:
            pass


def imported_modules(notebook: Path) -> list[str]:
    """The modules the code cells of `notebook` import, in order (`from a import b` gives `a` and
    `a.b`, which may be a module). Cells that are not plain Python (magics) are passed over."""
    names = []
    for cell in json.loads(Path(notebook).read_text(encoding="utf-8"))["cells"]:
        if cell["cell_type"] != "code":
            continue
        source = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
        try:
            tree = ast.parse(source)
        except SyntaxError:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names += [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names += [node.module] + [f"{node.module}.{alias.name}" for alias in node.names if alias.name != "*"]
    return list(dict.fromkeys(names))


def warm_up_argument(notebook: Path) -> str:
    """The kernel option that runs `warm_up` for `notebook` as IPython starts, before the kernel
    answers: silently (no execution count, no history), leaving no name behind, so that a notebook
    that forgot an import still fails as it would in a fresh kernel."""
    code = f"from newsreport.kernels import warm_up as _w; _w({imported_modules(notebook)!r}); del _w"
    return f"--IPKernelApp.exec_lines={json.dumps([code])}"


def start_kernel(notebook: Path, env: dict, cwd: Path):
    """A kernel (an AsyncKernelManager) for `notebook`, started in `cwd` with `env`, importing the
    modules the notebook imports while it starts. Call it in the thread that will run the notebook:
    jupyter's asynchronous managers belong to the event loop of the thread that made them."""
    from jupyter_client.manager import AsyncKernelManager
    from jupyter_core.utils import run_sync

    manager = AsyncKernelManager(kernel_name=KERNEL_NAME)
    run_sync(manager.start_kernel)(extra_arguments=KERNEL_ARGUMENTS + [warm_up_argument(notebook)],
                                   cwd=str(cwd), env=env)
    return manager


def stop_kernel(manager, now: bool = False) -> None:
    """Shut down a kernel from `start_kernel` (in the thread that started it)."""
    from jupyter_core.utils import run_sync

    if manager is not None and manager.has_kernel:
        run_sync(manager.shutdown_kernel)(now=now)


def kill_kernel(manager) -> None:
    """Kill the process of a kernel from `start_kernel`, from any thread: a notebook running in it
    fails at once (its thread then shuts the kernel down)."""
    process = getattr(getattr(manager, "provisioner", None), "process", None)
    if process is not None and process.poll() is None:
        process.kill()


class KernelsAhead:
    """The notebooks of a build, each run in its own thread in a kernel started ahead of it.

    `order` is the order in which they start running; at most `slots` run at once. After `open()`, kernels
    start in that order while fewer than `alive` are up (running or waiting, ready, for their turn;
    each holds about 0.2 GB ready and more while it runs): with two slots and three alive, the first
    three warm during the documents map, then one waits while two run. `run(notebook, execute)`
    releases a notebook: `execute(notebook, kernel)` is called in its thread once it has a slot
    (kernel None: papermill starts one); the returned future holds its result. `close()` stops the
    threads and shuts every kernel down."""

    def __init__(self, order: list[Path], env: dict, cwd: Path, slots: int, alive: int = 3):
        self.order, self.env, self.cwd, self.alive = list(order), env, cwd, max(1, alive)
        self._slots = threading.Semaphore(max(1, slots))
        self._released: dict[Path, tuple[Callable, Future]] = {}
        self._running: dict[Path, object] = {}  # notebook -> its kernel, while it runs
        self._changed = threading.Condition()
        self._opened = self._closing = False
        self._next, self._up = 0, 0  # the index in `order` of the next kernel to start; kernels up
        self._turn = 0  # the index in `order` of the next notebook to take a slot: they start in order
        self._threads = [threading.Thread(target=self._job, args=(nb,), name=f"kernel-{nb.stem}", daemon=True)
                         for nb in self.order]
        for thread in self._threads:
            thread.start()

    def open(self) -> None:
        """Start the first kernels (again: nothing)."""
        with self._changed:
            self._opened = True
            self._changed.notify_all()

    def run(self, notebook: Path, execute: Callable) -> Future:
        """Release `notebook`: it runs as soon as a slot is free; the future holds `execute`'s result."""
        future = Future()
        with self._changed:
            self._released[notebook] = (execute, future)
            self._changed.notify_all()
        return future

    def close(self, stop_running: bool = False) -> None:
        """Stop every thread that has not started its notebook (their kernels shut down, their
        futures cancelled) and wait for all of them; with `stop_running` (the build failed or was
        interrupted), kill the kernels of the notebooks running, which then fail at once."""
        with self._changed:
            self._closing = True
            for _, future in self._released.values():
                future.cancel()  # only one whose notebook has not started
            if stop_running:
                for kernel in self._running.values():
                    kill_kernel(kernel)
            self._changed.notify_all()
        for thread in self._threads:
            thread.join()

    def _wait(self, ready: Callable[[], bool]) -> bool:
        """Wait until `ready()`; False when the build closes first."""
        with self._changed:
            self._changed.wait_for(lambda: self._closing or ready())
            return not self._closing

    def _turn_to_start(self, notebook: Path) -> bool:
        index = self.order.index(notebook)
        return notebook in self._released or (self._opened and self._next == index and self._up < self.alive)

    def _job(self, notebook: Path) -> None:
        kernel, started, counted = None, False, False
        try:
            if not self._wait(lambda: self._turn_to_start(notebook)):
                return
            with self._changed:
                self._next, self._up, counted = max(self._next, self.order.index(notebook) + 1), self._up + 1, True
                self._changed.notify_all()
            try:
                kernel = start_kernel(notebook, self.env, self.cwd)
            except Exception:  # noqa: BLE001 - papermill then starts a kernel itself and reports why it fails
                kernel = None
            if not self._wait(lambda: notebook in self._released):
                return
            execute, future = self._released[notebook]
            if not self._wait(lambda: self._turn == self.order.index(notebook)):
                return
            with self._slots:
                with self._changed:
                    self._turn += 1
                    self._changed.notify_all()
                    if self._closing or not future.set_running_or_notify_cancel():
                        return
                    started = True
                    self._running[notebook] = kernel
                try:
                    future.set_result(execute(notebook, kernel))
                except BaseException as error:  # handed to the build, which raises it
                    future.set_exception(error)
                finally:
                    with self._changed:
                        self._running.pop(notebook, None)
        finally:
            stop_kernel(kernel, now=not started or self._closing)
            with self._changed:
                self._up -= counted
                self._changed.notify_all()
