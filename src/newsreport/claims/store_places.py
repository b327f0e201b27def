"""Where a dated event happened: the places its clause names ("launched in Germany", "No. 1 on the US
App Store"), and for a store's chart the country written at the store ("Apple's US App Store", "Google
Play in Japan"), not places describing the app ("Shanghai-based", "popular in China")."""

from __future__ import annotations

import re

STORE_NAMES = [(re.compile(r"\bGoogle\s+Play\b", re.I), "Google Play"),
               (re.compile(r"\b(?:Apple(?:'s|’s)?\s+)?(?:US\s+|U\.S\.\s+)?App\s*Store\b|\bApple\s+Store\b"
                           r"|\bApple\s?(?:'s|’s)?\s+(?:\S+\s+){0,2}charts?\b"  # "No. 1 on Apple's US chart"
                           r"|\biPhone\s+apps\b", re.I),  # "the No. 1 spot among free iPhone apps"
                "the App Store")]


PEOPLE_OF_A_MARKET = {"users", "customers", "shoppers", "subscribers", "players", "consumers", "viewers", "audiences"}
STORE_REACH = 16  # characters around a store's name in which its country is written ("on Google Play in the US")


def clause_places(sentence: str, span: tuple[int, int]) -> list[str]:
    """Places named in the clause at `span` of `sentence` ("in Japan", "the US App Store")."""
    from newsreport.claims.figure_scope import PLACE_ABBREVIATION
    from newsreport.claims.parsing import parsed

    doc = parsed(sentence)
    store = next((m for pattern, _ in STORE_NAMES for m in pattern.finditer(sentence) if span[0] <= m.start() < span[1]), None)
    if store is not None:  # a chart's country is written at its store ("Apple's US App Store", "Google Play in Japan"),
        span = (max(span[0], store.start() - STORE_REACH), min(span[1], store.end() + STORE_REACH))  # not "Shanghai-based"
    found = [e.text for e in doc.ents if e.label_ in ("GPE", "LOC") and span[0] <= e.start_char < span[1]]
    # "became available to German users": the people's country, when no place is named
    found = found or [t.text for t in doc if span[0] <= t.idx < span[1] and t.ent_type_ == "NORP" and t.dep_ == "amod"
                      and t.head.lower_ in PEOPLE_OF_A_MARKET]
    return list(dict.fromkeys(found + [t.text for t in doc if span[0] <= t.idx < span[1] and PLACE_ABBREVIATION.match(t.text)]))
