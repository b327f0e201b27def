"""Whose figure a reading names: its owner's name, a pronoun resolved to the entity named before ("its
users"), the thing a ban falls on for "the ban" ("The ban affects 170 million users": the users of what is
banned, not of the article's actor), or nobody for a place ("packages enter the US")."""

from __future__ import annotations

import re

from newsreport.claims.collective_owners import collective_owner, merging_pair
from newsreport.claims.estimators import COUNTING_VERBS, counts_others, estimator_words
from newsreport.claims.event_owners import BAN_WORD, banned_before
from newsreport.claims.keys import antecedent, canonical_entity
from newsreport.claims.locatives import locative_owner
from newsreport.claims.names import ANAPHORIC_NOUNS, CURRENCY_FIGURE, PERSONAL_PRONOUNS, article_text, document_names
from newsreport.claims.people import TITLES
from newsreport.claims.vocabulary import Vocabulary, entity_mentions

# a participle set off by a comma right after a name describes that name: "rival Velo, valued at $3.5 billion"
DESCRIBING = re.compile(r"^(?:\w+ed|worth|now worth)\b", re.I)
# "Vidzy, which says it has ...": "it" is the name the relative clause hangs on
RELATIVE_SPEAKER = re.compile(r"\b([A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)*)\s*,\s*(?:which|who)\s+(?:says|said|claims|claimed|"
                              r"reports|reported|estimates|estimated)\s+(?:that\s+)?$")
# the name a stand-in subject is given right after it: "The app that topped the charts, Corra, has ..."
APPOSITIVE_NAME = re.compile(r"^[^,.;]{0,60},\s*([A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)*)\s*,")
# the last name before a pronoun, as a possessive: "Brennick Pharma's tablet is a year behind, and its trial ..."
NAME_RUN = re.compile(r"\b([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)(['’]s\b)?")
NAME_BEFORE_COMMA = re.compile(r"\b([A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)*)\s*,\s*$")


# a nationality standing for a person named before: "the Argentine", "the 31-year-old Kenyan", "the Frenchman"
# (a people's word: not "the game Quorro", a name the tagger took for a nationality)
THE_BEFORE = re.compile(r"\b[Tt]he\s+(?:(?:[\w-]+-year-old|young|veteran|former)\s+)?$")
PEOPLES_WORD = re.compile(r"(?:an|ese|ish|ic|i|ch|ss|ine|man|woman)$")


# "Ines Marrow, whose net worth Tallis Magazine estimates at $5.2 billion, founded ...": Marrow's net worth
WHOSE = re.compile(r"\b([A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)*)\s*,\s*whose\s+[^,;]*$")


# "The company, whose Indian user base grew ...": an anaphor's relative clause (see `names.ANAPHORIC_NOUNS`)
WHOSE_ANAPHOR = re.compile(rf"\b[Tt]he (?:{'|'.join(sorted(ANAPHORIC_NOUNS))})\s*,\s*whose\s+[^,;]*$")


def whose_owner(sentence: str, rel_start: int) -> tuple[str, int]:
    """(name, start of "whose") when the figure at `rel_start` of `sentence` stands in a relative clause
    "NAME, whose ..." (the thing measured is NAME's, whoever estimates it); ('', -1) otherwise."""
    found = WHOSE.search(sentence[:rel_start])
    return (found.group(1), sentence.index("whose", found.end(1))) if found else ("", -1)


def possessor_before(text: str, names: frozenset) -> str:
    """The name a pronoun's sentence gives last before it, when that name is a possessive ("Brennick Pharma's
    tablet ..., and its trial": Brennick Pharma); '' when the last name is no possessive or none is given."""
    runs = [m for m in NAME_RUN.finditer(text) if set(m.group(1).split()) & names]  # ("Brennick Pharma": "Pharma"
    # is a name word inside the sentence though "Brennick" only opens it)
    return runs[-1].group(1) if runs and runs[-1].group(2) else ""


def described_name(sentence: str, reading, names: frozenset) -> str:
    """The name a figure's participle clause describes when the parse gave the figure to the sentence's
    subject ("Harlo ... competes with rival Velo, valued at $3.5 billion": Velo); '' otherwise."""
    left = reading.clause_span[0]
    if reading.entity_basis not in ("subject", "object") or not DESCRIBING.match(sentence[left:]):
        return ""
    found = NAME_BEFORE_COMMA.search(sentence[:left])
    if not found or found.group(1).split()[0] not in names:
        return ""
    if reading.entity_basis == "subject" and (left <= reading.entity_span[1] or found.start(1) <= reading.entity_span[1]):
        return ""  # (an object read after it: "Lin Wei, worth $12 billion, founded Pinto": Lin Wei's, not Pinto's)
    return found.group(1)


def owner(reading, document, position: int, rel_start: int, vocabulary: Vocabulary, rule=None) -> tuple[str, str]:
    """(entity, basis) of a figure (`named_owner`); the price of a merger is the merging pair's, whichever of the two
    its sentence names or none ("Halvorsen values the transaction at $1.6 billion")."""
    entity, basis = named_owner(reading, document, position, rel_start, vocabulary, rule)
    if rule is not None and rule.name == "deal_value":
        pair = merging_pair(document, vocabulary, document_names(article_text(document)))
        if pair and (not entity or entity in pair.split(" and ")):
            return pair, basis or "merger"
    return entity, basis


def named_owner(reading, document, position: int, rel_start: int, vocabulary: Vocabulary, rule=None) -> tuple[str, str]:
    """(entity, basis) of a figure from its reading (`rule`: the config measure it was read as, if any): a name, or
    a pronoun resolved to the entity named before; ('', '') when the parse names no owner, the owner is a place,
    store or court, or only keeps the count (`estimators.counts_others`)."""
    if CURRENCY_FIGURE.fullmatch(reading.entity_text) or counts_others(reading, rule):
        return "", ""  # "Sh420 million is ...", "R120 million will go on ...": an amount read as its own subject
    whose, _ = whose_owner(document.sentences[position].text, rel_start)
    if whose and whose.split()[0] not in TITLES:
        return canonical_entity(whose, vocabulary), "possessor"
    if WHOSE_ANAPHOR.search(document.sentences[position].text[:rel_start]) and not reading.entity_text:
        return antecedent(document, position, vocabulary), "pronoun"  # "The company, whose user base grew to ...": the one named before
    if reading.entity_basis == "pronoun" and reading.entity_text.lower() in PERSONAL_PRONOUNS:
        return antecedent(document, position, vocabulary, person=True), "pronoun"  # "his net worth"
    if reading.entity_basis == "pronoun" and BAN_WORD.search(reading.entity_text):
        # "The ban affects 170 million users": the users of what is banned, else of nobody named
        banned = banned_before(document, position, document_names(article_text(document)))
        return canonical_entity(banned, vocabulary) if banned else "", "pronoun" if banned else ""
    if reading.entity_basis == "pronoun":
        sentence = document.sentences[position]
        names = document_names(article_text(document))
        together = collective_owner(document, position, reading.entity_span, vocabulary, names)
        if together:  # "the merged group's revenue": the companies together, not the one named last
            return together, "pronoun"
        relative = RELATIVE_SPEAKER.search(sentence.text[:reading.entity_span[0]])
        if relative:  # "Vidzy, which says it has 170 million monthly users": Vidzy's
            return canonical_entity(relative.group(1), vocabulary), "pronoun"
        named = APPOSITIVE_NAME.match(sentence.text[reading.entity_span[1]:rel_start])
        if named and named.group(1).split()[0] in names:
            return canonical_entity(named.group(1), vocabulary), "appositive"  # "The app that won, Corra, has ..."
        before = entity_mentions(sentence.text[:reading.entity_span[0]], vocabulary)
        if before:  # "TikTok ... its users": named earlier in the same sentence
            return before[-1][2], "pronoun"
        possessor = possessor_before(sentence.text[:reading.entity_span[0]], names)
        if possessor:
            return canonical_entity(possessor, vocabulary), "pronoun"
        return antecedent(document, position, vocabulary), "pronoun"
    if not reading.entity_text:
        return "", ""
    if reading.entity_label == "NORP" and PEOPLES_WORD.search(reading.entity_text) and THE_BEFORE.search(
            document.sentences[position].text[:reading.entity_span[0]]):  # "The 24-year-old Argentine scored 31
        person = antecedent(document, position, vocabulary, person=True)  # goals": the player named before
        if person:
            return person, "pronoun"
    located = locative_owner(reading, document.sentences[position].text)
    if located is not None:  # "arrests made near the station", "marched through Ostrava": where, not whose
        return located
    described = described_name(document.sentences[position].text, reading, document_names(article_text(document)))
    if described:  # "competes with rival Velo, valued at $3.5 billion": Velo's valuation
        return canonical_entity(described, vocabulary), "appositive"
    if reading.reported_after or reading.reported_noun:  # "the app had climbed to No. 1, Sensor Tower said": the app named before, unless
        named = antecedent(document, position, vocabulary)  # that is the reporter ("..., Brightline told reporters")
        if named and named != canonical_entity(reading.entity_text, vocabulary):
            return named, "pronoun"
    if counted_place(reading, vocabulary.places):  # "counted 1.8 million US downloads": which downloads, not whose
        return "", ""
    if reading.entity_basis == "subject" and reading.verb in COUNTING_VERBS \
            and set(reading.entity_text.split()) <= estimator_words(document.text):
        return "", ""  # "Healthmetric, which tracks app usage, counted 700,000 downloads": the tracker counts another's
    if any(pattern.fullmatch(reading.entity_text) or pattern.search(reading.entity_text)
           for _, pattern in vocabulary.places) and not entity_mentions(reading.entity_text, vocabulary):
        return "", "place"  # "packages enter the US": where it applies, not whose it is
    if " and " in reading.entity_text:  # owners together: "Temu and Shein" is neither alone
        return " and ".join(sorted({canonical_entity(part, vocabulary) for part in reading.entity_text.split(" and ")})), \
            reading.entity_basis
    return canonical_entity(reading.entity_text, vocabulary), reading.entity_basis


def counted_place(reading, places) -> bool:
    """Whether the place read as a figure's owner (a vocabulary place, `places`, or "US", "UK", "EU") only
    says which things are counted ("counted 1.8 million US downloads", "1.2 million UK users"): then it is
    the figure's scope (added to `reading.scope_words`), neither whose the figure is nor where things
    arrive ("700 million parcels arrive in Zembla")."""
    from newsreport.claims.figure_scope import PLACE_ABBREVIATION

    place = PLACE_ABBREVIATION.match(reading.entity_text) or any(p.fullmatch(reading.entity_text) for _, p in places)
    if not (place and reading.counted and f"{reading.entity_text} {reading.counted}" in reading.measure_text):
        return False
    reading.scope_words = list(dict.fromkeys(reading.scope_words + [reading.entity_text]))
    return True
