"""Verbs of change by lemma, with every inflection a news text writes ("rise, rises, rose, risen,
rising"), so that a direction does not depend on which tense a vocabulary happened to list."""

from __future__ import annotations

# lemma, or lemma/past/participle for irregular verbs; a trailing "+" doubles the last consonant
# before -ed and -ing ("drop+" -> dropped, dropping).
UP_LEMMAS = ("rise/rose/risen grow/grew/grown gain increase climb jump surge soar advance add rally boost "
             "expand swell spike leap hike rebound recover firm strengthen rocket skyrocket accelerate widen "
             "appreciate balloon mushroom improve bounce recoup regain warm quicken zoom deepen")
DOWN_LEMMAS = ("fall/fell/fallen drop+ decline decrease slide/slid/slid slip+ lose/lost/lost plunge plummet "
               "sink/sank/sunk tumble ease shed+/shed/shed dip+ slump shrink/shrank/shrunk cut+/cut/cut contract "
               "retreat reduce lower slash trim+ weaken tank crash collapse crater skid+ sag+ dive/dove/dived "
               "pare erase narrow depreciate devalue dwindle erode recede nosedive slow cool soften decelerate "
               "surrender deteriorate degrade wane ebb slacken subside fade moderate diminish lessen "
               "hemorrhage haemorrhage axe deduct")
IRREGULAR_EXTRA = ("leapt",)
# Base forms read as something else before a number in news ("add 200 jobs", "the lower 48 states",
# "a narrow 2-1 win", "a firm 3% offer", "a crash 40 years ago") carry no direction; the other
# bases do ("could rise 3%", "expected to fall 2%").
NO_BASE = {"add", "lower", "firm", "contract", "tank", "crater", "rocket", "skyrocket", "balloon", "mushroom",
           "spike", "crash", "rally", "collapse", "trim", "slash", "narrow", "pare", "sag", "skid", "dive",
           "erase", "retreat", "recede", "dwindle", "erode", "bounce", "hike", "swell", "leap", "plummet",
           "weaken", "strengthen", "appreciate", "depreciate", "devalue", "accelerate", "improve", "widen",
           "nosedive", "slow", "cool", "soften", "decelerate", "warm", "deteriorate", "moderate", "fade",
           "zoom", "deepen", "diminish", "lessen", "hemorrhage", "haemorrhage"}  # (Zoom, the company)


# Of those, the bases that are plainly a verb of change before a share or points when no article or
# possessive stands before them: headlines and wire leads with a plural subject ("Meta shares crater
# 20%", "Stocks rally 2%", "Oil prices tank 7%"; but "a narrow 51% majority", "the lower 5%").
BASE_BEFORE_SHARE = {"add", "tank", "crater", "rocket", "skyrocket", "balloon", "spike", "crash", "rally",
                     "collapse", "slash", "pare", "sag", "skid", "dive", "erase", "retreat", "recede", "dwindle",
                     "erode", "bounce", "leap", "plummet", "weaken", "strengthen", "appreciate", "depreciate",
                     "accelerate", "improve", "widen", "nosedive", "soften", "decelerate", "fade"}


def _regular(stem: str, double: bool) -> tuple[str, str, str]:
    """Third person, past and -ing forms of a regular verb."""
    third = stem + ("es" if stem.endswith(("sh", "ch", "ss", "x")) else "s")
    if stem.endswith("y") and stem[-2:-1] not in "aeiou":
        third = stem[:-1] + "ies"
    if double:
        return third, stem + stem[-1] + "ed", stem + stem[-1] + "ing"
    if stem.endswith("e"):
        return third, stem + "d", stem[:-1] + "ing"
    if stem.endswith("y") and stem[-2:-1] not in "aeiou":
        return third, stem[:-1] + "ied", stem + "ing"
    return third, stem + "ed", stem + "ing"


def verb_forms(lemmas: str) -> list[str]:
    """Every inflection of the lemmas, longest first (so an alternation tries "rising" before "rise")."""
    forms: set[str] = set()
    for entry in lemmas.split():
        parts = entry.split("/")
        double = parts[0].endswith("+")
        stem = parts[0].rstrip("+")
        third, past, ing = _regular(stem, double)
        if len(parts) == 3:
            past = parts[1]
            forms.add(parts[2])
        forms.update((third, past, ing))
        if stem not in NO_BASE:
            forms.add(stem)
    if lemmas is UP_LEMMAS:
        forms.update(IRREGULAR_EXTRA)
    return sorted(forms, key=lambda form: (-len(form), form))
