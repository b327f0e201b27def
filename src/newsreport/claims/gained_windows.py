"""Things an owner gains over time (new users, downloads) are counted over a window, and a story of one surge
tells one window: "signed up 2.4 million new users since Monday's change" in one article is the "about 2 million
new sign-ups in its first four days" of another, though only the second states its window ('new_users: in first
four days'). So an owner's count of gained things that states no window (and no period) takes the window its other
counts of them state, when they state only one; two windows ("in its first day", "in its first week") leave it alone."""

from __future__ import annotations

import re

# measures of things gained over time, not held: a count of them has a window, said or not
GAINED_MEASURES = {"new_users", "downloads"}
WINDOW_STARTS = ("in ", "since ", "so far")
# the present or present perfect in the figure's clause: a total to date ("has been downloaded", "now has", "boasts")
TO_DATE = re.compile(r"\b(?:has|have|now|boasts?|counts?)\b[^,;:.]*$", re.I)


def window_of(detail: str) -> bool:
    """Whether a metric's detail is the window of its count ('in one week', 'since launch')."""
    return detail.startswith(WINDOW_STARTS)


def to_date(record: dict) -> bool:
    """Whether the record's sentence tells its count in the present, before the figure: a total so far."""
    context, quote = str(record.get("context", "")), str(record.get("quote", ""))
    at = context.find(quote)
    return at >= 0 and bool(TO_DATE.search(context[:at]))


def window_unsaid_counts(records: list[dict]) -> list[dict]:
    """Claim records of an owner's gained things (`GAINED_MEASURES`) with no window and no period take the one window
    the owner's other records of them state ('downloads' -> 'downloads: in one week'), unless told as a total to date
    or in an article stating a window for them; in place, and returned."""
    windows: dict = {}
    telling: set = set()  # (owner, measure, doc) of the articles that state a window
    for record in records:
        base, _, detail = str(record.get("metric", "")).partition(": ")
        if record.get("entity") and base in GAINED_MEASURES and window_of(detail):
            windows.setdefault((record["entity"], base), set()).add(detail)
            telling.add((record["entity"], base, record["doc"]))
    for record in records:
        said = windows.get((record.get("entity"), record.get("metric")), set())
        if len(said) == 1 and record.get("kind") == "count" and not record.get("period") and not to_date(record) \
                and (record["entity"], record["metric"], record["doc"]) not in telling:
            record["metric"] = f"{record['metric']}: {next(iter(said))}"
    return records
