"""Whose figure a reading names: its owner's name, a pronoun resolved to the entity named before ("its
users"), the thing a ban falls on for "the ban" ("The ban affects 170 million users": the users of what is
banned, not of the article's actor), or nobody for a place ("packages enter the US")."""

from __future__ import annotations

import re

from newsreport.claims.event_owners import banned_before
from newsreport.claims.keys import antecedent, canonical_entity
from newsreport.claims.names import PERSONAL_PRONOUNS, article_text, document_names
from newsreport.claims.vocabulary import Vocabulary, entity_mentions

BAN_WORD = re.compile(r"\bban\b", re.I)


def owner(reading, document, position: int, rel_start: int, vocabulary: Vocabulary) -> tuple[str, str]:
    """(entity, basis) of a figure from its reading: a name, or a pronoun resolved to the entity
    named before; ('', '') when the parse names no owner or the owner is a place, store or court."""
    if reading.entity_basis == "pronoun" and reading.entity_text.lower() in PERSONAL_PRONOUNS:
        return antecedent(document, position, vocabulary, person=True), "pronoun"  # "his net worth"
    if reading.entity_basis == "pronoun" and BAN_WORD.search(reading.entity_text):
        # "The ban affects 170 million users": the users of what is banned, else of nobody named
        banned = banned_before(document, position, document_names(article_text(document)))
        return canonical_entity(banned, vocabulary) if banned else "", "pronoun" if banned else ""
    if reading.entity_basis == "pronoun":
        sentence = document.sentences[position]
        before = entity_mentions(sentence.text[:reading.entity_span[0]], vocabulary)
        if before:  # "TikTok ... its users": named earlier in the same sentence
            return before[-1][2], "pronoun"
        return antecedent(document, position, vocabulary), "pronoun"
    if not reading.entity_text:
        return "", ""
    if reading.reported_after:  # "the app had climbed to No. 1, Sensor Tower said": the app named before, unless
        named = antecedent(document, position, vocabulary)  # that is the reporter ("..., Brightline told reporters")
        if named and named != canonical_entity(reading.entity_text, vocabulary):
            return named, "pronoun"
    if any(pattern.fullmatch(reading.entity_text) or pattern.search(reading.entity_text)
           for _, pattern in vocabulary.places) and not entity_mentions(reading.entity_text, vocabulary):
        return "", "place"  # "packages enter the US": where it applies, not whose it is
    if " and " in reading.entity_text:  # owners together: "Temu and Shein" is neither alone
        return " and ".join(sorted({canonical_entity(part, vocabulary) for part in reading.entity_text.split(" and ")})), \
            reading.entity_basis
    return canonical_entity(reading.entity_text, vocabulary), reading.entity_basis
