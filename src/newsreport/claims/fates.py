"""What happened to the people (or things) a figure counts, said by the words around the noun rather than by
the noun: "14 climbers trapped on the ridge", "3,000 travellers caught up in the strike" (a participle after
the noun), "a trial of 900 smokers", "a crowd of 25,000 fans" (the group the count makes up), "residents
under evacuation orders" (the order's kind). A person noun (workers, fans, adults) names no measure by itself:
these words do."""

from __future__ import annotations

import re

from newsreport.claims.counted import HARMED_VERBS, other_figure
from newsreport.claims.names import is_name

FATE_TAGS = {"VBN"}  # "trapped", "caught up in", "enrolled in": what was done to them
FATE_PREPS = {"in", "by", "at", "from", "under", "on", "to", "into", "for"}
PARTICLES = {"away", "aboard", "onboard", "home", "out", "off", "back", "inside", "outside", "underground", "alive"}
ORDER_VERBS = {"order", "tell", "force", "urge", "advise", "warn"}  # "people ordered to leave": what they were told to do


def fate_words(noun, verb, stop: set[int], measure: set) -> set:
    """The words beside a counted noun that say what its count measures (see the module): a participle after it,
    the group it makes up, the kind of order the people are under or what they were ordered to do."""
    under = {p for t in measure if t.dep_ == "prep" and t.lower_ == "under" for p in t.children if p.dep_ == "pobj"}
    ordered = {c for c in verb.children if c.dep_ == "xcomp" and verb.lemma_.lower() in ORDER_VERBS and c.i > verb.i}
    part = noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i in stop  # "reached 11 of the 23 miners
    fate = set() if part else fate_tokens(noun, verb, lambda c: other_figure(c, stop))  # trapped": the whole's fate
    return fate | group_of(noun, stop) | ordered_compounds(under) | ordered | done_by(noun, verb, stop)


def done_by(noun, verb, stop: set[int]) -> set:
    """What the counted people did or went through, when they are the verb's subject: its object ("households lost
    power", "children needed hospital treatment", "nurses taking part in the strike") and its adverb particle
    ("stayed away", "had 310 passengers aboard", "brought out alive"). Empty for an object that is a name or
    holds another figure."""
    if noun.head.i != verb.i:
        return set()
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and not other_figure(c, stop)
               and noun.dep_ in ("nsubj", "nsubjpass")]
    return {t for o in objects for t in [o, *o.children] if t.i == o.i or t.dep_ == "compound"} \
        | {c for c in verb.children if c.dep_ in ("advmod", "advcl", "acomp", "oprd") and c.lower_ in PARTICLES}


def fate_tokens(noun, verb, has_other_figure) -> set:
    """The tokens of a past participle after the counted noun ("climbers trapped on the ridge", "travellers
    caught up in the strike"): the participle, its particles and adverbs, and its prepositions with their
    objects. Empty when there is none or it holds another figure."""
    for clause in noun.children:
        if not (clause.dep_ == "acl" and clause.tag_ in FATE_TAGS or passive_relative(clause)) or clause.i < noun.i \
                or clause.i == verb.i or has_other_figure(clause):
            continue  # ("residents who were evacuated" as "residents evacuated")
        tokens = {clause} | {t for t in clause.children if t.dep_ in ("prt", "advmod", "neg")}
        for prep in (t for t in clause.children if t.dep_ == "prep" and t.lower_ in FATE_PREPS):
            tokens |= {prep} | {p for p in prep.children if p.dep_ == "pobj"}
        return tokens
    return set()


def fate_verb(noun) -> str:
    """The lemma of the participle after the counted noun ("caught up in": 'catch') or of a passive relative clause
    saying what was done to them (`relative_fate`), '' for none."""
    clause = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ in FATE_TAGS and c.i > noun.i), None)
    return clause.lemma_.lower() if clause is not None else relative_fate(noun)


KEEPING_VERBS = {"hold", "keep", "store", "manage", "process", "serve", "hand", "handle", "own", "run"}


def passive_relative(clause) -> bool:
    """Whether `clause` is a passive relative clause on its noun's people: "who were evacuated", "that were stranded"."""
    return clause.dep_ == "relcl" and any(s.dep_ == "nsubjpass" and s.lower_ in ("who", "that", "which")
                                          for s in clause.children)


def relative_fate(noun) -> str:
    """What a passive relative clause after the counted noun says was done to them: "residents who were evacuated"
    ('evacuate'), "drivers that were stranded" ('strand'); "patients whose records were taken", "owners whose
    homes were flooded": what was done to their things reached them ('affect'), unless the things were only kept
    ("customers whose accounts are held by the bank"); '' for none."""
    for clause in (c for c in noun.children if c.dep_ == "relcl" and c.i > noun.i and c.pos_ in ("VERB", "AUX")):
        subject = next((s for s in clause.children if s.dep_ == "nsubjpass"), None)
        if subject is None:
            continue
        if passive_relative(clause):
            return clause.lemma_.lower()
        if any(c.lower_ == "whose" for c in subject.children) and clause.lemma_.lower() not in KEEPING_VERBS:
            return "affect"
    return ""


EMPLOY_VERBS = {"employ", "hire", "contract", "engage", "recruit"}  # "2,400 workers employed by Tarnby": Tarnby's


def employer(noun, names: frozenset):
    """The name after "by" of a participle of employment after the counted people ("2,400 workers employed by
    stevedore Tarnby", "drivers hired by the operator Transvale"): whose workers they are; None for none."""
    for clause in (c for c in noun.children if c.dep_ == "acl" and c.tag_ in FATE_TAGS and c.i > noun.i):
        if clause.lemma_.lower() not in EMPLOY_VERBS:
            continue
        for by in (c for c in clause.children if c.dep_ in ("agent", "prep") and c.lower_ == "by"):
            for hirer in (p for p in by.children if p.dep_ == "pobj"):
                named = hirer if is_name(hirer, names) else next(
                    (a for a in hirer.children if a.dep_ == "appos" and is_name(a, names)), None)
                if named is not None:
                    return named
    return None


def group_of(noun, stop: set[int]) -> set:
    """"a trial of 900 smokers", "a crowd of 25,000 fans": the noun the counted people make up, with its "of"
    and the group's modifiers (the group names the measure: enrolment, attendance, "total spending"); empty when
    the count hangs from no noun's "of"."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.pos_ == "NOUN" and prep.head.i not in stop \
            and prep.head.i < noun.i and not prep.head.like_num:
        group = prep.head
        return {prep, group} | {c for c in group.children if c.dep_ in ("amod", "compound") and c.i < group.i}
    return set()


def adjunct_count(noun, verb, stop: set[int]) -> bool:
    """Whether the counted people make up a group named in an adjunct of the verb ("cut relapses by 30% in a
    trial of 900 smokers", "won 2-0 before a crowd of 25,000 fans"), or the things counted are what led to it
    (`CAUSE_PREPS`): the verb and its subject say nothing of them (no change of them, no measure)."""
    if led_to(noun, verb) or sized(noun, stop):
        return True
    group = noun.head.head if group_of(noun, stop) else None
    return group is not None and group.dep_ == "pobj" and group.head.head.i == verb.i \
        and group.head.lower_ not in ("by", "to", "from", "at")


def sized(noun, stop: set[int]) -> bool:
    """Whether the figure (its tokens `stop`) is a size joined by a hyphen before the noun it describes ("the 118-car
    train derailed", "the two-person crew was not injured", "three-bedroom units start at"): each one's size, of which
    the verb says nothing (no injured people, no cars derailed)."""
    return noun.i not in stop and noun.i > max(stop) and any(noun.doc[i].text == "-" for i in stop)


# prepositions of what came before or led to an act ("after 19 fires", "following 14 illnesses", "amid 300 complaints")
CAUSE_PREPS = {"after", "following", "amid", "despite", "over"}


def led_to(noun, verb) -> bool:
    """Whether the counted `noun` is what came before or led to the act of `verb` (`CAUSE_PREPS`: "recalled 41,000
    scooters after 19 fires"): counted by its own noun, not by what the verb did (no recall of fires)."""
    return noun.dep_ in ("pobj", "dobj") and noun.head.lower_ in CAUSE_PREPS and noun.head.dep_ == "prep" \
        and noun.head.head.i == verb.i and noun.pos_ == "NOUN"  # ("following" may be parsed with an object)


def ordered_compounds(tokens: set) -> set:
    """The compounds of nouns in `tokens` ("under evacuation orders": 'evacuation'), which name their kind."""
    return {c for t in tokens if t.pos_ == "NOUN" for c in t.children if c.dep_ == "compound"}


def one_of(noun) -> bool:
    """Whether the count is the whole "one of" is taken from ("one of the 40,000 fans stranded", "one of some
    90,000 savers"): a definite count the sentence takes as given, whatever its clause supposes ("if you were ...")."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "one"


# a plural noun for people by what they do, beside the config's person nouns: "dockers", "machinists", "firemen"
AGENT_NOUN = re.compile(r"[a-z](?:ers|ors|ists|ians|ants|men|women|ees)$")


def group_free(rule, counted: str, vocabulary) -> bool:
    """Whether a count measured by what happened to people (`rule.by_fate`) counts them by a noun naming no group
    of its own ("5,000 people", "5,000 residents" ordered out of a town), by any person noun where what they did
    makes them one group (`rule.one_group`: "8,000 drivers" or "8,000 members" who struck), or by a word for the measure itself
    ("the official toll has risen to 41": a toll is the deaths): that noun keys nothing."""
    head = counted.split()[-1] if counted.split() else ""
    return bool(head and (rule.by_fate and head in vocabulary.generic_people
                          or "*" in rule.one_group and (head in vocabulary.person_nouns or AGENT_NOUN.search(head))
                          or head in rule.one_group  # "120 passengers" aboard are the people aboard
                          or vocabulary.synonyms.get(head) == rule.name))


def people_verb(reading) -> str:
    """What keys a count of people nobody owns: what happened to them, the participle after their noun before the
    clause's verb ("3,000 commuters stranded by the failure waited": stranded), any harm read as 'affected'
    ("were affected", "stranded", "caught up in" are one count); '' for none, or for the verb of whoever counted them
    ("Our reps count 2,100 people who have lost work": nothing happened to them by being counted), nor for one that
    only says they were there ("14 miners had been working in the section")."""
    from newsreport.claims.estimators import TALLYING_VERBS

    verb = getattr(reading, "fate", "") or reading.verb
    if verb in TALLYING_VERBS or verb in PRESENCE_VERBS:  # "1,400 workers were working" = "600 workers were on shift"
        return ""
    if verb in SITTING_VERBS and EXAM_WORDS.search(reading.clause_text) and not TO_SIT.search(reading.clause_text):
        return "sit"  # "appeared for the examinations", "took the exams", "sat the papers": one count of candidates
    if verb in DATA_TAKING_VERBS and DATA_WORDS.search(reading.clause_text):
        return "affected"  # "hackers took the data of 270,000 patients" = "270,000 patients were affected"
    return "affected" if verb in HARMED_VERBS else PEOPLE_SENSES.get(verb, verb)


# verbs of one thing done to people, keyed by one of them: "14,300 people were moved" = "19,000 were relocated"
PEOPLE_SENSES = dict.fromkeys(("move", "relocate", "resettle", "rehouse", "shift"), "relocate")
# what is done to people's data in an attack: their data taken, copied or accessed reached them as a harm does
DATA_TAKING_VERBS = {"take", "copy", "obtain", "exfiltrate", "grab", "scrape"}
DATA_WORDS = re.compile(r"\b(?:data|information|records|details|files)\b", re.I)


SITTING_VERBS = {"appear", "take", "sit", "write"}
PRESENCE_VERBS = {"work", "stay", "remain"}  # where people were, as "were in the tunnel" says: nothing happened to them
EXAM_WORDS = re.compile(r"\b(?:exam(?:ination)?s?|tests?|papers?)\b", re.I)
# exams still to sit are another count: "87,000 students must take supplementary exams"
TO_SIT = re.compile(r"\b(?:must|will|would|should|can|could|may|might|to)\s+(?:\w+\s+)?(?:take|sit|appear|write)\b", re.I)


MEMBER_OF = re.compile(r"\bone of (?:the |its |their |some |roughly |about |nearly |almost |around |more than |over )*$", re.I)


def drop_member_owner(reading, sentence: str, rel_start: int) -> None:
    """'Desai is one of roughly 14 lakh sellers on the marketplace' ('She is one of ...'): the subject is one of
    the people counted, not their owner; the owner is then found as for a count whose sentence names none; in place."""
    if reading.entity_basis in ("subject", "reporting subject", "pronoun") \
            and MEMBER_OF.search(sentence[max(0, rel_start - 40):rel_start]):  # "She was one of 2 million riders": no owner
        reading.entity_text, reading.entity_span, reading.entity_basis, reading.entity_label = "", None, "", ""
