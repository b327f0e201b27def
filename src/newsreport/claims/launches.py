"""What a launch event launched: the name of the product a clause says was launched, released,
unveiled, rolled out, went live or went on sale ("released R1 on January 20", "Zuri Pay went live on April 8"), or
that arrived or became available somewhere ("Quilla arrived in France on Sept. 3", "hit app stores");
"it" or "the app" is the thing named before. Launches are told apart by what was launched, not by who
launched it."""

from __future__ import annotations

import re

from newsreport.claims.names import without_descriptor
from newsreport.claims.people import TITLES
from newsreport.claims.vocabulary import Vocabulary, entity_mentions


def canonical_launch(name: str, vocabulary: Vocabulary) -> str:
    """The configured name of a launched product, else the name as written."""
    name = without_descriptor(name)  # "Streaming service Orbix" launched Orbix
    found = entity_mentions(name, vocabulary)
    return found[0][2] if found and found[0][1] - found[0][0] == len(name) else name


LAUNCH_VERBS = {"launch", "release", "unveil", "debut", "introduce", "roll", "switch"}  # ("switched on its service")
# verbs whose subject is what arrived in a market: "Quilla arrived in France", "became available in the US",
# "the game hit app stores"; a person arriving somewhere is no launch
ARRIVAL_VERBS = {"arrive", "become", "hit", "land", "reach", "make", "be"}
# "it" and "the app" stand for the thing named before
STAND_INS = {"it", "app", "service", "platform", "game", "tool", "product", "site", "website"}
PRODUCT_NOUNS = STAND_INS - {"it"} | {"title", "version", "phone", "model", "device", "feature", "chatbot"}
NAMED_BEFORE = {"phone", "device", "title", "chatbot"}  # launched as the subject: "The phone was released on Tuesday"


def arrival(token) -> bool:
    """Whether `token` is a verb telling that something reached a market ("arrived in France", "became
    available", "was made available", "hit app stores", "landed on Google Play")."""
    lemma = token.lemma_.lower()
    if lemma in ("become", "make", "be"):  # "became available for comment" is no launch; "has been available in
        # American stores since Thursday", "has been on sale since 2 May" are (the day the state began: event_states)
        return any(c.lower_ == "available" and not any(p.lower_ == "for" for p in c.children) for c in token.children) \
            or lemma == "be" and any(c.lower_ == "on" and any(p.lower_ == "sale" for p in c.children) for c in token.children)
    if lemma in ("hit", "reach"):
        return any(c.dep_ == "dobj" and c.lower_ in ("stores", "shelves") for c in token.children)
    return lemma in ("arrive", "land") and any(c.dep_ == "prep" and c.lower_ in ("in", "on") for c in token.children)


def a_person(subject) -> bool:
    """Whether a subject is a person: a name with a title ("Prime Minister Ola Brandt") or a first name
    and surname the tagger marks as a person ("Ola Brandt"); an app's one-word name the tagger takes for a
    person ("Quilla") is not."""
    words = [c for c in subject.subtree if c.dep_ == "compound" or c.i == subject.i]
    titled = any(w.text.rstrip(".") in TITLES - {"The", "A", "An"} for w in words)
    described = any(w.lower_ in PRODUCT_NOUNS for w in subject.subtree)  # "its new app Kestrel Go"
    named = [w for w in words if w.ent_type_ == "PERSON"]
    return titled or subject.ent_type_ in ("PERSON", "NORP") and len(named) >= 2 and not described


def earlier_launch(document, position: int, names: frozenset) -> str:
    """What the two sentences before sentence `position` of `document` say was launched ("Kestrel Bank
    released a budgeting app, Kestrel Go"): what "the app" of an arrival stands for; '' for none."""
    for sentence in reversed(document.sentences[max(0, position - 2):position]):
        name = launched_name(sentence.text, (0, len(sentence.text)), names, aside=False)
        if name:
            return name
    return ""


GENERIC_ACRONYMS = {"AI", "VR", "AR", "EV", "TV", "PC", "5G", "GPS"}  # "its AI model" names no product


def owned_product(verb, obj, names: frozenset) -> str:
    """'Kuma app' for "Kuma launched its chatbot app" or "Kuma's chatbot app debuted": a product named
    only by its kind is its owner's product of that kind; '' when it has no named owner."""
    from newsreport.claims.names import is_name, name_of

    if obj.lemma_.lower() not in PRODUCT_NOUNS - {"version", "feature"}:
        return ""
    kind = " ".join([c.lower_ for c in obj.children if c.i < obj.i and (c.dep_ == "compound" or c.dep_ == "amod"
                                                                         and c.tag_ == "VBG")] + [obj.lemma_.lower()])
    poss = next((c for c in obj.children if c.dep_ == "poss"), None)  # "its chatbot app" is not "its video app"
    if poss is not None and is_name(poss, names):
        return f"{name_of(poss)[0]} {kind}"
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and is_name(c, names)), None)
    if poss is not None and poss.lower_ in ("its", "their") and subject is not None:
        return f"{name_of(subject)[0]} {kind}"
    return ""


# what a service begins doing when it enters a market: "began taking orders in Lima", "started operating in Peru"
SERVICE_VERBS = {"operate", "offer", "take", "accept", "serve", "run"}


def entered(token) -> bool:
    """Whether `token` begins or starts a service ("began taking rides", "started operating"), not pre-orders."""
    return token.lemma_.lower() in ("begin", "start") and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in SERVICE_VERBS
        and not re.search(r"\bpre-?orders?\b|\breservations?\b|\bbookings?\b", c.doc[c.i:c.right_edge.i + 1].text, re.I)
        for c in token.children)


def launched_name(sentence: str, clause_span: tuple[int, int], names: frozenset, stand_in=None, aside: bool = True) -> str:
    """The name of what a clause says was launched: the object of "launched"/"released"/"unveiled"
    ("released R1"), the object of "the launch of" or its named appositive ("the launch of its newest
    phone, the Z5"), the subject of a passive ("Loopa Go was unveiled") or of "launched", "debuted" or
    "went live" with no object ("Orbix launched in Germany"); '' when no name is given. Without `aside`, not a
    launch told in a relative clause ("last year's Halo 8, which launched at $799"): background to the news."""
    from newsreport.claims.parsing import parsed
    from newsreport.claims.names import is_name, name_of

    left, right = clause_span if clause_span[1] > clause_span[0] else (0, len(sentence))
    for token in parsed(sentence):
        live = token.lemma_.lower() == "go" and token.i + 1 < len(token.doc) and (  # "went live", "went on sale"
            token.doc[token.i + 1].lower_ == "live" or token.doc[token.i + 1:token.i + 3].text.lower() == "on sale") \
            or token.lemma_.lower() == "put" and any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children)  # "put out"
        if left <= token.idx < right and token.lemma_.lower() in ARRIVAL_VERBS and arrival(token):
            subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass") and not a_person(c)]
            for subject in subjects:
                named = subject if is_name(subject, names) else next(
                    (c for c in subject.children if c.dep_ in ("appos", "compound") and is_name(c, names)), None)
                if named is not None:
                    return name_of(named)[0]
            if any(s.lower_ in STAND_INS for s in subjects) and stand_in is not None:  # "The app arrived in US stores"
                return stand_in()
            continue
        if left <= token.idx < right and token.dep_ == "xcomp" and entered(token.head):  # "Rydo began taking orders in
            named = next((c for c in token.head.children if c.dep_ == "nsubj" and is_name(c, names)), None)  # Lima on
            if named is not None:  # Tuesday": the day hangs on "taking", the service entered the market
                return name_of(named)[0]
        live = live or entered(token)
        if not (left <= token.idx < right and (token.lemma_.lower() in LAUNCH_VERBS or live)) \
                or not aside and token.dep_ == "relcl":
            continue
        intransitive = not any(c.dep_ in ("dobj", "nsubjpass", "attr") for c in token.children) \
            and token.lemma_.lower() in ("launch", "debut", "go", "begin", "start")  # "Orbix launched in Germany on May 6"
        objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")
                   or c.dep_ == "nsubj" and intransitive]  # "Zuri Pay went live"
        objects += [p for prep in token.children if prep.dep_ == "prep" and (prep.lower_ == "of" or prep.lower_ == "on"
                                                                           and token.lemma_.lower() == "switch")
                    for p in prep.children if p.dep_ == "pobj"]  # ("switched on its service": parsed as a preposition)
        objects = [token.head if o.lower_ in ("which", "that") and token.dep_ == "relcl" else o for o in objects]
        if not objects and token.dep_ == "acl" and (intransitive or token.tag_ == "VBN"):  # "The language app Parla
            objects = [token.head]  # launched in Germany" (parsed as a participle of the name); "The game, released on Oct. 2"
        for obj in objects:  # "Nuvi, which launched in Brazil in May": Nuvi
            named = obj if is_name(obj, names) else next(  # "its newest phone, the Z5": the appositive first
                (c for dep in ("appos", "compound", "nmod") for c in obj.children if c.dep_ == dep and is_name(c, names)
                 and c.text not in GENERIC_ACRONYMS), None) or next(  # "Solen's model, called Meridian-2, was released"
                (n for c in obj.children if c.dep_ == "acl" and c.lemma_.lower() in ("call", "name", "dub", "brand")
                 for n in c.children if n.dep_ in ("oprd", "attr", "dobj", "xcomp") and is_name(n, names)), None)
            if named is not None:
                return name_of(named)[0]
            owned = owned_product(token, obj, names)
            if owned:
                return owned
        if any(o.lower_ in STAND_INS | NAMED_BEFORE and o.dep_ in ("nsubj", "nsubjpass") for o in objects) \
                and stand_in is not None:
            return stand_in()  # "It launched in Chile", "The app launched in May", "The game was released on Thursday"
    return ""


# the day named as a launch's own ("29 October: release day", "launch day was March 3"): a day, not the plan of one
LAUNCH_DAY = re.compile(r"\b(?:release|launch) day\b", re.I)


def launch_day_product(sentence: str, document, vocabulary: Vocabulary) -> str:
    """What a line naming a release or launch day without naming the product launched ("29 October: release
    day") is about: the article's main entity when its title names it; '' otherwise."""
    from newsreport.claims.keys import main_entity

    if not LAUNCH_DAY.search(sentence):
        return ""
    found = main_entity(document, vocabulary)
    return found if found and found in (document.title or "") else ""
