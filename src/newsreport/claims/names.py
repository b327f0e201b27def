"""Names in a parse: which words are names (a capitalized proper noun, not a word of a fixed foreign
phrase), the words that refer back to one ("it", "the app", "the outage"), and the owner a noun's
possessor or "of" phrase names ("Loopa's users", "the fortune of its founder, Ana Lima")."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

# At import, not in `document_names`: the claims step always needs spaCy, and a build imports the
# notebook's modules while the kernel waits for its turn (newsreport.kernels).
from spacy.lang.en.stop_words import STOP_WORDS  # "It", "The": never names
from newsreport.corpus.gazetteer import is_known_place
from newsreport.figures.units import CURRENCY_PREFIXES, alternation
from newsreport.claims.config_words import measure_word, people_word
from newsreport.claims.role_nouns import ROLE_NOUNS

OWNER_PREPS = {"for", "of", "on", "at", "by"}
INVESTED_NOUNS = {"investment", "stake", "round", "funding", "injection"}
# Nouns that stand for an entity already named ("the app", "the company") and pronouns.
ANAPHORIC_NOUNS = {"app", "platform", "company", "firm", "startup", "start-up", "giant", "service", "site", "network",
                   "group", "business", "retailer", "maker", "developer", "lab", "brand", "marketplace",
                   "chatbot", "model", "operator", "airline", "carrier", "bank", "lender", "insurer", "automaker",
                   "carmaker", "chipmaker", "manufacturer", "publisher", "studio", "broadcaster", "supplier",
                   "provider", "store", "chain", "conglomerate", "corporation", "website", "exchange", "club",
                   "game", "tool", "assistant", "product", "device", "software", "browser", "messenger", "streamer",
                   "party", "team"}  # a political party, a side named before ("the union" may follow the employer's name)
EVENT_NOUNS = {"outage", "shutdown", "blackout", "disruption", "strike", "walkout", "stoppage", "ban", "block", "suspension", "extension",
               "delay", "pause", "crash", "breach", "recall", "lockdown"}  # "the outage": the entity's, named before
PRONOUNS = {"it", "its", "they", "their", "them"}
# platforms a count is split by, like places: "25 million Android downloads" are downloads on Android, not Android's
PLATFORMS = {"Android", "iOS", "iPhone", "iPhones", "iPad", "Windows", "macOS", "Xbox", "PlayStation"}
ROUND_NAME = re.compile(r"(?:Series(?: [A-Z]\d?)?|Seed|Pre-seed)$")  # "a $200 million Series C investment": a round, nobody
BARE_ANAPHORS = {"service", "app", "platform", "site", "website"}  # "Service was restored": no article, still the one named
PERSONAL_PRONOUNS = {"he", "his", "him", "she", "her"}  # refer to a person, never to the app
# "we" in a quotation is the speaker's organization ("'We now have 2 million daily users,' the founder said");
# outside one it is the writer, whose figures these are not
QUOTED_PLURALS = {"we", "our", "us"}
QUOTATION_MARK = re.compile(r"[\"“”]")

def name_of(token) -> tuple[str, tuple[int, int]]:
    """A name with its compound and flat parts ("Apple App Store", "Little Red Book")."""
    inner = plural_possessor(token)  # "the Kenya Farmers' Federation": the possessor is part of the name
    heads = (token.i, inner.i) if inner is not None else (token.i,)
    parts = [t for t in token.subtree if t.i in heads or (t.dep_ in ("compound", "flat") and t.head.i in heads)
             or (t.dep_ == "compound" and t.head.dep_ == "compound" and t.head.head.i in heads)]
    common = [t.i for t in parts if t.i < token.i and t.pos_ == "NOUN" and not has_name_shape(t.text)
              and has_name_shape(token.text)]  # ("Ridley County health officials": a common noun's own modifiers)
    parts = [t for t in parts if t.pos_ in ("PROPN", "NOUN", "X") and has_name_shape(t.text)
             and not (common and t.i < common[-1]) or t.i == token.i]  # "rival app Pictor", "Photo editor Zappo": Pictor, Zappo
    dashes = [t.i for t in token.doc if t.text in ("-", "–", "—") and 0 < t.i < token.i and t.whitespace_
              and token.doc[t.i - 1].whitespace_]  # spaced: "Coca-Cola" is one name
    if dashes:  # "SAO PAULO - Yappa, which ...": a dateline before a dash is no part of the name
        parts = [t for t in parts if t.i > dashes[-1] or t.i == token.i]
    first, last = min(p.i for p in parts), max(p.i for p in parts)
    last = named_body_end(token.doc, first, last)
    model = token.doc[last + 1] if last + 1 < len(token.doc) else None
    if model is not None and model.dep_ == "nummod" and model.head.i == token.i and MODEL_NUMBER.match(model.text):
        last += 1  # "Halo 9", "iPhone 17", "Model 3": a product's number is part of its name (Halo 8 is another)
    span = token.doc[first:last + 1]
    return span.text, (span.start_char, span.end_char)


def plural_possessor(token):
    """The plural possessor written inside a body's name, with a bare apostrophe ("Transporters'" of "the Bharuch
    District Transporters' Association", "Teachers’" of "the National Teachers’ Union"), when the tagger spans both
    as one organization; None otherwise ("Apple's App Store" is Apple's store, not one name)."""
    for child in token.children:
        after = token.doc[child.i + 1] if child.i + 1 < len(token.doc) else None
        if child.dep_ == "poss" and child.i == token.i - 2 and after is not None and after.text in ("'", "’") \
                and child.text.endswith("s") and has_name_shape(child.text) and child.ent_type_ == token.ent_type_ == "ORG":
            return child
    return None


MODEL_NUMBER = re.compile(r"^(?!(?:19|20)\d\d$)\d{1,4}$")  # a model's number, not a year
NAME_LINKS = {"of", "for", "and", "&", "de", "du", "des", "la", "le"}  # "Bank of Canada", "Centers for Disease Control"


def named_body_end(doc, first: int, last: int) -> int:
    """The last token of a body's name that goes on past its head word with "of" or "for" ("the Bank of
    Canada", "the Centers for Disease Control and Prevention", "University of Michigan"), as the tagger's
    organization spans it; `last` otherwise. Cut at the head, two central banks would both be "Bank"."""
    entity = next((e for e in doc.ents if e.start <= first < e.end and e.label_ in ("ORG", "FAC")), None)
    if entity is None or entity.end - 1 <= last or doc[last + 1].lower_ not in NAME_LINKS:
        return last
    end = last
    for candidate in doc[last + 1:entity.end]:
        if candidate.lower_ in NAME_LINKS or has_name_shape(candidate.text) and candidate.pos_ in ("PROPN", "NOUN"):
            end = candidate.i
        else:
            break
    while end > last and doc[end].lower_ in NAME_LINKS:
        end -= 1
    return end


NAME_SHAPE = re.compile(r"[A-Z]|[^\x00-\x7f]")  # "Loopa", "iFood", "小红书"; never "de" of "de minimis"


def has_name_shape(text: str) -> bool:
    """Whether `text` is written like a name: a capital letter or a non-Latin script. The tagger
    marks words of a fixed foreign phrase ("de minimis", "ad hoc") as proper nouns; they own nothing. A unit
    ("Fahrenheit", "MWh") or an amount with its unit ("500MW", "1TB") is no name, whatever its capitals."""
    return bool(NAME_SHAPE.search(text)) and text not in UNIT_NAMES and not AMOUNT_WITH_UNIT.fullmatch(text)


SCOPE_OPENER = re.compile(r"^(?:Worldwide|Globally|Overall|Domestically|Internationally|Nationally|Nationwide|Abroad|Overseas)$")
UNIT_NAMES = {"Celsius", "Fahrenheit", "Centigrade", "Kelvin", "Richter",
              # units of power, energy and storage written as capitals: "$2,750/MWh", "the 1TB model"
              "kW", "MW", "GW", "kWh", "MWh", "GWh", "TWh", "KB", "MB", "GB", "TB", "PB",
              # currencies written as words or codes: "Rs 72,000 a month" names nobody
              "Rs", "Rs.", "INR", "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "Rmb", "AUD", "CAD", "CHF", "HK$"}
AMOUNT_WITH_UNIT = re.compile(r"\d+(?:\.\d+)?(?:k|M|G|T)?(?:W|Wh|B)")  # "500MW", "1TB": an amount, no name
# a grade of a rule or an alert is nobody's name: "Level 4 water restrictions", "Stage 2 load-shedding"
GRADE = re.compile(r"(?:Alert\s+)?(?:Level|Stage|Phase|Tier|Category|Grade)\s+\d+[A-Za-z]?")
# common nouns written in capitals ("the delivery app's IPO", "its CEO"): never a name, whose figure or whose story
COMMON_ACRONYMS = {"IPO", "IPOs", "FPO", "CEO", "CFO", "COO", "CTO", "GDP", "AGM", "ETF", "ETFs", "NGO", "NGOs", "QIB", "QIBs",
                   # things, not owners: "The peak TV audience was 4.1 million", "EV sales", "VAT receipts"
                   "TV", "TVs", "PC", "PCs", "EV", "EVs", "SUV", "SUVs", "ATM", "ATMs", "VAT", "GST", "CPI"}
VAGUE_AMOUNTS = {"millions", "thousands", "hundreds", "dozens", "tens", "billions", "scores", "crowds", "lots"}
# an amount the tagger reads as one word ("Sh150", "S$2,650", "N42", "R1,2") or a currency sign alone ("₱"):
# a figure, never whose figure it is
CURRENCY_FIGURE = re.compile(rf"(?:{alternation(CURRENCY_PREFIXES)})?\d[\d.,]*|(?:{alternation(CURRENCY_PREFIXES)})")
CALENDAR_WORD = re.compile(r"^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?$")


FUNCTION_TAGS = ("PRON", "DET", "ADP", "CCONJ", "SCONJ", "PART", "AUX")  # words that are never a name


def is_name(token, names: frozenset = frozenset()) -> bool:
    """A proper name: tagged so, recognized as one, or a capitalized word the document never writes
    in lower case (`names`; the tagger misses unknown names that open a sentence: "Loopa grew")."""
    if token.ent_type_ in ("DATE", "TIME") and CALENDAR_WORD.match(token.text):
        return False  # "for seven hours on Friday": a day is never whose figure it is
    if not has_name_shape(token.text) or token.lower_ in VAGUE_AMOUNTS:  # "Millions of Brisk fans": nobody's name
        return False
    if (token.i == 0 and token.text not in names or token.text.isupper()) and measure_word(token.lower_):
        return False  # "Turnout was 54%", "GDP expanded": a measure word the tagger may call a name
    if CURRENCY_FIGURE.fullmatch(token.text):
        return False  # "Sh150 a bag", "₱180 million": an amount, not an owner
    if token.text in UNIT_NAMES | COMMON_ACRONYMS:
        return False  # "45.2 degrees Celsius": a unit, never an owner; "the IPO": a thing, not a name
    if token.i == 0 and SCOPE_OPENER.match(token.text):
        return False  # "Worldwide, the film grossed ...", "Globally, sales rose": a scope, never an owner
    if token.i == 0 and token.tag_ == "NNS" and token.text not in names and people_word(token.lower_):
        return False  # "Shoppers placed 96 million orders", "Commuters across the region": config's noun for people
        # opening a sentence, which the recognizer may tag an organization ("Rovers sold ..." may be a club: not one)
    # (the tagger's organization spans take in "The" of "The Superintendency of ...": a determiner is no name)
    return (token.pos_ == "PROPN" or (token.ent_type_ in ("ORG", "PRODUCT", "GPE", "PERSON") and token.pos_ not in FUNCTION_TAGS)
            or token.text in names and (not COMMON_OPENER_TAGS.match(token.tag_) or singular(token)))


IRREGULAR_PLURALS = {"people", "children", "men", "women", "police", "data", "media", "staff", "cattle", "crew", "feet"}


def singular(token) -> bool:
    """'Lumen's founders', 'Lumen released', 'Lumen is a small outfit': a word marked with "'s", with no plural
    ending, or the subject of a verb in the singular, is no plural whatever its tag (the tagger takes an unknown name
    opening a sentence for a plural noun)."""
    if token.dep_ == "poss":
        return any(c.dep_ == "case" and c.lower_ in ("'s", "’s") for c in token.children)
    if not token.lower_.endswith("s") and token.lower_ not in IRREGULAR_PLURALS:
        return True  # "Lumen released": no plural ending
    verb = token.head
    return token.dep_ in ("nsubj", "nsubjpass") and (verb.tag_ == "VBZ" or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBZ" for c in verb.children))


# The tags of a capitalized word the document never writes in lower case that still is no name: a plural
# noun or a verb opening a sentence or a title ("Floods in Varda killed 42", "Aid groups put ..."); an
# unknown name that opens one is tagged a singular noun ("Loopa grew") and stays a name.
COMMON_OPENER_TAGS = re.compile(r"^(?:NNS|VB[DGNPZ]?)$")


@lru_cache(maxsize=64)
def document_names(text: str) -> frozenset:
    """Capitalized words of `text` (an article, or all of a corpus) that never occur in lower case
    in it, and occur inside a sentence or more than once. Cached: the claims step asks for the same
    document's names once per pronoun it resolves."""
    lower = {w for w in re.findall(r"\b[a-z][\w-]*", text)}
    inside = set(re.findall(r"(?<=[a-z,;:] )[A-Z][\w-]*", text))  # capitalized inside a sentence
    seen = Counter(re.findall(r"\b[A-Z][\w-]*", text))
    # a word that only opens sentences ("New tariffs ...") is a name only when it recurs, and never when it
    # is a measure of the config ("Turnout was 61.4%", "Unemployment rose" opening articles of a corpus)
    return frozenset(w for w, n in seen.items() if (w in inside or n >= 2) and w.lower() not in lower
                     and w.lower() not in STOP_WORDS and len(w) > 1 and (w in inside or not measure_word(w.lower())))


def article_text(document) -> str:
    """The title and body of an article, for reading its names: "Tiko" opening the title and one
    sentence is written twice, so it is a name although the tagger does not know it."""
    return f"{document.title or ''}\n{document.text}"


def is_anaphor(token) -> bool:
    """'it', 'its', 'the app', 'the company's': words that refer back to an entity named before; and
    'the outage', 'the ban': an event of that entity ("The outage lasted 14 hours")."""
    if token.lower_ in PRONOUNS | PERSONAL_PRONOUNS:
        return True
    if token.lower_ in QUOTED_PLURALS:
        return quoted(token)
    if token.pos_ != "NOUN" or token.lemma_.lower() not in ANAPHORIC_NOUNS | EVENT_NOUNS:
        return False
    bare_subject = token.lemma_.lower() in BARE_ANAPHORS and token.dep_ in ("nsubj", "nsubjpass") and not any(
        c.dep_ in ("det", "poss", "compound", "amod", "nummod") for c in token.children)  # "Service was restored"
    return bare_subject or any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in token.children)


def quoted(token) -> bool:
    """Whether `token` stands in quoted speech: its sentence holds a quotation mark (a quote that runs over
    sentences opens in the first and closes in the last, so each of its sentences holds one)."""
    return bool(QUOTATION_MARK.search(token.doc.text))


def opening_word(token, names: frozenset) -> bool:
    """A common noun the tagger takes for a name because it opens the sentence ("Passenger numbers reached",
    "Visitor numbers fell"): capitalized only there, and the document never uses it as a name."""
    return token.i == 0 and bool(names) and token.text not in names and token.pos_ == "PROPN" and not token.ent_type_


def owning_object(token, names: frozenset = frozenset()) -> bool:
    """Whether a verb's object owns the count that is the verb's subject: a name or a word for the thing
    named before ("2 million people use it every day", "90,000 riders use the app"), not people ("them")."""
    return is_name(token, names) or is_anaphor(token) and token.lemma_.lower() not in {
        "they", "them", "their"} | QUOTED_PLURALS | EVENT_NOUNS


def reported_owner(reporter, pronoun) -> bool:
    """Whether the subject of a reporting verb is what `pronoun` in the reported clause stands for: a person
    for "her" ("Meridian says her net worth is": hers, not the list's), anyone for "it", and no person for a
    quoted "we" ("'We have 30,000 employees,' Ana Lima said": her company's, not hers)."""
    person = reporter.ent_type_ == "PERSON"
    if pronoun.lower_ in PERSONAL_PRONOUNS:
        return person
    return not (person and pronoun.lower_ in QUOTED_PLURALS)


def untyped_place(child, token) -> bool:
    """A name the tagger calls a place that no gazetteer knows, on a company's measure ("Pellmark revenue", "Nvidia
    shares"): a company's name the small model mistypes, so the measure's owner."""
    written = name_of(child)[0]
    return token.lemma_.lower() in COMPANY_MEASURES and not is_known_place(written) \
        and not re.fullmatch(r"[A-Z]{2,3}|[A-Z](?:\.[A-Z])+\.?", written)  # "UK subscribers", "U.S. sales": places


COMPANY_MEASURES = {"revenue", "sales", "share", "stock", "profit", "earnings", "valuation", "subscriber", "user",
                    "download", "employee", "workforce", "customer"}


def owner_token(token, names: frozenset = frozenset()):
    """A name, pronoun or 'the app' among the possessor / owner-preposition children of `token`."""
    for child in token.children:
        if child.dep_ == "poss" and (is_name(child, names) or is_anaphor(child)):
            return child, "possessor"
        if child.dep_ == "poss" and child.lower_ == "whose":  # "Mossberry, whose subscriber base is": Mossberry's
            clause = next((a for a in token.ancestors if a.dep_ == "relcl"), None)
            if clause is not None and (is_name(clause.head, names) or is_anaphor(clause.head)):
                return clause.head, "possessor"
    for child in token.children:  # "Sundew's lifetime downloads": the parser may hang the possessor on a modifier
        if child.dep_ in ("nmod", "compound", "amod") and child.i < token.i:
            poss = next((c for c in child.children if c.dep_ == "poss" and is_name(c, names)), None)
            if poss is not None:
                return poss, "possessor"
    # "fined Tessa Air 40 million euros": the parser hangs the one fined on the amount (but "a $500 million Series D":
    for child in token.children:  # a part of a name, not its owner; "Passenger numbers": no name, capital as it opens)
        # a name the tagger calls a noun or an adjective ("Pellmark stock", "Zentra users"), unless it opens the
        # sentence and is not tagged an organisation ("Vaccination coverage")
        named = child.pos_ == "PROPN" or child.text in names and child.ent_type_ not in ("GPE", "NORP", "LOC") \
            and (child.i > 0 or child.ent_type_ == "ORG")
        if child.dep_ in ("compound", "nmod", "amod") and named \
                and (child.ent_type_ not in ("GPE", "NORP", "LOC") or untyped_place(child, token)) \
                and token.pos_ != "PROPN" and not opening_word(child, names) \
                and has_name_shape(child.text) and not CALENDAR_WORD.match(child.text) and child.text not in COMMON_ACRONYMS \
                and child.text not in PLATFORMS and not ROUND_NAME.match(name_of(child)[0]) \
                and not (is_anaphor(token) and is_known_place(name_of(child)[0])):  # "the Austin company": a description
            return child, "possessor"  # ("Saturday night" is nobody's; "Android downloads": where, a scope)
    for child in token.children:
        if child.dep_ == "prep" and (child.lower_ in OWNER_PREPS or child.lower_ == "in" and token.lemma_.lower()
                                     in INVESTED_NOUNS | {"share", "stock"}):  # "a $300 million investment in Plume":
            # Plume's funding; "Shares in Corrib fell 6%": Corrib's shares
            for pobj in child.children:
                if pobj.dep_ == "pobj" and is_name(pobj, names) and not any(c.dep_ == "nummod" for c in pobj.children):
                    return pobj, "possessor"  # (not a unit: "the record of 30.2 GW")
                named_appos = next((c for c in pobj.children if c.dep_ == "appos" and is_name(c, names)), None)
                if pobj.dep_ == "pobj" and pobj.pos_ == "NOUN" and named_appos is not None:
                    return named_appos, "possessor"  # "the fortune of its founder, Ana Lima", "installs of the game Quorro"
                if pobj.dep_ == "pobj" and is_anaphor(pobj) and pobj.lower_ not in PRONOUNS | PERSONAL_PRONOUNS:
                    return pobj, "possessor"  # "sales at the company", "revenue at the bank": the one named before
                if pobj.dep_ == "pobj" and pobj.pos_ == "NOUN":  # "downloads of Loopa's app", "on Vexia goods"
                    owner = next((c for c in pobj.children if c.dep_ in ("poss", "compound") and is_name(c, names)
                                  and c.ent_type_ not in ("GPE", "NORP", "LOC")), None)
                    if owner is not None:
                        return owner, "possessor"
    if token.pos_ == "NOUN":  # a counted noun with its senders, even without a verb ("40,000 daily orders from
        for child in token.children:  # Brisko and Haulo", a list line); a place there is where they come from
            if child.dep_ == "prep" and child.lower_ == "from":
                sender = next((p for p in child.children if p.dep_ == "pobj" and is_name(p, names)
                               and p.ent_type_ not in ("GPE", "NORP", "LOC")), None)
                if sender is not None:
                    return sender, "possessor"
    return None, ""


def event_owner(token, names: frozenset = frozenset()):
    """Whose event a ban, suspension or outage is: the name it falls on ("Zembla's ban on Quorra" is
    Quorra's ban: a ban is keyed by what is banned), else its possessor or owner phrase (`owner_token`)."""
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in ("on", "against")):
        named = next((p for p in prep.children if p.dep_ == "pobj" and is_name(p, names)), None)
        if named is not None:
            return named
    return owner_token(token, names)[0]


DESCRIPTOR_NOUNS = {"rival", "competitor", "tracker", "unit", "subsidiary", "parent", "owner", "heiress", "heir",
                    "tycoon", "billionaire", "founder", "lender", "miner", "operator", "retailer", "distributor"}
# A descriptor written before a name ("Payments app Teller", "grocery delivery startup Dunmore Fresh",
# "rival Tandem"): up to three words ending in a lower-case noun that says what the named thing is
# descriptors that open a sentence before a name, never a name's own first word ("App Store", "Studio Ghibli")
OPENING_DESCRIPTORS = {"startup", "start-up", "firm", "retailer", "lender", "carrier", "airline", "insurer", "developer",
                       "publisher", "broadcaster", "supplier", "provider", "conglomerate", "rival", "competitor", "tracker", "operator"}
_NOUNS = sorted(ANAPHORIC_NOUNS | DESCRIPTOR_NOUNS, key=len, reverse=True)
DESCRIPTOR = re.compile(r"^(?:(?:[\w&'’-]+\s+){0,3}?(?-i:(?:%s)s?)|(?-i:(?:%s)))\s+(?=[A-Z0-9])"
                        % ("|".join(_NOUNS), "|".join(n.capitalize() for n in _NOUNS if n in OPENING_DESCRIPTORS
                                                      or n.endswith("maker"))))  # "Carmaker Lark Motors"


def without_descriptor(text: str) -> str:
    """'Teller' for "Payments app Teller": the name without the words that describe it (its head
    noun must be written in lower case, so "App Store" or "Bank of Zembla" keep their words)."""
    return DESCRIPTOR.sub("", ROLE_BEFORE_PERSON.sub("", STORM_KIND.sub("", text, count=1), count=1), count=1)


# a person's role opening a sentence before their full name: "Singer Ama Reyes" and "Ama Reyes" are one person
# (only roles no firm's name starts with: not "Coach", "Director", "Driver" as in "Coach House Books")
FIRM_WORDS = {"coach", "manager", "head coach", "player", "driver", "rider", "executive", "founder", "co-founder",
              "chair", "captain", "forward", "defender", "playmaker", "director", "author", "nurse", "doctor",
              "scientist"}
PERSON_ROLES = tuple(r for r in ROLE_NOUNS if r not in FIRM_WORDS)  # role_nouns' list, less words firms start with
ROLE_BEFORE_PERSON = re.compile(rf"^(?:{'|'.join(PERSON_ROLES)})\s+(?=[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+$)", re.I)


# a storm's kind before its name: "Hurricane Nadine" and "Nadine" are one storm (its kind may change)
STORM_KIND = re.compile(r"^(?:Super\s+)?(?:Hurricane|Typhoon|Cyclone|Tropical\s+Storm|Tropical\s+Cyclone|Storm|Tropical\s+Depression)"
                        r"\s+(?=[A-Z])")


# another party named by its tie to the possessor ("its parent company", "Loopa's rival"): not the possessor itself
RELATION_NOUNS = {"parent", "owner", "rival", "competitor", "subsidiary", "unit", "investor", "backer", "partner",
                  "supplier", "customer", "acquirer", "buyer", "founder", "shareholder"}


# nouns that count the people a modifier names ("its customer base", "investor numbers"): a count, not a party
COUNT_HEADS = {"base", "number", "numbers", "count", "total", "tally"}


def related(noun) -> bool:
    """Whether `noun` names another party by its tie to its possessor ("its parent company reported ..."); not a
    count of such people ("Corra's customer base stood at 9 million": Corra's customers)."""
    return noun.lemma_.lower() in RELATION_NOUNS or noun.lemma_.lower() not in COUNT_HEADS and any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in RELATION_NOUNS for c in noun.children)


OTHER_PARTIES = {"rival", "competitor", "peer", "challenger"}


def related_count(counted: str) -> bool:
    """Whether a counted noun is another party of the same kind ("investors valued rivals at $20 billion"):
    no figure of the article's actor (customers or investors counted are the actor's own)."""
    word = counted.split()[-1:] if counted else []
    return bool(word) and (word[0] in OTHER_PARTIES or word[0].endswith("s") and word[0][:-1] in OTHER_PARTIES)


def plural_common_noun(sentence: str) -> bool:
    """Whether the word opening `sentence` is a plural common noun ("Officials said", "Analysts said":
    capitalised only because it opens the sentence), not a name ("Reuters said")."""
    from newsreport.claims.parsing import parsed

    first = parsed(sentence)[0]
    return first.tag_ == "NNS" and not first.ent_type_


def known_person(name: str, document) -> bool:
    """Whether `name` is a person the article names in full ("Desai" after "sari seller Kavita Desai"): a pronoun "it"
    or "the company" never points back to them."""
    from newsreport.claims.parsing import parsed

    if not name or " " in name:
        return False
    return any(e.label_ == "PERSON" and " " in e.text and e.text.split()[-1] == name
               for s in document.sentences if name in s.text for e in parsed(s.text).ents)
