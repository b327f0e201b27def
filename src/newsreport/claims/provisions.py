"""Money kept back for a cost is not the cost: "had already provided $350m for the penalty", "set aside a
provision of $150 million" name a provision, which the penalty itself ($310m) may well fall short of."""

from __future__ import annotations

import re

from newsreport.claims.clause_span import clause_around
from newsreport.figures.qualifiers import QUALIFIER_WORDS

# the verb of keeping money back, right before the amount ("provided", "set aside a provision of about")
KEPT_BACK = re.compile(r"\b(?:provided|provisioned|set aside|sets aside|put aside|reserved|earmarked|"
                       r"booked a (?:provision|charge) of|(?:set|put) aside (?:a provision|a reserve) of|"
                       rf"a provision of)\s+(?:(?:{QUALIFIER_WORDS})\s+)?$", re.I)


def kept_back(record: dict, text: str) -> bool:
    """Whether a money figure is a sum set aside for a cost, by the words just before it."""
    if record.get("kind") != "money" or record.get("start") is None:
        return False
    before, _ = clause_around(text, int(record["start"]), int(record["end"]))
    return bool(KEPT_BACK.search(before))


def key_provisions(records: list[dict], texts: dict[str, str]) -> None:
    """Key each sum set aside for a cost as a provision of its owner, apart from the cost."""
    for record in records:
        if record.get("metric") and kept_back(record, texts.get(record["doc"], "")):
            record["metric"] = "provision"
