"""Dated events an article gives to the place they happened in, or to no one. "Nurses across Scotland walked out" or
"the strike that began on 9 March" (read back to "Scotland") name where a strike happened, not whose it is, and "It
began on Tuesday night" names no one; when the story's other accounts of that event type name one owner that is no
place ("the Scottish Government", "Halden Rail"), such an account is that owner's, and its day is compared with
theirs (an unowned account only doubtfully: "The court ruled on Wednesday" in a briefing may be another ruling).
An unowned account of a story naming no such owner, or several, is left out."""

from __future__ import annotations

import re


FROM_STORY = "its sentence names no owner, so it is taken from the story's other accounts of this event"


def owned_by_place(entity: str, places: set[str], context: str = "") -> bool:
    """Whether `entity` is one of the corpus's places (names it writes as places, and configured places), or one the
    parse of its sentence `context` tags as a place ("a hearing at the Jakarta administrative court")."""
    from newsreport.claims.places import is_place

    return bool(entity) and (entity in places or bool(context) and is_place(entity, context))


def unplace_corpus_events(records: list[dict], corpus, vocabulary) -> None:
    """`unplace_event_owners` with the places `corpus` writes and the event types of `vocabulary` that conflict and
    have owners (not those keyed by none or by their kind of rule, occurrences, nor a central bank's monthly decisions)."""
    from newsreport.claims.events import written_places

    unplace_event_owners(records, written_places(corpus, vocabulary), owned_event_types(vocabulary))


def owned_event_types(vocabulary) -> set[str]:
    """The event types of `vocabulary` that conflict and have owners: not those keyed by none or by their kind of rule,
    occurrences, nor a central bank's monthly decisions."""
    from newsreport.claims.event_details import OWNERLESS_EVENTS, RULE_EVENTS
    from newsreport.claims.occurrences import OCCURRENCE

    return {r.name for r in vocabulary.events if r.conflicts and not r.monthly} - OWNERLESS_EVENTS - RULE_EVENTS - {OCCURRENCE}


def unplace_event_owners(records: list[dict], places: set[str], conflicting: set[str]) -> None:
    """Give each dated event of a type in `conflicting` (event types whose two days conflict) that an article keys by
    a place, or by no one, the one owner the corpus's other accounts of that type give it, when exactly one owner that
    is no place is named; when two are (a strike at Kivo, another at its rival Pell), or none, the place stays and an
    unowned account is left out."""
    owners: dict[str, set[str]] = {}
    for record in records:
        kind = event_kind(record, conflicting)
        if kind and record["entity"] and not owned_by_place(record["entity"], places, record.get("context") or ""):
            owners.setdefault(kind, set()).add(record["entity"])
    unowned = []
    for record in records:
        kind = event_kind(record, conflicting)
        if kind and (not record["entity"] or owned_by_place(record["entity"], places, record.get("context") or "")) \
                and len(owners.get(kind, ())) == 1:
            if not record["entity"]:  # "The court ruled on Wednesday" in a briefing naming nobody: doubtful
                record["confidence"] = "low"
                record["reason"] = "; ".join(r for r in (record.get("reason"), FROM_STORY) if r)
            record["entity"] = next(iter(owners[kind]))
        elif kind and not record["entity"]:
            unowned.append(id(record))
    records[:] = [r for r in records if id(r) not in unowned]


def event_kind(record: dict, conflicting: set[str]) -> str:
    """The event type of a dated-event `record` when it is one of `conflicting`, with its detail ("launch: Zeta"), else ''."""
    metric = str(record.get("metric") or "")
    return metric if record.get("kind") == "date" and re.split(r":", metric)[0] in conflicting else ""
