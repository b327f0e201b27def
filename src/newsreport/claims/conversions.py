"""Money restated in another currency ("a $310m penalty, or about US$205 million") is the same amount converted,
not a second claim. Where both amounts are read in one currency (Australian and US dollars are both "$") the
conversion is dropped, so that it never meets the amount it converts; where the currencies differ ("€23m, or
about £20m") both stay, each comparable with other articles' amounts in its own currency."""

from __future__ import annotations

import re

# what comes between an amount and its conversion: "or (about)", "(about" or ", roughly"
QUALIFIER = (r"(?:about|around|roughly|approximately|some|nearly|almost|close to|just over|just under|equivalent to|"
             r"worth)")
RESTATED = re.compile(rf"(?:,\s*or\s*(?:{QUALIFIER}\s*)?|\s+or\s+{QUALIFIER}\s*|\(\s*(?:{QUALIFIER}\s*)?|,\s*{QUALIFIER}\s*)$",
                      re.I)  # (a bare comma lists amounts, "$40m, $30m and $20m"; a bare "or" offers a choice, "$5 or $10")
REACH = 60  # characters from the end of an amount to its conversion ("**$310m**: the agreed penalty, or about ")


def converted(record: dict, earlier: list[dict], text: str) -> bool:
    """Whether a money figure restates, in the same currency as read, an amount given just before it."""
    if record.get("kind") != "money" or record.get("start") is None:
        return False
    start = int(record["start"])
    for amount in earlier:
        gap = text[int(amount["end"]):start]
        if amount.get("unit") == record.get("unit") and 0 <= len(gap) <= REACH and not re.search(r"[.;!?\d]", gap) \
                and RESTATED.search(gap):
            return True
    return False


def drop_conversions(records: list[dict], texts: dict[str, str]) -> list[dict]:
    """The records less the money figures that convert an amount just before them into the same currency as read."""
    money: dict[str, list[dict]] = {}
    for record in records:
        if record.get("kind") == "money" and record.get("end") is not None:
            money.setdefault(record["doc"], []).append(record)
    return [r for r in records
            if not converted(r, [m for m in money.get(r["doc"], []) if m is not r and m["end"] <= r.get("start", 0)],
                             texts.get(r["doc"], ""))]
