"""Build parameters: what each notebook accepts (read from its `parameters` cell) and checks that
reject a bad value before any notebook runs."""

from __future__ import annotations

import re
from pathlib import Path

from newsreport.errors import ParameterError

# Parameters the build sets itself for every notebook.
BUILD_PARAMETERS = ("corpus_dir", "out_dir")
TYPE_NAMES = {"int": int, "float": (int, float), "str": str, "bool": bool, "list": list, "dict": dict}
# Parameters that select frames by name (`frames`, `shown_frames`, ...): checked against the frames config.
FRAME_SELECTION = re.compile(r"(?:^|_)frames?$")
FRAMES_CONFIG_PARAMETER = "frames_config"


def notebook_parameters(notebook: Path) -> dict[str, dict]:
    """The `parameters` cell of `notebook` as {name: {"default": source text, "type": type name}}."""
    import papermill

    return {name: {"default": p["default"], "type": p["inferred_type_name"]}
            for name, p in papermill.inspect_notebook(str(notebook)).items()}


def expected_type(spec: dict) -> str | None:
    """The type name a parameter's value must have: its annotation when the notebook has one, else
    the type of its default (`0.4` -> float, `["a"]` -> list); None when the default is None."""
    import ast

    annotated = spec["type"].split("|")[0].strip().removeprefix("Optional[").rstrip("]")
    if annotated in TYPE_NAMES:
        return annotated
    try:
        default = ast.literal_eval(spec["default"].strip())
    except (ValueError, SyntaxError):
        return None
    return None if default is None else type(default).__name__


def check_parameters(given: dict, accepted: dict[str, dict]) -> None:
    """Raise ParameterError for a parameter no notebook accepts, a value of the wrong type (against the
    notebook's annotation or default), a negative number, a threshold outside 0..1, a `*_config` file
    that does not exist, or a frame name the frames config does not define."""
    for name, value in given.items():
        if name in BUILD_PARAMETERS:
            continue
        if name not in accepted:
            known = ", ".join(sorted(set(accepted) - set(BUILD_PARAMETERS)))
            raise ParameterError(f"parameter '{name}': unknown (accepted: {known})")
        expected = expected_type(accepted[name])
        kind = TYPE_NAMES.get(expected)
        if value is None and accepted[name]["default"].strip() == "None":
            continue
        if kind is not None and (not isinstance(value, kind) or (kind is not bool and isinstance(value, bool))):
            raise ParameterError(f"parameter '{name}': expected {expected}, got {type(value).__name__} {value!r}")
    for name, value in given.items():
        is_number = isinstance(value, (int, float)) and not isinstance(value, bool)
        if is_number and value < 0:
            raise ParameterError(f"parameter '{name}': must not be negative (got {value})")
        if "threshold" in name and value is not None and not isinstance(value, dict):
            if not is_number:
                raise ParameterError(f"parameter '{name}': expected a number between 0 and 1, "
                                     f"got {type(value).__name__} {value!r}")
            if value > 1:
                raise ParameterError(f"parameter '{name}': a threshold lies between 0 and 1 (got {value})")
        if name.endswith("_config") and value not in (None, "") and not Path(str(value)).is_file():
            raise ParameterError(f"parameter '{name}': {value}: file not found")
    check_frame_parameters(given)


def check_frame_parameters(given: dict) -> None:
    """Raise ParameterError for a frames config that does not load, a frame name it does not define
    (in a frame selection such as `frames=[...]` or as a key of a per-frame threshold mapping), a
    per-frame threshold outside 0..1, or an unknown `final_method`."""
    from newsreport.narratives.config import FINAL_METHODS, load_frames

    if "final_method" in given and given["final_method"] not in FINAL_METHODS:
        raise ParameterError(f"parameter 'final_method': must be one of {', '.join(FINAL_METHODS)} "
                             f"(got {given['final_method']!r})")
    selections = {name: value for name, value in given.items()
                  if FRAME_SELECTION.search(name) and isinstance(value, (str, list)) and value not in ("", [])}
    per_frame = {name: value for name, value in given.items() if "threshold" in name and isinstance(value, dict)}
    if not (selections or per_frame or given.get(FRAMES_CONFIG_PARAMETER)):
        return
    config = load_frames(given.get(FRAMES_CONFIG_PARAMETER) or None)  # raises ParameterError naming the file
    known = config.names
    for name, value in selections.items():
        for frame in [value] if isinstance(value, str) else value:
            if frame not in known:
                raise ParameterError(f"parameter '{name}': unknown frame {frame!r} "
                                     f"(frames in {config.path.name}: {', '.join(known)})")
    for name, mapping in per_frame.items():
        for frame, threshold in mapping.items():
            if frame not in known:
                raise ParameterError(f"parameter '{name}': unknown frame {frame!r} "
                                     f"(frames in {config.path.name}: {', '.join(known)})")
            if isinstance(threshold, bool) or not isinstance(threshold, (int, float)) or not 0 <= threshold <= 1:
                raise ParameterError(f"parameter '{name}': threshold for {frame!r} must be a number "
                                     f"between 0 and 1 (got {threshold!r})")


def text_where_text_expected(given: dict, accepted: dict[str, dict]) -> dict:
    """`given` with numbers and booleans turned into text for parameters whose default is text, so
    `-p title=2025` (read as YAML, hence a number) is the title "2025", not a type error."""
    return {name: str(value) if expected_type(accepted.get(name, {"type": "", "default": "None"})) == "str"
            and isinstance(value, (int, float, bool)) else value for name, value in given.items()}


def parse_assignment(text: str) -> tuple[str, object]:
    """`NAME=VALUE` from the command line; VALUE is read as YAML (numbers, lists, null) else text."""
    import yaml

    if "=" not in text:
        raise ParameterError(f"parameter '{text}': expected NAME=VALUE")
    name, raw = text.split("=", 1)
    try:
        value = yaml.safe_load(raw) if raw.strip() else ""
    except yaml.YAMLError:
        value = raw
    return name.strip(), value


def absolute_paths(given: dict) -> dict:
    """Parameters whose text names an existing file or folder relative to the caller's working folder,
    made absolute: notebooks run in `notebooks/`, where the same relative path would point elsewhere."""
    resolved = {}
    for name, value in given.items():
        if isinstance(value, str) and value and not Path(value).is_absolute() and Path(value).exists():
            value = str(Path(value).resolve())
        resolved[name] = value
    return resolved
