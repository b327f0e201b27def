"""The unit two values must share to be compared. Money compares within one currency; a figure of a physical
unit ("48.6 degrees", "49.1C", "500 megawatts", "48,000 acres") within one unit, written any of its ways, so
"500 MW" and "400 megawatts" are compared and "120F" is never read against "49C" (lengths, masses, volumes and
areas are first restated in one unit of their dimension: `unit_conversion`). Counts, percentages,
durations and days compare as before (their own rules scale or ignore the unit)."""

from __future__ import annotations

import re

# spellings of one unit -> its class; a unit not listed compares only with itself as written (lower case)
UNIT_CLASSES = {
    "degrees": "degrees", "degree": "degrees", "°": "degrees",  # no scale named: compared only with itself
    "degrees celsius": "°C", "degree celsius": "°C", "c": "°C", "°c": "°C",
    "celsius": "°C", "degrees centigrade": "°C",
    "degrees fahrenheit": "°F", "degree fahrenheit": "°F", "f": "°F", "°f": "°F", "fahrenheit": "°F",
    "acres": "acre", "acre": "acre", "hectares": "ha", "hectare": "ha", "ha": "ha",
    "square miles": "sq mi", "square mile": "sq mi", "square kilometres": "km2", "square kilometers": "km2",
    "square kilometre": "km2", "square kilometer": "km2", "sq km": "km2", "km2": "km2",
    "megawatts": "MW", "megawatt": "MW", "mw": "MW", "gigawatts": "GW", "gigawatt": "GW", "gw": "GW",
    "kilowatts": "kW", "kilowatt": "kW", "kw": "kW",
    "magnitude": "magnitude",
}

# a temperature or a quake's magnitude is read to its last digit: no percentage of it is a rounding
READINGS = {"°C", "°F", "degrees", "magnitude"}


def physical_unit(unit: str) -> bool:
    """Whether `unit` (the figures step's unit word) is a physical unit compared within its class: a count the
    figures step read with one ("a 5.9-magnitude quake", the unit glued on) is a figure of kind "other"."""
    return re.sub(r"\s+", " ", unit.strip().lower()) in UNIT_CLASSES and unit.strip().isalpha()


def compared_unit(mention: dict) -> str:
    """The unit class `mention` is compared within: its currency for money, its physical unit's class for a
    figure of kind "other", else '' (the measure's key already says what is counted)."""
    kind, unit = mention.get("kind"), str(mention.get("unit") or "")
    if kind == "money":
        return unit
    if kind == "other":
        written = re.sub(r"\s+", " ", unit.strip().lower())
        return UNIT_CLASSES.get(written, written)
    return ""


SCALE_AFTER = re.compile(r"\s*(?:(Celsius|centigrade|C)|(Fahrenheit|F))\b")


def name_the_scale(records: list[dict], texts: dict[str, str]) -> None:
    """A temperature whose scale the word after its figure names ("48.6 degrees Celsius", "118 degrees
    Fahrenheit"; the figures step keeps one unit word) takes that scale, so it is compared within it.
    `texts`: each document's text by its id."""
    for record in records:
        if record.get("kind") != "other" or str(record.get("unit") or "").lower() not in ("degrees", "degree"):
            continue
        after = SCALE_AFTER.match(texts.get(record["doc"], ""), int(record["end"]))
        if after:
            record["unit"] = "degrees Celsius" if after.group(1) else "degrees Fahrenheit"


def compared_across_documents(mentions: list[dict]) -> bool:
    """Whether two documents give values that are compared (one kind, one unit class): "¥3.7 billion" and "$500
    million", or "118 degrees Fahrenheit" and "48C", are not, so they agree on nothing."""
    docs: dict[tuple, set] = {}
    for mention in mentions:
        docs.setdefault((mention["kind"], compared_unit(mention)), set()).add(mention["doc"])
    return any(len(found) >= 2 for found in docs.values())


def scale_bare_readings(records: list[dict]) -> None:
    """A reading whose article names no scale ("touched 48.6 degrees") takes the scale of the same reading another
    article gives for the same entity, measure, scope and period ("48.6 degrees Celsius"), so the two agree; one that
    equals no scaled reading keeps no scale and is compared with none ("118 degrees" is never read against "48C")."""
    scaled: dict[tuple, set] = {}
    for record in records:
        if compared_unit(record) in ("°C", "°F"):
            key = (record["entity"], record["metric"], record["scope"], record["period"], record["value"])
            scaled.setdefault(key, set()).add((record["doc"], record["unit"]))
    for record in records:
        if record.get("kind") != "other" or compared_unit(record) != "degrees":
            continue
        key = (record["entity"], record["metric"], record["scope"], record["period"], record["value"])
        units = {unit for doc, unit in scaled.get(key, ()) if doc != record["doc"]}
        if len({compared_unit({"kind": "other", "unit": unit}) for unit in units}) == 1:
            record["unit"] = next(iter(units))
