"""The main actor an article names without configuration: the first proper name of its title
(`title_name`) or the one-word name its text writes most often (`text_name`)."""

from __future__ import annotations

import re

from newsreport.claims.figure_scope import PEOPLE_COUNTED
from newsreport.claims.keys import DEMONYM, US_WORDS, canonical_entity, nationality
from newsreport.claims.vocabulary import Vocabulary


def opening_name(token) -> bool:
    """A title's capitalized first word that is its subject or possessor and no descriptor ("Zelda
    tops Instagram", "Tiko's return"; not "Inside Brightline's push", "Chipmaker beats estimates")."""
    from newsreport.claims.names import ANAPHORIC_NOUNS, DESCRIPTOR_NOUNS

    return token.dep_ in ("nsubj", "nsubjpass", "poss") and token.lower_ not in ANAPHORIC_NOUNS | DESCRIPTOR_NOUNS


def title_name(document, vocabulary: Vocabulary) -> str:
    """The first proper name of the article's title that is not a place, a store or a title
    ("Governor signs Lumo ban": Lumo); '' for none: a corpus no config knows still has a main actor."""
    from newsreport.claims.people import TITLES
    from newsreport.claims.names import article_text, document_names, is_known_place, is_name, name_of, without_descriptor
    from newsreport.claims.parsing import parsed as parse
    from newsreport.claims.places import is_place

    names = document_names(article_text(document))
    title = parse(without_descriptor(document.title or ""))
    found = []
    for token in title:  # "Delivery app Pronto restores ...": Pronto
        if leaving(token, title, names):
            continue  # "Vibely refugees find a new home on Lumina": the story is where they go
        if is_name(token, names) and (token.dep_ != "compound" or token.head.pos_ == "NOUN") and not nationality(token) \
                and token.text not in TITLES and (token.i > 0 or token.text in names or opening_name(token)) \
                and token.ent_type_ != "DATE" and not written_lower(name_of(token)[0], document.text) and not describes(token) \
                and not any(p.search(name_of(token)[0]) for _, p in vocabulary.places):
            found.append(token)
    # a place a preposition gives is the story's setting, where the title names an actor after it ("Can you moderate
    # an American crowd from Shenzhen? Yaoyue is trying"); not an app the tagger takes for a place ("a reprieve for Loopit");
    # so is a place naming a group of its people or businesses ("Tulsa bakers count the cost of a week without Pemba")
    def setting(token) -> bool:  # (the body writes it as a place: "in Shenzhen"; or a city or country the gazetteer knows)
        return is_place(name_of(token)[0], "", document.text) or is_known_place(name_of(token)[0]) \
            or token.ent_type_ in ("GPE", "LOC") and token.text.isupper()  # ("UK", "EU")
    actor = next((t for t in found[1:] if t.ent_type_ != "LANGUAGE" and not setting(t)), None) \
        if found and (found[0].dep_ == "pobj" or found[0].dep_ == "compound" and found[0].head.pos_ == "NOUN"
                      and found[0].head.tag_ == "NNS") and setting(found[0]) else None
    token = actor if actor is not None else found[0] if found else None
    return canonical_entity(longer_name(name_of(token)[0], document.text), vocabulary) if token is not None else ""


# people named by the app they use or leave, or by the town they live in: "Vibely refugees", "TikTok users", "Strimo
# fans", "Riverton teens"
PEOPLE_OF_AN_APP = PEOPLE_COUNTED | {"refugee", "fan", "exile", "migrant", "loyalist", "influencer", "streamer", "teen",
                                     "teenager", "student", "parent", "family", "farmer", "voter", "kid", "gamer"}


def leaving(token, title, names: frozenset) -> bool:
    """A name that only says whose people a title's subject is, when the title names another name after it
    ("Vibely refugees flock to Lumina", "Strimo users find a home on Pinglo")."""
    from newsreport.claims.names import is_name

    after = title[token.i + 1] if token.i + 1 < len(title) else None  # (the tagger may not parse it as a compound)
    return after is not None and after.lemma_.lower() in PEOPLE_OF_AN_APP \
        and any(is_name(t, names) for t in title[after.i + 1:])


def describes(token) -> bool:
    """Whether a title's opening word is a descriptor's first word ("Photo editor Zappo tops ...", "Payments
    app Teller ..."): a lower-case noun after it, then a name."""
    doc = token.doc
    return token.i == 0 and len(doc) > 2 and doc[1].pos_ == "NOUN" and doc[1].text.islower() \
        and doc[2].text[:1].isupper()


def written_lower(word: str, text: str) -> bool:
    """Whether the article writes `word` in lower case ("Crisps and cookies keep Tamsel growing" over a text
    about "Crunchfield crisps"): a common noun capitalized by the title, no name."""
    return word[:1].isupper() and re.search(rf"\b{re.escape(word.lower())}\b", text) is not None


def longer_name(name: str, text: str) -> str:
    """The one longer name the article's text always writes `name` as the last word(s) of (a title's
    "Rail strike called off" over a text about "Hestra Rail"); else `name` itself."""
    found = {m.group(1) for m in re.finditer(rf"((?:\b[A-Z][\w&-]*\s+)*){re.escape(name)}\b", text)}
    longer = {f"{run}{name}" for run in (OPENING_WORDS.sub("", r) for r in found) if run}
    return next(iter(longer)) if len(longer) == 1 and not {"", "The ", "A ", "An "} & found else name


# words a sentence may open with before a name, capitalised but no part of it: "Of Vinto's downloads", "For Orlen"
OPENING_WORDS = re.compile(r"^(?:(?:The|A|An|Of|For|In|At|On|By|With|From|To|As|After|Before|Unlike|Like|And|But|While|"
                           r"When|Since|Despite|Under|Among|Including|Only|Even|Yet|Still|Then|Now|Also|Meanwhile)\s+)+")


# "a Seoul-based app", "the Alibaba-backed firm": a word that describes the actor, never its name
PLACE_DESCRIPTOR = re.compile(r"-[a-z]+ed$")


# "Office for Rail Data", "Bureau of Labor Statistics": the word before is the first of a longer name, no name alone
LONGER_NAME = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w&-]*\s+[A-Z]")


def text_name(document, vocabulary: Vocabulary) -> str:
    """The one-word name the article's text writes most often (at least twice, or its only such name):
    the main actor of an article whose title names nobody ("The photo app is used by 60 million
    people, according to Lumio"). Not a place (a configured one, or one written "in X"), a store, a
    nationality, a day or month, nor a part of a longer name (a person's "Mara Olsen"). Read from the
    text's capitals, without a parse: it is asked for once per figure."""
    from newsreport.claims.names import (CALENDAR_WORD, COMMON_ACRONYMS, CURRENCY_FIGURE, UNIT_NAMES, article_text,
                                         document_names)

    key = (document.doc, document.title, hash(document.text), id(vocabulary))  # (two texts of one length may differ)
    if key in _TEXT_NAMES:
        return _TEXT_NAMES[key]
    names = document_names(article_text(document))
    counts: dict[str, int] = {}
    for found in re.finditer(r"(?<![\w'’.-])[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*", document.text):
        run, word = found.group(0), found.group(0).split()[0]
        if " " in run or LONGER_NAME.match(document.text, found.end()) or word not in names or CALENDAR_WORD.match(word) \
                or word.lower() in US_WORDS \
                or word in UNIT_NAMES | COMMON_ACRONYMS or CURRENCY_FIGURE.fullmatch(word) \
                or PLACE_DESCRIPTOR.search(word) \
                or DEMONYM.search(word) and word.endswith(("an", "ese", "ish")) \
                or any(p.search(word) for _, p in vocabulary.places) \
                or any(not MONEY_INTO.search(document.text, max(0, m.start() - 60), m.start())
                       for m in re.finditer(rf"\b(?:in|into|across|from|throughout|enter|enters|entered|entering) "
                                            rf"(?:the )?{re.escape(word)}\b", document.text)):
            continue
        counts[word] = counts.get(word, 0) + 1
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    found = ""
    if len(ranked) == 1 or len(ranked) > 1 and ranked[0][1] >= 2 and ranked[0][1] > ranked[1][1]:
        found = canonical_entity(ranked[0][0], vocabulary)
    if len(_TEXT_NAMES) > 4096:
        _TEXT_NAMES.clear()
    _TEXT_NAMES[key] = found
    return found


_TEXT_NAMES: dict[tuple, str] = {}  # (doc, title, hash of its text, vocabulary) -> its text name
# money put into a company is no sign of a place: "Investors have put $12 million into Driftly"
MONEY_INTO = re.compile(r"\b(?:put|puts|putting|invested|invest|invests|poured|pour|pumped|sunk|sank)\b[^.;]{0,40}$")
