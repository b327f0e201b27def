"""What a duration lasted: the subject of the verb that says how long something went on. In "the outage lasted
about four hours", "a strike lasting 12 days", "a contest that ran to fourteen minutes" and "his contract runs for
five years" the figure measures its verb's subject (the outage, the strike, the contest, the contract), though its
own phrase names only the unit. Read from the parse, through a verb joined by "and" to the one with the subject ("the
disruption began at 7am and lasted four hours") and through a relative pronoun to the noun it stands for."""

from __future__ import annotations

import re

from newsreport.claims.parsing import figure_tokens, parsed, span_root

# verbs saying how long their subject went on; "run", "go" and the like only with "for" or "to" ("ran to 14 minutes")
LAST_VERBS = {"last", "endure"}
RUN_VERBS = {"run", "continue", "go", "stretch", "drag", "extend"}
RUN_PREPS = {"for", "to"}
RELATIVES = {"which", "that", "who"}
NOUNS = ("NOUN",)


def lasting(sentence: str, rel_start: int, rel_end: int) -> str:
    """The words (lemmas, with the nouns compounded before it) of the subject whose length the duration at
    `[rel_start, rel_end)` of `sentence` gives ("the bidding battle that lasted 14 minutes" -> 'bidding battle'),
    '' when no verb of lasting governs it or its subject is no common noun ("it lasted two hours")."""
    tokens = figure_tokens(parsed(sentence), rel_start, rel_end)
    if not tokens:
        return ""
    root = span_root(tokens)
    verb = root.head
    if root.dep_ == "pobj" and verb.lower_ in RUN_PREPS and verb.head.lemma_.lower() in RUN_VERBS | LAST_VERBS:
        verb = verb.head  # "ran to fourteen minutes", "runs for five years", "lasted for 12 days"
    elif not (root.dep_ in ("dobj", "npadvmod", "obj") and verb.lemma_.lower() in LAST_VERBS):
        return ""  # "worked for five years", "spent two hours": how long someone did something, not how long it lasted
    subject = subject_of(verb)
    if subject is None or subject.pos_ not in NOUNS:
        return ""
    before = [c for c in subject.lefts if c.dep_ == "compound" and c.is_alpha and c.pos_ in NOUNS]
    return " ".join(t.lemma_.lower() for t in before + [subject])


def subject_of(verb):
    """The noun `verb` says lasted: its subject; the noun a participle qualifies ("a strike lasting 12 days"); the
    noun a relative pronoun stands for ("an outage, which lasted", "the outage, which Zipcab says lasted"; when the
    parse hangs the clause on a date, the object of the verb above it); or the subject of the verb a second verb is
    joined to by "and" (when the parse breaks the sentence in two, the nearest verb before it with a subject)."""
    if verb.dep_ == "acl" and verb.head.pos_ in NOUNS:
        return verb.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    clause = verb if verb.dep_ == "relcl" else next((a for a in verb.ancestors if a.dep_ == "relcl"), None)
    if subject is not None and subject.lower_ in RELATIVES and clause is not None:  # "the outage, which X says lasted"
        head = clause.head
        if head.pos_ in NOUNS:
            return head
        above = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), None)  # "an outage in March, which"
        return next((c for c in above.children if c.dep_ == "dobj" and c.pos_ in NOUNS), None) if above is not None else None
    if subject is not None:
        return subject
    if verb.dep_ == "conj":  # "began at 7:42 a.m. and lasted four hours" (the parse may hang it on a word between)
        above = next((a for a in verb.ancestors if any(c.dep_ == "nsubj" for c in a.children)), None) or next(
            (t for t in reversed(verb.doc[:verb.i]) if t.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in t.children)), None)
        return next((c for c in above.children if c.dep_ == "nsubj"), None) if above is not None else None
    return None


# "was down for nearly 19 hours before it recovered": the parser hangs the hours on the clause after them, but "for"
# gives the length of what stands before it
FOR_BEFORE = re.compile(r"\bfor\s+(?:(?:about|around|roughly|nearly|almost|some|over|more than|less than|under|just|only)\s+)?$", re.I)
CLAUSE_AFTER = re.compile(r"^\s+(?:before|after|until|till)\b", re.I)


def lasted_before(sentence: str, rel_start: int, rel_end: int) -> str:
    """The words before "for" when a duration "for N hours" is followed by a clause of its end ("before it fully
    recovered", "until engineers restored it"): what lasted, in the clause the parse does not give it; else ''."""
    before = FOR_BEFORE.search(sentence[:rel_start])
    if before is None or not CLAUSE_AFTER.match(sentence[rel_end:]):
        return ""
    return re.split(r"[,;:]", sentence[:before.start()])[-1].strip()


def what_lasted(sentence: str, rel_start: int, rel_end: int) -> str:
    """The words that say what a duration measures, beyond its own clause: the subject of its verb of lasting
    (`lasting`) and the words before "for" when its end follows (`lasted_before`)."""
    return f"{lasting(sentence, rel_start, rel_end)} {lasted_before(sentence, rel_start, rel_end)}".strip()
