"""Page chrome: whole lines (audio players, paywall prompts, share buttons) matched by the patterns of
`config/chrome.yaml`, kept in the text but set aside as excluded spans."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from newsreport.configfile import load_yaml

from newsreport.paths import CONFIG_DIR


@dataclass(frozen=True)
class Span:
    """A half-open character span `[start, end)` of a document body, with why it is there."""

    start: int
    end: int
    label: str


def load_chrome_patterns(path: Path | None = None) -> list[re.Pattern]:
    """Compile the whole-line chrome patterns of `config/chrome.yaml` (or `path`)."""
    config = load_yaml(Path(path or CONFIG_DIR / "chrome.yaml").read_text(encoding="utf-8"))
    return [re.compile(rf"(?:{p})", re.IGNORECASE) for p in config.get("line_patterns", [])]


def find_excluded_spans(text: str, patterns: list[re.Pattern]) -> list[Span]:
    """Spans of whole lines of `text` that match a chrome pattern (the line's text, not its newline)."""
    spans = []
    for line in re.finditer(r"[^\n]+", text):
        stripped = line.group().strip()
        if not stripped:
            continue
        if any(p.fullmatch(stripped) for p in patterns):
            left = line.start() + (len(line.group()) - len(line.group().lstrip()))
            spans.append(Span(left, left + len(stripped), "chrome"))
    return spans
