"""Whose a fine is: the party fined, not the regulator or court that fines it ("Ofcom fined the company
£1.2m", "The company was fined £1.2m by Ofcom", "Regulator Ofcom slapped a £1.5 million fine on Chattle's
owner": the company's, three times)."""

from __future__ import annotations

import re

from newsreport.claims.names import is_anaphor, is_name

# verbs whose figure is the recipient's ("give Vexa a 90-day extension", "slapped a fine on Chattle")
GIVE_VERBS = {"give", "grant", "offer", "award", "hand", "extend", "issue", "impose", "slap", "put", "pour", "invest", "inject", "pump"}
FINE_VERBS = {"fine", "penalise", "penalize"}
PENALTY_NOUNS = {"fine", "penalty", "sanction"}
FINED = re.compile(r"^(?:fined|fines|fining|penali[sz](?:ed|es|ing))$")


def fined_party(verb, noun, names: frozenset):
    """Who a fine falls on, not who imposes it: the object of "fined" ("Ofcom fined the company £1.2m"), the
    subject of "was fined", or the one a fine is put on with a verb of giving ("slapped a £1.5
    million fine on Chattle's owner"); None otherwise."""
    if verb.lemma_.lower() in FINE_VERBS or FINED.match(verb.lower_):  # (the lemmatizer may give "fined" as "fin")
        # "The company was fined £1.2m by Ofcom": the subject, not the agent; the parser may call the object a dative
        fined = ("nsubjpass",) if any(c.dep_ == "auxpass" for c in verb.children) else ("dobj", "dative")
        return next((c for c in verb.children if c.dep_ in fined and (is_name(c, names) or is_anaphor(c))), None)
    if verb.lemma_.lower() in GIVE_VERBS and noun.lemma_.lower() in PENALTY_NOUNS:
        given = next((c for c in verb.children if c.dep_ == "dative" and (is_name(c, names) or is_anaphor(c))), None)
        if given is not None:  # "The league can hand Rovers a penalty of up to €2m"
            return given
        for prep in (c for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ in ("on", "to")):
            target = next((p for p in prep.children if p.dep_ == "pobj"), None)
            owner = next((c for c in target.children if c.dep_ == "poss"), None) if target is not None else None
            return owner if owner is not None and (is_name(owner, names) or is_anaphor(owner)) else \
                target if target is not None and (is_name(target, names) or is_anaphor(target)) else None
    return None
