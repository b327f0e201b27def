"""A running toll's place guessed from the sentences before it. "By nightfall 31 people had been detained" takes
its place from a sentence or two earlier ("... a bigger crowd than Ostrava has seen"), which may name any place
the story passes; another article gives the same toll with no place at all ("Police reported 31 arrests").
When the corpus gives a toll of the same measure, scope and period with no owner, a place that the figure's own
sentence never wrote is no owner to key it apart by: it is keyed with the unowned ones."""

from __future__ import annotations

import re

GUESSED_PLACE = "its place is named only in the sentences before it"
UNPLACED = "none (its place was guessed)"


def guessed_place(record: dict, document) -> bool:
    """Whether `record`'s owner is a place (`entity_basis` 'place') that its own sentence does not write."""
    if not record.get("entity") or record.get("entity_basis") != "place" or document is None:
        return False
    sentence = document.sentence_at(int(record["start"]))
    return sentence is not None and not re.search(rf"\b{re.escape(str(record['entity']))}\b", sentence.text)


def unplace_guessed_tolls(records: list[dict], documents: dict, vocabulary) -> None:
    """Clear the owner of each tally figure (a measure config marks `tally`: deaths, arrests, people rescued)
    whose place was guessed from the sentences before it, when another article gives the same measure, scope
    and period with no owner and no figure of them states its place in its own sentence; in place."""
    def tally(record: dict) -> bool:
        rule = vocabulary.metric(str(record["metric"]).partition(": ")[0])
        return record.get("kind") == "count" and rule is not None and rule.tally

    groups: dict[tuple, list[dict]] = {}
    for record in records:
        if tally(record):
            groups.setdefault((record["metric"], record["scope"], record["period"]), []).append(record)
    for group in groups.values():
        guessed = [r for r in group if guessed_place(r, documents.get(r["doc"]))]
        unowned_docs = {r["doc"] for r in group if not r.get("entity") and r.get("entity_basis") == "none"}
        stated = [r for r in group if r.get("entity") and r not in guessed]
        if stated or not guessed or not unowned_docs - {r["doc"] for r in guessed}:
            continue
        for record in guessed:
            record["reason"] = "; ".join(r for r in [record.get("reason") or "", GUESSED_PLACE] if r)
            record["entity"], record["confidence"] = "", "low"
        for record in group:  # (not "none": no owner is guessed for them later, as `unnamed_owner.sole_owner` would)
            record["entity_basis"] = UNPLACED if not record["entity"] else record["entity_basis"]
