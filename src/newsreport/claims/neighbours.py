"""Claim mentions read from the figures beside them: "the number was 150 million in 2016" takes
the measure of the figure before it, and an earlier level ("up from 48 million in 2023") applies
where the figure it is compared with applies."""

from __future__ import annotations

from newsreport.claims.vocabulary import Vocabulary


def resolve_placeholders(rows: list[dict], positions: dict, vocabulary: Vocabulary) -> list[dict]:
    """"The number was 150 million in 2016": a figure whose measure is a placeholder noun takes the
    owner, measure and scope of the last figure of the same kind in its sentence or the one before
    (low confidence, with the reason); with none, it makes no claim."""
    kept = []
    for row in rows:
        if row["metric"] not in vocabulary.placeholders:
            kept.append(row)
            continue
        here = positions[row["doc"]][row["sentence_id"]]
        before = [o for o in kept if o["doc"] == row["doc"] and o["kind"] == row["kind"]
                  and 0 <= here - positions[o["doc"]][o["sentence_id"]] <= 1]
        if before:
            previous = before[-1]
            row.update(entity=previous["entity"], entity_basis=previous["entity_basis"], metric=previous["metric"],
                       scope=row["scope"] or previous["scope"], confidence="low",
                       reason="; ".join(filter(None, [row["reason"], f"its measure is the one of the figure before "
                                                                     f"(“{row['quote']}” is “the {row['metric']}”)"])))
            kept.append(row)
    return kept


def inherit_scope(rows: list[dict]) -> None:
    """An earlier level ("up from 48 million in 2023") applies where the figure it is compared
    with applies: it takes that figure's scope when it states none."""
    for row in rows:
        if row["earlier"] and not row["scope"]:
            row["scope"] = next((o["scope"] for o in rows if o is not row and o["doc"] == row["doc"]
                                 and o["sentence_id"] == row["sentence_id"] and not o["earlier"]
                                 and o["entity"] == row["entity"]), "")

