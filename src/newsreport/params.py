"""Build parameters: what each notebook accepts (read from its `parameters` cell) and checks that
reject a bad value before any notebook runs."""

from __future__ import annotations

from pathlib import Path

from newsreport.errors import ParameterError

# Parameters the build sets itself for every notebook.
BUILD_PARAMETERS = ("corpus_dir", "out_dir")
TYPE_NAMES = {"int": int, "float": (int, float), "str": str, "bool": bool, "list": list, "dict": dict}


def notebook_parameters(notebook: Path) -> dict[str, dict]:
    """The `parameters` cell of `notebook` as {name: {"default": source text, "type": type name}}."""
    import papermill

    return {name: {"default": p["default"], "type": p["inferred_type_name"]}
            for name, p in papermill.inspect_notebook(str(notebook)).items()}


def check_parameters(given: dict, accepted: dict[str, dict]) -> None:
    """Raise ParameterError for a parameter no notebook accepts, or a value of the wrong type."""
    for name, value in given.items():
        if name in BUILD_PARAMETERS:
            continue
        if name not in accepted:
            known = ", ".join(sorted(set(accepted) - set(BUILD_PARAMETERS)))
            raise ParameterError(f"parameter '{name}': unknown (accepted: {known})")
        expected = accepted[name]["type"].split("|")[0].strip().removeprefix("Optional[").rstrip("]")
        default_is_none = accepted[name]["default"].strip() == "None"
        kind = TYPE_NAMES.get(expected)
        if value is None and default_is_none:
            continue
        if kind is not None and (not isinstance(value, kind) or (kind is not bool and isinstance(value, bool))):
            raise ParameterError(f"parameter '{name}': expected {expected}, got {type(value).__name__} {value!r}")
    for name, value in given.items():
        if isinstance(value, (int, float)) and not isinstance(value, bool) and value < 0:
            raise ParameterError(f"parameter '{name}': must not be negative (got {value})")
        if "threshold" in name and isinstance(value, (int, float)) and value > 1:
            raise ParameterError(f"parameter '{name}': a threshold lies between 0 and 1 (got {value})")


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
