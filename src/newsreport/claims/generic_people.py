"""A count of people by a generic noun ("about 3.1 million people were affected") is the owner's count of its one
group with the same fate ("3.1 million patients affected", "customers affected"): the article names the group once
and then says "people". Only an owner's count is joined, and only to a single group."""

from __future__ import annotations


def name_the_group(records: list[dict], generic: frozenset) -> list[dict]:
    """Claim records whose metric is a generic people noun with a detail ('people: affected') take the one group noun
    the same owner's records give that detail ('patients: affected'); in place, and returned."""
    groups = {}
    for record in records:
        noun, _, detail = str(record.get("metric", "")).partition(": ")
        if record.get("entity") and detail and noun not in generic and " " not in noun and record.get("kind") == "count":
            groups.setdefault((record["entity"], detail), set()).add(noun)
    for record in records:
        noun, _, detail = str(record.get("metric", "")).partition(": ")
        named = groups.get((record.get("entity"), detail), set()) if noun in generic and detail else set()
        if len(named) == 1:
            record["metric"] = f"{next(iter(named))}: {detail}"
    return records
