"""Keep libraries a build never needs out of its processes, where importing them costs seconds:
- torch: spaCy's thinc imports it whenever it is installed (about 3 s and 0.2 GB per process), in the
  build, its pool workers and its notebook kernels. The sentence encoder runs on ONNX Runtime; only
  exporting the model to ONNX, once per machine, lets torch back in.
- rfc3987_syntax: jsonschema imports it, when installed, to check "iri" formats, and builds its
  grammar on import (about 1.6 s); nbformat, which papermill and nbconvert use, never asks for them.
An import finder makes importing them raise ImportError, which thinc and jsonschema expect. They are
left out of `sys.modules` altogether (a None entry there breaks libraries that look torch up in it,
such as SciPy's array checks)."""

from __future__ import annotations

import sys
from contextlib import contextmanager
from importlib.abc import MetaPathFinder

BUILD_VARIABLE = "NEWSREPORT_LEAVE_OUT"  # set by a build for the kernels it starts
UNNEEDED = ("torch", "rfc3987_syntax")


class LeftOut(MetaPathFinder):
    """Refuses to find the packages in `names` and their submodules."""

    def __init__(self, names=UNNEEDED):
        self.names = set(names)

    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] in self.names:
            raise ImportError(f"{name} is left out of this newsreport process (not needed; see {__name__})")
        return None


def _finder() -> LeftOut | None:
    return next((f for f in sys.meta_path if isinstance(f, LeftOut)), None)


def keep_unneeded_out() -> None:
    """From now on, importing torch or rfc3987_syntax in this process raises ImportError (unless it is
    already loaded)."""
    names = [n for n in UNNEEDED if n not in sys.modules]
    finder = _finder()
    if finder is None:
        sys.meta_path.insert(0, LeftOut(names))
    else:
        finder.names.update(names)


def let_torch_in() -> None:
    """Let torch be imported in this process again."""
    finder = _finder()
    if finder is not None:
        finder.names.discard("torch")


@contextmanager
def imported_without(names):
    """Within the block, importing the packages `names` raises ImportError (a library that treats them
    as optional then goes on without them); afterwards they import as usual."""
    finder = LeftOut([n for n in names if n not in sys.modules])
    sys.meta_path.insert(0, finder)
    try:
        yield
    finally:
        sys.meta_path.remove(finder)
