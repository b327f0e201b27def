"""Bare years: telling "in 2013" or "2018 sales" (a year) from "2000 people" (a count)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsreport.figures.units import IRREGULAR_PLURALS

if TYPE_CHECKING:
    from newsreport.figures.numbers import Atom

# Four-digit numbers before these count things, not years: "2000 people".
COUNTED_NOT_YEARS = frozenset("people workers employees jobs users staff students members units homes "
                              "households cars vehicles shares customers patients troops deaths cases "
                              "stores flights".split())
TIME_CONTEXT_WORDS = frozenset("in since of by from until till to between and during after before year "
                               "early late mid the fiscal through around circa spring summer autumn "
                               "winter fall".split())


def _word_before(text: str, start: int) -> str:
    prev = re.search(r"([A-Za-z]+)\W*$", text[max(0, start - 20):start])
    return prev.group(1).lower() if prev else ""


def year_like(text: str, atom: Atom) -> bool:
    """A bare four-digit number that reads as a year ("in 2013", "2018 sales", "by 2120")."""
    digits = text[atom.num_start:atom.num_end]
    if atom.kind != "count" or atom.words or atom.has_scale or not re.fullmatch(r"\d{4}", digits):
        return False
    if _word_before(text, atom.start) in TIME_CONTEXT_WORDS:
        return 1000 <= atom.value <= 2300
    return 1800 <= atom.value <= 2100 and _looks_like_year(text, atom)


def _looks_like_year(text: str, atom: Atom) -> bool:
    if 1950 <= atom.value <= 2050 and not (atom.noun_phrase and atom.noun_phrase.split()[0].lower()
                                          in COUNTED_NOT_YEARS):
        return True
    if re.match(r"['’′]?s\b", text[atom.num_end:atom.num_end + 3]):
        return True
    if atom.noun_phrase:
        head = atom.noun_phrase.split()[0]
        if head.lower().endswith("s") or head.lower() in IRREGULAR_PLURALS:
            return False
    return True
