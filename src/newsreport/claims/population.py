"""The part of a population a rate or share is of: "the jobless rate for women aged 25 to 54", "turnout among
under-25s", "the pass rate in the Class 10 exams", "42% for boys", "Girls recorded a pass rate of 91%". A rate of
a part is another measure than the rate of the whole (overall, girls and boys are three pass rates), so the part is
a detail of the measure's key. Read from the parse: a prepositional phrase (among/for/of/in + a noun group) hung on
the figure, on the rate's noun or on the verb of its clause, or a group of people that is the clause's subject."""

from __future__ import annotations

import re

from newsreport.claims.parsing import figure_tokens, parsed, span_root

GROUP_PREPS = {"among", "for", "of", "in", "amongst"}
NOUN_POS = {"NOUN"}  # a common noun group: a named place or owner ("in Nordland", "for Pelion") is no part
NOT_A_GROUP = {"%", "percent", "cent", "percentage", "point", "points", "year", "years", "month", "months", "quarter",
               "week", "day", "term", "terms", "total", "all", "average", "row", "time", "period", "line", "comparison",
               "contrast", "pay", "wage", "wages", "salary", "salaries", "rise", "increase", "rate", "share"}
WHOLE_WORDS = {"registered", "eligible", "all", "enrolled", "total"}  # modifiers naming the whole, no part of it
# a modifier kept in the part's words: "first-year students", "women aged 25 to 54", "Class 10 exams"
MODIFIER_DEPS = {"amod", "compound", "nmod", "nummod", "npadvmod"}
COPULAS = {"be", "remain", "stand"}
PEOPLE_GROUPS = {"girls", "boys", "women", "men", "youths", "graduates", "candidates", "seniors", "pensioners", "retirees",
                 "applicants", "entrants", "mothers", "fathers", "smokers", "renters", "homeowners"}  # beside config person_nouns
SUBJECT_VERBS = {"record", "post", "register", "achieve", "see", "have", "report", "log", "return"}  # "Girls recorded a
# pass rate of 91%": the group that reached it, as "the rate among girls" says


def _words(noun) -> str:
    """The part's words: the noun's lemma with its modifiers before it and an 'aged ...' clause after it; for a
    group named by a number only that name ("Class 10 exams", "Class 10 results" and "Class 10 pupils" are one)."""
    name = [t for c in noun.children if c.dep_ in ("compound", "nmod") and any(n.like_num for n in c.children)
            for t in c.subtree] or ([c for c in noun.children if c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"
                                     or c.dep_ == "nummod" and c.like_num] if numbered(noun) else [])
    if name:
        return " ".join(t.lower_ for t in sorted(name, key=lambda t: t.i))
    tokens = [t for c in noun.children if c.dep_ in MODIFIER_DEPS and c.i < noun.i for t in c.subtree]
    aged = [t for c in noun.children if c.dep_ == "acl" and c.lower_ == "aged" for t in c.subtree]
    words = [t.lower_ for t in sorted(tokens, key=lambda t: t.i) if t.pos_ != "PUNCT"] + [noun.lemma_.lower()]
    return " ".join(words + [t.lower_ for t in sorted(aged, key=lambda t: t.i)])


# "the November 3 vote", "the 2024 election": a day or a year, no group named by a number ("Year 11" is one)
DATED = re.compile(r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?$"
                   r"|^(?:1[89]|20)\d\d$", re.I)
AGE_GROUP = re.compile(r"^(?:under|over)-?\d+s$|year-olds?$")  # "among under-25s", "for 18-to-24-year-olds"


def numbered(noun, figure_ids: frozenset = frozenset()) -> bool:
    """A group named by a number: "the Class 10 exams", "Year 11 pupils", "Grade 5" (not the figure: "a 12% rise")."""
    if any(DATED.match(t.text) for c in noun.children if c.dep_ in ("compound", "nmod", "nummod") for t in c.subtree):
        return False
    names = [c for c in noun.children if c.i not in figure_ids and c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"]
    return any(any(n.like_num for n in c.children) or c.i + 1 < len(c.doc) and c.doc[c.i + 1].like_num
               and c.doc[c.i + 1].head.i == noun.i and c.doc[c.i + 1].i not in figure_ids for c in names)  # "Class 10"


def people(noun, person_nouns: frozenset) -> bool:
    """A noun naming a group of people: config person nouns, sexes and ages ("girls", "women", "under-25s")."""
    return noun.lower_ in person_nouns | PEOPLE_GROUPS or bool(AGE_GROUP.search(noun.lower_))


def _group(prep, figure_ids: set[int], whole: str, person_nouns: frozenset = frozenset()):
    """The noun group a preposition governs when it names people or a part of them, else None: after 'among' any
    common noun group; after for/of/in a group of people or one named by a number ("for boys", "in the Class 10
    exams"; not "in London trading", "of global shipments": where or what, no population)."""
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if noun is not None and prep.lower_ not in ("among", "amongst") and not (people(noun, person_nouns) or numbered(noun)):
        return None
    if noun is None or noun.i in figure_ids or noun.pos_ not in NOUN_POS and not AGE_GROUP.search(noun.lower_) \
            or noun.like_num \
            or noun.lower_ in NOT_A_GROUP or noun.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "MONEY", "PERCENT"):
        return None
    if any(c.like_num or c.lower_ in ("%", "cent") for c in noun.subtree if c.dep_ == "nummod" and c.i > noun.i):
        return None
    if any(c.like_num or any(n.like_num for n in c.children) for c in noun.children if c.dep_ in ("nummod", "quantmod")):
        return None  # "of its 112,000 registered voters": the count of the whole, no part of it
    if re.search(rf"\b{re.escape(noun.lower_)}\b", whole) and not any(
            c.dep_ in MODIFIER_DEPS and c.lower_ not in WHOLE_WORDS for c in noun.children):
        return None  # "the pass rate among students", "turnout of registered voters": the measure's own population
    return noun


def population_part(sentence: str, rel_start: int, rel_end: int, whole: str, person_nouns: frozenset) -> str:
    """The words of the part of a population the rate at `[rel_start, rel_end)` is of ('girl', 'woman aged 25 to
    54', 'class 10 exam'), '' for none; `whole`: the measure's own wording (its patterns), whose nouns name no part."""
    doc = parsed(sentence)
    tokens = figure_tokens(doc, rel_start, rel_end)
    if not tokens:
        return ""
    figure = span_root(tokens)
    ids = {t.i for t in tokens}
    heads, current = [figure], figure
    while current.head.i != current.i and current.pos_ not in ("VERB", "AUX"):  # the rate's noun, up to its verb
        current = current.head
        heads.append(current)
    verb, subject = current, None
    if verb.pos_ in ("VERB", "AUX"):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i not in ids), None)
        if subject is not None:
            heads.append(subject)  # "The pass rate among girls was 91%", "Unemployment among women fell to 4%"
    for head in heads:
        if head.pos_ == "NOUN" and head.i not in ids and numbered(head, frozenset(ids)):
            return _words(head)  # "the Class 10 pass rate was 93.6%"
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in GROUP_PREPS):
            if head.i == figure.i and prep.lower_ == "of":
                continue  # "12% of its flights": what a share is of (`of_object`), not a part of a population
            noun = _group(prep, ids, whole, person_nouns)
            if noun is not None:
                return _words(noun)
    with_object = next((c for c in verb.children if c.dep_ == "dobj" and numbered(c)), None) \
        if any(h.dep_ == "prep" and h.lower_ == "with" and h.head.i == verb.i for h in heads) else None
    if with_object is not None:  # "declared the Class 10 results, with a pass rate of 93.6%": the rate of that group
        return _words(with_object)
    if subject is not None and verb.lemma_ in SUBJECT_VERBS and subject.pos_ == "NOUN" and subject.tag_ == "NNS" \
            and subject.lower_ in person_nouns | PEOPLE_GROUPS and not any(c.dep_ == "poss" for c in subject.children):
        return _group_noun(subject, whole)  # "Girls recorded a pass rate of 91%"
    return ""


def _group_noun(subject, whole: str) -> str:
    """A plural subject naming a group of people ("Girls recorded ..."), '' when it is the measure's own whole."""
    if re.search(rf"\b{re.escape(subject.lower_)}\b", whole) and not any(c.dep_ in MODIFIER_DEPS for c in subject.children):
        return ""
    return _words(subject)


def rate_part(rule, sentence: str, rel_start: int, rel_end: int, vocabulary) -> str:
    """The population part of a percentage config names a rate or share of ('' for none or no rule)."""
    if rule is None or rule.change:
        return ""
    whole = " ".join([rule.name.replace("_", " ")] + [p.pattern for p in rule.patterns])
    return population_part(sentence, rel_start, rel_end, whole, vocabulary.person_nouns)


OWNER_MODE = "main"  # 'main': the article's main actor owns a rate its sentence gives no owner; 'none': keyed by nobody


def unowned_rate(rule) -> bool:
    """A configured rate or share (a metric whose kind is a percentage, not a growth of money or a count) that may
    make a claim though its sentence names no owner."""
    return "percent" in rule.kinds and not rule.place_owned and not rule.on_target


DEMANDED = "demanded"  # a rise asked for is the claim of whoever asks, never the employer's (the article's main actor)


def unowned_rate_owner(main: str, metric: str) -> tuple[str, str]:
    """(entity, basis) of such a rate: the article's main actor, or nobody (keyed by measure and part); a rise
    demanded is nobody's when its sentence names no one asking ("a claim of 22%" beside "the union seeks 22%")."""
    if OWNER_MODE == "main" and main and DEMANDED not in metric.partition(": ")[2]:
        return main, "main entity"
    return "", "none"


def noun_detail(rule, sentence: str, rel_start: int, rel_end: int) -> str:
    """A metric's verb detail named by a noun governing the figure: "the union's demand for a 22% pay rise" is
    demanded, as "the union demands 22%" is, whatever the clause's verb ("the employer offered 11%, against ...")."""
    if rule is None or not rule.verb_details:
        return ""
    tokens = figure_tokens(parsed(sentence), rel_start, rel_end)
    current = span_root(tokens) if tokens else None
    while current is not None and current.head.i != current.i and current.pos_ not in ("VERB", "AUX"):
        current = current.head
        if current.pos_ == "NOUN":
            found = next((d for d, verbs in rule.verb_details if current.lemma_.lower() in verbs), "")
            if found:
                return found
    return ""
