"""The claim ledger's vocabulary (`config/metrics.yaml`): metric patterns, entity aliases, event
types and compatibility tolerances, compiled once, plus the text lookups that use them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from newsreport.errors import NewsreportError
from newsreport.paths import CONFIG_DIR

METRICS_CONFIG = CONFIG_DIR / "metrics.yaml"
ENTITIES_CONFIG = CONFIG_DIR / "entities.yaml"


@dataclass(frozen=True)
class MetricRule:
    """One metric: its name, explanation label, figure kinds and the patterns that name it."""

    name: str
    label: str
    kinds: tuple[str, ...]
    window: int | None  # None: anywhere in the sentence
    patterns: tuple[re.Pattern, ...]
    user_series: bool = False


@dataclass(frozen=True)
class EventRule:
    """One event type of the timeline: label, whether its dates are key dates, and its patterns."""

    name: str
    label: str
    key: bool
    patterns: tuple[re.Pattern, ...]


@dataclass(frozen=True)
class Vocabulary:
    """Everything the ledger reads from config, compiled."""

    metrics: tuple[MetricRule, ...]
    aliases: tuple[tuple[str, re.Pattern], ...]  # (entity, alias pattern)
    events: tuple[EventRule, ...]
    tolerance: dict = field(default_factory=dict)
    growth_suffix: str = "_growth"
    entity_lookback: int = 4

    def metric(self, name: str) -> MetricRule | None:
        """The rule of metric `name` (growth metrics resolve to their base metric), or None."""
        base = name[: -len(self.growth_suffix)] if name.endswith(self.growth_suffix) else name
        return next((m for m in self.metrics if m.name == base), None)


def alias_pattern(alias: str) -> re.Pattern:
    """A whole-word pattern for `alias`; all-capital aliases ("RED") match case-sensitively."""
    flags = 0 if alias.isupper() or not alias.isascii() else re.IGNORECASE
    return re.compile(rf"(?<![\w#]){re.escape(alias)}(?!\w)", flags)


def load_entity_aliases(metrics_config: dict, entities_path: Path = ENTITIES_CONFIG) -> dict[str, list[str]]:
    """Entity -> aliases. Read from `config/entities.yaml` when it exists and holds a mapping of
    entity names to alias lists (directly or under an `entities:` key, each value a list or a mapping
    with `aliases:`); otherwise from the `entities:` section of metrics.yaml."""
    if entities_path.exists():
        shared = yaml.safe_load(entities_path.read_text(encoding="utf-8")) or {}
        shared = shared.get("entities", shared) if isinstance(shared, dict) else {}
        aliases = {}
        for name, spec in (shared or {}).items():
            values = spec.get("aliases", []) if isinstance(spec, dict) else spec
            if isinstance(values, list):
                aliases[str(name)] = [str(name)] + [str(v) for v in values]
        if aliases:
            return aliases
    return {str(k): [str(v) for v in vs] for k, vs in (metrics_config.get("entities") or {}).items()}


def _compile(patterns, where: str) -> tuple[re.Pattern, ...]:
    try:
        return tuple(re.compile(p, re.IGNORECASE) for p in patterns or [])
    except re.error as error:
        raise NewsreportError(f"{METRICS_CONFIG.name}: bad pattern in {where} ({error})") from error


@lru_cache(maxsize=4)
def load_vocabulary(path: Path = METRICS_CONFIG) -> Vocabulary:
    """Compile `config/metrics.yaml` (or `path`). Raises NewsreportError naming a bad pattern."""
    config = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    default_window = int(config.get("default_window", 60))
    default_kinds = tuple(config.get("default_kinds", ["count"]))
    metrics = []
    for name, spec in (config.get("metrics") or {}).items():
        window = spec.get("window", default_window)
        metrics.append(MetricRule(
            name=name, label=spec.get("label", name.replace("_", " ") + " of {entity}"),
            kinds=tuple(spec.get("kinds", default_kinds)),
            window=None if window == "sentence" else int(window),
            patterns=_compile(spec.get("patterns"), f"metric {name}"),
            user_series=bool(spec.get("user_series", False))))
    aliases = []
    for entity, names in load_entity_aliases(config).items():
        # longer aliases first so "Meta Platforms" is found before "Meta"
        for alias in sorted(set(names), key=len, reverse=True):
            aliases.append((entity, alias_pattern(alias)))
    events = tuple(EventRule(name=name, label=spec.get("label", name), key=bool(spec.get("key", False)),
                             patterns=_compile(spec.get("patterns"), f"event {name}"))
                   for name, spec in (config.get("events") or {}).items())
    return Vocabulary(metrics=tuple(metrics), aliases=tuple(aliases), events=events,
                      tolerance=dict(config.get("tolerance") or {}),
                      growth_suffix=config.get("growth_suffix", "_growth"),
                      entity_lookback=int(config.get("entity_lookback_sentences", 4)))


def entity_mentions(text: str, vocabulary: Vocabulary) -> list[tuple[int, int, str]]:
    """Non-overlapping `(start, end, entity)` alias mentions in `text`, in text order."""
    found = []
    for entity, pattern in vocabulary.aliases:
        for match in pattern.finditer(text):
            if not any(s < match.end() and match.start() < e for s, e, _ in found):
                found.append((match.start(), match.end(), entity))
    return sorted(found)


def span_gap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    """Characters between two spans (0 when they touch or overlap)."""
    return max(0, b_start - a_end, a_start - b_end)


def nearest_metric(sentence: str, start: int, end: int, kind: str, vocabulary: Vocabulary,
                   ) -> MetricRule | None:
    """The metric whose words lie closest to the figure at `[start, end)` of `sentence` (offsets
    relative to the sentence), among metrics accepting figure `kind`; ties go to the longer match."""
    best, best_key = None, None
    for rule in vocabulary.metrics:
        if kind not in rule.kinds:
            continue
        for pattern in rule.patterns:
            for match in pattern.finditer(sentence):
                gap = span_gap(start, end, match.start(), match.end())
                if rule.window is not None and gap > rule.window:
                    continue
                key = (gap, -(match.end() - match.start()))
                if best_key is None or key < best_key:
                    best, best_key = rule, key
    return best
