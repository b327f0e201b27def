"""One event a story's articles give to different parties. A court's ruling is "the High Court upheld the law" in one
article, "Vessa lost its challenge" in another and "the court threw out Orvo's appeal" in a third; an app's removal is
the app's in one article and the regulator's in another. Where every article tells the event type once, under one
party, and each article names the parties the others give it, the accounts are one event: they are keyed by the party
most articles give, so their days are compared. An article telling the type under two parties (Kivo's launch and its
rival Pell's) shows the story holds two such events, and nothing is joined."""

from __future__ import annotations

import re
from collections import Counter

from newsreport.claims.event_places import event_kind, owned_by_place, owned_event_types
from newsreport.claims.occurrences import SAME_EVENT_DAYS, apart

FROM_OTHER_PARTY = "other articles give this event to another party they all name ({owner}), taken as the same event"


def join_corpus_story_events(records: list[dict], corpus, vocabulary) -> None:
    """`join_story_events` on the texts and written places of `corpus`, for the owned event types of `vocabulary`."""
    from newsreport.claims.events import written_places

    join_story_events(records, {d.doc: d.text for d in corpus.documents}, written_places(corpus, vocabulary),
                      owned_event_types(vocabulary))


def join_story_events(records: list[dict], texts: dict[str, str], places: set[str], conflicting: set[str]) -> None:
    """Key the dated events of each type in `conflicting` (with its detail) by one owner, where each article of
    `texts` tells the type once (one owner that is no place, one day) and names every owner the others give it."""
    accounts: dict[str, list[dict]] = {}
    for record in records:
        kind = event_kind(record, conflicting)
        if kind and record["entity"] and not owned_by_place(record["entity"], places, record.get("context") or ""):
            accounts.setdefault(kind, []).append(record)
    for told in accounts.values():
        by_doc: dict[str, set[tuple[str, str]]] = {}
        for record in told:
            by_doc.setdefault(record["doc"], set()).add((record["entity"], str(record["date"])))
        owners = {owner for pairs in by_doc.values() for owner, _ in pairs}
        if len(owners) < 2 or any(len(pairs) > 1 for pairs in by_doc.values()) \
                or apart({str(r["date"]) for r in told}) > SAME_EVENT_DAYS:
            continue
        if not all(named(owner, texts.get(doc, "")) for owner in owners for doc in by_doc):
            continue
        counts = Counter(next(iter(pairs))[0] for pairs in by_doc.values())
        chosen = max(counts, key=lambda owner: (counts[owner], -min(i for i, r in enumerate(told) if r["entity"] == owner)))
        for record in told:
            if record["entity"] != chosen:
                record["entity"] = chosen
                record["reason"] = "; ".join(r for r in (record.get("reason"), FROM_OTHER_PARTY.format(owner=chosen)) if r)


def named(owner: str, text: str) -> bool:
    """Whether `text` names `owner` as a word sequence."""
    return re.search(rf"(?<![\w-]){re.escape(owner)}(?![\w-])", text) is not None
