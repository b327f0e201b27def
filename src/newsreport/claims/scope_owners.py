"""An unowned figure whose only scope is a place that other articles name as the owner of the same measure is that
place's figure: "the wildfire near Corran has burned 12,000 hectares" and "the Corran fire had scorched 20,000
hectares" count one fire's area, once written where it burns and once by the name it goes by."""

from __future__ import annotations


def scope_as_owner(records: list[dict]) -> None:
    """Give an unowned mention whose scope is one place the owner that place is elsewhere (see the module); in place.
    Only where another article's mention of the same measure is owned by that place and states no scope."""
    owned = {(r["metric"], r["entity"], r["doc"]) for r in records if r["entity"] and not r["scope"] and r["kind"] != "date"}
    for record in records:
        place = record["scope"]
        if record["entity"] or not place or place == "global" or "+" in place or record["kind"] == "date":
            continue
        if any(metric == record["metric"] and entity == place and doc != record["doc"] for metric, entity, doc in owned):
            record["entity"], record["scope"] = place, ""
