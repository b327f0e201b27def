"""The named subject of a sentence's main clause: whom a sentence is about, what "it" or "the app" in the next one
refers to, and whose figures a sentence without an owner gives."""

from __future__ import annotations

from newsreport.corpus.syntax import dateline_end


# a clause these verbs report is what the sentence is about ("Corvex plans ..., its chief said")
REPORTING_VERBS = {"say", "tell", "add", "note", "announce", "confirm", "write", "report"}


def sentence_subject(sentence_text: str, names: frozenset = frozenset(), skip_people: bool = False) -> str:
    """The named subject of a sentence's main clause ('' when it is a pronoun or common noun). With `skip_people`
    (what "it" or "the company" can refer to), never a person named in full (the tagger takes one-word app names for
    people), first the subject of a clause a reporting verb reports ("X plans ..., Y said": X), else a site "at" it."""
    from newsreport.claims.apposed_subjects import apposed_name
    from newsreport.claims.estimators import ESTIMATE_VERBS
    from newsreport.claims.names import is_name, name_of
    from newsreport.claims.parsing import parsed as parse
    from newsreport.claims.people import COMPANY_WORDS

    tokens = list(parse(sentence_text[dateline_end(sentence_text):]))  # ("LIMA (Wire) - ...": where it was filed)
    # "Corvex plans to raise $1 billion, chief executive Mara Olsen said": what is said is about Corvex
    reported = [t for t in tokens if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ccomp"
                and t.head.head.dep_ == "ROOT" and t.head.head.lemma_.lower() in REPORTING_VERBS] if skip_people else []
    # a name opening the sentence as a subject is its subject, wherever the parse puts the root ("Zeta, a new app,
    # reached the top on Sunday, as users at rival Pell went looking": Zeta)
    opening = tokens[:1] if tokens and tokens[0].dep_ in ("nsubj", "nsubjpass") and skip_people else []
    for token in opening + reported + tokens:
        if token.dep_ in ("nsubj", "nsubjpass") and (token.head.dep_ == "ROOT" or token in reported or token in opening) \
                and not (skip_people and token.ent_type_ == "PERSON" and len(name_of(token)[0].split()) >= 2
                         and name_of(token)[0].split()[-1] not in COMPANY_WORDS) \
                and not (skip_people and token.ent_type_ == "NORP") \
                and token.head.lemma_.lower() not in ESTIMATE_VERBS:  # "The Lumen List puts ...": a source
            if is_name(token, names):
                return name_of(token)[0]
            owner = next((c for c in token.children if c.dep_ == "poss" and is_name(c, names)), None)
            if owner is not None:  # "Loopa's revenue reached ..."
                return name_of(owner)[0]
            if apposed_name(token, names):  # "The meditation app Marlo reached ...", "Fundly, a platform, raised"
                return apposed_name(token, names)
            for site in (g for c in token.children if skip_people and c.lower_ == "at" for g in c.children if is_name(g, names)):
                return name_of(site)[0]  # "The strike at Halden Rail entered its third day. It began ...": Halden Rail's
    return ""
