"""Reading the YAML config files of `config/`: one place that turns a missing, unparsable or
unversioned file into a ParameterError naming the file."""

from __future__ import annotations

from pathlib import Path

import yaml

from newsreport.errors import ParameterError


def read_config(path: Path | str, what: str) -> dict:
    """The mapping in YAML file `path` (a `what` config). Raises ParameterError naming the file when
    it is missing, is not valid YAML, is not a mapping, or has no `version` key."""
    path = Path(path)
    if not path.is_file():
        raise ParameterError(f"{path}: {what} config not found")
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise ParameterError(f"{path}: not valid YAML ({str(error).splitlines()[0]})") from None
    if not isinstance(raw, dict):
        raise ParameterError(f"{path}: must be a mapping of keys, starting with `version`")
    if "version" not in raw:
        raise ParameterError(f"{path}: missing key `version`")
    return raw
