"""Figures whose sentence says nowhere where they apply. When the other sources of the same entity
and measure state only one scope, and that is worldwide, an unstated count is most likely the same
worldwide figure ("has 85 million users" beside "80 million users worldwide"): it joins that scope
so agreements are seen; so does a count nobody owns when the others name one place ("1.2 billion
parcels arrived" beside "arrived in Zembla"), and the length of an event ("offline for 12 hours" beside
"a 14-hour blackout for US users", not doubted: one event lasts as long wherever it is felt). It is marked as guessed, and a pair with one guessed scope is never more than a
possible discrepancy (a US-only count written without "in the US" must not make a conflict), unless the
unstated count is larger than the worldwide one could be: no country counts more people than the world.
An unstated count whose own article gives a part of it for a place is the worldwide whole (`widen_wholes`, not
guessed); an owner's unstated count whose value matches the one scope other articles give joins it, guessed
(`join_matching_scope`)."""

from __future__ import annotations

import re

from newsreport.claims.intervals import value_interval

GUESSED = "scope_guessed"
CHART_EVENT = "app_ranking"  # the day an app reached No. 1 on a store's chart in some country
GUESSED_REASON = "one of the values states no scope (taken to be the one the other sources give)"


# a figure its sentence calls regional or domestic ("at North American box offices", "domestic sales") is no worldwide one
REGIONAL = re.compile(r"\b(?:domestic(?:ally)?|North American?|Latin American?|European|at home|home market)\b")


# events whose place one article may leave out: a chart's country, a product's launch market ("switched on its
# service last Sunday" beside "launched its service in Chile on Monday")
DAY_SCOPED = (CHART_EVENT, "launch:")


def widen_unstated_scope(records: list[dict]) -> None:
    """Unstated scopes become 'global' where every stated scope of the entity and measure is global;
    for a measure nobody owns ("1.2 billion parcels arrived"), the one place the others name."""
    scopes: dict[tuple, set[str]] = {}
    for record in records:
        if (record["kind"] != "date" or record["metric"].startswith(DAY_SCOPED)) and record["scope"]:
            scopes.setdefault((record["entity"], record["metric"]), set()).add(record["scope"])
    for record in records:
        stated = scopes.get((record["entity"], record["metric"]), set())
        scoped_day = record["kind"] == "date" and record["metric"].startswith(DAY_SCOPED)
        if (record["kind"] != "date" or scoped_day) and not record["scope"] and len(stated) == 1 \
                and (stated == {"global"} or not record["entity"] or record["kind"] == "duration" or scoped_day) \
                and not (stated == {"global"} and REGIONAL.search(str(record.get("context") or ""))):
            record["scope"] = next(iter(stated))
            # an outage or a ban lasts as long wherever it is felt: the length of one event is not doubted; nor
            # is the chart of the one country the sources name ("No. 1 on the App Store" beside "the US App Store"), or a
            # launch's one market
            record[GUESSED] = record["kind"] not in ("duration", "date")


def widen_wholes(records: list[dict]) -> None:
    """An unstated count or amount whose own article gives the same entity and measure for a named place elsewhere
    ("9 million members, 4 million of whom are in Canada"; "had 9.4 million accounts ... its Canadian accounts
    numbered about 4 million") is the whole, not that place's part: it is worldwide when
    every scope other articles state, apart from the parts its article names, is worldwide. Not guessed: the
    article itself tells its part apart. Only when every unstated figure of the entity and measure is such a whole."""
    scopes: dict[tuple, dict[str, set[str]]] = {}  # (entity, metric) -> scope -> the documents stating it
    for record in records:
        if record["kind"] in ("count", "money") and record["scope"] and record["entity"]:
            scopes.setdefault((record["entity"], record["metric"]), {}).setdefault(record["scope"], set()).add(record["doc"])
    def whole(record: dict) -> bool:
        stated = scopes.get((record["entity"], record["metric"]), {})
        parts = {scope for scope, docs in stated.items() if record["doc"] in docs and scope != "global"}
        others = {scope for scope, docs in stated.items() if docs - {record["doc"]}} - parts
        return bool(parts) and others == {"global"} and not REGIONAL.search(str(record.get("context") or ""))

    unstated: dict[tuple, list[dict]] = {}
    for record in records:
        if record["kind"] in ("count", "money") and not record["scope"] and record["entity"]:
            unstated.setdefault((record["entity"], record["metric"]), []).append(record)
    for figures in unstated.values():  # all of a key's unstated figures move or none does: an article telling no
        if all(whole(record) for record in figures):  # part apart may give the same whole unscoped (they agree)
            for record in figures:
                record["scope"] = "global"


MATCHED_SCOPE_KINDS = ("count", "money")


def join_matching_scope(records: list[dict], tolerance: dict) -> None:
    """An owner's unscoped count or amount joins the one scope other articles state for the same entity, measure
    and period when its value matches every value given there and its own article scopes that measure nowhere
    ("about 1.1 million customers had lost power" beside "1.1 million homes and businesses in Florida"), so the two
    agree. It is marked as guessed, and joins only values it matches: it never makes a conflict, nor leaves one
    behind (an unscoped value of another article it disagrees with keeps it unscoped, where the two conflict)."""
    from newsreport.claims.intervals import compatible

    unscoped: dict[tuple, list[dict]] = {}
    for record in records:
        if record["kind"] in MATCHED_SCOPE_KINDS and not record["scope"] and not record.get("earlier"):
            unscoped.setdefault((record["entity"], record["metric"], record["period"]), []).append(record)
    stated: dict[tuple, dict[str, list[dict]]] = {}
    scoped_docs = {(r["doc"], r["entity"], r["metric"]) for r in records if r["scope"]}
    for record in records:
        if record["kind"] in MATCHED_SCOPE_KINDS and record["scope"] and not record.get("earlier"):
            stated.setdefault((record["entity"], record["metric"], record["period"]), {}).setdefault(
                record["scope"], []).append(record)
    for record in records:
        if record["kind"] not in MATCHED_SCOPE_KINDS or record["scope"] or not record["entity"] or record.get("earlier") \
                or (record["doc"], record["entity"], record["metric"]) in scoped_docs:
            continue
        scopes = stated.get((record["entity"], record["metric"], record["period"]), {})
        left = unscoped.get((record["entity"], record["metric"], record["period"]), [])
        if any(o["doc"] != record["doc"] and not compatible(record, o, tolerance) for o in left):
            continue  # "more than 60,000" beside another article's unscoped "about 48,000": they disagree as they stand
        if len(scopes) == 1:
            scope, items = next(iter(scopes.items()))
            if all(m["kind"] == record["kind"] and compatible(record, m, tolerance) for m in items):
                record["scope"], record[GUESSED] = scope, True


def scope_doubt(first: dict, second: dict, tolerance: dict | None = None) -> str:
    """Why a pair is only a possible discrepancy because of a guessed scope ('' when it is not): none when
    the guessed count is above anything the worldwide one allows (a part never counts more than the whole:
    "31 million users" against "at most 24 million worldwide" disagree whatever the first one's scope)."""
    if bool(first.get(GUESSED)) == bool(second.get(GUESSED)):
        return ""
    guessed, stated = (first, second) if first.get(GUESSED) else (second, first)
    if tolerance is not None and guessed["kind"] == "count" == stated["kind"] and stated["scope"] == "global" \
            and value_interval(guessed, tolerance)[0] > value_interval(stated, tolerance)[1]:
        return ""
    return GUESSED_REASON


def drop_owner_scope(records: list[dict]) -> None:
    """A scope that is the owner itself is no scope: "the jobless rate in Nordland" is Nordland's
    rate, as "Nordland's jobless rate" is, not Nordland's rate within Nordland."""
    for record in records:
        if record.get("scope") and record["scope"] == record.get("entity"):
            record["scope"] = ""
