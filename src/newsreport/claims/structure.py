"""What a figure's sentence says about it, read from its dependency parse (spaCy): the noun it
counts and the verb that governs it (the words naming its measure), the words naming whose figure it
is (possessor, subject, or the object of "used"/"signed up for"), where it applies (scope) and the
date phrases attached to the figure's own clause (its period). Offsets are relative to the sentence.

A parse is not always right, so each reading says how it was found (`entity_basis`), and the
ledger trusts a conflict only when both sides were read from structure."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsreport.claims.counted import (SCALE_WORDS, counted_words, level_of_noun, measure_noun, number_root, other_figure,
                                       part_and_whole, part_scope, split_number, summing_clause, CURRENCY_NOUNS)
from newsreport.claims.list_lines import as_phrase
from newsreport.claims.date_phrases import (CLAUSE_DEPS, SUBJECT_DEPS, attached_dates, date_phrase_span, is_date_like,
                                             is_dateline, opening_dates, when_date)
from newsreport.claims.verb_senses import SAYING_VERBS, cut_off, jobs_going
from newsreport.claims.earlier_spans import CHANGE_VERBS, earlier_ends, earlier_from
from newsreport.claims.estimators import ESTIMATE_NOUNS, ESTIMATE_VERBS, estimated_noun, measured_at, own_noun, ranked_name, reckoner, set_level, split_object
from newsreport.claims.acted_measures import act_of_noun, acted_on
from newsreport.claims.fates import adjunct_count, employer, fate_verb, fate_words, led_to, one_of
from newsreport.claims.figure_scope import (EXCLUDING_PREPS, GLOBAL_WORDS, PLACE_ABBREVIATION, counted_part, lead_scope,
                                            number_between, own_global, scope_words)
from newsreport.claims.objects import of_object, origin_words, target_noun, targets
from newsreport.claims.apposed_subjects import misread_subjects, named_apposition
from newsreport.claims.fines import GIVE_VERBS, fined_party
from newsreport.claims.modality import is_compared, is_expected, is_hypothetical
from newsreport.claims.parsing import figure_tokens, parsed, span_root
from newsreport.claims.rates import rate_of, window_tokens
from newsreport.claims.relatives import antecedent, relative_owner, said_to_be
from newsreport.claims.names import (EVENT_NOUNS, PERSONAL_PRONOUNS, PRONOUNS, event_owner, is_anaphor, is_name, name_of,
                                     opening_word, owner_token, owning_object, QUOTED_PLURALS, related, reported_owner)

NUMBER_DEPS = {"nummod", "quantmod", "compound", "amod", "nmod", "npadvmod", "advmod", "det", "appos"}
PLACE_PREPS = {"across", "in", "among", "throughout", "inside", "within"}
ASIDE_PREPS = {"including", "like", "such", "excluding", "besides"}  # "9,000 employees, including 2,000 engineers"
CLIMB_DEPS = {"advcl", "xcomp"}  # "In 2022, its riders grew 15%, reaching 40 million": the date dates both


@dataclass
class FigureReading:
    """What the parse says about one figure of a sentence."""
    measure_text: str = ""  # counted noun phrase + governing verb, in sentence order
    measure_span: tuple[int, int] = (0, 0)
    counted: str = ""  # the counted noun with its modifiers ("registered members"), '' for none
    rate: str = ""  # "packages a day" -> 'day': a rate is a different measure from a total
    entity_text: str = ""
    entity_span: tuple[int, int] | None = None
    entity_basis: str = ""  # possessor | object | subject | reporting subject | pronoun | ''
    entity_label: str = ""  # the named-entity label of the owner ('PERSON', 'ORG', ...), '' when untagged
    scope_words: list[str] = field(default_factory=list)
    period_spans: list[tuple[int, int]] = field(default_factory=list)  # nearest first
    earlier: bool = False  # "up from X": an earlier level beside the figure that is current
    clause_text: str = ""  # the words of the figure's own clause (for event cues)
    clause_span: tuple[int, int] = (0, 0)
    modal: bool = False  # "could be fined on March 3": not something that happened
    present: bool = False  # the clause's verb is in the present tense
    own_period_spans: list[tuple[int, int]] = field(default_factory=list)  # dates below the clause's verb
    verb: str = ""  # lemma of the verb governing the figure ('' for be/have): "affected", "process"
    fate: str = ""  # lemma of a participle after the counted noun: "14 climbers trapped on the ridge" -> 'trap'
    acted_on: bool = False  # the counted noun is its verb's object: "built 40,000 cars", "40,000 cars were built"
    change: bool = False  # "added 4 million subscribers", "fell by 300": a change, not a level
    level: bool = False  # "fell to 3.1%", "held at 4.5%": the level reached, not the change
    target_words: list[str] = field(default_factory=list)  # "a 145% tariff on Zemblan goods": what a rate falls on
    target_noun: str = ""  # "a 25% tariff on Zemblan steel": the kind of goods ('' for goods in general)
    origin: list[str] = field(default_factory=list)  # "Zemblan imports face a 10% duty": where the goods come from
    of_object: str = ""  # "30% of all small parcels" -> 'small parcels': what a share is of
    bounded: str = ""  # "lets parcels worth less than $800 enter": the things whose value the figure gives
    own_span: tuple[int, int] | None = None  # a date's verb phrase with the verbs above it (set by claims.events)
    unnamed_holder: bool = False  # "in a chat room with 50,000 members": the count of a thing no name owns
    reported_after: bool = False  # the owner is the subject of a reporting verb after the clause ("..., X said")
    reported_noun: bool = False  # ... read in place of "the app" ("X said the app ..."): the app named before, not X
    owner_prep: str = ""  # the preposition an owner read as the verb's object hangs from ("from", "by", "on")
    part: bool = False  # "9,000 staff, including 3,000 in sales": a part of a count named before
    expected: bool = False  # "short of the €75 million analysts had expected": a forecast, not the figure reported


def participle(token) -> bool:
    """A participle the tagger took for a noun: "a round valuing the company at $9 billion" (a clause
    modifying a noun is headed by a verb)."""
    return token.dep_ == "acl" and token.lower_.endswith(("ing", "ed")) and any(c.dep_ in ("dobj", "prep") for c in token.children)


def clause_head(token):
    """The verb (or root) whose clause holds `token`."""
    current = token
    while current.head.i != current.i and (current.pos_ not in ("VERB", "AUX") and not participle(current)
                                           or current.dep_ == "prep"):
        current = current.head  # "including 5,000 moderators": a preposition, not the clause's verb
    return current


def subject_of(verb):
    """The subject of `verb`, climbing through xcomp/conj/advcl to the verb that has one."""
    seen = 0
    while verb is not None and seen < 4:
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.pos_ != "SCONJ"]  # (not "that")
        if subjects:  # "Loma's rival Bexo has": Bexo, the last of two the parser splits
            return antecedent(verb, subjects[-1])
        misread = misread_subjects(verb)  # a subject the parser took for a modifier
        if misread:
            return misread[0]
        if verb.dep_ in ("xcomp", "conj", "advcl", "acl", "pcomp") and verb.head.i != verb.i:
            verb = verb.head
            seen += 1
            continue
        return None
    return None


PERCENT_WORDS = {"%", "percent", "cent", "pct", "percentage", "points"}  # "40%", "40 per cent": what changed is the subject


def controlled_subject(verb):
    """The object of the verb above that acts as this verb's subject: "sent Loopa's share price
    falling 9%" (the price fell); None when the verb has its own subject."""
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children) or verb.dep_ not in ("advcl", "xcomp", "ccomp"):
        return None
    return next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)


USAGE_VERBS = {"use", "join", "follow", "download", "install", "visit", "watch", "subscribe", "play", "open"}
RANK_VERBS = {"rank", "list", "name", "count"}
FOUNDING_VERBS = {"found", "co-found", "cofound", "establish", "start", "create"}  # the year is what was founded
COPULAR_NOUNS = {"number", "numbers", "total", "totals"}  # verbs of amount tagged as nouns: "users number 12 million"
COUNT_NOUNS = {"base", "number", "count", "total", "tally"}  # "subscriber base", "passenger numbers": what they count
ARGUMENT_DEPS = {"dobj", "nsubj", "nsubjpass", "pobj", "attr", "appos"}  # where a word is a noun whatever its tag
TALLY_VERBS = {"count", "track", "tally", "estimate", "reckon", "calculate", "gauge"}  # their subject counts, is not counted


def read_figure(sentence: str, start: int, end: int, names: frozenset = frozenset()) -> FigureReading:
    """Read the figure at `[start, end)` of `sentence` from the parse; `names`: words only names (`document_names`)."""
    doc = parsed(as_phrase(sentence))  # "- 45 million: monthly users": a list line read as its phrase
    tokens = figure_tokens(doc, start, end)
    reading = FigureReading()
    if not tokens:
        return reading
    # "surpassed 1 million downloads": the verb the figures step quoted with the number governs it
    tokens = [t for t in tokens if t.pos_ not in ("VERB", "AUX")] or tokens
    root = span_root(tokens)
    stop = {t.i for t in tokens}
    root = number_root(root, tokens)  # "31 per cent of the vote", "2 crore users": a number the parser split
    reading.part = any(a.dep_ == "prep" and (a.lower_ in ASIDE_PREPS - {"excluding"} or a.lower_ == "as" and a.i > 0
                                            and a.nbor(-1).lower_ == "such") for a in root.ancestors)  # "such as 4,000"
    noun = root
    if root.dep_ in NUMBER_DEPS and root.head.i not in stop and (root.head.pos_ in ("NOUN", "PROPN") or root.head.pos_ == "ADJ"
                                                                  and root.head.dep_ in ARGUMENT_DEPS):
        noun = root.head  # "faces a $3.5 million fine": a noun the tagger took for an adjective
    elif (hung := split_number(root)).dep_ == "pobj" and hung.head.lower_ == "of" and measure_noun(hung.head.head) and hung.head.head.i not in stop \
            and (root.pos_ != "NOUN" or root.lower_ in PERCENT_WORDS | CURRENCY_NOUNS | SCALE_WORDS):  # "a fine of 25 million euros"
        # "a net profit of $310 million", "a pass rate of 87.3 per cent": what it measures (not "the cancellation of 1,350 flights")
        noun = hung.head.head
    noun, whole = part_and_whole(root, noun, stop)  # "won 43 of the 120 seats": 43 counts seats, 120 is the whole
    if whole:
        reading.part = True  # (a part of nothing counted: no claim)
        return reading
    subject = next((c for c in noun.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
    if noun.i != root.i and noun.dep_ == "ROOT" and noun.lower_ in COPULAR_NOUNS and subject is not None:
        noun = subject  # "Its daily active users number 12.4 million": the verb tagged a noun; the users are counted
    estimated = estimated_noun(root, stop)
    noun = estimated if estimated is not None and not own_noun(root, estimated, stop) else noun  # "Forbes puts her
    # fortune at $12 billion"; "put the figure at 900,000 children": the children are counted, "the figure" stands in
    verb = clause_head(noun)
    if verb.i == noun.i and noun.dep_ == "ROOT":  # "1.2 billion packages arrived in 2024", "parcels a day arrive": misparsed
        verb = next((c for c in noun.children if c.dep_ == "acl" and c.pos_ == "VERB" and c.i > noun.i), verb)
    if noun.pos_ == "NOUN" and noun.lower_ not in PERCENT_WORDS | SCALE_WORDS \
            and (noun.i != root.i or any(c.dep_ == "nummod" for c in noun.children)):
        reading.counted = counted_words(noun, names)
    # the measure: the noun phrase (modifiers, the noun, its prepositions' objects) and its verb
    aside = [c for c in noun.children if (c.dep_ in CLAUSE_DEPS | {"appos", "conj", "cc"}
             or (c.dep_ == "prep" and c.lower_ in ASIDE_PREPS)) and c.i != verb.i]
    aside += [r for r in noun.subtree if r.dep_ in ("relcl", "appos") and r.i != verb.i and other_figure(r, stop)]  # "a round that values it at $1 billion", "..., a 23% share"
    hidden = {t.i for c in aside for t in c.subtree}
    measure = {t for t in noun.subtree if t.i not in hidden}
    split = split_object(noun) if estimated is not None else None  # "put its US downloads at": "its US" is the noun's
    measure |= set(split.subtree) if split is not None else set()
    # a count in a place phrase or a part ("employs 3,000 people across 40 stores", "including 2,000 engineers"): its own noun
    if verb.i != noun.i and not (noun.dep_ == "pobj" and noun.head.lower_ in PLACE_PREPS and noun.pos_ == "NOUN" or reading.part
                                 or adjunct_count(noun, verb, stop)):  # "in a trial of 900 smokers": the trial's
        measure |= {verb} | {t for c in verb.children if (c.dep_ in ("prt", "acomp", "neg", "npadvmod", "oprd")
                             or c.lower_ == "out") and not other_figure(c, stop) for t in c.subtree
                             if t.i not in summing_clause(c)} | {
            c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in EVENT_NOUNS}  # "left 3,000 people
        # homeless", "joined the strike", "ordered out of their homes"
        for prep in (c for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ not in EXCLUDING_PREPS
                     and not other_figure(c, stop)):  # "raised $300 million at a valuation of $4 billion"
            measure |= {prep} | {t for t in prep.children if t.dep_ == "pobj"}
        subject = controlled_subject(verb) or subject_of(verb) or said_to_be(verb)
        if subject is not None and subject.pos_ in ("NOUN", "PROPN") and subject.i not in {t.i for t in noun.subtree} \
                and not is_name(subject, names):  # (a word tagged a name that is none: "Turnout was 51%")
            measure |= {t for t in subject.subtree if (t.dep_ in ("compound", "amod") and t.head.i == subject.i)
                        or t.i == subject.i or t.dep_ == "prep" and t.lower_ == "of" and t.head.i == subject.i
                        or t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.i == subject.i}  # "share of the market"
            if not reading.counted and noun.i == root.i and not is_anaphor(subject) and not set_level(root, verb) \
                    and verb.lemma_.lower() not in SAYING_VERBS | TALLY_VERBS:  # "The regulator counts 1.4 million"
                kind_of = [t.lower_ for t in subject.children if t.dep_ == "compound" and (t.pos_ == "NOUN" or opening_word(
                    t, names)) and t.i < subject.i] if subject.lemma_ in COUNT_NOUNS else []  # "subscriber base is 24 million"
                reading.counted = " ".join(kind_of + [subject.lower_])
    if verb.dep_ == "acl" and verb.head.i != verb.i:  # "Acme, founded in 2009": the verb modifies a name
        measure |= {verb}  # and a noun it describes names the measure: "an outage lasting 14 hours", "a deal worth"
        measure |= {verb.head} | {c for c in verb.head.children if c.dep_ == "compound"} if verb.head.pos_ == "NOUN" else set()
    misread = verb.pos_ == "NOUN" and verb.dep_ == "ROOT" and verb.i != noun.i  # "Its workforce numbers about 3,100"
    measure |= {c for c in verb.children if c.dep_ == "compound"} if misread else set()  # (a verb tagged as a noun)
    earlier = is_compared(root) or earlier_from(root)
    if verb.i != noun.i and not reading.counted:  # "raised the price of its dress to $18": the object names it
        for obj in (c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i not in stop
                    and c.i not in {t.i for t in noun.subtree}):
            measure |= {obj} | {t for t in obj.children if t.dep_ in ("compound", "amod")}
            if root.dep_ == "pobj" and root.head.lower_ == "by" or earlier and obj.tag_ == "NNS":
                # "raised prices by 40%": the prices changed; "carried 14 million passengers, up from 12 million": the earlier level counts what the object counts
                reading.counted = reading.counted or obj.lower_
            for prep in (c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"):
                measure |= {prep} | {t for t in prep.children if t.dep_ == "pobj"}
    reading.verb = verb.lemma_.lower() if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() not in ("be", "have") and not led_to(noun, verb) else ""
    # a figure in a modifier of a name ("Pexio, now worth $12 billion, is hiring") is measured by its own words
    modifier = next((a for a in [root, *root.ancestors] if a.dep_ in ("amod", "appos") and a.head.pos_ == "PROPN"), None)
    modifier = modifier if modifier is not None and verb.i not in {t.i for t in modifier.subtree} else None
    measure |= set(modifier.subtree) if modifier is not None else set()
    usage = next((c for c in noun.children if c.dep_ == "relcl" and c.lemma_.lower() in USAGE_VERBS), None)
    measure |= {usage} if usage is not None else set()  # "the 9 million who use Pellet": users of Pellet
    measure |= fate_words(noun, verb, stop, measure)  # "climbers trapped on the ridge", "a trial of 900 smokers"
    reading.fate = fate_verb(noun) or act_of_noun(noun)  # "an order for 5 million doses": 'order'
    reading.acted_on = acted_on(noun, verb)
    reading.target_words, reading.target_noun, reading.origin = targets(measure, doc), target_noun(measure), origin_words(measure)
    ordered = sorted(measure, key=lambda t: t.i)
    # a rate on the figure itself counts where an estimator's noun is the measure: "put the cost at €8 million a day"
    reading.rate = rate_of(ordered) or rate_of(list(root.subtree)) or rate_of(window_tokens(noun, verb))
    reading.measure_text = re.sub(r"(?<=\w) - (?=\w)", "-", " ".join(t.text for t in ordered))  # "sign-ups" stays one word
    reading.measure_span = (ordered[0].idx, ordered[-1].idx + len(ordered[-1]))
    rival = owner_token(root, names)[0]  # "compared with rival Pellet's 15 million": another owner's level, not an earlier one
    reading.earlier = earlier and not (rival is not None and is_name(rival, names))
    reading.expected = is_expected(root)
    reading.modal = is_hypothetical(verb) and not one_of(noun) and not level_of_noun(split_number(root), as_subject=True)  # "one of"
    reading.present = verb.tag_ in ("VBZ", "VBP") and not reading.modal  # "Loma has 5 million users": holds now
    hung = split_number(root)  # "fell to 6.4 per cent": the number, not "cent", hangs on "to"
    reading.level = hung.dep_ == "pobj" and hung.head.lower_ in ("to", "at")  # "fell to 3.1%", "held at 4.5%"
    # "added 4 million subscribers", "fell by 300": a change; not "grew to 2.3 million"
    reading.change = verb.lemma_.lower() in CHANGE_VERBS and not (hung.dep_ == "pobj" and hung.head.lower_ in ("to", "from")) \
        and not adjunct_count(noun, verb, stop) and not cut_off(verb) and not level_of_noun(hung) \
        or hung.dep_ == "pobj" and hung.head.lower_ == "by" or jobs_going(verb, noun)
    # whose figure: possessor of the counted noun, else the clause's subject, else the object of
    # "used"/"joined"/"signed up for" when the counted people are the subject
    owner, basis = owner_token(noun, names) if not misread or owner_token(noun, names)[0] else owner_token(verb, names)
    owner, basis = owner_token(split, names) if owner is None and split is not None else (owner, basis)
    if basis == "possessor" and noun.lemma_.lower() in ESTIMATE_NOUNS:
        owner, basis = None, ""  # "Streamline's estimate for daily users, 24 million": whose reckoning, not whose users
    passive = next((c for c in verb.children if c.dep_ == "nsubjpass" and is_name(c, names)), None)
    if owner is not None and owner.dep_ == "pobj" and owner.head.lower_ == "by" and passive is not None \
            and verb.lemma_.lower() not in ("buy", "acquire", "purchase", "take"):  # (a deal is the buyer's)
        owner, basis = passive, "subject"  # "Tessa was fined 400 million euros by the Commission": Tessa's fine
    if owner is None and noun.i != root.i and is_anaphor(noun) and noun.lower_ not in PRONOUNS:
        owner, basis = noun, "subject"  # "the $4 billion startup": the startup named before is what it measures
    if owner is None and usage is not None:
        owner = next((c for c in usage.children if c.dep_ == "dobj" and (is_name(c, names) or is_anaphor(c))), None)
        basis = "object" if owner is not None else basis
    if owner is None and verb.dep_ == "acl" and (is_name(verb.head, names) or is_anaphor(verb.head)):
        owner, basis = verb.head, "subject"
    owner, basis = (employer(noun, names), "object") if owner is None and employer(noun, names) else (owner, basis)
    if owner is None and verb.lemma_.lower() in GIVE_VERBS:  # "give Vexa a 90-day extension": Vexa's, not the giver's
        owner = next((c for c in verb.children if c.dep_ == "dative" and (is_name(c, names) or is_anaphor(c))), None) \
            or next((p for prep in verb.children if prep.dep_ in ("prep", "dative") and prep.lower_ in ("to", "for", "on", "into")
                     for p in prep.children if p.dep_ == "pobj" and is_name(p, names)), None)  # "to Vexa", "put $5 million into Vexa"
        basis = "object" if owner is not None else basis
    fined = fined_party(verb, noun, names)  # "Ofcom fined the company £1.2m", "slapped a £1.5m fine on Chattle": the fined's
    owner, basis = (fined, "object") if fined is not None else (owner, basis)
    if modifier is not None and is_name(modifier.head, names) and basis != "possessor":
        owner, basis = modifier.head, "subject"  # "Lin Wei, worth $12 billion, founded Pinto": Lin Wei's worth
    if owner is None and verb.lemma_.lower() in FOUNDING_VERBS:  # "Ostend founded the retailer Ostend Home in 1998"
        owner = next((c for c in verb.children if c.dep_ == "dobj" and is_name(c, names)), None) or next(
            (a for c in verb.children if c.dep_ == "dobj" for a in c.children if a.dep_ == "appos" and is_name(a, names)), None) \
            or next((verb.head for c in verb.children if c.dep_ == "dobj" and c.lower_ in ("which", "that") and verb.dep_ == "relcl"
                     and is_name(verb.head, names)), None)  # "Velo, which Lind founded in 1998": Velo's year
        basis = "object" if owner is not None else basis
    if owner is None:
        subject = controlled_subject(verb) or subject_of(verb)
        if subject is not None and subject.i in {t.i for t in noun.subtree}:
            for child in verb.children:
                if child.dep_ == "dobj" and owning_object(child, names):
                    owner, basis = child, "object"  # "2 million people use it every day": what is used
                    break
                if child.dep_ in ("prep", "agent"):  # "18 million users are on the platform": the platform named
                    objects = [t for t in child.children if t.dep_ == "pobj" and (is_name(t, names) or is_anaphor(t)
                                                                               and t.lower_ not in PRONOUNS)
                               and not (child.lower_ == "from" and t.ent_type_ in ("GPE", "LOC"))]  # "came from the US": where
                    if objects:  # before; "are sent by Brisko", "come from Brisko": the sender's
                        owner, basis = objects[0], "object"
                        reading.owner_prep = child.lower_
                        break
        elif subject is not None and subject.lower_ in ("which", "who", "that") and verb.dep_ == "relcl" \
                and relative_owner(verb, names) is not None:
            owner, basis = relative_owner(verb, names), "subject"  # "Streamly, which employs 13,000 people"
        elif subject is not None and (estimated is not None or measured_at(noun, verb)):
            owner, basis = None, ""  # "Forbes puts the fortune at ...": Forbes is the source, not the owner
        elif subject is not None and verb.lemma_.lower() in ESTIMATE_VERBS | RANK_VERBS and ranked_name(verb, names):
            owner, basis = ranked_name(verb, names), "object"  # "the Index ranks Ana Lima 40th, with a fortune of"
        elif subject is not None:
            owner, basis = subject, "subject"
            named_appos = next((c for c in subject.children if c.dep_ == "appos" and is_name(c, names)), None)
            if not is_name(subject, names) and named_appos is not None:  # "its new version, Rednote, reached"
                owner = named_appos
            elif subject.lemma_.lower() in EVENT_NOUNS and event_owner(subject, names) is not None:
                owner, basis = event_owner(subject, names), "possessor"  # "The ban on Pictor is set to ..."
            elif not (is_name(subject, names) or is_anaphor(subject)):
                poss, _ = owner_token(subject, names) if not (related(subject) or reckoner(subject)) else (None, "")  # "Loopa's shares
                owner, basis = (poss, "possessor") if poss is not None and not (  # fell"; "his ward reported 300 leaks": not his
                    noun.dep_ == "dobj" and poss.lower_ in PERSONAL_PRONOUNS) else (None, "")
                if owner is None and not any(t.i == noun.i for t in subject.subtree):  # "fined Loopa $40m": Loopa's
                    owner = next((c for c in verb.children if c.dep_ in ("dobj", "dative")
                                  and (is_name(c, names) or is_anaphor(c) and c.lower_ not in ("they", "them"))),
                                 None)  # "the strike costs the airline $30 million": the airline bears it
                    basis = "object" if owner is not None else ""
    if owner is not None and is_anaphor(owner):
        # "Vinted said it had ...": the pronoun is the subject of the reporting verb above;
        # "Loopa has 40 million users, and the app counts ...": a named subject before it in the sentence
        reporter = subject_of(verb.head) if verb.dep_ in ("ccomp", "xcomp") and verb.head.i != verb.i \
            and verb.head.lemma_.lower() not in ESTIMATE_VERBS else None  # "its downloads are 4 million, Apptica estimates
        personal = owner.lower_ in PERSONAL_PRONOUNS  # "Meridian says her net worth is": her, not the list's
        earlier = [t for t in doc[:owner.i] if t.dep_ in SUBJECT_DEPS and is_name(t, names) and estimated is None
                   and (t.ent_type_ == "PERSON" if personal else t.ent_type_ != "PERSON")  # "the ban" is no governor's
                   and t.i not in {n.i for n in noun.subtree}  # "150 million Americans use the app": they are counted
                   and not (owner.dep_ in ("dobj", "dative") and t.head.i == verb.i)  # "Ofcom fined the company": not Ofcom
                   and t.head.lemma_.lower() not in ESTIMATE_VERBS]  # "Sensify estimates the app was downloaded": the app's
        reporter = named_apposition(reporter, names)  # "Zapp's parent Kaiyun Tech said it ...": Kaiyun Tech said it
        if reporter is not None and is_name(reporter, names) and reported_owner(reporter, owner):
            reading.reported_noun = owner.lower_ not in PRONOUNS | PERSONAL_PRONOUNS | QUOTED_PLURALS
            owner, basis = reporter, "reporting subject"  # source: "the app had climbed to No. 1, Sensor Tower said"
            reading.reported_after = reporter.i > verb.i
        elif earlier:
            owner, basis = earlier[-1], "reporting subject"
    if owner is not None:
        if is_anaphor(owner):
            reading.entity_text, reading.entity_span, reading.entity_basis = owner.text, (
                owner.idx, owner.idx + len(owner)), "pronoun"
        else:
            reading.entity_text, reading.entity_span = name_of(owner)
            reading.entity_basis = basis
            reading.entity_label = owner.ent_type_
            partners = [c for c in owner.children if c.dep_ == "conj" and is_name(c, names) and c.idx >= reading.entity_span[1]]
            if partners and (owner.dep_ in SUBJECT_DEPS | {"nmod"} or reading.owner_prep in ("by", "from")
                             or owner.dep_ == "pobj" and owner.head.lower_ in ("by", "from")):  # "Vexia and
                # Loopa account for 30%", "sent by Brisko and Haulo": the two together
                reading.entity_text = " and ".join([reading.entity_text] + [name_of(c)[0] for c in partners])
    reading.scope_words = scope_words(measure, noun, verb, modifier, reading.entity_span, stop)
    if split is not None and (split.ent_type_ in ("GPE", "LOC", "NORP") or PLACE_ABBREVIATION.match(split.text)):
        reading.scope_words = list(dict.fromkeys(reading.scope_words + [split.text]))  # "its EU installs"
    reading.scope_words = reading.scope_words or lead_scope(doc, stop)  # "Its American user base ...: 6 million"
    part_places = part_scope(root)  # "..., only 400 of whom work in the US": a part where its clause says, else no count
    if part_places is not None:
        reading.scope_words, reading.part, reading.counted = part_places, True, reading.counted if part_places else ""
    clause_tokens = [t for t in verb.subtree if not any(a.dep_ in CLAUSE_DEPS and a.i != verb.i and a in verb.subtree
                                                         for a in t.ancestors) or t.i == verb.i]
    clause_text = " ".join(t.text for t in sorted(clause_tokens, key=lambda t: t.i))
    if GLOBAL_WORDS.search(clause_text) and own_global(doc, clause_tokens, stop, {t.i for t in measure}) or any(  # "its global downloads"
            t.lower_ in ("global", "worldwide") and t.head.i == noun.i and not number_between(doc, stop, t.i, {
                c.i for c in clause_tokens}) for t in measure
            if not any(counted_part(doc[i]) for i in stop)):  # its own "worldwide" outranks a shared "in X" (a part's: not the whole's)
        reading.scope_words = [w for w in reading.scope_words if w.startswith("outside")] + ["global"]  # shared "in X"
    reading.clause_text = clause_text
    first = min(t.i for t in clause_tokens)
    last = max(t.i for t in clause_tokens)
    reading.clause_span = (doc[first].idx, doc[last].idx + len(doc[last]))
    # period: date phrases on the figure's path up to its clause's verb, nearest first
    chain = [root] + [a for a in root.ancestors] + ([verb] if verb.head.i == noun.i != verb.i else [])
    spans, own_done = [], False
    for step in chain:
        if step.pos_ in ("VERB", "AUX") and step.dep_ != "prep" and not own_done:
            reading.own_period_spans, own_done = list(spans), True  # "up from 250,000 in January": its own date
        for child, dates in attached_dates(step, stop):
            if not is_dateline(child, dates):
                spans.append(date_phrase_span(child, dates))
        if (day := when_date(step)) is not None and not spans:  # "on Friday, when Loopa lost $2 billion"
            spans.append((day.idx, day.idx + len(day)))
        if step.pos_ in ("VERB", "AUX") and step.dep_ != "prep" and (spans or step.dep_ not in CLIMB_DEPS):
            break  # a clause's own date, or a clause that is not a participle of the one above
        if step.dep_ in CLAUSE_DEPS - CLIMB_DEPS or modifier is not None and step.i == modifier.i:
            break  # "Lin Wei, worth $12 billion, founded Pinto in 2013": 2013 dates the founding, not the worth
    spans = spans or opening_dates(verb, stop)  # "In 2024, floods killed 183 and displaced 600,000": both in 2024
    spans += [(c.idx, c.idx + len(c)) for c in noun.children if c.dep_ in ("compound", "nmod", "amod", "poss")
              and c.ent_type_ == "DATE" and c.i not in stop]  # "Piper's January downloads", "its 2024 revenue"
    after = tokens[-1].idx + len(tokens[-1])  # "grew from 2 million in 2022 to 5 million in 2024": the year right
    spans.sort(key=lambda sp: not 0 <= sp[0] - after <= 5)  # after a figure is its own, whatever the parse hung it on
    if not reading.earlier:  # "grew from 2 crore in 2024 to over 9 crore now": 2024 dates the level before, not this one
        spans = [sp for sp in spans if not any(0 <= sp[0] - end_of <= 5 or sp[0] < end_of <= sp[1]  # (or holds it)
                                               for end_of in earlier_ends(doc, stop))]
    reading.period_spans, reading.own_period_spans = spans, reading.own_period_spans if own_done else list(spans)
    if reading.earlier and not reading.own_period_spans:  # "grew from 140 million in 2015 to ...": the year right after it
        reading.own_period_spans = [sp for sp in spans if 0 <= sp[0] - after <= 5]
    reading.of_object = of_object(noun, stop)
    holder = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "with" else None
    if holder is not None and holder.pos_ == "VERB" and noun.head.i > 0 and doc[noun.head.i - 1].dep_ == "pobj":
        holder = doc[noun.head.i - 1]  # "posted in a server with 30,000 members": the parser hangs "with" on the verb
    reading.unnamed_holder = holder is not None and holder.pos_ == "NOUN" and not is_anaphor(holder) \
        and holder.dep_ not in ("ROOT", "appos") and not any(c.dep_ == "poss" for c in holder.children)  # "a chat room
    # with 50,000 members"; not "Pexa, a rival with 40 million users"
    reading.bounded = next((a.head.lower_ for a in root.ancestors if a.lemma_.lower() in ("worth", "valued", "priced")
                            and a.dep_ in ("amod", "acl") and a.head.pos_ == "NOUN" and not is_anaphor(a.head)), "")
    return reading

