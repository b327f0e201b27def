"""Verbs whose sense decides what a figure is: a verb of saying names who states a bare number ("The regulator
says 1.4 million."), never what it counts; a verb and particle of lost access ("the ban cuts off 90 million users")
count the people it falls on, not a fall in their number; jobs that "go" or "disappear" are a cut, not a staff count."""

from __future__ import annotations

# a verb and particle that say people lose access, not that a count fell: "the ban cuts off 90 million users"
CUT_OFF = {("cut", "off"), ("shut", "off"), ("shut", "out"), ("lock", "out"), ("block", "off")}


def cut_off(verb) -> bool:
    """Whether `verb` with its particle says people lose access ("cuts off 90 million users", "locked out 2 million
    customers"): the people it falls on are counted, nothing fell ("laid off 1,000 employees" is a cut); or says
    where things belong (`FALLS_WITHIN`)."""
    return any((verb.lemma_.lower(), c.lower_) in CUT_OFF for c in verb.children if c.dep_ == "prt") \
        or verb.lemma_.lower() == "fall" and any(c.dep_ in ("prep", "prt", "advmod") and c.lower_ in FALLS_WITHIN
                                                  for c in verb.children)


# "fall" with a word of where things belong is no fall in their number: "145,000 flats fall within the cap", "fall
# under the new rules", "fall into the top band", "fell outside the scheme"
FALLS_WITHIN = {"within", "under", "into", "outside", "inside", "beyond", "short"}


SAYING_VERBS = {"say", "claim", "insist", "argue", "reckon", "think", "believe", "tell", "suggest"}


# jobs as the subject of a verb of going: "1,500 jobs will go", "about 800 posts could disappear" say a cut
GOING_VERBS = {"go", "disappear", "vanish"}
JOB_NOUNS = {"job", "post", "position", "role"}


def jobs_going(verb, noun) -> bool:
    """Whether the counted noun is jobs that the verb says will go ("1,500 jobs will go", "some 300 roles are to
    disappear"): a change in the staff, as "cut 1,500 jobs" is, never the number employed."""
    return verb.lemma_.lower() in GOING_VERBS and noun.dep_ == "nsubj" and noun.head.i == verb.i \
        and noun.lemma_.lower() in JOB_NOUNS
