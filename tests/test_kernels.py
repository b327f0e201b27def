"""Kernels started ahead of their notebooks and used again for the next: a notebook runs in one as it
would in a fresh kernel, and a build leaves no kernel behind, whether its notebooks ran or not."""

import json
import os
import threading
import time

import nbformat
import papermill
import psutil
import pytest

from newsreport.kernels import KernelsAhead, imported_modules, start_kernel, stop_kernel
from tests.conftest import ROOT


def notebook(path, *cells):
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in cells])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, path)
    return path


def kernel_processes():
    return [p for p in psutil.Process().children(recursive=True) if "ipykernel" in " ".join(p.cmdline())]


def executed(path):
    return nbformat.read(path, as_version=4)


def test_the_modules_a_notebook_imports_are_read_from_its_cells():
    modules = imported_modules(ROOT / "notebooks" / "04_claims.ipynb")
    assert {"pandas", "newsreport.claims.outputs", "newsreport.pipeline"} <= set(modules)
    assert modules.index("pandas") < modules.index("newsreport.claims.outputs")  # in the order cells import them


def test_cells_that_are_not_python_are_passed_over(tmp_path):
    path = notebook(tmp_path / "magic.ipynb", "%matplotlib inline\nimport json", "from os import path as p")
    assert imported_modules(path) == ["os", "os.path"]


def test_a_notebook_runs_in_a_warm_kernel_as_in_a_fresh_one(tmp_path):
    # the warm-up imported colorsys and fractions (no fresh kernel has); the notebook still has to
    # import them itself (here fractions a cell too late), and its first cell is still cell 1
    path = notebook(tmp_path / "nb.ipynb", "import sys\nprint('colorsys' in sys.modules)", "fractions.Fraction(1, 2)",
                    "import colorsys, fractions")
    kernel = start_kernel(path, dict(os.environ), tmp_path)
    try:
        assert kernel is not None and kernel.has_kernel
        with pytest.raises(papermill.PapermillExecutionError, match="NameError"):
            papermill.execute_notebook(str(path), str(tmp_path / "out.ipynb"), km=kernel, progress_bar=False)
    finally:
        stop_kernel(kernel)
    cells = [c for c in executed(tmp_path / "out.ipynb").cells if c.cell_type == "code"]  # papermill adds a note
    assert cells[0].execution_count == 1 and cells[0].outputs[0]["text"] == "True\n"


def test_notebooks_run_in_order_and_no_kernel_is_left(tmp_path):
    order = [notebook(tmp_path / f"{n}.ipynb", "import os", f"print({n})") for n in (3, 1, 2)]
    ran, lock = [], threading.Lock()

    def execute(path, kernel):
        papermill.execute_notebook(str(path), str(tmp_path / f"out-{path.name}"), km=kernel, progress_bar=False)
        with lock:
            ran.append((path.stem, kernel is not None, len(kernel_processes())))
        return path.stem

    kernels = KernelsAhead(order, dict(os.environ), tmp_path, slots=1)
    try:
        kernels.open()
        assert [kernels.run(path, execute).result(timeout=120) for path in order] == ["3", "1", "2"]
    finally:
        kernels.close()
    # each in a kernel started ahead, never more than one kernel up (one slot)
    assert ran == [("3", True, 1), ("1", True, 1), ("2", True, 1)]
    assert json.dumps(executed(tmp_path / "out-1.ipynb").cells[1].outputs[0]["text"]) == '"1\\n"'
    assert kernel_processes() == []


def test_closing_before_the_notebooks_run_shuts_the_warm_kernels_down(tmp_path):
    order = [notebook(tmp_path / f"{n}.ipynb", "import os") for n in range(3)]
    kernels = KernelsAhead(order, dict(os.environ), tmp_path, slots=2)
    kernels.open()
    deadline = time.monotonic() + 60
    while len(kernel_processes()) < 2 and time.monotonic() < deadline:
        time.sleep(0.2)
    assert len(kernel_processes()) == 2  # one per slot: the third notebook will run in one of them
    time.sleep(1)
    assert len(kernel_processes()) == 2
    kernels.close()
    assert kernel_processes() == []


def test_a_failing_notebook_reaches_the_build_and_the_rest_are_cancelled(tmp_path):
    order = [notebook(tmp_path / "bad.ipynb", "1 / 0"), notebook(tmp_path / "next.ipynb", "import os")]

    def execute(path, kernel):
        papermill.execute_notebook(str(path), str(tmp_path / f"out-{path.name}"), km=kernel, progress_bar=False)

    kernels = KernelsAhead(order, dict(os.environ), tmp_path, slots=1)
    try:
        kernels.open()
        failed = kernels.run(order[0], execute)
        with pytest.raises(papermill.PapermillExecutionError, match="ZeroDivisionError"):
            failed.result(timeout=120)
    finally:
        kernels.close()
    assert kernel_processes() == []


def test_a_build_that_stops_kills_the_notebooks_still_running(tmp_path):
    order = [notebook(tmp_path / "slow.ipynb", "import time\ntime.sleep(120)")]
    started = threading.Event()

    def execute(path, kernel):
        started.set()
        papermill.execute_notebook(str(path), str(tmp_path / "out.ipynb"), km=kernel, progress_bar=False)

    kernels = KernelsAhead(order, dict(os.environ), tmp_path, slots=1)
    kernels.open()
    running = kernels.run(order[0], execute)
    assert started.wait(timeout=60)
    time.sleep(2)  # into the sleep
    begun = time.monotonic()
    kernels.close(stop_running=True)
    assert time.monotonic() - begun < 30  # not the two minutes of the notebook
    assert running.exception(timeout=1) is not None
    assert kernel_processes() == []


def test_notebooks_start_in_the_given_order_whatever_order_they_are_released_in(tmp_path):
    # the build runs its longest notebooks first: a notebook whose kernel is ready earlier waits its turn
    order = [notebook(tmp_path / f"{n}.ipynb", "import os") for n in ("claims", "narratives", "figures")]
    began, lock = [], threading.Lock()

    def execute(path, kernel):
        with lock:
            began.append(path.stem)

    kernels = KernelsAhead(order, dict(os.environ), tmp_path, slots=1)
    try:
        kernels.open()
        futures = [kernels.run(path, execute) for path in reversed(order[1:])]
        time.sleep(3)  # the kernels are up: the later notebooks would have started by now
        futures.append(kernels.run(order[0], execute))
        for future in futures:
            future.result(timeout=120)
    finally:
        kernels.close()
    assert began == ["claims", "narratives", "figures"]


def test_the_next_notebook_in_a_kernel_starts_clean_with_the_modules_loaded(tmp_path):
    # one kernel runs both: the second sees no name of the first, counts its cells from 1, has pandas'
    # default options and its working folder back, and finds the first one's modules already imported
    first = notebook(tmp_path / "first.ipynb", "import os, fractions, pandas as pd\nleft_behind = 1",
                     "pd.set_option('display.max_colwidth', 7)\nos.chdir('/')")
    second = notebook(tmp_path / "second.ipynb", "import os, sys\nprint('fractions' in sys.modules, os.getcwd())",
                      "import pandas as pd\nprint(pd.get_option('display.max_colwidth'))", "left_behind")
    kernels_seen = []

    def execute(path, kernel):
        kernels_seen.append(kernel)
        papermill.execute_notebook(str(path), str(tmp_path / f"out-{path.name}"), km=kernel, progress_bar=False)

    kernels = KernelsAhead([first, second], dict(os.environ), tmp_path, slots=1)
    try:
        kernels.open()
        kernels.run(first, execute).result(timeout=120)
        with pytest.raises(papermill.PapermillExecutionError, match="NameError"):
            kernels.run(second, execute).result(timeout=120)
    finally:
        kernels.close()
    assert kernels_seen[0] is kernels_seen[1] and kernels_seen[0] is not None
    cells = [c for c in executed(tmp_path / "out-second.ipynb").cells if c.cell_type == "code"]
    assert cells[0].execution_count == 1
    assert cells[0].outputs[0]["text"] == f"True {tmp_path}\n"
    assert cells[1].outputs[0]["text"] == "50\n"
    assert kernel_processes() == []


def test_a_kernel_a_notebook_killed_is_replaced_for_the_next(tmp_path):
    first = notebook(tmp_path / "first.ipynb", "import os\nos._exit(1)")
    second = notebook(tmp_path / "second.ipynb", "print('ran')")

    def execute(path, kernel):
        papermill.execute_notebook(str(path), str(tmp_path / f"out-{path.name}"), km=kernel, progress_bar=False)
        return kernel

    kernels = KernelsAhead([first, second], dict(os.environ), tmp_path, slots=1)
    try:
        kernels.open()
        assert kernels.run(first, execute).exception(timeout=120) is not None
        assert kernels.run(second, execute).result(timeout=120) is not None
    finally:
        kernels.close()
    assert executed(tmp_path / "out-second.ipynb").cells[-1].outputs[0]["text"] == "ran\n"
    assert kernel_processes() == []


def test_kernels_run_at_a_lower_priority_than_the_build(tmp_path):
    # they warm up while the build's process maps the new documents: they must not slow it
    kernel = start_kernel(notebook(tmp_path / "nb.ipynb", "import os"), dict(os.environ), tmp_path)
    try:
        (process,) = kernel_processes()
        assert process.nice() == min(19, psutil.Process().nice() + 10)
    finally:
        stop_kernel(kernel)


def test_warm_up_imports_and_calls_preload_where_a_module_of_ours_has_one(tmp_path, monkeypatch):
    import sys
    import types

    from newsreport.kernels import warm_up

    ours = types.ModuleType("newsreport.loads_a_model")
    ours.loaded = []
    ours.preload = lambda: ours.loaded.append("model")
    monkeypatch.setitem(sys.modules, ours.__name__, ours)
    (tmp_path / "someone_elses.py").write_text("called = []\ndef preload():\n    called.append(1)\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    warm_up(["newsreport.loads_a_model", "newsreport.loads_a_model.preload", "someone_elses", "no_such_module"])
    import someone_elses

    assert ours.loaded == ["model"]  # once, though named twice
    assert someone_elses.called == []  # imported, but a preload outside the package means something else


def test_each_kernel_runs_first_the_notebook_it_warmed_up_for(tmp_path):
    # two slots: the first kernel warms up for the first notebook, the second for the second; each
    # notebook checks that its own module (imported by a later cell) was loaded by the warm-up
    order = [notebook(tmp_path / f"{name}.ipynb", "import sys\nprint(sys.modules.get(%r) is not None)" % module,
                      f"import {module}")
             for name, module in (("longest", "colorsys"), ("second", "fractions"))]
    printed = {}

    def execute(path, kernel):
        papermill.execute_notebook(str(path), str(tmp_path / f"out-{path.name}"), km=kernel, progress_bar=False)
        printed[path.stem] = executed(tmp_path / f"out-{path.name}").cells[-2].outputs[0]["text"]

    kernels = KernelsAhead(order, dict(os.environ), tmp_path, slots=2)
    try:
        kernels.open()
        for future in [kernels.run(path, execute) for path in order]:
            future.result(timeout=120)
    finally:
        kernels.close()
    assert printed == {"longest": "True\n", "second": "True\n"}


def test_kernels_started_side_by_side_talk_over_sockets_of_their_own(tmp_path):
    # over TCP a kernel binds ports its manager chose and let go: one taken meanwhile killed a build's
    # kernel before it answered; each kernel here has unix sockets in a folder of its own, gone after it
    paths = [notebook(tmp_path / f"nb{n}.ipynb", f"print({n} * 7)") for n in (1, 2)]
    started = {}

    def start(path):
        started[path.stem] = start_kernel(path, dict(os.environ), tmp_path)

    threads = [threading.Thread(target=start, args=(path,)) for path in paths]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    kernels = [started[path.stem] for path in paths]
    folders = [os.path.dirname(kernel.ip) for kernel in kernels]
    try:
        assert [kernel.transport for kernel in kernels] == ["ipc", "ipc"] and folders[0] != folders[1]
        for path, kernel in zip(paths, kernels):
            papermill.execute_notebook(str(path), str(tmp_path / f"out-{path.name}"), km=kernel, progress_bar=False)
    finally:
        for kernel in kernels:
            stop_kernel(kernel)
    assert [executed(tmp_path / f"out-{path.name}").cells[-1].outputs[0]["text"] for path in paths] == ["7\n", "14\n"]
    assert not any(os.path.exists(folder) for folder in folders)
    assert kernel_processes() == []
