"""A count of people by a generic noun ("about 3.1 million people were affected") is the owner's count of its one
group with the same fate ("3.1 million patients affected", "customers affected"): the article names the group once
and then says "people". Only an owner's count is joined, and only to a single group. So are the people a service
has, when a harm reached them: "the breach affected 6 million users" and "the data of 4.2 million customers" are two
counts of one group of Canvo's (`served_as_one`). And a place's visitors are its attendance where the corpus gives
that owner an attendance too ("welcomed 2.3 million visitors", "Attendance was up from 1.6 million": `visitors_attend`)."""

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
    return visitors_attend(served_as_one(records))


# nouns for the people a company or service has: one group when a harm reaches them (not "staff", "patients")
SERVED = ("customers", "users", "clients", "members", "account_holders")


def served_as_one(records: list[dict]) -> list[dict]:
    """Records of an owner counting the people a harm reached ('... : affected') by two nouns for the people it
    serves ('users: affected', 'customers: affected') are keyed by the noun its first such record uses; in place."""
    first: dict = {}
    for record in records:
        noun, _, detail = str(record.get("metric", "")).partition(": ")
        if record.get("entity") and detail == "affected" and noun in SERVED:
            key = (record["entity"], record.get("scope"), record.get("period"))
            record["metric"] = f"{first.setdefault(key, noun)}: {detail}"
    return records


# nouns for the people who come to a place: an aquarium's "900,000 guests" are its visitors
VISITOR_NOUNS = {"visitors", "guests", "attendees"}


def visitors_attend(records: list[dict]) -> list[dict]:
    """Key an owner's 'visitors' records (or 'guests', 'attendees') as its 'attendance' where the same owner (in the same
    scope) has an 'attendance' record: a museum's visitors and its attendance are one count; in place."""
    attended = {(r["entity"], r.get("scope")) for r in records if r.get("entity") and r.get("metric") == "attendance"}
    for record in records:
        if record.get("metric") in VISITOR_NOUNS and (record.get("entity"), record.get("scope")) in attended:
            record["metric"] = "attendance"
    return records
