"""Notebook kernels started ahead of their notebooks, and used again for the next. A kernel takes
about half a second to start and one to two more to import what its notebook imports (pandas,
matplotlib, seaborn, the stage's modules): five notebooks, each in a fresh kernel, spent about ten
seconds of a build there. A build starts one kernel per notebook slot (a core each) while the
documents map of a small change runs in its own process, importing the modules of the notebooks that
kernel is likely to run. Each kernel then runs notebooks one after the other, in the build's order:
between two, the names the last one left behind are cleared (`%reset`), its charts closed, pandas'
display options reset and its execution count set back to 1, so the next runs as in a fresh kernel,
except that the modules it imports are already loaded.

Each kernel has a thread that starts it, runs the notebooks it takes (papermill, with that kernel)
and shuts it down, all in that thread: jupyter's asynchronous managers belong to the event loop of
the thread that made them."""

from __future__ import annotations

import ast
import json
import os
import shutil
import tempfile
import threading
from concurrent.futures import Future
from pathlib import Path
from typing import Callable

KERNEL_NAME = "python3"
KERNEL_ARGUMENTS = ["--log-level=ERROR"]
SOCKETS_PREFIX = "newsreport-kernel-"  # the temporary folder of a kernel's sockets


def warm_up(names: list[str]) -> None:
    """Import the modules `names` (run in a kernel as it starts), then call the `preload()` of each
    of this package's modules that has one: what it loads on first use (a model), loaded while the
    kernel would wait anyway. A name that is not a module (`b` of `from a import b`) is passed over:
    the notebook's own import says what is wrong, if anything."""
    import importlib

    modules = []
    for name in names:
        try:
            modules.append(importlib.import_module(name))
        except ImportError:
            pass
    for module in dict.fromkeys(modules):  # our own modules only: elsewhere the name may mean anything
        if module.__name__.split(".")[0] == __name__.split(".")[0] and callable(getattr(module, "preload", None)):
            module.preload()


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


def warm_up_argument(notebooks) -> str:
    """The kernel option that runs `warm_up` for `notebooks` (a path or a list) as IPython starts,
    before the kernel answers: silently (no execution count, no history), leaving no name behind, so
    that a notebook that forgot an import still fails as it would in a fresh kernel."""
    paths = [notebooks] if isinstance(notebooks, (str, Path)) else list(notebooks)
    modules = list(dict.fromkeys(m for path in paths for m in imported_modules(path)))
    code = f"from newsreport.kernels import warm_up as _w; _w({modules!r}); del _w"
    return f"--IPKernelApp.exec_lines={json.dumps([code])}"


def start_kernel(notebooks, env: dict, cwd: Path):
    """A kernel (an AsyncKernelManager) for `notebooks` (a path or a list), started in `cwd` with
    `env`, importing the modules they import while it starts. Call it in the thread that will run
    the notebooks: jupyter's asynchronous managers belong to the event loop of the thread that made them."""
    from jupyter_client.manager import AsyncKernelManager
    from jupyter_core.utils import run_sync

    # over TCP, the manager picks free ports and closes them before the kernel binds them: a port taken
    # meanwhile (by a client's connection, by the kernel starting beside it) kills the kernel before it
    # answers ('Kernel died before replying to kernel_info', a CI build). Unix sockets in a folder of
    # its own have no such race.
    sockets = tempfile.mkdtemp(prefix=SOCKETS_PREFIX)
    manager = AsyncKernelManager(kernel_name=KERNEL_NAME, transport="ipc", ip=os.path.join(sockets, "kernel"))
    try:
        run_sync(manager.start_kernel)(extra_arguments=KERNEL_ARGUMENTS + [warm_up_argument(notebooks)],
                                       cwd=str(cwd), env=env)
    except BaseException:
        shutil.rmtree(sockets, ignore_errors=True)
        raise
    lower_priority(manager)
    return manager


# A kernel warms up while the build's own process maps the new documents: at a lower priority, it takes
# the core the map leaves idle instead of slowing the map (whose end the notebooks wait for anyway).
KERNEL_NICENESS = 10


def lower_priority(manager) -> None:
    """Run the process of a kernel from `start_kernel` KERNEL_NICENESS steps nicer than the build (where
    the system allows)."""
    process = getattr(getattr(manager, "provisioner", None), "process", None)
    if process is not None:
        try:
            niceness = os.getpriority(os.PRIO_PROCESS, process.pid)  # the build's, inherited
            os.setpriority(os.PRIO_PROCESS, process.pid, min(19, niceness + KERNEL_NICENESS))
        except (OSError, AttributeError):  # a platform without priorities, or a process already gone
            pass


# Run between two notebooks in one kernel (silently: no output, no history, no execution count).
RESET = """\
get_ipython().reset(new_session=True)  # what %reset -f clears, and the count starts again at 1
import os as _os, sys as _sys, warnings as _warnings
_os.chdir({cwd!r})
if "matplotlib.pyplot" in _sys.modules:
    _sys.modules["matplotlib.pyplot"].close("all")
if "pandas" in _sys.modules:
    with _warnings.catch_warnings():
        _warnings.simplefilter("ignore")
        _sys.modules["pandas"].reset_option("all")
del _os, _sys, _warnings
"""


def reset_kernel(manager, cwd: Path, timeout: float = 60) -> bool:
    """Clear what the last notebook left in the kernel of `manager` (see RESET), in the thread that
    started it; False when the kernel does not answer or the reset fails (start a new one then)."""
    from jupyter_core.utils import run_sync

    if manager is None or not manager.has_kernel or not run_sync(manager.is_alive)():
        return False
    client = manager.client()
    client.start_channels()
    try:  # no wait_for_ready: the kernel just ran a notebook, and waiting spends 0.2 s listening for quiet
        reply = run_sync(client.execute_interactive)(RESET.format(cwd=str(cwd)), silent=True, store_history=False,
                                                     timeout=timeout)
        return reply["content"]["status"] == "ok"
    except (RuntimeError, TimeoutError):
        return False
    finally:
        client.stop_channels()


def stop_kernel(manager, now: bool = False) -> None:
    """Shut down a kernel from `start_kernel` (in the thread that started it)."""
    from jupyter_core.utils import run_sync

    if manager is not None and manager.has_kernel:
        run_sync(manager.shutdown_kernel)(now=now)  # removes the sockets; their folder goes here
    sockets = Path(manager.ip).parent if manager is not None and manager.transport == "ipc" else None
    if sockets is not None and sockets.name.startswith(SOCKETS_PREFIX):
        shutil.rmtree(sockets, ignore_errors=True)


def kill_kernel(manager) -> None:
    """Kill the process of a kernel from `start_kernel`, from any thread: a notebook running in it
    fails at once (its thread then shuts the kernel down)."""
    process = getattr(getattr(manager, "provisioner", None), "process", None)
    if process is not None and process.poll() is None:
        process.kill()


class KernelsAhead:
    """The notebooks of a build, run in order in at most `slots` kernels started ahead of them.

    `order` is the order in which they start running; at most `slots` run at once, one per kernel
    (each holds about 0.2 GB ready and more while it runs). After `open()`, the kernels start, each
    importing the modules of the notebooks it is likely to run (`order[i::slots]`). `run(notebook,
    execute)` releases a notebook: `execute(notebook, kernel)` is called in a kernel's thread once
    the notebooks before it have started and a kernel is free (kernel None: papermill starts one);
    the returned future holds its result. `close()` stops the threads and shuts every kernel down."""

    def __init__(self, order: list[Path], env: dict, cwd: Path, slots: int):
        self.order, self.env, self.cwd = list(order), env, cwd
        self.slots = max(1, min(slots, len(self.order)))
        self._released: dict[Path, tuple[Callable, Future]] = {}
        self._running: dict[Path, object] = {}  # notebook -> its kernel, while it runs
        self._changed = threading.Condition()
        self._opened = self._closing = False
        self._turn = 0  # the index in `order` of the next notebook to start: they start in order
        self._threads = [threading.Thread(target=self._job, args=(i,), name=f"kernel-{i}", daemon=True)
                         for i in range(self.slots)]
        for thread in self._threads:
            thread.start()

    def open(self) -> None:
        """Start the kernels (again: nothing)."""
        with self._changed:
            self._opened = True
            self._changed.notify_all()

    def run(self, notebook: Path, execute: Callable) -> Future:
        """Release `notebook`: it runs as soon as its turn comes and a kernel is free; the future
        holds `execute`'s result."""
        future = Future()
        with self._changed:
            self._released[notebook] = (execute, future)
            self._changed.notify_all()
        return future

    def close(self, stop_running: bool = False) -> None:
        """Stop every thread once its notebook is done (notebooks not started are cancelled) and shut
        the kernels down; with `stop_running` (the build failed or was interrupted), kill the kernels
        of the notebooks running, which then fail at once."""
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

    def _next_notebook(self, first: Path | None = None) -> tuple[Path, Callable, Future] | None:
        """Wait for the next notebook in order to be released and take it; None when the build closes
        or every notebook has started. A kernel given its `first` notebook (the one it warmed up for)
        takes nothing before that notebook's turn, so a kernel ready sooner does not take it."""
        earliest = self.order.index(first) if first in self.order else 0
        with self._changed:
            while True:
                self._changed.wait_for(lambda: self._closing or self._turn >= len(self.order)
                                       or (self.order[self._turn] in self._released and self._turn >= earliest))
                if self._closing or self._turn >= len(self.order):
                    return None
                notebook = self.order[self._turn]
                self._turn += 1
                self._changed.notify_all()
                execute, future = self._released[notebook]
                if future.set_running_or_notify_cancel():
                    return notebook, execute, future

    def _job(self, index: int) -> None:
        kernel, fresh, cleared = None, True, False
        likely = self.order[index::self.slots]  # the notebooks this kernel runs if all take as long
        try:
            with self._changed:
                self._changed.wait_for(lambda: self._closing or self._opened or self._released)
                if self._closing:
                    return
            kernel = self._start(likely)
            first = likely[0]
            while (taken := self._next_notebook(first)) is not None:
                notebook, execute, future = taken
                first = None  # later ones: whichever comes next
                if not fresh and not cleared and not reset_kernel(kernel, self.cwd):  # the last one killed it
                    stop_kernel(kernel, now=True)
                    kernel = self._start(likely)
                fresh = cleared = False
                with self._changed:
                    if self._closing:  # closed while the kernel was reset: the notebook does not start
                        future.set_exception(RuntimeError("the build stopped before this notebook ran"))
                        return
                    self._running[notebook] = kernel
                try:
                    future.set_result(execute(notebook, kernel))
                except BaseException as error:  # handed to the build, which raises it
                    future.set_exception(error)
                finally:
                    with self._changed:
                        self._running.pop(notebook, None)
                # cleared now when no notebook is waiting for this kernel (the report notebook is released
                # only once the others are done), so that the next one does not wait for it
                with self._changed:
                    idle = not self._closing and self._turn < len(self.order) \
                        and self.order[self._turn] not in self._released
                cleared = idle and reset_kernel(kernel, self.cwd)
        finally:
            stop_kernel(kernel, now=self._closing)

    def _start(self, notebooks):
        try:
            return start_kernel(notebooks, self.env, self.cwd)
        except Exception:  # noqa: BLE001 - papermill then starts a kernel itself and reports why it fails
            return None
