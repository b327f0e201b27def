"""Whether a figure's clause says what happened: a clause that may, will or is expected to happen
("could be banned on Sunday", "is set to take effect", "expects revenue of $9 billion") is not a
reported fact, and a level a figure is compared with ("compared with $4.6 billion") is not the
figure's own."""

from __future__ import annotations

import re

from newsreport.claims.verb_senses import jobs_going

MODALS = {"could", "might", "may", "would", "will", "should", "can", "must", "'ll"}
CONDITIONS = {"if", "unless", "whether", "once", "until"}
FUTURE_HEADS = {"prepare", "set", "expect", "schedule", "plan", "intend", "due", "poise", "slate", "aim", "hope", "forecast",
                "project", "predict", "target"}
FORECAST_VERBS = {"expect", "forecast", "project", "predict", "anticipate", "target", "guide"}
# nouns whose "to" clause is what someone means to do: "announced plans to cut 1,200 jobs"
# ("is in talks to raise $30 million": a deal not yet made)
PROSPECT_NOUNS = {"plan", "proposal", "promise", "pledge", "intention", "bid", "threat", "offer", "talk", "talks",
                  "negotiation", "discussion"}
PLACEHOLDERS = {"something", "what", "thing", "anything", "one"}  # "the fee is something that could rise"


def has_modal(verb) -> bool:
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in MODALS for c in verb.children)


def prospect_predicate(copula) -> bool:
    """'The 60-day pause is something that may be extended', 'A 12% raise is what the union will demand': a
    copula whose predicate is a placeholder for a clause that may or will happen."""
    for child in copula.children:
        if child.dep_ == "attr" and child.lemma_.lower() in PLACEHOLDERS and any(
                c.dep_ == "relcl" and has_modal(c) for c in child.children):
            return True
        if child.dep_ == "ccomp" and has_modal(child) and any(c.lower_ == "what" for c in child.children):
            return True
    return False


DEAL_VERBS = {"acquire", "buy", "purchase", "merge", "sell", "pay"}


def announced_deal(verb) -> bool:
    """'Orvane said on Monday it would acquire Tessaro for $2.4 billion', 'Marlo will pay $300 million for
    Brava': a deal told in the future is agreed, and its price is the deal's (not "could buy", a deal only
    talked of, nor "would buy Brava if regulators agree")."""
    return verb.lemma_.lower() in DEAL_VERBS and not any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in verb.children) \
        and all(c.lower_ in ("would", "will", "'ll") for c in verb.children if c.dep_ == "aux" and c.lower_ in MODALS) \
        and any(t.dep_ in ("prep", "dative") and t.lower_ == "for" for t in verb.subtree)


CUT_VERBS = {"cut", "eliminate", "shed", "axe", "slash", "lay"}  # "lay" of "lay off"
STAFF_NOUNS = {"job", "jobs", "staff", "worker", "workers", "employee", "employees", "position", "positions", "role",
               "roles", "people"}


def told_as_decided(verb) -> bool:
    """Whether a clause tells what will be done as decided: "will" or "would" (no other modal), and no condition on it
    ("would cut 500 jobs if sales fall"); the test `announced_cut` and `announced_change` share."""
    conditional = any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in verb.children) or any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITIONS for m in c.children) for c in verb.children)
    return not conditional and any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("would", "will", "'ll") for c in verb.children) \
        and all(c.lower_ in ("would", "will", "'ll") for c in verb.children if c.dep_ == "aux" and c.lower_ in MODALS)


def announced_cut(verb) -> bool:
    """'Quorvane said on Thursday it would cut about 1,800 jobs', 'will lay off 600 workers', 'about 450 positions will
    be eliminated': a company telling the cuts it will make announces them (their size is the cut's), unless a
    condition holds ("would cut 500 jobs if sales fall") or the saying is a forecast of others ("could cut", "may shed")."""
    cut = verb.lemma_.lower() in CUT_VERBS and any(t.lower_ in STAFF_NOUNS and t.dep_ in ("dobj", "pobj", "nsubjpass")
                                                   for t in verb.subtree) \
        or any(jobs_going(verb, c) for c in verb.children)  # "1,500 jobs will go", told as the active cut is
    return cut and told_as_decided(verb)


OWN_CHANGE_VERBS = {"raise", "hike", "increase", "lift", "lower", "reduce", "trim", "slash"} | CUT_VERBS - {"lay"}
SPEAKER_NOUNS = {"company", "firm", "group", "bank", "maker", "carrier", "operator", "service", "app", "platform"}


def company_voice(subject) -> bool:
    """Whether a subject is an owner speaking for itself: a name, "it"/"we", or "the company"."""
    return subject.pos_ == "PROPN" or subject.lower_ in ("it", "we") or subject.lemma_.lower() in SPEAKER_NOUNS


def announced_change(verb) -> bool:
    """'Streamflix said on Thursday it would raise its prices by 8%', 'Velta will cut output by 20,000 cars':
    an owner telling a change it will make to something of its own announces it (the size is the change's),
    as `announced_cut` reads cuts; not a condition ("if demand falls"), nor others' forecast ("analysts
    said Velta would cut output")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    head = verb.head if verb.dep_ == "ccomp" else None
    speaker = next((c for c in head.children if c.dep_ == "nsubj"), None) if head is not None else None
    return verb.lemma_.lower() in OWN_CHANGE_VERBS and any(c.dep_ == "dobj" for c in verb.children) \
        and subject is not None and company_voice(subject) and (speaker is None or company_voice(speaker)) \
        and told_as_decided(verb)


def is_hypothetical(verb) -> bool:
    """'could be fined on March 3', 'in case the merger is blocked this Friday', 'will close':
    the clause says what may happen, not what did."""
    if verb.lemma_.lower() in FORECAST_VERBS:  # "analysts had expected revenue of $1.9 billion"
        return True
    if announced_deal(verb) or announced_cut(verb) or announced_change(verb):
        return False
    for node in [verb] + [a for a in verb.ancestors][:2]:
        for child in node.children:
            if child.dep_ in ("aux", "auxpass") and child.lower_ in MODALS:
                return True
            if child.dep_ == "mark" and child.lower_ in CONDITIONS:
                return True
        if node.dep_ == "pcomp" and node.head.lower_ == "in" and any(t.lower_ == "case" for t in node.head.children):
            return True
        if node.dep_ in ("advcl",) and any(t.lower_ == "case" for t in node.children):
            return True
        if node.dep_ == "xcomp" and (node.head.lemma_.lower() in FUTURE_HEADS
                                     or any(c.lower_ in FUTURE_HEADS for c in node.head.children if c.dep_ == "acomp")):
            return True  # "preparing to shut down its service", "is set to open", "are due to rule"
        if node.dep_ == "acl" and node.head.lemma_.lower() in FUTURE_HEADS | PROSPECT_NOUNS \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
            return True  # "unveiled plans to give it a 60-day reprieve", "a proposal to cut fees by 5%"
        if node.lemma_.lower() == "be" and prospect_predicate(node):
            return True
        if node.dep_ not in ("xcomp", "conj", "advcl", "pcomp"):
            break
    return False


FORECASTER_NOUNS = {"analyst", "economist", "forecaster", "investor", "trader", "expert"}
FORECAST_VERB = r"(?:had\s+|have\s+|were\s+)?(?:expected|forecast|predicted|projected|estimated|anticipated|pencill?ed in|" \
                r"been expecting|expecting)\b"
FORECAST_AFTER = re.compile(r"\s+" + FORECAST_VERB)  # after the forecasters: "... analysts had forecast"
FORECAST_NOUNS = {"forecast", "estimate", "expectation", "consensus", "projection", "prediction", "guidance", "target"}
# "the €75 million analysts had expected": the parser may take the forecasters for the counted noun
FORECASTERS_AFTER = re.compile(r"\s+(?:(?:the\s+)?(?:analysts?|economists?|forecasters?|investors?|traders?|markets?|Wall Street|"
                               r"the market|experts?)\s+(?:polled\s+by\s+\S+\s+)?" + FORECAST_VERB + r"|(?:than\s+)?(?:expected|forecast)\b)")


def is_expected(root) -> bool:
    """An amount someone expected, not one that was reported: "short of the €75 million analysts had
    expected", "beating the 3.1% economists forecast", "a consensus estimate of $2.1 billion"."""
    noun = root.head if root.dep_ in ("nummod", "compound") and root.head.pos_ == "NOUN" else root
    if any(c.dep_ == "relcl" and c.lemma_.lower() in FORECAST_VERBS for t in (root, noun) for c in t.children):
        return True
    head = root.head
    if FORECASTERS_AFTER.match(root.doc.text, root.idx + len(root)):
        return True
    if noun.lemma_.lower() in FORECASTER_NOUNS and FORECAST_AFTER.match(root.doc.text, noun.idx + len(noun)):
        return True  # "beating the 4.4 million analysts had forecast": the parser counts the analysts
    return root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in FORECAST_NOUNS


def is_compared(root) -> bool:
    """'compared with $4.6 billion', 'versus 9 million', 'against 12% a year ago': the level the figure
    beside it is compared with; 'requiring 5,000 followers instead of 1,000': the level it replaced."""
    head = root.head
    if head.dep_ == "prep" and head.lower_ in ("with", "to") and head.head.lower_ in ("compared", "comparison") \
            or head.lower_ == "of" and any(c.lower_ == "instead" for c in head.children) and root.dep_ == "pobj":
        return True
    return head.dep_ == "prep" and head.lower_ in ("versus", "vs", "vs.", "against") and root.dep_ == "pobj"


# a level someone means or expects to reach, set against the level now in the same sentence: "has 3.5 million
# and expects to pass 5 million by the end of the year", "runs 420 stores and aims to reach 600", "intends to expand
# it to 20 languages": a target, never compared with a level reported (a forecast alone, "expects revenue of $9
# billion", is compared with other forecasts)
TARGET_LEVEL = re.compile(r"\b(?:expect|expects|expected|expecting|forecasts?|forecast|projects?|projected|predicts?|"
                          r"predicted|aims?|aimed|aiming|hopes?|hoped|targets?|targeted|anticipates?|anticipated|plans?|"
                          r"planned|intends?|intended)\b[^.;]{0,30}?\b(?:pass|reach|hit|top|exceed|surpass|cross|double|triple|"
                          r"grow to|rise to|climb to|(?:expand|increase|raise|lift|boost|bring|take)(?: (?:it|them|that|this))? to)"
                          r"\s+(?:about |around |some |roughly |more than |over |nearly )?$", re.I)


def is_target_level(sentence: str, rel_start: int) -> bool:
    """Whether the figure starting at `rel_start` is a level someone expects or means to reach."""
    before = max(0, rel_start - 80)
    target = TARGET_LEVEL.search(sentence[before:rel_start])
    return bool(target) and bool(re.search(r"\d", sentence[:before + target.start()]))
