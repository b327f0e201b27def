"""The owner of a measure whose sentence names nobody: in an article about one company or app, "Its
daily users number 12 million", "Quarterly net profit rose to $310 million, the carmaker said" and
"American subscribers numbered about 14 million" are the article's main actor's, as a reader takes
them. Only for measures the config names (users, revenue, staff ...; never people hurt or affected),
and only when the sentence names no other actor."""

from __future__ import annotations

import re

from newsreport.claims.keys import DEMONYM, US_WORDS
from newsreport.claims.names import CALENDAR_WORD

CAPITALIZED = re.compile(r"(?<![\w'’.-])[A-Z][\w&.-]*")


def names_no_other_actor(sentence: str, main: str, names: frozenset, places) -> bool:
    """Whether `sentence` names no one but `main`: none of its words that the document uses only as
    names (`names`, see `names.document_names`) is another actor; days, months, nationalities and
    places (`places`: the vocabulary's (name, pattern) pairs) are no actors."""
    own = set(main.split())
    for word in CAPITALIZED.findall(sentence):
        word = word.rstrip(".")
        if word in own or word not in names or CALENDAR_WORD.match(word) or word.lower() in US_WORDS \
                or DEMONYM.search(word) and word.endswith(("an", "ans", "ese", "ish")) \
                or any(p.search(word) for _, p in places):
            continue
        return False
    return True


BOUNDS = ("less_than", "at_most")  # "packages valued under $800": the bound of a rule, nobody's value


def main_owns_unnamed(rule, main: str, qualifier: str, sentence: str, names: frozenset, vocabulary) -> bool:
    """Whether a figure whose sentence names no owner is the article's main actor's (`main`): its measure
    is one the config names (`rule`), it is no bound ("under $800") and no other actor is named."""
    return rule is not None and bool(main) and qualifier not in BOUNDS \
        and names_no_other_actor(sentence, main, names, vocabulary.places)
