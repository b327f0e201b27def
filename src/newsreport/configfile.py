"""Reading the YAML config files of `config/`: one place that turns a missing, unparsable or
unversioned file into a ParameterError naming the file."""

from __future__ import annotations

from pathlib import Path

import yaml

from newsreport.errors import ParameterError

# libyaml's parser when PyYAML was built with it: the same safe loading, about ten times faster (the
# frames, entities and metrics configs are read in every process of a build)
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str):
    """`text` parsed as YAML with the safe loader (no arbitrary objects)."""
    return yaml.load(text, Loader=SAFE_LOADER)  # noqa: S506 - a safe loader


def read_config(path: Path | str, what: str) -> dict:
    """The mapping in YAML file `path` (a `what` config). Raises ParameterError naming the file when
    it is missing, is not valid YAML, is not a mapping, or has no `version` key."""
    path = Path(path)
    if not path.is_file():
        raise ParameterError(f"{path}: {what} config not found")
    try:
        raw = load_yaml(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise ParameterError(f"{path}: not valid YAML ({str(error).splitlines()[0]})") from None
    if not isinstance(raw, dict):
        raise ParameterError(f"{path}: must be a mapping of keys, starting with `version`")
    if "version" not in raw:
        raise ParameterError(f"{path}: missing key `version`")
    return raw
