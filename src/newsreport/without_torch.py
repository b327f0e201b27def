"""Keep torch out of a process that does not need it. spaCy's thinc imports torch whenever it is
installed (about 3 s and 0.2 GB per process), and nothing a build runs needs it, in its own process,
its pool workers or its notebook kernels: the sentence encoder runs on ONNX Runtime (only exporting
the model to ONNX, once per machine, lets torch back in). An import finder makes
`import torch` raise ImportError, which thinc expects; torch is left out of `sys.modules` altogether
(a None entry there breaks libraries that look torch up in it, such as SciPy's array checks)."""

from __future__ import annotations

import sys
from importlib.abc import MetaPathFinder

BUILD_VARIABLE = "NEWSREPORT_WITHOUT_TORCH"  # set by a build for the kernels it starts


class TorchLeftOut(MetaPathFinder):
    """Refuses to find torch and its submodules."""

    def find_spec(self, name, path=None, target=None):
        if name == "torch" or name.startswith("torch."):
            raise ImportError(f"{name} is left out of this newsreport process (not needed; see {__name__})")
        return None


def keep_torch_out() -> None:
    """From now on, `import torch` in this process raises ImportError (unless torch is already loaded)."""
    if "torch" not in sys.modules and not any(isinstance(f, TorchLeftOut) for f in sys.meta_path):
        sys.meta_path.insert(0, TorchLeftOut())


def let_torch_in() -> None:
    """Undo `keep_torch_out` in this process."""
    sys.meta_path[:] = [f for f in sys.meta_path if not isinstance(f, TorchLeftOut)]
