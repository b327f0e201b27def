"""The figure record: one number found in a text, with its offsets, reading and context."""

from __future__ import annotations

from dataclasses import dataclass

KINDS = ("count", "percent", "money", "date", "year", "rank", "duration", "ratio", "multiple", "other")
QUALIFIERS = ("exact", "approx", "more_than", "less_than", "at_least", "at_most", "range")
TABLE_COLUMNS = ["doc", "sentence_id", "start", "end", "quote", "kind", "value", "low", "high",
                 "date", "unit", "qualifier", "direction", "subject", "period", "date_inferred"]


@dataclass
class Figure:
    """One figure mention. `low`/`high` hold a range's two bounds in the order written (for a
    movement "from 40 to 35" they are its start and end); `value` is empty for ranges and dates."""

    start: int
    end: int
    quote: str
    kind: str
    value: float | None = None
    low: float | None = None
    high: float | None = None
    date: str = ""
    unit: str = ""
    qualifier: str = "exact"
    direction: str = ""
    subject: str = ""
    period: str = ""
    date_inferred: str = ""  # '' when the text or publication date gives it; 'article' or 'corpus'

    def __post_init__(self):
        # a decimal times a scale word leaves binary noise ("$4.1 billion" = 4099999999.9999995):
        # 15 significant digits are all a written figure has
        for name in ("value", "low", "high"):
            number = getattr(self, name)
            if isinstance(number, float) and number == number and abs(number) != float("inf"):
                setattr(self, name, float(f"{number:.15g}"))
