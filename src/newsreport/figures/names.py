"""Digits that belong to a name rather than count anything: "iPhone 11", "S&P 500"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsreport.figures.units import IRREGULAR_PLURALS, STOP_WORDS
from newsreport.figures.years import TIME_CONTEXT_WORDS

if TYPE_CHECKING:
    from newsreport.figures.numbers import Atom
    from newsreport.figures.scan import Scan

# Words before a number that introduce an amount, even when capitalized at a sentence start.
AMOUNT_LEADS = ("about", "around", "nearly", "over", "some", "just", "only", "almost", "roughly",
                "approximately", "top", "has", "with", "of")


def is_name_part(scan: Scan, atom: Atom) -> bool:
    """A bare integer right after a capitalized word is part of a name: "iPhone 11", "S&P 500"."""
    before = scan.text[max(0, atom.start - 30):atom.start]
    prev = re.search(r"(\S+) $", before)
    if not prev:
        return False
    word = prev.group(1)
    if not re.search(r"[A-Z]", word) or word.lower().strip("\"“(") in STOP_WORDS | TIME_CONTEXT_WORDS:
        return False
    sentence_start, _ = scan.sentence_span(atom.start)
    if atom.start - len(word) - 1 <= sentence_start and word.lower() in STOP_WORDS:
        return False
    return word.lower() not in AMOUNT_LEADS


def is_model_name(text: str, atom: Atom) -> bool:
    """A bare integer before a capitalized singular word names a thing: "iPhone 11 Pro"."""
    digits = text[atom.num_start:atom.num_end]
    first_word = atom.noun_phrase.split()[0] if atom.noun_phrase else ""
    return (atom.kind == "count" and not atom.has_scale and digits.isdigit() and first_word[:1].isupper()
            and not (first_word.endswith("s") or first_word.lower() in IRREGULAR_PLURALS))
