"""What one unit of a thing costs its buyer is its price: "a robot that costs about $4,500 apiece", "each bus costs
just over half a million euros" tell the price other articles give as "priced at $4,500" or "€410,000 per vehicle".
What a unit costs to make or build stays its cost ("each phone costs $400 to make")."""

from __future__ import annotations

import re

PER_UNIT = re.compile(r"\b(?:apiece|each|a piece|per (?:unit|piece|item|device|vehicle|car|bus|chip|phone))\b", re.I)
TO_MAKE = re.compile(r"\bto (?:make|build|produce|manufacture|assemble|develop|run|operate|maintain)\b", re.I)


def per_unit(record: dict) -> bool:
    """Whether the record's sentence says, within a few words of the figure, that it is what one unit costs, and not
    what it costs to make."""
    context, quote = str(record.get("context", "")), str(record.get("quote", ""))
    at = context.find(quote)
    near = context[max(0, at - 40):at + len(quote) + 25] if at >= 0 else ""
    return bool(PER_UNIT.search(near)) and not TO_MAKE.search(context)


def key_unit_prices(records: list[dict]) -> list[dict]:
    """Claim records measured as a 'cost' that say what one unit costs are measured as its 'price'; in place, and
    returned."""
    for record in records:
        if record.get("metric") == "cost" and record.get("kind") == "money" and per_unit(record):
            record["metric"] = "price"
    return records
