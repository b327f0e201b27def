"""Whose an event is when the actor is an institution the clause names by a title or a common noun:
a central bank's rate decision is its country's ("the Bank of Ostra cut its rate", "the central bank's
decision to cut its rate" in an article on Ostra); a witness telling lawmakers speaks for the company
they lead ("Lumo's chief executive told senators"); a company's operation ("the exchange froze
withdrawals") is the company's, never a person's named near it."""

from __future__ import annotations

import re

RATE_EVENTS = ("rate_cut", "rate_rise", "rate_hold")
# events no company acts in: a person's own, or keyed by what was launched or the rule itself ("Lidd's order takes effect")
PERSONS_EVENTS = ("inauguration", "launch", "law_signed", "law_passed", "law_takes_effect", "show_played")
PLACE = r"([A-Z][\w-]*(?: [A-Z][\w-]*){0,2})"
# "the Bank of Ostra", "the Reserve Bank of Kestoria", "Ostra's central bank" (an adjective, "the Ostran central bank", is not read)
BANK_OF = re.compile(rf"\b(?:(?:Reserve|Central|National|People['’]s|State) )?Bank of (?:the )?{PLACE}")
CENTRAL_BANK_OF = re.compile(rf"\b{PLACE}(?:['’]s?)? (?:central bank|monetary authority|reserve bank)\b")  # "the US central bank"
# central banks named for no country (a currency union's, or the US's by its own name)
NAMED_BANKS = re.compile(r"\b(?:Federal Reserve|European Central Bank|ECB|Fed)\b")
CENTRAL_BANK_WORDS = re.compile(r"\b(?:central bank|monetary authority|reserve bank|policymakers)\b", re.I)
# "the bank" or "it" is the central bank only when one was named just before (a lender is "the bank" too)
UNNAMED_BANK = re.compile(r"\b(?:the|its|a) (?:central bank|monetary authority|reserve bank|bank)\b|\b(?:it|policymakers)\b", re.I)


def named_rate_setter(text: str, places: set[str]) -> str:
    """The country of the central bank `text` names ("the Bank of Ostra", "Ostra's central bank": Ostra;
    "Bank of" a name that is no place is a lender), or a central bank named for no country; '' for none."""
    for pattern in (BANK_OF, CENTRAL_BANK_OF):
        for match in pattern.finditer(text):
            words = match.group(1).split()  # "The US central bank": the place may follow a capital that is none
            found = next((" ".join(words[i:]) for i in range(len(words)) if " ".join(words[i:]) in places), "")
            if found:
                return found
    named = NAMED_BANKS.search(text)
    return {"Fed": "Federal Reserve", "ECB": "European Central Bank"}.get(named.group(0), named.group(0)) if named else ""


def rate_setter(document, position: int, clause: str, places: set[str]) -> str:
    """Whose rate decision the clause `clause` of sentence `position` tells: the central bank it names, else
    ("the central bank") the one place the sentence names, else ("the bank", "it") the central bank the two
    sentences before name; '' when none is found (a lender cutting its rates is no central bank)."""
    sentence = document.sentences[position].text
    found = named_rate_setter(clause, places) or named_rate_setter(sentence, places)
    if found or not UNNAMED_BANK.search(clause):
        return found
    written = {p for p in places if re.search(rf"\b(?:in|of) {re.escape(p)}\b(?!['’])", sentence)}
    if len(written) == 1 and CENTRAL_BANK_WORDS.search(clause):
        return written.pop()
    for earlier in reversed(document.sentences[max(0, position - 2):position]):
        found = named_rate_setter(earlier.text, places)
        if found:
            return found
    return ""


# a person's title naming what they lead: "Lumo's chief executive", "the head of Lumo", "Lumo founder"
ROLE = r"(?:chief executive(?: officer)?|CEO|chief|head|boss|founder|co-founder|chair(?:man|woman)?|president|director)"
ORG = r"([A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,2})"
LEADS = (re.compile(rf"\b{ORG}['’]s (?:\w+ )?{ROLE}\b"), re.compile(rf"\b{ROLE} (?:of|at) (?:the )?{ORG}"),
         re.compile(rf"\b{ORG} {ROLE}\b"))
# what an article calls the company it is about, in a common noun: "the exchange froze withdrawals"
COMPANY_NOUNS = {"company", "firm", "exchange", "airline", "carrier", "bank", "lender", "app", "platform", "group",
                 "startup", "insurer", "retailer", "operator", "developer", "maker", "miner", "network", "service"}


# nouns that introduce a company's or a product's name, never a person's: "payments app Tallo", "Tallo, the lender"
# (not "developer", "maker" or "miner", which also name people: "game developer Ana Ruiz")
THING_NOUNS = "(?:" + "|".join(sorted(COMPANY_NOUNS - {"developer", "maker", "miner", "group"} | {
    "start-up", "fintech", "marketplace", "brand", "studio", "website", "chain"})) + ")"


def introduced_as_thing(name: str, text: str) -> bool:
    """Whether `text` introduces `name` with a company's or a product's noun ("payments app Tallo", "Tallo, a
    fast-growing lender"), so a tagger reading it as a person's name is wrong."""
    escaped = re.escape(name)
    return bool(re.search(rf"\b{THING_NOUNS}\s+{escaped}\b|\b{escaped},\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}"
                          rf"{THING_NOUNS}\b", text, re.I))


def is_person(entity: str, document, position: int) -> bool:
    """Whether `entity` is a person the sentence `position` of `document` or the four before tag as one, or write
    with an age ("Mara Lind, 41,")."""
    from newsreport.claims.keys import AGED_NAME
    from newsreport.claims.parsing import parsed

    if not entity or introduced_as_thing(entity, f"{document.title or ''}\n{document.text}"):
        return False  # (an empty name is in every tagged name)
    earlier = " ".join(s.text for s in document.sentences[max(0, position - 4):position + 1])
    return any(entity in name.split() or entity == name for name in AGED_NAME.findall(earlier)) or any(e.label_ == "PERSON" and entity in e.text for s in document.sentences[max(0, position - 4):position + 1]
                                for e in parsed(s.text).ents)


def led_by(document, position: int, names: frozenset) -> str:
    """The organization a person's title names in sentence `position` or the two before ("Lumo's chief
    executive, Ana Ruiz, told senators"), the nearest first; '' for none."""
    for sentence in reversed(document.sentences[max(0, position - 2):position + 1]):
        for pattern in LEADS:
            found = [m.group(1) for m in pattern.finditer(sentence.text) if m.group(1).split()[0] in names]
            if found:
                return found[-1]
    return ""


def acting_subject(sentence: str, words: tuple[int, int]) -> str:
    """The subject of the verb inside the event words at `words` of `sentence` when it is a company's common
    noun ("the exchange froze withdrawals"): that noun; '' otherwise."""
    from newsreport.claims.parsing import parsed

    for token in parsed(sentence):
        if words[0] <= token.idx < words[1] and token.pos_ == "VERB":
            subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and subject.lemma_.lower() in COMPANY_NOUNS:
                return subject.text
    return ""


def event_words(rule, sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of `rule`'s words nearest the date at `[start, end)` of `sentence`, not overlapping it."""
    from newsreport.claims.vocabulary import span_gap

    spans = [m.span() for p in rule.patterns for m in p.finditer(sentence) if not (m.start() < end and start < m.end())]
    return min(spans, key=lambda s: span_gap(start, end, *s)) if spans else None


def acting_body(rule, entity: str, document, position: int, start: int, end: int, names: frozenset, vocabulary) -> str:
    """The company or institution acting in an event a person was read as owning: the company a common noun
    of its words names ("On 11 October, the day the exchange froze withdrawals, he ...": the exchange), else
    the organization the person leads ("Lumo's chief executive, Ana Ruiz, appeared before the committee");
    `entity` when it is no person or neither is found. A person's own event (`PERSONS_EVENTS`) stays theirs,
    a surname written as the one full name the article gives it."""
    from newsreport.claims.keys import canonical_entity, main_entity, sentence_subject
    from newsreport.claims.people import named_in_full

    if rule.name in PERSONS_EVENTS:  # "Vey played in Lyon" in an article naming Marisol Vey: hers, in full
        return (len(entity.split()) == 1 and named_in_full(entity, document.text)) or entity
    if not is_person(entity, document, position):
        return entity
    sentence = document.sentences[position].text
    words = event_words(rule, sentence, start, end)
    if words and acting_subject(sentence, words):  # the company named before, else the article's (never a person)
        for earlier in reversed(document.sentences[max(0, position - 4):position]):
            found = sentence_subject(earlier.text, names, skip_people=True)
            if found and not is_person(found, document, position):
                return canonical_entity(found, vocabulary)
        found = main_entity(document, vocabulary)
        return found if found and not is_person(found, document, position) else entity
    return led_by(document, position, names) or entity


def tagged_places(sentence: str) -> set[str]:
    """The names the tagger reads as places in `sentence` ("users in India")."""
    from newsreport.claims.parsing import parsed

    return {e.text for e in parsed(sentence).ents if e.label_ in ("GPE", "LOC")}


def cited_names(sentence: str, vocabulary) -> set[str]:
    """The names `sentence` cites as its sources ("according to Sensorly", "Appmetric said"): no actor of its events."""
    from newsreport.claims.keys import CITATION, canonical_entity

    return {canonical_entity(m.group(1).rstrip("."), vocabulary) for p in CITATION[:3] for m in p.finditer(sentence)}


def only_cited(name: str, text: str) -> bool:
    """Whether `text` writes `name` only as a source ("according to Sensorly"), never as an actor."""
    cited = len(re.findall(rf"\b(?:according to|citing|data from|figures from)\s+(?:the\s+)?{re.escape(name)}\b", text))
    return cited == len(re.findall(rf"\b{re.escape(name)}\b", text))


# what the article calls a firm that measures others: a source of figures, never the actor of their events
SOURCE_NOUNS = r"(?:tracker|analytics (?:firm|company|group)|research (?:firm|company|group)|data (?:firm|company|provider)|" \
               r"market researcher|pollster|consultancy|analyst|analysts|rating agency|monitoring (?:group|service))"


def described_as_source(name: str, text: str) -> bool:
    """Whether `text` writes `name` in apposition as a firm that measures others ("Sensorly, the download tracker,",
    "Sensorly, a market-data analytics firm,")."""
    return bool(name) and re.search(rf"\b{re.escape(name)},\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,3}}?{SOURCE_NOUNS}\b",
                                    text) is not None


def actor_not_source(found: str, document, position: int, vocabulary) -> str:
    """`found` (what "the app" of sentence `position` was resolved to), unless the article describes it as a firm
    that measures others ("Appmetric, the download tracker, counted 2 million downloads. The app reached No. 1"):
    then the named subject of an earlier sentence that is no such firm, else the article's main actor."""
    from newsreport.claims.keys import canonical_entity, main_entity, sentence_subject
    from newsreport.claims.names import article_text, document_names

    if not described_as_source(found, document.text):
        return found
    names = document_names(article_text(document))
    for earlier in reversed(document.sentences[max(0, position - 4):position]):
        subject = canonical_entity(sentence_subject(earlier.text, names, skip_people=True), vocabulary)
        if subject and not described_as_source(subject, document.text):
            return subject
    main = main_entity(document, vocabulary)
    return "" if described_as_source(main, document.text) else main


# words right before a decision's own words that make it one expected or planned ("is expected to cut", "could raise")
PLANNED = re.compile(r"(?:\b(?:expected|likely|set|poised|due|tipped|predicted|forecast|seen|plans?|planning|aims?|intends?|"
                     r"ready|prepared|hopes?) to|\b(?:could|may|might|would|will|should|shall|can)|\bexpect\w*\b[^.;]{0,40}?\bto)"
                     r"\s+(?:\w+\s+)?$", re.I)


def planned(rule, reading, sentence: str, start: int, end: int) -> bool:
    """Whether the decision `rule` names for the date at `[start, end)` is one expected or planned ("is expected to
    cut its rate on 5 March"), not one made: its words follow a modal or a verb of expecting, or the clause is modal and
    its verb no past tense ("will earn more after the bank lifted its rate on 7 October" tells a decision made)."""
    from newsreport.claims.parsing import parsed

    words = event_words(rule, sentence, start, end)
    if words and PLANNED.search(sentence[max(0, words[0] - 50):words[0]]):
        return True
    if not reading.modal:
        return False
    verb = next((t for t in parsed(sentence) if words and words[0] <= t.idx < words[1] and t.pos_ in ("VERB", "AUX")), None)
    return verb is None or verb.tag_ != "VBD"


PERSON = r"([A-Z][a-z]+(?: [A-Z][a-z]+)?)"
# a person written with the organization they lead: "Vexa chief executive Lin Hao", "Voxly's chief executive, Elias
# Brandt", "Dana Holt, the head of Brisko", "the chief executive of Meridell, Paul Aster"
LEADER = (re.compile(rf"\b{ORG}(?:['’]s)? (?:\w+ )?{ROLE},? {PERSON}\b"),
          re.compile(rf"\b{PERSON}, (?:the |its )?(?:\w+ )?{ROLE} (?:of|at) (?:the )?{ORG}"),
          re.compile(rf"\b{ROLE} of (?:the )?{ORG},? {PERSON}\b"))
WITNESS_EVENTS = ("hearing",)


def witness_companies(records: list[dict], texts: dict[str, str]) -> None:
    """A hearing owned by a person ("Lin told lawmakers ...") is the company another article of the corpus writes
    that person leads ("Vexa chief executive Lin Hao"), by full name or either of its words (the family name may come
    first), when only one company is written for it."""
    leads: dict[str, set[str]] = {}
    for text in texts.values():
        for number, pattern in enumerate(LEADER):
            for match in pattern.finditer(text):
                org, person = (match.group(2), match.group(1)) if number == 1 else (match.group(1), match.group(2))
                org = re.sub(r"^(?:The|A|An)\s+", "", org)
                for name in [person] + person.split():  # the family name may come first ("Lin Hao", "Lin")
                    leads.setdefault(name, set()).add(org)
    for record in records:
        if record["kind"] == "date" and record["metric"].split(":")[0] in WITNESS_EVENTS \
                and len(leads.get(record["entity"], ())) == 1 and record["entity"] not in leads[record["entity"]]:
            record["entity"] = next(iter(leads[record["entity"]]))


def sole_possessor(sentence: str, span: tuple[int, int], names: frozenset) -> str:
    """The one name written before the clause at `span` of `sentence` that an "its" of that clause points back to
    ("stolen from Marsby Borough Council in an attack that took its computer systems offline on Sunday");
    '' when the clause has no "its" or the sentence names no one, or several, before it (whose would be a guess)."""
    from newsreport.claims.names import is_name, name_of
    from newsreport.claims.parsing import parsed

    doc = parsed(sentence)
    its = [t for t in doc if span[0] <= t.idx < span[1] and t.lower_ == "its" and t.dep_ == "poss"]
    if not its:
        return ""
    before = {name_of(t)[0] for t in doc if t.idx < its[0].idx and is_name(t, names) and t.dep_ != "compound"
              and t.ent_type_ not in ("GPE", "LOC", "NORP", "DATE", "TIME")}
    return next(iter(before)) if len(before) == 1 else ""


# verbs whose subject had an event happen to it: "Hollin Bank had an outage that began on Tuesday"
UNDERGOING_VERBS = {"suffer", "have", "experience", "face", "endure", "see", "report", "hit", "announce", "stage", "hold"}


def undergoer(sentence: str, span: tuple[int, int], names: frozenset) -> str:
    """The name that had the event a relative clause at `span` dates: the subject of the verb the event's noun is
    the object of ("Hollin Bank, the lender, suffered an outage that began on Tuesday": Hollin Bank); ''
    when the clause is no such relative clause or that subject is no name."""
    from newsreport.claims.names import is_name, name_of
    from newsreport.claims.parsing import parsed

    for token in parsed(sentence):
        noun, verb = token.head, token.head.head
        if span[0] <= token.idx < span[1] and token.dep_ == "relcl" and noun.dep_ == "dobj" \
                and verb.lemma_.lower() in UNDERGOING_VERBS:
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is not None and is_name(subject, names) and subject.ent_type_ not in ("GPE", "LOC", "NORP"):
                return name_of(subject)[0]
    return ""


# verbs whose subject takes part in or watches an event someone else holds: not whose event it is
ATTENDING_VERBS = {"attend", "watch", "witness", "skip", "boycott", "miss", "cover"}


def attends(reading) -> bool:
    """Whether the subject read as an event's owner only attends it ("Vos plans to attend the inauguration", "Ode
    said she would attend his inauguration")."""
    return reading.entity_basis in ("subject", "reporting subject") and reading.verb in ATTENDING_VERBS


def attended_owner(sentence: str, at: int) -> str:
    """Whose event the subject of an attending verb attends: the name owning the verb's object (of the objects it
    joins with "and", the one the day at offset `at` hangs on): "Vos will attend Mayor Hal Brandt's inauguration on
    Friday" is Hal Brandt's; '' when no name owns it ("attend ... his inauguration": the subject's, or another's)."""
    from newsreport.claims.names import name_of
    from newsreport.claims.parsing import parsed

    doc = parsed(sentence)
    verb = next((t for t in doc if t.lemma_.lower() in ATTENDING_VERBS and t.pos_ == "VERB"), None)
    objects = [c for c in verb.children if c.dep_ == "dobj"] if verb is not None else []
    objects += [c for o in objects for c in o.subtree if c.dep_ == "conj" and c.head in objects]
    held = next((o for o in objects if any(t.idx <= at < t.idx + len(t) for t in o.subtree)), objects[-1] if objects else None)
    owner = next((c for c in held.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None) if held is not None else None
    return name_of(owner)[0] if owner is not None else ""
