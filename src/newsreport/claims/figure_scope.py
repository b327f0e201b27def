"""Where a figure applies, read from its sentence's parse: places and nationalities in its noun
phrase and in the prepositions of its noun, its verb and the subject or object its verb measures
("its downloads in the US", "arrive in the US", "American users", "U.S.-based users"); everywhere but
a place the phrase excludes ("12 million users outside the US": 'outside US'). Not where it does not
apply: the owner's own name ("Apple's"), the place of a part
of it ("14 million users, most of them in Europe", "works mostly in Toronto") or of the main clause around a modifier
("Pexio, now worth $12 billion, is hiring in Madrid")."""

from __future__ import annotations

import re

from newsreport.claims.date_phrases import is_date_like
from newsreport.claims.names import CURRENCY_FIGURE, PLATFORMS
from newsreport.claims.place_names import people_scope

GLOBAL_WORDS = re.compile(r"\b(?:global(?:ly)?|worldwide|around the (?:world|globe)|across the world)\b", re.I)
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
EXCLUDING_PREPS = {"outside", "excluding", "except", "beyond", "besides", "apart",
                   "according", "citing"}  # "according to Appmetric": who says it, not where it applies
PLACE_ABBREVIATION = re.compile(r"^(?:US|U\.S\.?|USA|UK|U\.K\.?|EU)$")
BASED = re.compile(r"^(US|U\.S\.|UK|U\.K\.|EU)-based$")  # "U.S.-based users" are users in the US
PARTITIVES = {"most", "many", "some", "half", "majority", "bulk", "part", "share", "third", "quarter", "two-thirds",
              "all", "none", "few"}  # "14 million users, most of them in Europe": the place of a part


# people counted where they live: "6.2 million users in Veldor" names a place even where the tagger
# takes the name for an organisation
PEOPLE_COUNTED = {"user", "customer", "subscriber", "member", "resident", "player", "listener", "viewer", "reader",
                  "shopper", "driver", "rider", "account", "worker", "employee", "consumer", "creator", "seller", "buyer",
                  "people", "person", "audience"}  # (also: "US-based users" are in the US, a "Shanghai-based firm" is not)
# adverbs that say a figure is the part earned or counted abroad or at home: "overseas it added $126 million"
ABROAD = {**dict.fromkeys(("overseas", "abroad", "internationally"), "International"), "domestically": "Domestic"}
COUNTRY_NOUNS = {"country", "nation"}  # "users in the country": the country the sentence named before
IN_PREPS = {"in", "across", "throughout", "within", "inside"}


def named_place(prep, noun) -> list:
    """The place a prepositional phrase of a count of people names when the tagger does not tag it:
    a name after the counted `noun` ("6.2 million users in Veldor"; not "players in Glimmerfall spent
    $40 million", which counts money), or "the country" standing for the place an earlier "in X" of the
    sentence names ("Lawmakers in Nepal ... 6 million users in the country")."""
    if prep.lower_ not in IN_PREPS:
        return []
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    found = []
    for obj in objects:
        if obj.pos_ == "PROPN" and obj.ent_type_ in ("", "ORG", "GPE", "LOC") and prep.head.i == noun.i \
                and noun.lemma_ in PEOPLE_COUNTED:
            found.append(obj)
        elif obj.lemma_ in COUNTRY_NOUNS and any(c.lower_ == "the" for c in obj.children):
            earlier = [t for t in obj.doc[:prep.i] if t.dep_ == "pobj" and t.head.lower_ in IN_PREPS
                       and (t.ent_type_ in ("GPE", "LOC") or t.pos_ == "PROPN" and t.ent_type_ in ("", "ORG"))]
            found += earlier[-1:]
    return found


PLACE_NOUNS = COUNTRY_NOUNS | {"state", "province", "region", "county", "city", "island", "territory"}


def place_subject(verb) -> list:
    """The place "the state" stands for as the subject of a figure's verb: the place named before it in
    the sentence ("Louisiana officials said the state had confirmed nine deaths", "Ontario's premier said
    the province had recorded 40 cases"); [] when it names none."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.lemma_.lower() not in PLACE_NOUNS or not any(c.lower_ == "the" for c in subject.children):
        return []
    return [t for t in subject.doc[:subject.i] if t.ent_type_ in ("GPE", "LOC")][-1:]


def where_place(verb) -> list:
    """The place a relative "where" clause holding the figure's verb describes: "expanding in Spain, where it sold
    9,000 cars", "in Ohio, where 300 homes flooded" ([Spain], [Ohio]); [] for any other verb."""
    place = verb.head
    if verb.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children):
        return []
    return [place] if place.ent_type_ in ("GPE", "LOC") or PLACE_ABBREVIATION.match(place.text) else []


def counted_part(token) -> bool:
    """A number that counts part of the things before it ("8.2 million users, 3 million of them in the US")."""
    return token.pos_ == "NUM" and any(p.lower_ == "of" and any(o.lower_ in ("them", "those", "whom", "which")
                                                                for o in p.children) for p in token.children)


# where shares change hands is no scope of the move: "fell 6% in London trading", "in early Tokyo trade"
MARKET_SESSIONS = {"trading", "trade", "dealings", "session", "exchange", "bourse"}
SHARE_NOUNS = {"share", "stock"}


def trading_venue(token) -> bool:
    """A place naming the market a price moved in ("in New York trading", "on the Hong Kong exchange",
    "shares rose 14% to $31.20 in New York"); not a listing the shares are named by ("its Hong Kong shares")."""
    place = token
    while token.dep_ in ("compound", "amod", "nmod") and token.head.i != token.i:
        token = token.head
        if token.lemma_.lower() in MARKET_SESSIONS:
            return True
    if not (token.dep_ == "pobj" and token.head.lower_ in ("in", "on")):
        return False
    verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS] if verb is not None else []
    return any(s.lemma_.lower() in SHARE_NOUNS and place.i not in {t.i for t in s.subtree} for s in subjects)


def describes_owner(token, noun) -> bool:
    """A nationality or place describing the owner, not what it counts: "a Chinese lifestyle app ... has
    drawn 700,000 new users", "the German carmaker sold 2 million cars", "the Shanghai-based company" (not
    "Chinese users")."""
    from newsreport.claims.names import ANAPHORIC_NOUNS

    head = token.head
    if head.lower_.endswith("based") and head.i != token.i:  # "the Shanghai-based company": its home
        return head.head.lemma_.lower() not in PEOPLE_COUNTED  # (but "US-based users" are in the US)
    return token.dep_ in ("amod", "compound", "npadvmod") and head.i != noun.i and head.pos_ == "NOUN" \
        and head.lemma_.lower() in ANAPHORIC_NOUNS and head.dep_ in SUBJECT_DEPS | {"appos", "poss"}


MOSTLY = {"mostly", "mainly", "largely", "primarily", "chiefly", "predominantly", "partly", "especially", "notably"}


def ranking_set(noun) -> bool:
    """Whether `noun` is the set a figure is ranked in ("fined it €40 million, one of the largest penalties imposed in
    Europe", "the biggest round raised in Asia this year", set beside it): the set's place is not the figure's scope."""
    superlative = any(c.dep_ == "amod" and (c.tag_ == "JJS" or any(a.lower_ == "most" for a in c.children))
                      for c in noun.children)
    return superlative and (noun.dep_ == "appos" or noun.dep_ == "pobj" and noun.head.lower_ == "of"
                            and noun.head.head.lower_ in ("one", "some", "among"))


def mostly(prep) -> bool:
    """A place phrase hedged to say where most of it is ("mostly in Toronto", "mainly in Asia")."""
    doc = prep.doc
    return any(c.dep_ == "advmod" and c.lower_ in MOSTLY for c in prep.children) \
        or prep.i > 0 and doc[prep.i - 1].lower_ in MOSTLY


def sibling_between(noun, token, verb) -> bool:
    """Whether another figure stands between the counted noun and a place of the verb's phrase: "9 million
    users in Brazil and 14 million in Chile": Chile is the 14 million's, Brazil the 9 million's."""
    own = {t.i for t in noun.subtree}
    subject = {t.i for c in verb.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}
    if token.i in subject:  # the subject's place is every figure's: "Inflation in Nordland fell to 3.1% from 3.6%"
        return False
    low, high = sorted((noun.i, token.i))
    if verb.i < token.i < noun.i and any(t.pos_ == "NUM" and t.i not in own and verb.i < t.i < token.i
                                         and not is_date_like(t) for t in noun.doc):  # (not "in 2025")
        return True  # "downloaded 25 million times on Android and 9 million times on iOS": Android follows the 25 million
    return any(t.pos_ == "NUM" and t.i not in own and low < t.i < high for t in noun.doc)


CAUSE_PREPS = {"amid", "despite", "because", "due", "owing", "thanks"}
CAUSE_NOUNS = {"demand", "boom", "strength", "surge", "appetite", "recovery", "rebound"}


def cause_phrase(prep) -> bool:
    """A phrase giving why a figure moved, not where it applies: "on strong demand for flights to Brazil", "thanks to
    a boom in China", "because of new stores in Spain", "amid a slump in Europe"."""
    before = prep.doc[prep.i - 1].lower_ if prep.i > 0 else ""
    return prep.lower_ in CAUSE_PREPS or prep.lower_ == "to" and before in ("thanks", "due", "owing") \
        or prep.lower_ == "on" and any(c.dep_ == "pobj" and c.lemma_.lower() in CAUSE_NOUNS for c in prep.children)


def on_platform(prep, token) -> bool:
    """A platform a figure is counted on ("downloaded 25 million times on Android", "sold 3 million copies on
    PlayStation"): its scope, as "Android downloads" is."""
    return prep.lower_ == "on" and token.dep_ == "pobj" and token.head.i == prep.i and token.text in PLATFORMS


def agent_people(verb) -> list:
    """The people a passive figure's verb says did it ("was installed 2.3 million times by people in the US",
    "streamed 40 million times by listeners in Brazil"): where they are is where the figure applies."""
    return [o for a in verb.children if a.dep_ == "agent" for o in a.children
            if o.dep_ == "pobj" and o.lemma_.lower() in PEOPLE_COUNTED]


HOLDING_PARTICIPLES = {"belong", "hold", "own", "register", "open", "run"}  # "accounts held by Australian teens"


def held_by_people(noun) -> list:
    """The people's word of a participle after the counted things that says whose they are ("accounts belonging
    to Australians under 16", "cards held by Canadian customers", "cars registered to Irish drivers"): the
    things counted are in that people's country, wherever their owner is."""
    return [t for clause in noun.children if clause.dep_ == "acl" and clause.i > noun.i
            and clause.lemma_.lower() in HOLDING_PARTICIPLES
            for prep in clause.children if prep.dep_ in ("prep", "agent") and prep.lower_ in ("to", "by")
            for t in prep.subtree if t.ent_type_ == "NORP"][:1]


def scope_words(measure, noun, verb, modifier, entity_span, stop: set[int] = frozenset()) -> list[str]:
    """Place words where the figure applies, in text order (entity names as the tagger spans them);
    `stop`: the figure's own tokens (a part's place is its own: "3 million of them in the US")."""
    from newsreport.claims.estimators import reckoner_tokens
    from newsreport.claims.store_places import source_tokens

    doc = noun.doc
    quiet = source_tokens(doc)  # "Analysts at Brixton put ...": the estimator's place is not the figure's
    part = next((c for c in list(noun.children) + list(verb.children) if c.dep_ in ("appos", "npadvmod")
                 and (c.lower_ in PARTITIVES or counted_part(c) and c.i not in stop) and c.i > noun.i), None)
    parts = {t.i for c in list(verb.children) + list(noun.children) if part is not None and c.dep_ == "prep"
             and c.i > part.i for t in c.subtree}  # the parser hangs the part's "in Europe" on the verb or the noun
    parts |= {t.i for t in part.subtree} if part is not None else set()
    parts |= {t.i for c in list(noun.children) + list(verb.children) if c.dep_ == "prep" and mostly(c)
              for t in c.subtree}  # "a staff of 420 works mostly in Toronto": not all of it there
    outside = [c for c in list(noun.children) + list(verb.children) if c.dep_ == "prep" and c.lower_ in EXCLUDING_PREPS
               and c.lower_ not in ("according", "citing") and c.i not in parts]  # "half of them outside": a part's
    parts |= {t.i for c in outside for t in c.subtree}  # "12 million users outside the US": not the US
    parts |= quiet - {t.i for t in noun.subtree} | reckoner_tokens(doc)
    parts |= {t.i for c in doc if c.dep_ == "prep" and cause_phrase(c) for t in c.subtree}  # "on demand for flights to Brazil"
    parts |= {t.i for c in doc if ranking_set(c) and c.i not in stop for t in c.subtree}  # "one of the largest fines in Europe"
    scope_tokens = [t for t in measure if (t.ent_type_ in ("GPE", "NORP", "LOC") or t.text in PLATFORMS
                                           and t.dep_ in ("compound", "amod") and t.head.i == noun.i)  # "Android downloads"
                    and t.i not in parts and not sibling_between(noun, t, verb)]
    based = [BASED.match(c.text) for c in noun.children if c.dep_ == "amod" and BASED.match(c.text)]
    measured_subject = [t for t in list(measure) + list(verb.children)  # "its downloads in the US", "reach customs in X"
                        if t.dep_ in SUBJECT_DEPS | {"dobj"} and t.pos_ == "NOUN" and t.head.i == verb.i]
    own = {t.i for t in noun.subtree}  # "9 million users in Brazil and 14 million in Chile": Brazil is the 9 million's
    measured_subject = [t for t in measured_subject if not any(c.dep_ == "nummod" and c.i not in own for c in t.children)]
    own_part = [c for i in stop if counted_part(doc[i]) for c in doc[i].children]  # "110,000 of them in South Korea"
    own_part += [c for t in agent_people(verb) for c in t.children]  # "installed 2 million times by people in Chile"
    for prep in (c for c in list(noun.children) + list(verb.children) + [c for t in measured_subject for c in t.children] + own_part
                 if c.dep_ == "prep" and c.lower_ not in EXCLUDING_PREPS  # "half of them outside the US" is not where it applies
                 and c.i not in parts and not sibling_between(noun, c, verb)):
        scope_tokens += [t for t in prep.subtree if (t.ent_type_ in ("GPE", "LOC") or PLACE_ABBREVIATION.match(t.text)
                                                     or on_platform(prep, t))
                         and t not in scope_tokens and t.i not in parts]  # "arrive in the US": the tagger may miss a short place
        scope_tokens += [t for t in named_place(prep, noun) if t not in scope_tokens and (t.i not in parts or t.i in quiet
                                                                                         and t.i < prep.i)]  # "the country"
    scope_tokens += [t for t in place_subject(verb) if t not in scope_tokens]  # "the state had confirmed nine deaths"
    scope_tokens += [t for t in where_place(verb) if t not in scope_tokens]  # "in Spain, where it sold 9,000 cars"
    scope_tokens = [t for t in scope_tokens if not trading_venue(t) and not describes_owner(t, noun)
                    and not CURRENCY_FIGURE.fullmatch(t.text)]  # "ranged from N5,000": an amount the tagger took for a place
    if modifier is not None:  # "Pexio, now worth $12 billion, is hiring in Madrid": Madrid is not its scope
        scope_tokens = [t for t in scope_tokens if t in modifier.subtree]
    words = [m.group(1) for m in based]  # "U.S.-based users"
    words += [people_scope(noun)] if people_scope(noun) and noun.i not in parts else []  # "9 million Britons"
    words += [ABROAD[c.lower_] for c in verb.children if c.dep_ in ("advmod", "npadvmod") and c.lower_ in ABROAD]
    words += [t.text[:-1] if t.tag_ == "NNPS" and t.text.endswith("ns") else t.text for t in held_by_people(noun)]  # as an adjective
    for token in sorted(scope_tokens, key=lambda t: t.i):
        if entity_span and entity_span[0] <= token.idx < entity_span[1]:
            continue  # the owner's own name ("Apple's") is not where the figure applies
        entity = next((e for e in doc.ents if e.start <= token.i < e.end), None)
        words.append(entity.text if entity is not None else token.text)
    places = [t.text for c in outside for t in c.subtree if t.ent_type_ in ("GPE", "LOC") or PLACE_ABBREVIATION.match(t.text)]
    words += [f"outside {places[0]}"] if places and not words else []
    return list(dict.fromkeys(words))


def own_global(doc, clause_tokens, stop: set[int], measured: set[int] | None = None) -> bool:
    """Whether a "worldwide"/"globally" of the clause is the figure's (`stop`): no other number stands
    between them ("6.2 million users in Veldor and 140 million worldwide": the 140 million's), and it
    does not describe a noun outside the figure's measure (token indices `measured`; "9 million users in
    Brazil and its global user base is 80 million": the base's, the 80 million's)."""
    inside = {t.i for t in clause_tokens}
    part = any(counted_part(doc[i]) for i in stop)  # "62 million users worldwide, 11 million of them in the US"
    for match in GLOBAL_WORDS.finditer(doc.text):
        at = next((t.i for t in doc if t.idx >= match.start()), None)
        if at is None or at not in inside or part and at < min(stop):  # (the whole's "worldwide", not the part's)
            continue
        if measured is not None and doc[at].dep_ in ("amod", "compound") and doc[at].head.i not in measured \
                and doc[at].head.pos_ in ("NOUN", "PROPN") and doc[at].head.i not in stop:
            continue
        if at < min(stop) and any(t.like_num and t.i in inside and t.i not in stop for t in doc[:at]) \
                and not any(t.lower_ in ("from", "than") for t in doc[at:min(stop)]):  # (not "..., up from 47 million")
            continue  # "48 million subscribers worldwide, 12 million of them in the US": it closes the 48 million's phrase
        if not number_between(doc, stop, at, inside):
            return True
    return False


def number_between(doc, stop: set[int], at: int, inside: set[int]) -> bool:
    """Whether another number of the clause (token indices `inside`) stands between the figure (`stop`)
    and the token at `at`: then a place word there is that number's ("4.1 million Spanish users and
    about 12 million worldwide", though the parser hangs "worldwide" on "users")."""
    low, high = (max(stop), at) if at > max(stop) else (at, min(stop))
    return any(low < t.i < high and t.i not in stop and t.i in inside and t.pos_ == "NUM" and not is_date_like(t)
               for t in doc)


def lead_scope(doc, stop: set[int]) -> list[str]:
    """Place words of a clause that a colon opens the figure's sentence with ("Its American user base
    is much smaller: about 6 million people use it each month"; "Sales in Europe were weaker: 1.2
    million cars"): the count after the colon is the one the lead describes. [] when the lead holds a
    number of its own (then it is another figure's) or no place."""
    first = min(stop) if stop else 0
    colon = next((t.i for t in reversed(doc[:first]) if t.text == ":"), None)
    if colon is None or any(t.like_num for t in doc[:colon]):
        return []
    return [t.text for t in doc[:colon] if t.ent_type_ in ("GPE", "LOC") or PLACE_ABBREVIATION.match(t.text)
            or t.ent_type_ == "NORP" and t.text[:1].isupper()]
