"""A dateline says where a story was filed ("REDMOND FLATS, Calvera (Pacific Wire) —", "NEW DELHI:", "LONDON, Aug 3
(Finwire) –"), not whose figure a sentence gives or where it was measured. A place the article writes only in its
dateline is dropped as a figure's owner or scope (the sentence's own words decide them)."""

from __future__ import annotations

import re

from newsreport.corpus.syntax import dateline_end


def dateline_words(text: str) -> tuple[set[str], int]:
    """The words of `text`'s dateline and where its body starts; (set(), 0) when it has none."""
    end = dateline_end(text)
    return (set(re.findall(r"[\w'’.-]+", text[:end])), end) if end else (set(), 0)


def only_in_dateline(name: str, text: str) -> bool:
    """Whether every word of `name` (an owner, or a scope's parts joined by '+' or 'and') stands in `text`'s dateline
    and the name is written nowhere in the body after it."""
    words, body = dateline_words(text)
    parts = [p for p in re.split(r"\+| and ", name) if p.strip()]
    if not words or not parts:
        return False
    return all(set(part.split()) <= words and part not in text[body:] for part in parts)


def sentence_place(document, start: int) -> str:
    """The one place the body of the sentence at `start` names ("struck southern Peru"), '' for none or several."""
    from newsreport.claims.places import is_place

    sentence = document.sentence_at(start)
    if sentence is None:
        return ""
    text = sentence.text[max(0, dateline_end(document.text) - sentence.start):]  # (not the dateline's city)
    names = {m.group(0) for m in re.finditer(r"(?<![\w'’-])[A-Z][a-z]+(?: [A-Z][a-z]+)*", text)}
    places = {n for n in names if is_place(n, text, document.text)}
    return places.pop() if len(places) == 1 else ""


def body_subject(document, start: int) -> str:
    """The named subject of the sentence at `start` read after the dateline ("LAGOS — Ride app Zuno went offline"
    -> "Zuno"); '' for none."""
    from newsreport.claims.keys import sentence_subject

    sentence = document.sentence_at(start)
    if sentence is None:
        return ""
    return sentence_subject(sentence.text[max(0, dateline_end(document.text) - sentence.start):])


def drop_dateline_places(records: list[dict], documents: dict) -> None:
    """Clear each owner and scope of a numeric claim that its article names only in its dateline; a place owner
    gives way to the one place the sentence itself names ("LIMA ... struck southern Peru, killing ..."), an event's
    owner to the subject after the dateline."""
    for record in records:
        document = documents.get(record["doc"])
        text = document.text if document is not None else ""
        if record.get("kind") == "date":  # an event's owner is its clause's subject after the dateline
            if record.get("entity") and only_in_dateline(str(record["entity"]), text):
                record["entity"] = body_subject(document, int(record["start"]))
            continue
        for field in ("entity", "scope"):
            value = str(record.get(field) or "")
            if value and only_in_dateline(value, text):
                record[field] = sentence_place(document, int(record["start"])) \
                    if field == "entity" and record.get("entity_basis") == "place" else ""
