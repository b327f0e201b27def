"""Date phrases in a figure's parse: which tokens are dates, the date phrases hanging from a token
(not from another clause), a dateline opening the sentence, and a phrase's character span."""

from __future__ import annotations

import re

from newsreport.claims.rates import RATE_WORDS, typical_unit

CLAUSE_DEPS = {"relcl", "acl", "advcl", "ccomp", "parataxis"}  # a new clause starts below these
SUBJECT_DEPS = {"nsubj", "nsubjpass"}


def is_date_like(token) -> bool:
    """A token of a date phrase ("March 2025", "Monday", "2024"), not a rate word ("monthly users", "a typical month")."""
    if token.lower_ in RATE_WORDS or typical_unit(token):  # "in a typical month": a window, no date
        return False
    return token.ent_type_ in ("DATE", "TIME") or bool(re.fullmatch(r"(?:19|20)\d{2}", token.text))


def ancestors_below(token, top) -> list:
    """The heads between `token` and `top` (not `top`, nor the heads above it): a date inside a clause
    below `top` is that clause's; a clause `top` itself stands in does not matter."""
    found = []
    for ancestor in token.ancestors:
        if ancestor.i == top.i:
            break
        found.append(ancestor)
    return found


def attached_dates(token, stop: set[int]) -> list:
    """Date tokens in prepositional or adverbial phrases hanging from `token` (not from another
    clause), skipping the figure's own tokens `stop`."""
    found = []
    for child in token.children:
        if child.dep_ == "acl" and child.tag_ == "VBN" and token.pos_ == "NOUN" and child.i not in stop \
                and any(token.doc[i].ent_type_ == "MONEY" for i in stop):
            found += attached_dates(child, stop)  # "a $12 million round led by Tagus last year": the amount is of the
            continue  # dated deal ("The 1.4-km bridge, built in 1968": a size holds on)
        if child.i in stop or child.dep_ in CLAUSE_DEPS or child.dep_ in SUBJECT_DEPS | {"dobj", "attr"}:
            continue
        if child.dep_ in ("prep", "npadvmod", "advmod", "pobj", "tmod", "obl", "nmod", "compound", "amod",
                          "appos", "nummod"):
            dates = [t for t in child.subtree if is_date_like(t) and t.i not in stop
                     and not any(a.dep_ in CLAUSE_DEPS and not window_end(a) for a in ancestors_below(t, token))]
            if dates and not earlier_level(child, stop):
                found.append((child, dates))
    return found


# events a year before them dates: "A 2024 breach exposed the records of 1.2 million patients"
DATED_EVENTS = {"breach", "hack", "attack", "outage", "blackout", "strike", "walkout", "crash", "recall", "flood",
                "fire", "wildfire", "storm", "quake", "earthquake", "spill", "leak", "collapse", "explosion", "lockdown"}


def opening_dates(verb, stop: set[int]) -> list[tuple[int, int]]:
    """Spans of the dates that open a coordination before a verb joined to it ("In 2024, floods killed 183
    people and displaced more than 600,000": 2024 dates the displaced too), or the date before an event that is its
    subject ("A 2024 breach exposed the records of 1.2 million patients", "The strike in 2019 lasted four days"); []
    when `verb` is no such verb."""
    events = [s for s in verb.children if s.dep_ == "nsubj" and s.lemma_.lower() in DATED_EVENTS]
    event_dates = [(t.idx, t.idx + len(t)) for s in events for t in s.children
                   if t.dep_ in ("compound", "amod", "nummod", "nmod") and t.ent_type_ == "DATE" and t.i not in stop]
    event_dates += [date_phrase_span(child, dates) for s in events for child, dates in attached_dates(s, stop)
                    if child.dep_ in ("prep", "appos")]  # "Its previous strike, in 2019, lasted four days"
    if event_dates:
        return event_dates
    head = verb.head
    if verb.dep_ != "conj" or head.pos_ not in ("VERB", "AUX") or head.i >= verb.i:
        return []
    return [span for child, dates in attached_dates(head, stop) if not is_dateline(child, dates)
            and (span := date_phrase_span(child, dates))[0] < head.idx]


SPAN_NOUNS = {"week", "month", "year", "quarter", "day", "period", "fortnight", "weekend"}


def window_end(clause) -> bool:
    """"the week ending July 5", "the quarter ended March 31": the day a span of time ends is that span's
    date, though the parser hangs it in a clause of its own."""
    return clause.dep_ == "acl" and clause.lemma_.lower() == "end" and clause.head.lemma_.lower() in SPAN_NOUNS


def earlier_level(phrase, stop: set[int]) -> bool:
    """Whether `phrase` compares with another value ("up from 60 million last year", "more than 2
    million a year earlier"): a date inside it dates that value, not the figure (`stop`)."""
    tokens = list(phrase.subtree)
    other = any(t.i not in stop and not is_date_like(t) and (t.like_num or t.ent_type_ in ("MONEY", "PERCENT", "QUANTITY"))
                and t.pos_ == "NUM" for t in tokens)
    return other and any(t.lower_ in ("from", "than", "compared", "versus", "against") for t in tokens)


def is_dateline(child, dates) -> bool:
    """'May 20, 2025 - ...' opening the sentence: the article's dateline, not the figure's period."""
    first = min(t.i for t in dates)
    last = max(t.i for t in dates)
    doc = child.doc
    return first <= 1 and last + 1 < len(doc) and any(doc[j].text in ("-", "–", "—") for j in range(last, min(last + 3, len(doc))))


def date_phrase_span(child, dates) -> tuple[int, int]:
    first, last = min(t.i for t in dates), max(t.i for t in dates)
    span = child.doc[first:last + 1]
    return span.start_char, span.end_char


def when_word(verb):
    """The "when" that opens the clause of `verb`, or None."""
    return next((c for c in verb.children if c.lower_ == "when"), None)


def when_date(verb):
    """The date a clause of `verb` is a "when" clause of ("on Friday, when Loopa lost $2 billion"; "in May, when it
    recalled 8,000 cars", however the parser hangs it), also through a verb of saying that clause opens ("in May, when
    it said it knew of 8 cases": May's 8); None for none."""
    if verb.dep_ == "ccomp" and verb.head.dep_ in ("relcl", "advcl") and when_word(verb.head) is not None:
        verb = verb.head
    if verb.dep_ == "relcl" and is_date_like(verb.head):
        return verb.head
    opener = when_word(verb) if verb.dep_ == "advcl" else None
    day = verb.doc[opener.i - 2] if opener is not None and opener.i >= 2 and verb.doc[opener.i - 1].text == "," else None
    return day if day is not None and is_date_like(day) and day.i in {t.i for t in verb.head.subtree} else None
