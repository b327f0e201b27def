"""Where a dated event happened: the places its clause names ("launched in Germany", "No. 1 on the US
App Store"), and for a store's chart the country written at the store ("Apple's UK App Store", "Google
Play in Japan"), not places describing the app ("Shanghai-based", "popular in China")."""

from __future__ import annotations

import re

STORE_NAMES = [(re.compile(r"\bGoogle(?:'s|’s)?\s+Play\b|\bPlay\s+Store\b", re.I), "Google Play"),  # "Google's Play Store"
               (re.compile(r"\b(?:Apple(?:'s|’s)?\s+)?(?:US\s+|U\.S\.\s+)?App\s*Store\b|\bApple\s+Store\b"
                           r"|\bApple\s?(?:'s|’s)?\s+(?:\S+\s+){0,2}(?:charts?|store)\b"  # "No. 1 on Apple's US chart", "Apple's US store"
                           r"|\biPhone\s+apps?\b|\bon\s+(?:the\s+)?iPhones?\b", re.I),  # "among free iPhone apps", "on iPhones"
                "the App Store")]


# the people or the shops of a market: "available to German users", "available in American stores"
MARKET_NOUNS = {"users", "customers", "shoppers", "subscribers", "players", "consumers", "viewers", "audiences",
                "stores", "shops", "retailers", "shelves", "cinemas", "theaters", "theatres"}
STORE_REACH = 16  # characters around a store's name in which its country is written ("on Google Play in the US")


def clause_places(sentence: str, span: tuple[int, int], near: int | None = None) -> list[str]:
    """Places named in the clause at `span` of `sentence` ("in Japan", "the US App Store"); of two
    stores in it, the one nearest `near` (the event's words): "reached No. 1 on Apple's US chart on
    Wednesday and topped the British App Store on Friday" names one chart for each day."""
    from newsreport.claims.figure_scope import PLACE_ABBREVIATION
    from newsreport.claims.parsing import parsed

    doc = parsed(sentence)
    stores = [m for pattern, _ in STORE_NAMES for m in pattern.finditer(sentence) if span[0] <= m.start() < span[1]]
    store = min(stores, key=lambda m: (0 if near is None else min(abs(m.start() - near), abs(m.end() - near)),
                                       m.start())) if stores else None
    if store is not None:  # a chart's country is written at its store ("Apple's UK App Store", "Google Play in Japan"),
        span = (max(span[0], store.start() - STORE_REACH), min(span[1], store.end() + STORE_REACH))  # not "Shanghai-based"
    quiet = source_tokens(doc)  # "according to Appmetric", "Seoul-based Hanul": who says it or a company's home
    found = [e.text for e in doc.ents if e.label_ in ("GPE", "LOC") and span[0] <= e.start_char < span[1]
             and not any(t.i in quiet for t in e)]
    # "became available to German users": the market's country, when no place is named; "the British App Store"
    found = found or [t.text for t in doc if span[0] <= t.idx < span[1] and t.ent_type_ == "NORP" and t.dep_ == "amod"
                      and t.head.lower_ in MARKET_NOUNS] or ([t.text for t in doc if t.ent_type_ == "NORP"
                      and store.start() - STORE_REACH <= t.idx < store.start()] if store is not None else [])
    return list(dict.fromkeys(found + [t.text for t in doc if span[0] <= t.idx < span[1] and PLACE_ABBREVIATION.match(t.text)
                                       and t.i not in quiet]))


REPORTING_VERBS = {"say", "estimate", "report", "put", "peg", "count", "calculate", "reckon", "tally", "track",
                   "value", "forecast", "project", "show", "find"}
SOURCE_PREPS = {"according", "citing", "per"}
# who acts, decides or counts: their place is where they sit ("a court in Brussels", "officials in Ridley")
AGENT_NOUNS = {"court", "judge", "jury", "tribunal", "regulator", "watchdog", "official", "authority", "ministry",
               "government", "police", "prosecutor", "analyst", "researcher", "economist", "agency", "commission"}


AGENT_PLACE = re.compile(r"\b(?i:analysts?|researchers?|economists?|officials?|regulators?|judges?|courts?|tribunals?)\s+"
                         r"(?:at|in|from|of)\s+(?:the\s+)?([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)")


def source_tokens(doc) -> set[int]:
    """Tokens that name who states a figure or where a company is based, not where the figure applies:
    an "according to ..." or "citing ..." phrase, the subject of a verb of saying or estimating with
    its phrases ("Analysts at Brixton put ...", "Appmetric in London said"), a subject that acts or decides
    ("A court in Brussels fined ...", "Officials in Ridley said ..."), and a place in a "-based"
    compound naming a company's home ("Seoul-based Hanul Commerce"; "US-based users" are where they are).
    Not a relative clause on a speaker: it states figures of its own."""
    from newsreport.claims.figure_scope import PEOPLE_COUNTED

    quiet: set[int] = set()
    for token in doc:
        if token.dep_ == "prep" and token.lower_ in SOURCE_PREPS:  # (not a relative clause on the source: "according
            # to Appmetric, which estimated that the app was downloaded 2.9 million times in the US": its own figure's place)
            quiet |= {t.i for t in token.subtree} - {t.i for s in token.subtree if s.dep_ == "relcl" for t in s.subtree}
        elif token.dep_ in ("nsubj", "nsubjpass") and token.head.lemma_ in REPORTING_VERBS \
                and (token.head.pos_ == "VERB" or token.head.dep_ == "ROOT") \
                and token.lower_ not in ("it", "they", "we", "i", "he", "she"):  # (a verb the tagger took for a noun)
            # not a relative clause on the speaker: "The company, which has 9 million customers in Europe, said"
            told = {t.i for c in token.children if c.dep_ == "relcl" for t in c.subtree}
            quiet |= {t.i for t in token.subtree} - told
            quiet |= {t.i for c in token.head.children if c.dep_ == "compound" and token.i < c.i < token.head.i
                      for t in c.subtree}  # "Analysts at Brixton estimate", parsed with Brixton on the verb
        elif token.dep_ in ("nsubj", "nsubjpass", "agent") and token.lemma_.lower() in AGENT_NOUNS:
            quiet |= {t.i for t in token.subtree}  # "A court in Brussels fined Orbix": the court's seat, not the fine's scope
        elif token.lower_.endswith("based") and (token.head.pos_ == "PROPN" or token.head.pos_ == "NOUN"
                                                   and token.head.lemma_.lower() not in PEOPLE_COUNTED):
            quiet |= {t.i for t in token.subtree}  # "the Shanghai-based company"; not "US-based users"
    for match in AGENT_PLACE.finditer(doc.text):  # "Analysts at Brixton estimate ...", however it is parsed
        quiet |= {t.i for t in doc if match.start(1) <= t.idx < match.end(1)}
    return quiet
