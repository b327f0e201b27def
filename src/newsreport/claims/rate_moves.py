"""A rate's move told in points ("cut its key lending rate by 25 basis points", "lowered its benchmark rate by half
a percentage point", "unemployment rose 0.3 percentage points") is a measure of that rate: keyed by the rate its
own clause names (`rate_move_points: interest rate fall`), in percentage points, so that two articles' moves of one rate compare
("25 basis points" against "half a percentage point": a conflict) and the moves of two rates never meet."""

from __future__ import annotations

import re

from newsreport.claims.clause_span import clause_around
from newsreport.figures.change_verbs import DOWN_LEMMAS, UP_LEMMAS, verb_forms
from newsreport.claims.vocabulary import Vocabulary, nearest_metric

MOVE = "rate_move_points"
# the verb of a move when the figures step gave none ("cut its key lending rate, the repo rate, by 25 basis points"):
# the figures step's verbs of change, every inflection
DOWN = re.compile(rf"\b(?:{'|'.join(verb_forms(DOWN_LEMMAS))})\b", re.I)
UP = re.compile(rf"\b(?:{'|'.join(verb_forms(UP_LEMMAS))})\b", re.I)
BASIS_POINTS = ("basis point", "basis points", "bp", "bps")


def key_rate_moves(records: list[dict], texts: dict[str, str], vocabulary: Vocabulary) -> list[dict]:
    """The records with each move in points keyed by its rate and scaled to percentage points; a move whose
    clause names no rate the config knows makes no claim (which rate moved is what it measures)."""
    kept = []
    for record in records:
        if str(record.get("metric", "")).partition(": ")[0] != MOVE:
            kept.append(record)
            continue
        before, after = clause_around(texts.get(record["doc"], ""), int(record["start"]), int(record["end"]), reach=120)
        rate, _ = nearest_metric(f"{before} {after}", 0, 0, "percent", vocabulary, in_phrase=True)
        if rate is None:
            continue
        if not record.get("direction"):
            verbs = [(m.start(), "down") for m in DOWN.finditer(before)] + [(m.start(), "up") for m in UP.finditer(before)]
            record["direction"] = max(verbs)[1] if verbs else ""  # the verb nearest before the figure
        move = {"up": "rise", "down": "fall"}.get(record.get("direction") or "", "move")
        record["metric"] = f"{MOVE}: {rate.name.replace('_', ' ')} {move}"  # "interest rate fall", read in prose
        # shown as written, with its unit: "down 25 basis points", not "down 25"
        record["display"] = f"{record.get('direction') or ''} {record.get('quote') or record.get('display')}".strip()
        if str(record.get("unit") or "").lower() in BASIS_POINTS:
            for field in ("value", "low", "high"):
                if record.get(field) is not None and record[field] == record[field]:
                    record[field] = record[field] / 100
            record["unit"] = "percentage points"
        kept.append(record)
    return kept
