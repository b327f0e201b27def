"""What "the app" points back to when the sentence before names no subject: the one actor it names
("Americans have tried many alternatives, and few have gained as much as Pinglo. The app ...")."""

from __future__ import annotations

import re

from newsreport.claims.event_owners import SOURCE_PHRASE
from newsreport.claims.keys import canonical_entity
from newsreport.claims.names import is_name, name_of
from newsreport.claims.parsing import parsed as parse
from newsreport.claims.vocabulary import Vocabulary

# "PitchBook data shows", "Appmetric figures showed": a source, as "data from Appmetric" is
# and "Data from Ridemetric showed" opening a sentence
SOURCE_DATA = re.compile(r"\b(?:[A-Z][\w&.'’-]*\s+){1,3}(?:data|figures|estimates|numbers)\s+(?:shows?|showed|suggests?|suggested)\b"
                         r"|\b(?:[Dd]ata|[Ff]igures|[Ee]stimates|[Nn]umbers) (?:from|by) [^,.;]*")

# what a figure is set against is no actor: "3 million preordered it, against 2.2 million for the Halo 8"
# a temporal clause names an event that dates the sentence, not its actor: "tried the app after Snapvale went
# offline", "signed up since Zappo shut down"
WHEN_CLAUSE = re.compile(r"\b(?:after|before|since|until|once)\s+(?:[^,.;]|\.(?=\S))*")
COMPARED_WITH = re.compile(r"\b(?:against|compared (?:with|to)|versus|vs\.?|unlike)\s(?:[^,.;]|\.(?=\S))*")


def sole_actor(text: str, vocabulary: Vocabulary, names: frozenset, besides: str = "") -> str:
    """The one actor a sentence with no named subject names (not a known place, a nationality, a day or a
    person named in full, nor a source it cites), when it names exactly one: what "the app" of the next
    sentence points back to. A name the tagger takes for a place counts (an app may be tagged so). None when
    its subject is "it" or "they": that sentence's actor is the one named before it ("It began as a forum for
    PDF recipe cards. It is now valued at ...": not PDF's). `besides`: a person the sentence is about, left out ("Moss
    owns 21% of Nimbus. The company ...": Nimbus, the one other name)."""
    if any(t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT" and t.lower_ in ("it", "they")
           for t in parse(text)):
        return ""
    told = WHEN_CLAUSE.sub("", COMPARED_WITH.sub("", SOURCE_DATA.sub("", SOURCE_PHRASE.sub("", text))))
    from newsreport.claims.events import cited_names  # (events imports keys, which imports this module lazily)

    cited = cited_names(told, vocabulary)
    named = {canonical_entity(name_of(t)[0], vocabulary) for t in parse(told) if is_name(t, names)
             and t.ent_type_ not in ("NORP", "LANGUAGE", "DATE", "TIME")  # ("added English menus": no actor)
             and not (t.ent_type_ == "PERSON" and len(name_of(t)[0].split()) >= 2)  # (one-word app names tag as people)
             and not any(p.search(t.text) for _, p in vocabulary.places)}
    named -= cited | {canonical_entity(besides, vocabulary)} if besides else cited
    people = any(t.ent_type_ == "PERSON" and t.dep_ == "compound" and t.head.ent_type_ == "PERSON" for t in parse(told))
    # a person named in full ("Chief executive Claire Duval says ...") is an actor too: the tagger may give a part
    # of their name ("Claire") as the one name left, and then "the company" is the article's, not theirs
    return next(iter(named)) if len(named) == 1 and not people else ""
