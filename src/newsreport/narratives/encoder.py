"""The sentence encoder run by ONNX Runtime: the same all-MiniLM-L6-v2 network as the
sentence-transformers model (token embeddings, mean pooling, unit length), exported once to ONNX.

Why not call sentence-transformers: it pads a batch to its longest sentence, so a sentence's vector
changed (in the seventh decimal) with the sentences it happened to be batched with, and no vector
could be reused across documents. Here every sentence is encoded alone, so its vector depends on
its text only and can be cached anywhere. A process that only encodes needs neither torch nor
transformers (about half a gigabyte less per worker); torch is used once, to write the ONNX file.
"""

from __future__ import annotations

import json
import os
import tempfile
import threading
import warnings
from functools import lru_cache
from importlib import metadata
from pathlib import Path

import numpy as np

from newsreport.errors import ParameterError
from newsreport.left_out import let_torch_in

OPSET = 17
INPUTS = ("input_ids", "attention_mask", "token_type_ids")
SAME_LENGTH_BATCH = 32  # sentences of one length encoded in one call
_EXPORT_LOCK = threading.Lock()


def cache_folder() -> Path:
    """Where exported models are kept: $NEWSREPORT_MODEL_CACHE, else the user's cache folder."""
    named = os.environ.get("NEWSREPORT_MODEL_CACHE")
    if named:
        return Path(named)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "newsreport"


def onnx_file(package: str) -> Path:
    """The ONNX file of `package`'s model, named by the package's version (a new model, a new file)."""
    distribution = package.replace("_", "-")
    try:
        version = metadata.version(distribution)
    except metadata.PackageNotFoundError:
        version = "unknown"
    return cache_folder() / f"{package}-{version}-opset{OPSET}.onnx"


def export(model_dir: Path, target: Path) -> Path:
    """Write the transformer of the sentence-transformers model in `model_dir` to `target` as ONNX
    (written to a temporary file first, so a reader never sees half a model)."""
    # offline: a missing file must fail here rather than trigger a download
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    let_torch_in()  # a build keeps torch out of its process; the exporter is the one step that needs it
    import torch
    from transformers import AutoModel
    from transformers.utils import logging as transformers_logging

    transformers_logging.disable_progress_bar()
    network = AutoModel.from_pretrained(str(model_dir), local_files_only=True).eval()

    class LastHiddenState(torch.nn.Module):
        """The network with keyword inputs and one output, as the exporter wants it."""

        def __init__(self, inner):
            super().__init__()
            self.inner = inner

        def forward(self, input_ids, attention_mask, token_type_ids):
            return self.inner(input_ids=input_ids, attention_mask=attention_mask,
                              token_type_ids=token_type_ids).last_hidden_state

    example = torch.ones((1, 8), dtype=torch.int64)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, scratch = tempfile.mkstemp(prefix=target.name, suffix=".part", dir=target.parent)
    os.close(handle)
    axes = {name: {0: "batch", 1: "tokens"} for name in (*INPUTS, "last_hidden_state")}
    try:
        # the tracer's warnings are about the exporter, not the user's corpus: keep them out of notebooks
        with torch.no_grad(), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            torch.onnx.export(LastHiddenState(network), (example, example, torch.zeros_like(example)), scratch,
                              input_names=list(INPUTS), output_names=["last_hidden_state"],
                              dynamic_axes=axes, opset_version=OPSET, dynamo=False)
        os.chmod(scratch, 0o644)
        os.replace(scratch, target)
    finally:
        if os.path.exists(scratch):
            os.unlink(scratch)
    return target


def ensure_exported(package: str, model_dir: Path) -> Path:
    """The ONNX file of `package`, exported now if it is not there yet (once per machine)."""
    target = onnx_file(package)
    with _EXPORT_LOCK:
        if not target.is_file():
            try:
                export(model_dir, target)
            except OSError as error:
                raise ParameterError(f"embedding: cannot write the ONNX model to {target.parent} ({error}); "
                                     "set NEWSREPORT_MODEL_CACHE to a writable folder") from None
    return target


class Encoder:
    """Unit-length mean-pooled sentence vectors from an ONNX model and its tokenizer."""

    def __init__(self, model_dir: Path, onnx_path: Path):
        import onnxruntime
        from tokenizers import Tokenizer

        settings = json.loads((model_dir / "sentence_bert_config.json").read_text(encoding="utf-8"))
        self.tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(max_length=int(settings.get("max_seq_length", 256)))
        options = onnxruntime.SessionOptions()
        # one thread: the pool already uses every core, and one thread sums in one order everywhere
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        options.log_severity_level = 3
        self.session = onnxruntime.InferenceSession(str(onnx_path), options, providers=["CPUExecutionProvider"])

    def _run(self, ids: np.ndarray) -> np.ndarray:
        """The token states of a batch of sentences of one length (no padding)."""
        feeds = {"input_ids": ids, "attention_mask": np.ones_like(ids), "token_type_ids": np.zeros_like(ids)}
        return self.session.run(None, feeds)[0]

    def encode_one(self, text: str) -> np.ndarray:
        """The vector of `text`, encoded alone (no padding: it depends on `text` only)."""
        return _unit_mean(self._run(np.asarray([self.tokenizer.encode(text).ids], dtype=np.int64))[0])

    def encode_many(self, texts: list[str]) -> list[np.ndarray]:
        """The vectors of `texts`, bit for bit those of `encode_one`: sentences of the same number of
        tokens run together (a batch that needs no padding, so each row's sums are those it has alone),
        which spares ONNX Runtime a call per sentence and lets it multiply larger matrices."""
        token_ids = [self.tokenizer.encode(text).ids for text in texts]
        by_length: dict[int, list[int]] = {}
        for row, ids in enumerate(token_ids):
            by_length.setdefault(len(ids), []).append(row)
        vectors: list[np.ndarray] = [np.empty(0)] * len(texts)
        for rows in by_length.values():
            for start in range(0, len(rows), SAME_LENGTH_BATCH):
                batch = rows[start:start + SAME_LENGTH_BATCH]
                states = self._run(np.asarray([token_ids[row] for row in batch], dtype=np.int64))
                for row, sentence_states in zip(batch, states):
                    vectors[row] = _unit_mean(sentence_states)
        return vectors


def _unit_mean(states: np.ndarray) -> np.ndarray:
    """Mean pooling of one sentence's token states, scaled to unit length."""
    vector = states.mean(axis=0)
    return (vector / max(float(np.linalg.norm(vector)), 1e-12)).astype(np.float32)


@lru_cache(maxsize=2)
def encoder(package: str, model_dir: str) -> Encoder:
    """The Encoder of `package`, made once per process."""
    return Encoder(Path(model_dir), ensure_exported(package, Path(model_dir)))
