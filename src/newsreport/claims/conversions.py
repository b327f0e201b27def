"""Money restated in another currency ("a $310m penalty, or about US$205 million", "€67m (£58m)") is the same
amount converted, not a second claim: dropped, so that a converted value never meets the amount it converts
(Australian and US dollars are both read as "$")."""

from __future__ import annotations

import re

# what comes between an amount and its conversion: "or (about)", "(about" or ", roughly"
QUALIFIER = (r"(?:about|around|roughly|approximately|some|nearly|almost|close to|just over|just under|equivalent to|"
             r"worth)")
RESTATED = re.compile(rf"(?:,\s*or\s*(?:{QUALIFIER}\s*)?|\s+or\s+{QUALIFIER}\s*|\(\s*(?:{QUALIFIER}\s*)?|,\s*{QUALIFIER}\s*)$",
                      re.I)  # (a bare comma lists amounts, "$40m, $30m and $20m"; a bare "or" offers a choice, "$5 or $10")
# an amount just before: a currency sign or code, digits, a magnitude word ("$310m", "A$1.4bn", "Tk 7 lakh")
AMOUNT_BEFORE = re.compile(r"(?:[$€£¥₹¢]|\b(?:US|A|C|NZ|HK|S|R|N|Tk|Rs|GH¢)\$?)\s?\d[\d.,\s]*"
                           r"(?:\s?(?:m|bn|k|million|billion|trillion|crore|lakh|thousand))?\b[^.;!?\d]{0,40}$")


def converted(record: dict, text: str) -> bool:
    """Whether a money figure restates an amount given just before it in its own sentence."""
    if record.get("kind") != "money" or record.get("start") is None:
        return False
    before = text[max(0, int(record["start"]) - 80):int(record["start"])]
    restated = RESTATED.search(before)
    return bool(restated) and bool(AMOUNT_BEFORE.search(before[:restated.start()]))


def drop_conversions(records: list[dict], texts: dict[str, str]) -> list[dict]:
    """The records less the money figures that convert an amount just before them."""
    return [r for r in records if not converted(r, texts.get(r["doc"], ""))]
