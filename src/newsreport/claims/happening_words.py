"""The words of one happening beyond its verb: the verb phrase that names it in config's synonym table (`said_otherwise`:
"went down", "crossed the coast", "went under the hammer"), a happening its subject names that began or took place
("the summit began": `begun`), one foretold ("will vote", "due to vote": `foretold`), one a participle says people
were caught by ("trapped by the collapse": `cause_of`), a figure moving rather than a happening ("sank to a record
low": `moved_figure`), and words set off after a day that describe the day (`day_described`)."""

from __future__ import annotations


def foretold(head) -> bool:
    """Whether verb `head` is told as what will happen ("councillors will vote on 26 February", "are due to vote on
    March 4"): the day it is set for, compared as written, as the day of an event of config is. A forecast or a plan
    ("are expected to vote", "plans to open") is not."""
    if head.tag_ != "VB":
        return False
    if any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll", "’ll") for c in head.children):
        return True
    return head.dep_ == "xcomp" and head.head.lower_ in SCHEDULED and any(c.lower_ == "to" for c in head.children)


SCHEDULED = frozenset({"due", "set", "scheduled", "slated"})  # "due to vote on March 4": the day it is set for
# verbs that say only that a happening its subject names began or took place: "the summit opened on Monday"
BEGINNING_VERBS = frozenset({"begin", "start", "open", "run", "air", "end", "close", "finish", "conclude"})


def begun(head, words: dict) -> bool:
    """Whether verb `head` says its subject began, took place or ended ("began", "opened", "was held", "took
    place", "kicked off", "ran"), so that the day is that of the happening its subject names."""
    lemma = head.lemma_.lower()
    if lemma in BEGINNING_VERBS or lemma == "hold" and head.tag_ == "VBN":
        return True
    return lemma == "take" and any(c.dep_ == "dobj" and c.lemma_.lower() == "place" for c in head.children) \
        or said_otherwise(head, words)[0] == "open"


def day_described(head, tokens) -> list:
    """The words of a phrase set off right after the date `tokens` that the parse hung on `head` ("opens on May 8,
    the first of three nights"): they describe the day."""
    last = max(t.i for t in tokens)
    doc = tokens[0].doc
    if last + 1 >= len(doc) or doc[last + 1].text != ",":
        return []
    return [t for c in head.children if c.i > last + 1 and min(g.i for g in c.subtree) == last + 2 for t in c.subtree]


def cause_of(head, words: dict):
    """The happening a participle says was done by or in it ("trapped by the collapse", "hurt in the blast"): a noun
    of `words` (config `event_synonyms`, `event_nouns`) the sentence takes as known ("the", "Monday's"), the day then
    being that happening's; None if none ("demolished in a controlled blast" tells how, "declared by the board" who)."""
    if head.tag_ != "VBN":
        return None
    for child in head.children:
        if child.dep_ == "agent" or child.dep_ == "prep" and child.lower_ == "in":
            for noun in (g for g in child.children if g.dep_ == "pobj" and g.pos_ == "NOUN"):
                if noun.lemma_.lower() in words and any(
                        c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children):
                    return noun
    return None


def said_otherwise(head, words: dict) -> tuple[str, object]:
    """The key the synonym table `words` (config `event_synonyms`) gives the verb phrase of `head`: its verb with its
    particle, adverb, object, or preposition and object ("went down", "came ashore", "crossed the coast", "went under
    the hammer"), or preposition alone ("sold for"), else its verb alone; and the object the phrase took in (None if
    none). ('', None): none."""
    lemma = head.lemma_.lower()
    for child in head.children:
        if child.dep_ in ("prt", "advmod", "dobj", "acomp") and f"{lemma} {child.lemma_.lower()}" in words:
            return words[f"{lemma} {child.lemma_.lower()}"], child if child.dep_ == "dobj" else None
    if head.dep_ == "acl" and head.tag_ == "VBN" and f"{lemma} {head.head.lemma_.lower()}" in words:
        return words[f"{lemma} {head.head.lemma_.lower()}"], head.head  # "the order, issued on Tuesday": its object
    verbs = [lemma] + [f"{lemma} {c.lower_}" for c in head.children if c.dep_ == "prt"]  # "went up in flames"
    for verb, child in ((v, c) for v in verbs for c in head.children if c.dep_ == "prep"):
        for noun in (g for g in child.children if g.dep_ == "pobj"):
            if f"{verb} {child.lower_} {noun.lemma_.lower()}" in words:
                return words[f"{verb} {child.lower_} {noun.lemma_.lower()}"], None
    for child in head.children:  # "sold for £11m": the verb and its preposition, whatever its object
        if child.dep_ == "prep" and f"{lemma} {child.lower_}" in words:
            return words[f"{lemma} {child.lower_}"], None
    return words.get(lemma, ""), None


def moved_figure(head, used, measure, moves: bool = True) -> bool:
    """Whether a verb phrase that may move figures ("sank", "went down") tells a figure moving: it goes to or by
    something ("sank to a record low"), or what moved is a measure (`measure` of its subject's words: "prices").
    `moves`: whether its verb moves figures at all (`moving_phrase`): "submitted its offer to bankers" goes to no level."""
    if head.pos_ != "NOUN" and moves and any(c.dep_ == "prep" and c.lower_ in ("to", "by") for c in head.children):
        return True  # (a happening's noun goes "to" a place: "a rush of users to Pinglo began on Saturday")
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c is not used), None)
    return subject is not None and measure is not None and measure(" ".join(t.text for t in subject.subtree))


def moving_phrase(head, moving_verbs) -> bool:
    """Whether the verb phrase of `head` can move a figure: its verb is one of `moving_verbs` ("sank"), or it has a
    particle of direction ("went down", "blew up")."""
    return head.lemma_.lower() in moving_verbs or any(c.dep_ == "prt" and c.lower_ in ("down", "up") for c in head.children)
