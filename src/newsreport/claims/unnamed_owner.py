"""The owner of a measure whose sentence names nobody: in an article about one company or app, "Its
daily users number 12 million", "Quarterly net profit rose to $310 million, the carmaker said" and
"American subscribers numbered about 14 million" are the article's main actor's, as a reader takes
them. Only for measures the config names (users, revenue, staff ...; never people hurt or affected),
and only when the sentence names no other actor. A count of something no config names ("subscribers")
is given to the main actor only where that actor owns the same measure elsewhere (`owned_elsewhere`)."""

from __future__ import annotations

import re

from newsreport.claims.estimators import estimator_words
from newsreport.corpus.syntax import dateline_end
from newsreport.claims.keys import DEMONYM, US_WORDS
from newsreport.claims.names import ANAPHORIC_NOUNS, CALENDAR_WORD, PLATFORMS
from newsreport.claims.places import is_place, place_words
from newsreport.claims.verb_senses import SAYING_VERBS

CAPITALIZED = re.compile(r"(?<![\w'’.-])[A-Z][\w&.-]*")


def names_no_other_actor(sentence: str, main: str, names: frozenset, places, text: str = "",
                         sources: frozenset = frozenset()) -> bool:
    """Whether `sentence` names no one but `main`: none of its words that the document uses only as
    names (`names`, see `names.document_names`) is another actor; days, months, nationalities and
    places (`places`: the vocabulary's (name, pattern) pairs; or tagged or written as places in the
    article `text`, see `places.is_place`) are no actors, nor the words of `sources` (the trackers and
    data firms the article introduces, `estimators.estimator_words`), nor a name that only dates the
    figure by its event ("in the week after the Zipchat shutdown")."""
    own = set(main.split()) | place_words(sentence) | sources | event_time_words(sentence) | PLATFORMS
    body = sentence[dateline_end(sentence):]  # "SUSANVILLE, Calif. (Western Wire) —": where it was filed, and by whom
    for word in CAPITALIZED.findall(HOME.sub("", CITED.sub("", body))):
        word = word.rstrip(".")
        if word in own or word not in names or CALENDAR_WORD.match(word) or word.lower() in US_WORDS \
                or DEMONYM.search(word) and word.endswith(("an", "ans", "ese", "ish")) \
                or any(p.search(word) for _, p in places) or is_place(word, sentence, text):
            continue
        return False
    return True


TIME_PREPS = {"after", "before", "since", "following", "until", "during"}
# verbs of saying (`verb_senses.SAYING_VERBS`) and of estimating: who tells a clause
TELLING_VERBS = SAYING_VERBS | {"estimate", "calculate", "project", "predict", "expect", "report", "conclude", "find"}
# the words of a body that counts or estimates others' figures (a research firm, a union, a trade forum, a council), not
# of a company telling its own ("Some 3,000 bikes are in service, Velocity Rentals said": Velocity's bikes)
COUNTING_BODIES = {"research", "analytics", "insights", "data", "intelligence", "analysts", "analyst", "forum", "union",
                   "association", "council", "committee", "institute", "federation", "agency", "ministry", "commission",
                   "authority", "board", "regulator", "watchdog", "tracker", "consultancy", "economists", "economist",
                   "researcher", "researchers"}
PEOPLE_COUNT = "this count of people"  # (the people who took part in one event are the story's: `reconcile.UNOWNED`)
UNOWNED_PEOPLE = f"its sentence names no owner for {PEOPLE_COUNT}"  # (mentions gives it; reconcile, two_voices read it)


def speakers(sentence: str) -> frozenset[str]:
    """The words of whoever tells a clause of `sentence` ("Quarry Research estimates that sales are closer to 1.8
    million"): the subject of a verb of saying or estimating with a clause of its own, when a body that counts others'
    figures (`COUNTING_BODIES`), is the figure's source, not another actor the figure may belong to (its relative
    clause aside: "X, which tracks 4,000 sites, says")."""
    from newsreport.claims.parsing import parsed

    words = set()
    for verb in parsed(sentence):
        if verb.lemma_.lower() in TELLING_VERBS and any(c.dep_ == "ccomp" for c in verb.children):
            for subject in (c for c in verb.children if c.dep_ == "nsubj"):
                aside = {t.i for c in subject.children if c.dep_ == "relcl" for t in c.subtree}
                told = {t.text for t in subject.subtree if t.i not in aside}
                words |= told if {w.lower() for w in told} & COUNTING_BODIES else set()
    return frozenset(words)


def listeners(sentence: str) -> frozenset[str]:
    """The words of whoever is told a clause ("Ekdahl told The Byteline that the database held 3.4 million accounts",
    "told investors that"): the listener of a verb of telling with a clause of its own is no actor of its figures."""
    from newsreport.claims.parsing import parsed

    return frozenset(t.text for verb in parsed(sentence) if verb.lemma_.lower() == "tell"
                     and any(c.dep_ == "ccomp" for c in verb.children)
                     for c in verb.children if c.dep_ in ("dobj", "dative", "iobj") for t in c.subtree)


def event_time_words(sentence: str) -> set[str]:
    """Names that only say when, by whose event: "after the Zipchat shutdown", "since Lumo's outage"."""
    from newsreport.claims.names import EVENT_NOUNS
    from newsreport.claims.parsing import parsed

    return {t.text for t in parsed(sentence) if t.dep_ in ("compound", "poss", "amod", "nmod")
            and t.head.lemma_.lower() in EVENT_NOUNS and t.head.dep_ == "pobj" and t.head.head.lower_ in TIME_PREPS}


# a company's home is no other actor: "The New York-based startup", "its Seoul-based rival" (a rival is by its noun)
HOME = re.compile(r"\b(?:[A-Z][\w.]*\s+){0,2}[A-Z][\w.]*-based\b")


# who a figure is cited to is its source, not another actor: "..., per Appmetric", "according to Sensor Tower"
CITED = re.compile(r"\b(?:according to|per|citing|data from)\s+(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}")


BOUNDS = ("less_than", "at_most")  # "packages valued under $800": the bound of a rule, nobody's value


# another party named by its tie to the article's actor: "its parent company reported revenue of $9 billion"
RELATED_PARTY = re.compile(r"\b(?:its|their|the (?:company|firm|group|app)['’]s)\s+(?:[\w-]+\s+)?"
                           r"(?:parent|owner|rival|competitor|subsidiary|unit|acquirer|buyer|partner|supplier)s?\b", re.I)


# another party of the actor's kind, told by an indefinite description rather than named: "the collapse of a much
# larger exchange left a hole of $8 billion", "another lender lost $2 billion", "other carriers cancelled 300 flights"
ANOTHER_OF_ITS_KIND = re.compile(r"\b(?:another|other|an?\s+(?:(?:much|far|even)\s+)?(?:larger|bigger|smaller|rival|"
                                 r"competing|different))\s+(?:[\w-]+\s+)?(?:" + "|".join(sorted(ANAPHORIC_NOUNS)) + r")s?\b",
                                 re.I)


# another's figure a count is set against: "well short of what its larger rival reported", "more than what Zoda claims"
OTHERS_FIGURE = re.compile(r"\bwhat\s+(?:[^,.;]*?\s)?(?:reported|reports|said|says|counted|counts|estimated|estimates|"
                           r"claimed|claims)\b")


# "The ban affects 170 million users": people an event falls on are the users of what it falls on
EVENT_PHRASE = re.compile(r"\b(?:the|a|this) (?:ban|outage|shutdown|blackout|strike|law|rule|tariffs?|order)\b"
                          r"(?! (?:tracker|monitor|checker|map|website|site)s?\b)", re.I)  # "the outage tracker X": a source


# a body of a state, a province or a nation that gives a place's own measure (a toll, a rate) gives its area's
WIDER_BODY = re.compile(r"\b(?:state|national|provincial|federal|regional|country['’]s|nation['’]s)\s+(?:[\w-]+\s+)?"
                        r"(?:department|ministry|authorities|authority|agency|government|office|officials)\b", re.I)


def main_owns_unnamed(rule, main: str, qualifier: str, sentence: str, names: frozenset, vocabulary,
                      text: str = "") -> bool:
    """Whether a figure whose sentence names no owner is the article's main actor's (`main`): its measure
    is one the config names (`rule`), it is no bound ("under $800"), no other actor is named and no other
    party is named by its tie to the actor ("its parent company"), nor an event it may count the
    effect of ("the ban affects 170 million users")."""
    sentence = OTHERS_FIGURE.sub("", sentence)  # "well short of what its rival reported": a figure set against it
    if rule is not None and rule.place_owned and WIDER_BODY.search(sentence):
        return False  # "The state health department confirmed 27 deaths": the state's toll, not the town in the title
    if rule is not None and rule.place_owned and country_measure(sentence, rule) and not is_place(main, sentence, text):
        return False  # "Kenyan tea exports earned $1.4 billion" in an article on a tea grower: Kenya's
    return rule is not None and bool(main) and qualifier not in BOUNDS and not RELATED_PARTY.search(sentence) \
        and not ANOTHER_OF_ITS_KIND.search(sentence) and not GROUP_STATISTIC.search(sentence) \
        and not EVENT_PHRASE.search(sentence) \
        and names_no_other_actor(sentence, main, names, vocabulary.places, sources=estimator_words(text))


def country_measure(sentence: str, rule) -> bool:
    """Whether `sentence` names the measure of `rule` with a country, a place or a nationality before it
    ("Chinese exports", "Kenya's turnout"): a place's measure, by its own words."""
    from newsreport.claims.parsing import parsed

    return any(e.root.dep_ in ("amod", "compound", "poss", "nmod") and e.root.head.i > e.root.i
               and any(p.search(e.root.head.text) for p in rule.patterns)
               for e in parsed(sentence).ents if e.label_ in ("GPE", "LOC", "NORP"))


NO_OWNER = "its sentence names no owner"  # the reasons `mentions.entity_of` gives a count nobody owns
# verbs that state a level, not an event: "subscribers numbered 14 million" is the level of subscribers
AMOUNT_VERBS = {"number", "total", "reach", "stand", "come", "amount", "hit", "top", "exceed", "pass", "surpass"}


def owned_elsewhere(records: list[dict], corpus, vocabulary) -> None:
    """Give a count nobody owns ("American subscribers numbered about 14 million") to its article's main
    actor when that actor owns the same measure in another figure of the corpus ("Mirelle had 26 million
    subscribers") and the sentence names no other actor; in place."""
    from newsreport.claims.keys import main_entity

    owned = {(r["entity"], r["metric"]) for r in records if r.get("entity")}
    documents = {d.doc: d for d in corpus.documents}
    together = unowned_together(records)
    for record in records:
        document = documents.get(record["doc"])
        if record.get("entity") or record.get("entity_basis") != "none" or record["kind"] != "count" \
                or document is None or counted_key(record) in together:
            continue
        main = main_entity(document, vocabulary)
        owners = {e for e, m in owned if m == record["metric"] and (e == main or e.startswith(f"{main} ")
                                                                     and not re.match(r"(?:and|&) ", e[len(main) + 1:]))}
        if not main or len(owners) != 1:  # (under its full name: "Castellan" of a headline owns as "Castellan Motors";
            continue  # "Shein and Temu" are two, and what they own together is not Shein's)
        if only_actor(record, document, main, vocabulary):
            record["entity"], record["entity_basis"] = owners.pop(), "main entity (it owns this measure elsewhere)"
            reasons = other_reasons(record)
            record["reason"], record["confidence"] = "; ".join(reasons), "low" if reasons else "high"


def counted_key(record: dict) -> tuple:
    """(document, sentence, what is counted) of a figure: its measure without its window or detail."""
    return record["doc"], record.get("sentence_id"), re.split(r"_per_|: ", str(record["metric"]))[0]


def unowned_together(records: list[dict]) -> set[tuple]:
    """The `counted_key`s of which one sentence gives two or more counts nobody owns ("some 900 flights were
    cancelled on Monday, and another 4,000 flights were delayed"): the sentence tells one party's counts
    and names no owner, so none is taken from elsewhere for one of them."""
    seen: dict[tuple, int] = {}
    for record in records:
        if not record.get("entity") and record["kind"] == "count":
            seen[counted_key(record)] = seen.get(counted_key(record), 0) + 1
    return {key for key, count in seen.items() if count > 1}


# a statistic of a group is no one owner's: "DairyNZ says the average break-even is about $8.50" beside "Mr Walker's
# break-even is about $8.20"
GROUP_STATISTIC = re.compile(r"\b(?:the|an?) (?:average|typical|median|mean)\b", re.I)


def only_actor(record: dict, document, owner: str, vocabulary) -> bool:
    """Whether the sentence of a figure nobody owns leaves `owner` the only candidate: it names no other actor,
    no party tied to one ("its parent company"), no event it may count the effect of ("the ban affects") and no
    statistic of a group ("the average break-even"); who tells the figure is no other actor (`speakers`), unless it
    counts people (the people of one event are the story's)."""
    from newsreport.claims.names import article_text, document_names

    at = document.sentence_at(int(record["start"]))
    sentence = at.text if at is not None else ""
    return bool(sentence) and not RELATED_PARTY.search(sentence) and not EVENT_PHRASE.search(sentence) \
        and not ANOTHER_OF_ITS_KIND.search(sentence) and not GROUP_STATISTIC.search(sentence) \
        and names_no_other_actor(sentence, owner, document_names(article_text(document)), vocabulary.places,
                                 document.text, estimator_words(document.text) | listeners(sentence) | (
                                     frozenset() if PEOPLE_COUNT in record["reason"] else speakers(sentence)))


def other_reasons(record: dict) -> list[str]:
    """A figure's doubts without the one that it names no owner (once an owner is given)."""
    return [r for r in record["reason"].split("; ") if r and not r.startswith(NO_OWNER)]


SOLE_OWNER = "its sentence names no owner; the only one the corpus gives this measure is taken"
SOLE_KINDS = ("count", "money", "other")


def sole_owner(records: list[dict], corpus, vocabulary) -> None:
    """Give a figure nobody owns ("The jackpot for Friday's draw is an estimated $1.4 billion", "tickets sold
    passed 2 million") to the one owner every other figure of the same measure and scope in the corpus has,
    when its sentence names no other actor, no party tied to one ("its parent") and no event it may count the
    effect of. Still a possible discrepancy, never a conflict: the owner is read from the corpus, not the
    sentence; in place."""
    owners: dict[tuple, set[str]] = {}
    for record in records:
        if record.get("entity") and record["kind"] in SOLE_KINDS:
            owners.setdefault((record["metric"], record["scope"]), set()).add(record["entity"])
    documents = {d.doc: d for d in corpus.documents}
    together = unowned_together(records)
    for record in records:
        document = documents.get(record["doc"])
        found = owners.get((record["metric"], record["scope"]), set())
        if record.get("entity") or record.get("entity_basis") != "none" or record["kind"] not in SOLE_KINDS \
                or document is None or len(found) != 1 or counted_key(record) in together:
            continue
        owner = next(iter(found))
        if only_actor(record, document, owner, vocabulary):
            record["entity"], record["entity_basis"] = owner, "the only owner of this measure in the corpus"
            record["reason"], record["confidence"] = "; ".join(other_reasons(record) + [SOLE_OWNER]), "low"
