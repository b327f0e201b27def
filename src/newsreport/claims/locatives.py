"""Places named in a locative phrase: where something happened, never whose figure it is, as "18 million users
are on the platform" or "sent by Brisko" name an owner. A landmark near a count or a place it spreads through
("detained outside Meridian Tower", "marched through Ostrava") is where it happened: the owner of a measure
config gives places (`place_owned`: "deaths across Rajmer"), else the figure's scope. A phrase led by a word of
part ("23 arrests, most near the station") says where some of them were: neither owner nor scope. A "where"
clause names the place of the figure inside it ("Veldor, where inflation slowed to 3.4%")."""

from __future__ import annotations

import re

# prepositions of nearness: the object is a landmark beside the thing counted, neither its owner nor its extent
# ("on", "at", "by", "from", "with" may name an owner: "users on Vexa", "jobs at Vexa", "sent by Vexa"; "off" names
# the stretch of sea a rescue or a sinking is in, as "in" a town does: "Off Ennis, 30 were rescued")
NEARNESS_PREPS = {"near", "outside", "around", "beside", "behind", "opposite", "along", "past", "beyond",
                  "amid", "toward", "towards"}
# prepositions of extent: a place is where the count applies; a facility ("passed through Kessel Airport",
# "shipped across the Vexa network") may still own what passes through it
EXTENT_PREPS = {"through", "across", "throughout", "within", "inside", "among"}


# a locative phrase led by a word of part says where some of the things counted were, not all: "23 arrests,
# most near the station", "40 dead, mostly in coastal villages", "many of them outside the ground"
PART_LED = re.compile(r"\b(?:most|mostly|many|some|several|half|mainly|largely|chiefly|partly)(?: of them)?\s+(\w+)\s+(?:the\s+)?$",
                      re.I)


def locative_owner(reading, sentence: str) -> tuple[str, str] | None:
    """(entity, basis) for a figure whose owner was read as the object of a locative preposition of its verb:
    ('', '') where the phrase is where a part of it was ("23 arrests, most near Harrow Road"), ('', 'place') for a
    landmark or a place it spreads through ("arrested outside Kelso Park", "40,000 marched through Ostrava": where
    it happened, which owns only a measure config gives places); None when the owner is read otherwise."""
    from newsreport.claims.places import is_place

    if crowd_at_venue(reading, sentence):
        return "", "place"
    if reading.entity_basis != "object" or reading.owner_prep not in NEARNESS_PREPS | EXTENT_PREPS | {"in", "at"}:
        return None
    part = PART_LED.search(sentence[:reading.entity_span[0]])
    if part and part.group(1).lower() == reading.owner_prep:
        return "", ""
    if reading.owner_prep in NEARNESS_PREPS or reading.owner_prep in EXTENT_PREPS and is_place(reading.entity_text, sentence):
        return "", "place"
    return None


# nouns of the people at an event: a name after "at" is its venue ("the crowd at Orwell Park, which the
# ground's owner put at 38,000"), where the crowd gathered, not whose event drew it
CROWD_NOUNS = {"crowd", "crowds", "attendance", "audience", "turnout", "spectators", "gate"}
AT_BEFORE = re.compile(r"\bat\s+(?:the\s+)?$", re.I)


def crowd_at_venue(reading, sentence: str) -> bool:
    """Whether the owner read for a crowd is the venue named after "at" ("Saturday's crowd at Orwell Park")."""
    return reading.entity_basis == "possessor" and bool(set(reading.counted.split()[-1:]) & CROWD_NOUNS) \
        and bool(AT_BEFORE.search(sentence[:reading.entity_span[0]]))


# "Banda, where temperatures hit 47.1 degrees", "in Ostrava, where 40,000 marched": the name a "where" clause
# hangs on is the place the figure inside the clause is measured in
WHERE_CLAUSE = re.compile(r"\b([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)\s*,\s*(?:where|in which)\s+[^,;]*$")


def where_place(sentence: str, rel_start: int) -> str:
    """The name a "NAME, where ..." clause holding the figure at `rel_start` of `sentence` hangs on (a capital
    opening the sentence is no part of it); else the place the sentence opens with, set off by a comma ("Across
    Canada, employers added 46,000 jobs and the national jobless rate fell to 6.4%": Canada's rate, whatever
    province the sentences before named); '' otherwise."""
    from newsreport.claims.names import CALENDAR_WORD

    found = WHERE_CLAUSE.search(sentence[:rel_start])
    words = found.group(1).split() if found else []
    while words and words[0] in OPENING_WORDS:
        words = words[1:]
    opening = OPENING_PLACE.match(sentence[:rel_start])
    if not words and opening and not any(CALENDAR_WORD.match(w) for w in opening.group(1).split()):
        return opening.group(1)
    return " ".join(words)


# a place opening a sentence, where all of it happens: "Across Canada, ...", "In Ostrava, ...", "Throughout Vellmark, ..."
OPENING_PLACE = re.compile(r"^(?:Across|Throughout|In|Nationwide in)\s+([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)\s*,")


OPENING_WORDS = {"The", "A", "An", "In", "At", "On", "But", "And", "While", "Across"}  # "In Ostrava, where ..."


def place_main(main: str, rule, sentence: str, document, sites: frozenset = frozenset()) -> bool:
    """Whether the article's main actor `main` is a place that owns no figure of the sentence: for a measure config
    does not name (`rule` None), any place (a country in a headline owns its inflation, not the parcels counted
    there); for a named measure no place owns (`place_owned`), a place the tagger reads in the sentence or title
    when the sentence's subject is a site (config `site_nouns`: "The plant employs 3,000 people and produced 2.1
    million tonnes of steel" under a headline on a city: the plant's output, not the city's)."""
    from newsreport.claims.places import is_place

    if rule is None:
        return is_place(main, sentence, document.text)
    site = SITE_SUBJECT.match(sentence)
    return not rule.place_owned and bool(site) and site.group(1).lower() in sites \
        and (is_place(main, sentence) or is_place(main, document.title or ""))


SITE_SUBJECT = re.compile(r"(?:The|This|That|Its|Their)\s+(\w+)\b")  # "The plant ...", "The quarry ..."
