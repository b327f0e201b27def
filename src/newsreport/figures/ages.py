"""Whether a bare whole number is a person's age ("aged 18", "Dana Lee, 44, said", "Jane Smith (44)", "said
Ben Carter, 31.", "she is 24,"): an age is no count of anything."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsreport.figures.numbers import Atom

# "aged 18", "ages 18 to 34", "at the age of 44": the number is an age in years.
AGE_LEAD = re.compile(r"\b(?:aged|ages|age of|ages of|age)\s+(?:between\s+|from\s+)?$", re.IGNORECASE)
# ... and the ages coordinated with the first: "aged 31 and 34", "aged 8, 11 and 15"
AGE_COORDINATED = re.compile(r"\baged\s+\d{1,3}(?:,\s*\d{1,3})*(?:,?\s+(?:and|or)\s+|,\s*)$", re.IGNORECASE)
# "Dana Lee, 44, said": a person's age in apposition after a name; "Jane Smith (44)", as British
# papers write it, after a name of two capitalized words.
AGE_APPOSITION = re.compile(r"(?:[A-Z][\w'’.-]*|\b(?:man|woman|boy|girl|mother|father|son|daughter|wife|husband|"
                            r"victim|suspect|driver|star|actor|actress|singer|rapper|player|artist|author|teacher|"
                            r"student|nurse|doctor|officer|resident|founder|owner|veteran|pensioner|teenager|"
                            r"grandmother|grandfather|widow|mayor|senator|minister|president|chairman|chief|"
                            r"sister|brother|aunt|uncle|niece|nephew|grandson|granddaughter|teen|child|kid|"
                            r"partner|friend|neighbou?r|creator|influencer|streamer|engineer|lawyer|analyst))"
                            r",\s$")  # also "the star, 81, was": a person named by a noun
AGE_PARENTHESES = re.compile(r"\b[A-Z][\w'’-]+\s+[A-Z][\w'’.-]+\s?\($")
# The speaker named after a verb of saying, the age closing the sentence or clause: "said Ben Carter,
# 31.", "according to lawyer Ana Ruiz, 52;", "says retiree Tom Hale, 67", "said Torres, 24." (a name of
# one to four capitalized words, a surname alone on a second mention, after at most two words of role).
AGE_AFTER_SPEAKER = re.compile(r"\b(?:said|says|told|added|adds|wrote|writes|explained|explains|asked|asks|"
                               r"recalled|recalls|according\s+to)\s+(?:[a-z]+\s+){0,2}(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*,\s$")
AGE_CLOSES = re.compile(r"\s*(?:[.;!?)\"”]|$)")
# A person's own age after a verb of being or turning: "I'm 45 and", "she is 24,", "he turned 30."
AGE_OF_BEING = re.compile(r"\b(?:I['’]m|I\s+am|(?:he|she)['’]s|(?:he|she|who)\s+is|(?:he|she|who)\s+was|"
                          r"turned|turns|turning)\s$", re.IGNORECASE)
AGE_OF_BEING_AFTER = re.compile(r"\s*(?:[,.;!?)\"”]|$|\s(?:and|but|now|when|years?\b))")


def is_age(text: str, atom: Atom) -> bool:
    """A bare whole number that is a person's age: after "aged", between commas after a name, or
    in parentheses after a two-word name."""
    digits = text[atom.num_start:atom.num_end]
    before = text[max(0, atom.start - 20):atom.start]
    if atom.words and not atom.has_scale and atom.kind == "count" and 0 < atom.value < 120 \
            and AGE_LEAD.search(before):
        return True  # "aged twenty-four"
    if atom.words or atom.has_scale or atom.currency or atom.kind not in ("count",) or not digits.isdigit() \
            or not 0 < atom.value < 120:
        return False
    if AGE_AFTER_SPEAKER.search(text[max(0, atom.start - 70):atom.start]) and AGE_CLOSES.match(text, atom.end):
        return True
    if AGE_LEAD.search(before) or AGE_COORDINATED.search(text[max(0, atom.start - 30):atom.start]):
        return True
    if AGE_OF_BEING.search(before) and AGE_OF_BEING_AFTER.match(text, atom.end):
        return True
    if AGE_PARENTHESES.search(before) and text[atom.end:atom.end + 1] == ")":
        return True
    return bool(AGE_APPOSITION.search(before) and re.match(r",\s+(?:[a-z]|who\b)", text[atom.end:atom.end + 8]))
