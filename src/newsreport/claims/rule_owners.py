"""Whose rule an unowned account of it is. A rule taking effect is keyed by its kind of rule, and by an owner only
where the sentence names one: "Pellow's new fee rules came into force on May 4" in one article, "the new terms took
effect on May 5" in another (beside "Pellow announced the change"). Where the corpus gives a kind of rule one owner,
each article tells that kind on one day and the days are at most a month apart, an account naming no owner, in an
article that names that owner, is that owner's: the days are then compared. Two owners (Pellow's rules and the
regulator's), an article telling two days (Ohio's law from July 1, "a similar law" from September 1), or days months
apart (an exemption ended in May, an order in force from August) leave the unowned accounts as they are."""

from __future__ import annotations

import re

from newsreport.claims.event_details import RULE_EVENTS
from newsreport.claims.occurrences import SAME_EVENT_DAYS, apart

FROM_CORPUS_RULE = "the rule's owner is the one the corpus gives this kind of rule ({owner}), named in this article"


def own_unowned_rules(records: list[dict], texts: dict[str, str]) -> None:
    """Give each dated rule event (`event_details.RULE_EVENTS`) that names no owner the one owner the corpus's other
    accounts of that event type give it, where each article tells the type on one day, the days are within
    `occurrences.SAME_EVENT_DAYS` and the account's article (`texts`, by document) names that owner; in place."""
    owners: dict[str, set[str]] = {}
    days: dict[tuple[str, str], set[str]] = {}
    for record in records:
        kind = rule_kind(record)
        if kind:
            days.setdefault((kind, record["doc"]), set()).add(str(record.get("date")))
        if kind and record.get("entity"):
            owners.setdefault(kind, set()).add(record["entity"])
    for record in records:
        kind = rule_kind(record)
        found = owners.get(kind, set())
        told = [found_days for (other, _), found_days in days.items() if other == kind]
        if not kind or record.get("entity") or len(found) != 1 or any(len(found_days) > 1 for found_days in told) \
                or apart(set().union(*told)) > SAME_EVENT_DAYS:
            continue
        owner = next(iter(found))
        if re.search(rf"(?<![\w-]){re.escape(owner)}(?![\w-])", texts.get(record["doc"], "")):
            record["entity"] = owner
            record["entity_basis"] = "the corpus's one owner of this kind of rule"
            record["reason"] = "; ".join(r for r in (record.get("reason"), FROM_CORPUS_RULE.format(owner=owner)) if r)


def rule_kind(record: dict) -> str:
    """The event type of a dated rule event ("law_takes_effect"), without its detail; else ''."""
    kind = str(record.get("metric") or "").partition(": ")[0]
    return kind if record.get("kind") == "date" and kind in RULE_EVENTS else ""
