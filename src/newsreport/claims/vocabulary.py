"""The claim ledger's vocabulary (`config/metrics.yaml`): metric patterns, entity aliases, event
types and compatibility tolerances, compiled once, plus the text lookups that use them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from newsreport.configfile import load_yaml

from newsreport.errors import NewsreportError
from newsreport.paths import CONFIG_DIR

RATE_SUFFIX = re.compile(r"_per_(?:day|week|month|year)$")
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
    on_target: bool = False  # keyed by what it falls on ("a tariff on Zemblan goods"), not by who states it
    of_object: bool = False  # keyed by what it is a share of ("30% of all small parcels")
    place_owned: bool = False  # a place's own measure ("the jobless rate in Nordland" is Nordland's)
    change: bool = False  # a measure that is itself a change ("a 12% pay rise"): no growth of it is read
    verb_details: tuple = ()  # (detail, verbs): "demanded a 15% pay rise" is not the rise agreed
    doubt: str = ""  # why two values may both be right: never a conflict, only a possible discrepancy
    over_time: bool = False  # summed over a quarter or a year: a single day in its sentence dates the report, not it
    no_day: bool = False  # one deal's amount: its day is the deal's (an event of its own), never its period
    window_doubt: bool = False  # `doubt` is about the window counted: a window its sentence states settles it
    day_settles: bool = False  # `doubt` is about when it was counted: a day its sentence states settles it
    doubt_when: str = ""  # a pattern: `doubt` holds only where the sentence matches it (an area burned, not a farm's)
    harm_extents: tuple = ()  # verb details that are the harm's own extent where `doubt_when` names it in other words
    refines: str = ""  # the measure this one narrows when the figure's clause says so ("the total it has raised")
    tally: bool = False  # a running total ("42 people killed"): undated values of articles of other days may both be right
    divisible: bool = False  # a word before its own names a part ("defence spending" is not all spending)
    by_fate: bool = False  # people counted by what happened to them: their noun ("residents", "miners") keys nothing
    one_group: tuple = ()  # nouns that count its one group ("passengers" aboard); ("*",): any person noun (strikers)
    part_nouns: tuple = ()  # nouns that count a part of its people, keyed apart whoever owns it ("crew" aboard)
    in_detail: bool = False  # what the amount is in ("owes $2 billion in taxes") keys it apart
    from_detail: bool = False  # the part an amount came from ("took $12 million from previews") keys it apart
    by_buyers: bool = False  # the buyers an offer's part is reserved for ("the retail portion") key it apart
    no_window: bool = False  # a span its clause names is how long something lasted, not a window it was counted over
    person_owned: bool = False  # the one person its sentence names owns it ("a £40m fee for Ana Ruiz")



@dataclass(frozen=True)
class EventRule:
    """One event type of the timeline: label, whether its dates are key dates, and its patterns."""

    name: str
    label: str
    key: bool
    patterns: tuple[re.Pattern, ...]
    conflicts: bool = False  # two different days for this event (same entity and detail) are a conflict
    agrees: bool = False  # one day from two sources is an agreement; other days are other events (a stock move)
    claim_label: str = ""  # the claim in words: "the day {entity} reached No. 1 on {detail}"
    monthly: bool = False  # it recurs (a rate decision at each meeting): only accounts in one month are compared


@dataclass(frozen=True)
class Vocabulary:
    """Everything the ledger reads from config, compiled."""

    metrics: tuple[MetricRule, ...]
    aliases: tuple[tuple[str, re.Pattern], ...]  # (entity, alias pattern)
    events: tuple[EventRule, ...]
    tolerance: dict = field(default_factory=dict)
    places: tuple[tuple[str, re.Pattern], ...] = ()  # (place, alias pattern): scopes, never owners
    place_names: frozenset = frozenset()  # of those, the places alone (not the persons, media or firms configured)
    held: tuple[re.Pattern, ...] = ()  # words saying a state went on ("maintained", "still"), not an event
    growth_suffix: str = "_growth"
    entity_lookback: int = 4
    person_nouns: frozenset = frozenset()  # counted nouns naming people (a count of people keeps its verb)
    money_nouns: frozenset = frozenset()  # nouns an amount of money can measure ("a $500 threshold", "a $30 duty")
    generic_people: frozenset = frozenset()  # "people", "residents": person nouns naming no group of their own
    synonyms: dict = field(default_factory=dict)  # counted nouns written two ways ("parcels" -> "packages")
    placeholders: frozenset = frozenset()  # "the number", "the total": the measure of the sentence before
    measure_parts: frozenset = frozenset()  # "youth" of "youth unemployment": a part, not the whole measure
    audience_nouns: frozenset = frozenset()  # "people", "audience": over a day or month, its daily or monthly users
    sites: frozenset = frozenset()  # "colliery", "fire": what names the site of a disaster ("the Kesargarh colliery")
    built_things: frozenset = frozenset()  # "factory", "stadium": money written before them is their cost
    states: tuple = ()  # (pattern, event starting it, event ending it): "unavailable from May 8 until May 10"
    event_words: dict = field(default_factory=dict)  # a happening's verb phrase -> its key ("go down" -> a disaster)

    def event(self, name: str) -> EventRule | None:
        """The rule of event type `name`, or None (a config without it)."""
        return next((e for e in self.events if e.name == name), None)

    def metric(self, name: str) -> MetricRule | None:
        """The rule of metric `name` (growth metrics resolve to their base metric), or None."""
        base = name[: -len(self.growth_suffix)] if name.endswith(self.growth_suffix) else name
        base = RATE_SUFFIX.sub("", base)  # "cost_per_day" is a rate of the metric "cost"
        return next((m for m in self.metrics if m.name == base), None)


def alias_pattern(alias: str) -> re.Pattern:
    """A whole-word pattern for `alias`; all-capital aliases ("RED") match case-sensitively."""
    flags = 0 if alias.isupper() or not alias.isascii() else re.IGNORECASE
    return re.compile(rf"(?<![\w#]){re.escape(alias)}(?!\w)", flags)


def configured_aliases() -> list | None:
    """The aliases of the narratives step's `config/entities.yaml`, through its `newsreport.narratives.entities`
    module; None when that module or file is absent."""
    try:
        from newsreport.narratives.entities import load_entities
    except ImportError:
        return None
    return load_entities(ENTITIES_CONFIG) if ENTITIES_CONFIG.exists() else None


def shared_entity_aliases(types: set[str], invert: bool = False) -> list[tuple[str, re.Pattern]] | None:
    """(entity, pattern) pairs of `configured_aliases` for entities of `types` (of every other type with
    `invert`); None when there are none configured."""
    aliases = configured_aliases()
    return None if aliases is None else [(a.entity, a.pattern) for a in aliases if (a.type in types) != invert]


def configured_place_names() -> frozenset:
    """The configured entities typed `place`: a person or a data firm configured is never a figure's owner, but no
    place either (an event is a person's: "Governor Reyes was sworn in on Monday")."""
    return frozenset(a.entity for a in configured_aliases() or [] if a.type == "place")


def fallback_entity_aliases(metrics_config: dict) -> list[tuple[str, re.Pattern]]:
    """(entity, pattern) pairs from the `entities:` section of metrics.yaml."""
    pairs = []
    for entity, names in (metrics_config.get("entities") or {}).items():
        pairs += [(str(entity), alias_pattern(str(name))) for name in names]
    return pairs


def _compile(patterns, where: str) -> tuple[re.Pattern, ...]:
    try:
        return tuple(re.compile(p, re.IGNORECASE) for p in patterns or [])
    except re.error as error:
        raise NewsreportError(f"{METRICS_CONFIG.name}: bad pattern in {where} ({error})") from error


def _group_nouns(value) -> tuple:
    """A metric's `one_group`: true for any person noun ("*"), or the list of nouns that count its one group."""
    return ("*",) if value is True else tuple(str(w).lower() for w in value or ())


@lru_cache(maxsize=4)
def load_vocabulary(path: Path = METRICS_CONFIG) -> Vocabulary:
    """Compile `config/metrics.yaml` (or `path`). Raises NewsreportError naming a bad pattern."""
    config = load_yaml(Path(path).read_text(encoding="utf-8")) or {}
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
            user_series=bool(spec.get("user_series", False)), on_target=bool(spec.get("on_target", False)),
            of_object=bool(spec.get("of_object", False)), place_owned=bool(spec.get("place_owned", False)),
            change=bool(spec.get("change", False)),
            verb_details=tuple((str(k), frozenset(v)) for k, v in (spec.get("verb_details") or {}).items()),
            doubt=str(spec.get("doubt", "")), doubt_when=str(spec.get("doubt_when", "")),
            over_time=bool(spec.get("over_time", False)),
            no_day=bool(spec.get("no_day", False)), window_doubt=bool(spec.get("window_doubt", False)),
            day_settles=bool(spec.get("day_settles", False)),
            harm_extents=tuple(str(d) for d in (spec.get("harm_extents") or [])),
            refines=str(spec.get("refines") or ""),
            tally=bool(spec.get("tally", False)), divisible=bool(spec.get("divisible", False)),
            by_fate=bool(spec.get("by_fate", False)), one_group=_group_nouns(spec.get("one_group")),
            part_nouns=tuple(str(w).lower() for w in spec.get("part_nouns") or ()),
            in_detail=bool(spec.get("in_detail", False)),
            from_detail=bool(spec.get("from_detail", False)),
            by_buyers=bool(spec.get("by_buyers", False)), no_window=bool(spec.get("no_window", False)),
            person_owned=bool(spec.get("person_owned", False))))
    types = set(config.get("claim_entity_types") or [])
    aliases = shared_entity_aliases(types)
    if not aliases:
        aliases = fallback_entity_aliases(config)
    events = tuple(EventRule(name=name, label=spec.get("label", name), key=bool(spec.get("key", False)),
                             patterns=_compile(spec.get("patterns"), f"event {name}"),
                             conflicts=bool(spec.get("conflicts", False)),
                             agrees=bool(spec.get("agrees", False)),
                             claim_label=str(spec.get("claim_label", "")), monthly=bool(spec.get("monthly", False)))
                   for name, spec in (config.get("events") or {}).items())
    places = shared_entity_aliases(types, invert=True) or []  # places, stores, courts, firms: never owners
    return Vocabulary(metrics=tuple(metrics), aliases=tuple(aliases), events=events, places=tuple(places),
                      place_names=configured_place_names(),
                      tolerance=dict(config.get("tolerance") or {}),
                      held=_compile(config.get("held_state_patterns"), "held_state_patterns"),
                      person_nouns=frozenset(str(w).lower() for w in (config.get("person_nouns") or [])  # a country's
                                             + [w for w in config.get("audience_nouns") or [] if w != "audience"]),  # people too
                      money_nouns=frozenset(str(w).lower() for w in config.get("money_nouns") or []),
                      generic_people=frozenset(str(w).lower() for w in config.get("generic_people") or []),
                      synonyms={str(k).lower(): str(v).lower() for k, v in (config.get("synonyms") or {}).items()},
                      placeholders=frozenset(str(w).lower() for w in config.get("placeholder_nouns") or []),
                      audience_nouns=frozenset(str(w).lower() for w in config.get("audience_nouns") or []),
                      sites=frozenset(str(w).lower() for w in config.get("site_nouns") or []),
                      built_things=frozenset(str(w).lower() for w in config.get("built_things") or []),
                      measure_parts=frozenset(str(w).lower() for w in config.get("measure_parts") or []),
                      states=tuple((_compile([spec["words"]], "event_states")[0], str(spec.get("starts") or ""),
                                    str(spec.get("ends") or "")) for spec in config.get("event_states") or []),
                      event_words={**{str(w).lower(): str(w).lower() for w in config.get("event_nouns") or []},
                                   **{" ".join(str(p).lower().split()): str(key) for key, phrases in
                                      (config.get("event_synonyms") or {}).items() for p in phrases}},
                      growth_suffix=config.get("growth_suffix", "_growth"),
                      entity_lookback=int(config.get("entity_lookback_sentences", 4)))


def entity_mentions(text: str, vocabulary: Vocabulary) -> list[tuple[int, int, str]]:
    """Non-overlapping `(start, end, entity)` alias mentions in `text`, in text order; where
    aliases overlap the longest wins ("Meta Platforms" over "Meta")."""
    candidates = [(match.start(), match.end(), entity) for entity, pattern in vocabulary.aliases
                  for match in pattern.finditer(text) if match.end() > match.start()]
    found = []
    for start, end, entity in sorted(candidates, key=lambda c: (c[0] - c[1], c[0])):
        if all(end <= s or start >= e for s, e, _ in found):
            found.append((start, end, entity))
    return sorted(found)


def span_gap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    """Characters between two spans (0 when they touch or overlap)."""
    return max(0, b_start - a_end, a_start - b_end)


def nearest_metric(sentence: str, start: int, end: int, kind: str, vocabulary: Vocabulary,
                   in_phrase: bool = False) -> tuple[MetricRule | None, tuple[int, int] | None]:
    """The metric whose words lie closest to the figure at `[start, end)` of `sentence` (offsets
    relative to the sentence), among metrics accepting figure `kind`; ties go to the longer match.
    With `in_phrase`, `sentence` is the figure's own measure phrase: windows do not apply and the
    longest match wins ("monthly active users" over "users").
    Returns the rule and the span of its words in the sentence, or (None, None)."""
    best, best_key, best_span = None, None, None
    for rule in vocabulary.metrics:
        if kind not in rule.kinds:
            continue
        for pattern in rule.patterns:
            for match in pattern.finditer(sentence):
                gap = span_gap(start, end, match.start(), match.end())
                if rule.window is not None and gap > rule.window and not in_phrase:
                    continue
                key = (-(match.end() - match.start()), match.start()) if in_phrase else \
                    (gap, -(match.end() - match.start()))
                if best_key is None or key < best_key:
                    best, best_key, best_span = rule, key, (match.start(), match.end())
    return best, best_span


def refined(metric: str, clause: str, vocabulary: Vocabulary) -> str:
    """The measure that narrows `metric` where the figure's whole clause names it ("valuing it at $2.5 billion at the
    IPO price": the offer's valuation), else `metric`."""
    narrower = nearest_metric(clause, 0, 0, "money", vocabulary, in_phrase=True)[0]
    return narrower.name if narrower is not None and narrower.refines == metric else metric


def cut_short(rule: MetricRule, reading) -> bool:
    """Whether `rule` was read in a figure's own phrase only by a pattern that looks past its words (a lookahead) and
    that the whole clause then fails: "90,000 people joined" is a phrase the parse cut before "the march in Kelby",
    so "joined" with nothing after it (new users of an app) is not what the clause says."""
    found = [p for p in rule.patterns if p.search(reading.measure_text)]
    return bool(found) and all("(?=" in p.pattern and not p.search(reading.clause_text) for p in found)


def added_metric(name: str, kind: str, direction: str, vocabulary: Vocabulary) -> str:
    """'new_users' for users added ("gained 40,000 users in a week" = "40,000 new users joined"),
    when config names such a measure; else ''."""
    if kind == "count" and direction == "up" and vocabulary.metric(f"new_{name}") is not None:
        return f"new_{name}"
    if kind == "count" and direction == "up" and name.startswith("new_") and vocabulary.metric(name) is not None:
        return name  # "700,000 people joined Plume": new users are already what was added
    return ""


def growth_metric(name: str, vocabulary: Vocabulary) -> str:
    """'price: dress' -> 'price_growth: dress': the change in a measure keeps its detail."""
    base, sep, detail = name.partition(": ")
    return base + vocabulary.growth_suffix + sep + detail
