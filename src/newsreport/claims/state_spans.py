"""Days that bound a state rather than date an event word: "was unavailable from May 8 until May
10", "stayed off work from Tuesday until Thursday", "has been banned in Esmer since Oct. 15". The
day after "from" or "since" is the day of the event that started the state (the service went down,
the strike began, the ban took effect), the day after "until" (or "to" after a "from") the day of the
event that ended it. Which states exist, and which events start and end them, is config
(`event_states` in `config/metrics.yaml`)."""

from __future__ import annotations

import re

from newsreport.claims.vocabulary import Vocabulary

# the words right before a day that make it a bound ("from late Friday", "since Oct. 15", "until the 10th")
START_BOUND = re.compile(r"\b(?:from|since)\s+(?:(?:early|late|mid|the)\s+)?$", re.I)
END_BOUND = re.compile(r"\b(?:until|till|through|to)\s+(?:(?:early|late|mid|the)\s+)?$", re.I)
STATE_WINDOW = 80  # characters before the bound in which the state is named ("stayed off work from ...")


def state_bound(sentence: str, start: int, vocabulary: Vocabulary):
    """The event rule whose day the date starting at `start` of `sentence` is, when that date bounds a
    configured state ("unavailable from May 8": the service shut down; "until May 10": restored);
    None when it bounds none."""
    lead = re.match(r"(?:from|since|until|till)\s+", sentence[start:], re.I)  # a date quoted with its bound: "since Thursday"
    before = sentence[:start] + (lead.group(0) if lead else "")
    bound = START_BOUND.search(before)
    starts = bound is not None
    if bound is None:
        bound = END_BOUND.search(before)
        if bound is None:
            return None
        # "to" and "through" end a span only after a "from" ("on strike from June 2 to June 5"),
        # never alone ("postponed to Jan. 17")
        if bound.group(0).split()[0].lower() in ("to", "through") \
                and not re.search(r"\bfrom\b", before[max(0, bound.start() - STATE_WINDOW):bound.start()], re.I):
            return None
    head = before[max(0, bound.start() - STATE_WINDOW):bound.start()]
    head = re.split(r"[;:]|\b(?:and|but|while|after|before|when)\b", head)[-1]  # the state of the bound's own clause
    for words, starting, ending in vocabulary.states:
        if words.search(head):
            name = starting if starts else ending
            return vocabulary.event(name) if name else None
    return None
