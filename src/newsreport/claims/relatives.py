"""The noun a relative pronoun stands for, as the subject of its clause."""

from __future__ import annotations

from newsreport.claims.names import EVENT_NOUNS, is_anaphor, is_name, related


def antecedent(verb, subject):
    """"Inflation, which stood at 3.1 per cent", "revenue that rose to $2 billion": the clause's subject is the common
    noun its pronoun stands for, so the figure measures inflation, revenue. Not where the clause acts on an object of
    its own ("a round that values it at $1 billion", "an order which takes effect"), nor for an event ("the strike,
    which began on Monday": its day is read as the event's). A name keeps its pronoun ("Streamly, which employs 13,000
    people"): the owner rules read that one as the name's."""
    if subject.tag_ == "WDT" and verb.dep_ == "relcl" and verb.head.pos_ == "NOUN" and verb.head.i < subject.i \
            and verb.head.lemma_.lower() not in EVENT_NOUNS \
            and not any(c.dep_ == "dobj" and not numeric(c) for c in verb.children):
        return verb.head
    return subject


def relative_owner(verb, names: frozenset):
    """The name a relative pronoun stands for: the name or "it" before it ("Streamly, which employs 13,000 people"),
    or the name a tie to another party is set beside ("Orvel, its longtime rival, which has ...": a party is not
    its own rival, so "its rival" is the name written before it, wherever the parse hangs the tie). None elsewhere."""
    head = verb.head
    if is_name(head, names) or is_anaphor(head):
        return head
    before = head.left_edge.i - 1
    if related(head) and any(c.dep_ == "poss" for c in head.children) and before >= 1 \
            and head.doc[before].text == "," and is_name(head.doc[before - 1], names):
        return head.doc[before - 1]
    return None


def numeric(token) -> bool:
    """A figure as the object ("which reached 3.1 per cent", "that hit $2 billion")."""
    return token.like_num or token.text in ("%", "$", "€", "£") or any(
        c.dep_ in ("nummod", "quantmod") or c.like_num for c in token.children)


HEARSAY_VERBS = {"understand", "say", "believe", "report", "think", "rumour", "rumor", "estimate", "put"}


def said_to_be(verb):
    """The noun a figure is told to be through a participle of hearsay ("a fee understood to be £70m", "a price said
    to be $40 million", "a deal thought to be worth $2 billion"): the participle modifies the noun, and its "to be"
    states the noun's value. None elsewhere."""
    if verb.lemma_ != "be" or verb.dep_ != "xcomp":
        return None
    told = verb.head
    if told.dep_ == "acl" and told.lemma_.lower() in HEARSAY_VERBS and told.head.pos_ == "NOUN":  # (tagged VBD as often)
        return told.head
    return None
