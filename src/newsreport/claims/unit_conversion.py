"""One physical quantity written in two units is compared in one: "about 9 kilometers" and "about 9,000 meters"
agree, "1,150-kilogram" and "about 2.4 tonnes" differ, "480,000 litres" and "480 cubic metres" are one volume.
Each length, mass, volume and area is restated in its dimension's base unit before claims are grouped; the value
shown to the reader stays as written (`display`). Units with two common sizes are left as written: "tons" (short,
long or metric) and "gallons" (US or imperial) compare only with themselves."""

from __future__ import annotations

# unit as the figures step writes it -> (base unit, factor)
TO_BASE = {
    **{unit: ("metres", factor) for unit, factor in (
        ("millimetres", 1e-3), ("centimetres", 1e-2), ("metres", 1.0), ("kilometres", 1e3), ("miles", 1609.344),
        ("feet", 0.3048), ("inches", 0.0254), ("yards", 0.9144))},
    **{unit: ("kilograms", factor) for unit, factor in (
        ("milligrams", 1e-6), ("grams", 1e-3), ("kilograms", 1.0), ("tonnes", 1e3), ("pounds", 0.45359237),
        ("ounces", 0.028349523125))},
    **{unit: ("litres", factor) for unit, factor in (
        ("millilitres", 1e-3), ("litres", 1.0), ("kilolitres", 1e3), ("megalitres", 1e6), ("gigalitres", 1e9),
        ("cubic metres", 1e3), ("barrels", 158.987294928))},
    **{unit: ("square metres", factor) for unit, factor in (
        ("square metres", 1.0), ("hectares", 1e4), ("acres", 4046.8564224), ("square kilometres", 1e6),
        ("square miles", 2589988.110336), ("square feet", 0.09290304))},
}


def to_base_units(records: list[dict]) -> None:
    """Restate each physical figure (kind "other") of a convertible unit in its dimension's base unit; in place."""
    for record in records:
        converted = TO_BASE.get(str(record.get("unit") or "")) if record.get("kind") == "other" else None
        if converted is None:
            continue
        base, factor = converted
        for field in ("value", "low", "high"):
            if isinstance(record.get(field), (int, float)) and record[field] == record[field]:
                record[field] = record[field] * factor
        record["unit"] = base
