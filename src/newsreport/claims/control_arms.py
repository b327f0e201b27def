"""A trial's control arm is its own measure: "those on a dummy pill lost 2.9%" is not the weight the drug took
off, and "2.9% on placebo" never meets "16.8% on the top dose" as a second reading of one figure."""

from __future__ import annotations

import re

from newsreport.claims.clause_span import clause_around

CONTROL = re.compile(r"\b(?:placebos?|dummy (?:pill|drug|tablet|injection|treatment|jab)s?|sugar pills?|"
                     r"control (?:group|arm)s?|sham (?:treatment|procedure|surgery|operation)s?)\b", re.I)


def on_control(record: dict, text: str) -> bool:
    """Whether a figure's own clause puts it on a trial's control arm."""
    if record.get("kind") == "date" or record.get("start") is None or record.get("end") is None:
        return False
    before, after = clause_around(text, int(record["start"]), int(record["end"]))
    return bool(CONTROL.search(before) or CONTROL.search(after))


def key_control_arms(records: list[dict], texts: dict[str, str]) -> None:
    """Key each figure of a control arm apart ("weight_loss: placebo")."""
    for record in records:
        if record.get("metric") and on_control(record, texts.get(record["doc"], "")):
            record["metric"] = f"{record['metric']}: placebo"
