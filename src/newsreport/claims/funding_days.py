"""The day a company's funding round was raised or announced, however the article tells it: "Loopra announced on
Monday that it had raised $450 million", "has raised $450 million in a new round, the company said on Tuesday",
"Xinlu closed a new funding round on Monday", "the round, announced on Tuesday". A company announces a round once,
so two days for it disagree. Read from the parse: the verb the day hangs on, the clause it tells, and that clause's
verb of raising with money or a round as its object; a round planned ("said it would raise", "is in talks to raise")
is no round raised."""

from __future__ import annotations

import re

from newsreport.claims.counted import COUNT_SCALES, CURRENCY_NOUNS, GLUED_SCALES
from newsreport.claims.modality import has_modal
from newsreport.claims.parsing import figure_tokens, parsed, span_root

FUNDING_EVENT = "funding_announced"  # its event type in config (metrics.yaml `events`)
TELLING = {"say", "announce", "confirm", "disclose", "reveal", "unveil", "tell"}
RAISING = {"raise", "close", "secure", "land", "complete", "bag", "net", "announce", "unveil"}
ROUND_NOUNS = {"round", "funding", "financing", "investment", "series"}
PLANNING = {"plan", "aim", "seek", "hope", "want", "talk", "expect", "look", "try"}  # "plans to raise": not raised


def funding_told(sentence: str, start: int, end: int) -> bool:
    """Whether the day at `[start, end)` of `sentence` is the day a funding round was raised or announced."""
    tokens = figure_tokens(parsed(sentence), start, end)
    if not tokens:
        return False
    verb = span_root(tokens).head
    verb = verb.head if verb.pos_ == "ADP" else verb  # "March 10" of "on March 10": the verb "on" hangs from
    if verb.lemma_.lower() in ROUND_NOUNS and verb.pos_ != "VERB":  # "closed a round on Tuesday" (the day on the round)
        if verb.head.pos_ != "VERB" or verb.head.i == verb.i:
            return verb.dep_ != "pobj"  # "Tuesday's funding round" (not "in a round led by ... on Monday")
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in ROUND_NOUNS:  # "the round, announced on Tuesday"
        return not has_modal(verb)
    told = [verb] if verb.lemma_.lower() in RAISING else []
    if verb.lemma_.lower() in TELLING:  # "said on Monday that it had raised", "raised ..., the company said Tuesday"
        told += [c for c in verb.children if c.dep_ in ("ccomp", "parataxis")]
        told += [verb.head] if verb.dep_ in ("ccomp", "parataxis") and verb.head.i != verb.i else []
    return any(raised(t) for t in told)


def raised(verb) -> bool:
    """Whether `verb` tells money or a round raised ("raised $600 million", "closed a new funding round"), as done."""
    if verb.lemma_.lower() not in RAISING or has_modal(verb) or verb.head.lemma_.lower() in PLANNING:
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    # money raised from investors, not donations ("the telethon raised €5 million", "raised €42,000 with a walk")
    invested = INVESTED.search(verb.sent.text)
    return any(c.lemma_.lower() in ROUND_NOUNS or money(c) and invested for c in objects)


INVESTED = re.compile(r"\b(?:investors?|backers?|round|funding|financing|equity|valu(?:ation|ed|ing)|led by|series [a-h]|"
                      r"venture|capital|stake)\b", re.I)


def money(noun) -> bool:
    """Whether `noun` is itself an amount of money ("$600 million", "$140m", "600 million yuan"), not a thing it
    prices ("its $2.4-billion takeover") nor a price or fee raised."""
    dollars = any(t.tag_ == "$" for t in noun.subtree)
    currency = noun.lower_ in CURRENCY_NOUNS or f"{noun.lemma_.lower()}s" in CURRENCY_NOUNS  # "600 million yuan"
    return noun.tag_ == "$" or dollars and (noun.like_num or noun.lower_ in COUNT_SCALES | GLUED_SCALES | {"trillion"}) \
        or currency and any(t.like_num for t in noun.subtree)
