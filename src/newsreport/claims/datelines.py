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


def drop_dateline_places(records: list[dict], texts: dict[str, str]) -> None:
    """Clear each owner and scope of a numeric claim that its article names only in its dateline."""
    for record in records:
        if record.get("kind") == "date":
            continue
        text = texts.get(record["doc"], "")
        for field in ("entity", "scope"):
            value = str(record.get(field) or "")
            if value and only_in_dateline(value, text):
                record[field] = ""
