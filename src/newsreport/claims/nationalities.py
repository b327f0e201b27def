"""A place written as its people's adjective in one article and by its name in another ("Norwegian
sales" / "sales in Norway", "German users" / "users in Germany") is one scope. The adjective is taken
for the one country of the corpus's scopes that shares its first letters (at least four: Norw-egian /
Norw-ay, Chin-ese / Chin-a), or for the country an irregular adjective names (French: France)."""

from __future__ import annotations

import os

from newsreport.claims.keys import DEMONYM

# adjectives that share fewer than four first letters with their country
IRREGULAR = {"French": "France", "Spanish": "Spain", "Dutch": "Netherlands", "Polish": "Poland", "Greek": "Greece",
             "Swiss": "Switzerland", "Danish": "Denmark", "Finnish": "Finland", "Irish": "Ireland", "Thai": "Thailand",
             "Filipino": "Philippines", "Welsh": "Wales", "Scottish": "Scotland", "Peruvian": "Peru", "Belgian": "Belgium"}
SHARED_LETTERS = 4


def is_adjective(scope: str) -> bool:
    """A one-word scope written as a people's adjective ("Norwegian", "Chinese", "Brazilian")."""
    return scope.isalpha() and scope[:1].isupper() and (scope in IRREGULAR or bool(DEMONYM.search(scope)))


def country_of(adjective: str, places: set[str]) -> str:
    """The country `adjective` names among `places` (the corpus's other scopes); '' for none or several."""
    if IRREGULAR.get(adjective) in places:
        return IRREGULAR[adjective]
    found = {p for p in places if p != adjective and " " not in p and len(os.path.commonprefix([p, adjective])) >= SHARED_LETTERS}
    return next(iter(found)) if len(found) == 1 else ""


def unify_nationalities(records: list[dict]) -> None:
    """Scope each figure written with a people's adjective by the country the other figures name."""
    places = {r["scope"] for r in records if r.get("scope") and not is_adjective(r["scope"])}
    for record in records:
        scope = record.get("scope") or ""
        if is_adjective(scope):
            record["scope"] = country_of(scope, places) or scope
