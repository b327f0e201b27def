"""What an estimator's sentence measures: the name a rich list or data firm ranks or values ("ranks Ana
Lima 40th") and the measure it puts at a figure ("puts her net worth at $18 billion", "estimates the app's
downloads at 3.5 million"): the estimator is the source, the thing it values is the owner."""

from __future__ import annotations

import re
from functools import lru_cache

from newsreport.claims.names import is_name

# nouns that name someone's reckoning of a figure, not a thing it has: "Streamline's June estimate for daily
# users, about 24 million" is Streamline's reckoning of another's users (its possessor is the source)
ESTIMATE_NOUNS = {"estimate", "reckoning", "calculation", "guess", "guesstimate"}

ESTIMATE_VERBS = {"estimate", "put", "peg", "place", "value", "reckon", "calculate", "assess", "gauge", "tally", "measure"}
# verbs of a tracker's own counting: "Appwatch logged 500,000 installs" (of the app it follows)
COUNTING_VERBS = ESTIMATE_VERBS | {"count", "track", "record", "log", "measure", "see", "find"}


def ranked_name(verb, names: frozenset):
    """The name a rich list or estimator ranks or values ("ranks Ana Lima 40th"), or None."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if is_name(obj, names):
            return obj
        named = [c for c in obj.children if c.dep_ == "compound" and is_name(c, names)]  # "Ana Lima 40th"
        if named:
            return named[-1]
    return None


def estimated_noun(root, stop: set[int]):
    """The measure an estimator puts at the figure: the object of "puts her net worth at $18 billion",
    "estimates the app's downloads at 3.5 million" (the figure is that object's value); else None."""
    verb = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "at" else None
    while verb is not None and verb.pos_ == "NOUN" and verb.dep_ == "pobj" and verb.head.dep_ == "prep" \
            and verb.head.head.pos_ == "NOUN":  # "puts the final cost of the extension at $4.6bn": hung on "extension"
        verb = verb.head.head
    if verb is not None and verb.pos_ == "NOUN" and verb.dep_ in ("dobj", "nsubj", "ccomp") and verb.i not in stop \
            and verb.head.lemma_.lower() in ESTIMATE_VERBS:
        return verb  # the parser hung "at 3.5 million" on the object itself
    if verb is None or verb.lemma_.lower() not in ESTIMATE_VERBS:
        return None
    measured = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN"
                     and c.i not in stop), None)  # "puts her net worth at", "her net worth is estimated at"
    return measured if measured is not None else antecedent(verb)


def antecedent(verb):
    """The noun a relative "which" stands for when an estimator puts it at the figure ("the crowd, which police
    put at about 9,000": the crowd is the measure, not the police who counted it); else None. A name
    the clause hangs on is a place or holder of a noun before it ("the crowd at Hollin Park, which ...")."""
    head = verb.head
    if head.pos_ == "PROPN" and head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ == "NOUN":
        head = head.head.head
    pronoun = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lower_ in ("which", "that")), None)
    return head if verb.dep_ == "relcl" and head.pos_ == "NOUN" and pronoun is not None else None


# the stand-ins an estimator's object may be ("puts the figure at", "put the total at"): the figure names the measure
STAND_IN_OBJECTS = {"figure", "number", "total", "tally", "count", "amount", "estimate"}


def own_noun(root, estimated, stop: set[int]) -> bool:
    """Whether a figure an estimator puts at a stand-in ("put the figure at 900,000 children", "puts the total at
    2 million visitors") carries its own counted noun: that noun, not the stand-in, is what it measures."""
    return estimated.lower_ in STAND_IN_OBJECTS and root.pos_ == "NOUN" and root.i in stop \
        and any(c.dep_ == "nummod" and c.i in stop for c in root.children)


def split_object(noun):
    """The word right before an estimator's object that the parser made a second object of the same
    verb ("put its US downloads at 2.1 million": "its US" and "downloads"): a modifier of the measure,
    holding its possessor and place; else None."""
    if noun.dep_ != "dobj" or noun.i == 0:
        return None
    before = noun.doc[noun.i - 1]
    return before if before.dep_ == "dobj" and before.head.i == noun.head.i and before.pos_ in ("PROPN", "ADJ") else None


def set_level(root, verb) -> bool:
    """Whether the figure is the level a verb sets its object at ("the bank kept its main rate at 4.5%", "left
    borrowing costs unchanged at 4.5%", "raised its key rate to 4.75%"): the object names the measure, and the
    subject only sets it (the subject's noun is not what is counted)."""
    return root.dep_ == "pobj" and root.head.lower_ in ("at", "to") and root.head.head.i == verb.i and any(
        c.dep_ == "dobj" and c.pos_ == "NOUN" for c in verb.children)


# words by which an estimator sets its value against another's: "Norbeck puts it closer to Rs 2,500 crore"
NEARER = {"closer", "nearer", "close", "near"}


def measured_at(noun, verb) -> bool:
    """Whether the figure's noun is the reading an estimator puts a thing at ("measured the shock at magnitude 6.8",
    "puts the quake's focus at 35 km", "Norbeck puts it closer to Rs 2,500 crore"): the subject reads the thing named as
    the verb's object (a noun, or "it" for a figure named before); it owns nothing."""
    if noun.dep_ != "pobj" or verb.lemma_.lower() not in ESTIMATE_VERBS:
        return False
    prep = noun.head
    at = prep.lower_ == "at" and prep.head.i == verb.i \
        or prep.lower_ == "to" and prep.head.lower_ in NEARER and prep.head.head.i == verb.i \
        or prep.lower_ == "to" and prep.head.i == verb.i and any(c.lower_ in NEARER for c in verb.children)  # "nearer to"
    return at and any(c.dep_ == "dobj" and (c.pos_ == "NOUN" or c.lower_ in ("it", "them") and verb.lemma_.lower()
                                            not in VALUING_VERBS) for c in verb.children)


# verbs whose object is the thing valued, not a figure: "a round valued it at $30 billion" (its valuation)
VALUING_VERBS = {"value", "assess"}


# a subject that names a reckoning made by someone, or people whose work is to reckon: the name after "by" or
# "at" ("a tally by Fever Watch", "analysts at Carrow Securities") is who reckons the figure, not whose it is
RECKONING_NOUNS = ESTIMATE_NOUNS | {"count", "tally", "analysis", "survey", "study", "review", "audit", "poll", "census"}
RECKONING_PEOPLE = {"analyst", "economist", "strategist", "forecaster", "researcher", "pollster", "statistician"}


def reckoner(noun) -> bool:
    """Whether `noun`, a figure's subject, is a reckoning by someone or those who reckon ("A tally of hospital
    records by Fever Watch found 900 deaths", "Analysts at Carrow expect losses of $2 billion"): the name
    it hangs on is the figure's source, not its owner. A reckoning's possessor may own what it counts ("the app's
    user count", "Brenwick's study enrolled 2,100 adults")."""
    if noun.lemma_.lower() in RECKONING_NOUNS:
        return any(c.dep_ in ("prep", "agent") and c.lower_ == "by" for c in noun.children)
    return noun.lemma_.lower() in RECKONING_PEOPLE


def reckoner_tokens(doc) -> set[int]:
    """Tokens of the possessor of an estimate noun ("Streamline's June estimate", "the regulator's
    reckoning"): who reckons the figure, neither its owner nor where it applies."""
    return {t.i for token in doc if token.dep_ == "poss" and token.head.lemma_.lower() in ESTIMATE_NOUNS
            for t in token.subtree}


# how an article introduces a firm that counts or estimates others' figures: "Sensor Pulse, the other big
# download tracker", "Streamline, which tracks app usage", "analytics firm Appfigura", "Pollara Research"
NAME = r"[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3}"
ESTIMATOR = (r"(?:tracker|(?:analytics|research|data|polling|measurement|intelligence|ratings) (?:firm|company|group|"
             r"provider|house|agency|specialist)|market researcher|pollster)s?")
DESCRIBED_AFTER = re.compile(rf"\b({NAME})\s*,\s*(?:(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}{ESTIMATOR}\b"
                             # "..., which tracks outages", "..., a service that tracks website failures"
                             r"|(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?)?(?:which|that) (?:tracks|estimates|measures|monitors|counts)\b)")
DESCRIBED_BEFORE = re.compile(rf"\b{ESTIMATOR}\s+({NAME})")
NAMED_AS = re.compile(rf"\b({NAME})\s+(?:Analytics|Research|Insights|Metrics)\b")


@lru_cache(maxsize=256)
def estimator_words(text: str) -> frozenset[str]:
    """The words of the names `text` introduces as a tracker, data or research firm or pollster (see
    `DESCRIBED_AFTER`, `DESCRIBED_BEFORE`, `NAMED_AS`): who counts a figure, never the actor it measures."""
    return frozenset(word for pattern in (DESCRIBED_AFTER, DESCRIBED_BEFORE, NAMED_AS)
                     for match in pattern.finditer(text) for word in match.group(1).split())


# verbs of keeping a count of things that happened: "The Pub Association counted 412 pub closures", "Our reps count
# 2,100 people who have lost work", "its operator, Pedalgrid, counted 1.1 million trips"
TALLYING_VERBS = {"count", "record", "log", "tally", "track"}
# and of putting people on a list: "the Red Cross has registered 1,250 people" at a relief centre
LISTING_VERBS = {"register", "enrol", "enroll"}
# what a counter has rather than keeps count of: "Pulse Gyms counts 2.4 million members", "counts 300 stores"
HOLDINGS = {"members", "users", "customers", "clients", "subscribers", "accounts", "followers", "stores", "branches",
            "outlets", "shops", "restaurants", "pubs", "sites", "employees", "staff"}
PLACE_LABELS = ("GPE", "LOC", "FAC")  # "Mariposa County has recorded 640 measles cases": where they are, its own


# verbs of giving a figure someone measured: "INEC reporting a turnout of 34.2 per cent", "its sample showed a turnout"
GIVING_VERBS = {"report", "announce", "show", "put", "estimate", "give", "publish", "confirm", "find"}


def counts_others(reading, rule) -> bool:
    """Whether a figure's subject only keeps its count: the subject of a tallying or listing verb (`TALLYING_VERBS`,
    `LISTING_VERBS`) counting what no config measure gives an owner (closures, trips, people who lost work, people
    registered at a relief centre) or a toll (cases, deaths) is the figure's source. A place keeps its own count
    ("Seville recorded 44.1 degrees"), and what a counter has is its own ("Loopa counts 12 million users", "Pulse
    Gyms counts 2.4 million members")."""
    head = reading.counted.split()[-1:] if reading.counted else []
    if rule is not None and rule.place_owned and reading.verb in GIVING_VERBS and reading.entity_label not in PLACE_LABELS \
            and reading.entity_basis in ("subject", "pronoun", "reporting subject"):
        return True  # a body giving a place's measure ("the electoral commission reported a turnout") is its source
    return reading.entity_basis in ("subject", "pronoun") and reading.verb in TALLYING_VERBS | LISTING_VERBS \
        and bool(head) and head[0].lower() not in HOLDINGS \
        and (rule is None or rule.tally and reading.entity_label not in PLACE_LABELS)  # (a toll is a place's own)
