"""Which words of a sentence name the event a date belongs to: the verb phrase the date hangs from
(`own_phrase`) and the event type whose words hold that verb (`verb_event`: "signed" of "signed
the bill on Friday", "starting" of "with the ban starting on May 20"); the clause set off by commas a
date stands in, or that it does not, and clauses with a time of their own (`aside_of`, `without_asides`); things
released that are news; the event type whose words lie nearest a date, skipping words that another day or clause
owns (`nearest_event`); the noun phrase a date modifies ("the Jan. 19 cutoff"), whose event it dates
(`modified_noun`)."""

from __future__ import annotations

import re

from newsreport.claims.keys import REPORTING_VERBS
from newsreport.claims.vocabulary import Vocabulary, span_gap
from newsreport.claims.wording import MONTH_NAMES


def own_phrase(sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the verb phrase the date at `[start, end)` hangs from, without the verbs conjoined
    to it or the clauses below it; None when the date hangs from no verb."""
    from newsreport.claims.parsing import parsed
    from newsreport.claims.structure import CLAUSE_DEPS, clause_head, figure_tokens, span_root

    tokens = figure_tokens(parsed(sentence), start, end)
    if not tokens:
        return None
    verb = clause_head(span_root(tokens))
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    while (verb.dep_ == "xcomp" or verb.dep_ in ("advcl", "acl", "oprd")
           and not any(c.dep_.startswith("nsubj") for c in verb.children)) and verb.head.i != verb.i:
        verb = clause_head(verb.head)  # "ordered it to shut down on Friday", "sent its shares tumbling on Monday"
    inside = {t.i for t in tokens}
    cut_deps = (CLAUSE_DEPS - {"advcl"}) | {"conj", "cc"}  # "to become No. 1" stays; "which hit No. 1" does not
    cut = [t for c in verb.subtree if c.i != verb.i and (c.dep_ in cut_deps and c.head.i == verb.i or c.dep_ == "relcl")
           and not inside & {t.i for t in c.subtree} for t in c.subtree]  # never the clause holding the date
    subtree = list(verb.subtree)
    left = max([t.idx + len(t) for t in cut if t.idx + len(t) <= start] + [subtree[0].idx])
    right = min([t.idx for t in cut if t.idx >= end] + [subtree[-1].idx + len(subtree[-1])])
    return left, right


SAYING_VERBS = REPORTING_VERBS | {"explain", "argue", "claim", "insist", "reply", "testify"}
TELLING_VERBS = SAYING_VERBS | {"show", "find"}  # a source telling what happened ("data showed")


def said_on(sentence: str, start: int, end: int, verbs: set[str] = SAYING_VERBS) -> bool:
    """Whether the date at `[start, end)` dates a saying ("said on Monday that ... a ban that takes effect
    on Wednesday"): the day something was said, not a day of the events it tells."""
    from newsreport.claims.parsing import parsed
    from newsreport.claims.structure import clause_head, figure_tokens, span_root

    tokens = figure_tokens(parsed(sentence), start, end)
    head = clause_head(span_root(tokens)) if tokens else None
    return head is not None and head.lemma_.lower() in verbs and not taken(head)


def taken(verb) -> bool:
    """Whether a verb of saying takes a thing here: "claimed first place on Sunday", "claimed the title" (an object and no
    clause said; not "claimed responsibility" or "credit", which are said)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return verb.lemma_.lower() == "claim" and bool(objects) and not any(c.dep_ == "ccomp" for c in verb.children) \
        and objects[0].lemma_.lower() not in ("responsibility", "credit")


# an event told again, or moved to a new day ("postponed to Jan. 17"): each day its own event, never a conflict
# ("running again" after an outage is the service restored, not a second event)
# ("a second blaze broke out": another such event)
REPEATED = re.compile(r"\b(?:(?:(?<!running )(?<!working )(?<!online )(?<!available )again|once more|anew|(?:second|third|another|(?:its|their) own) "
                      r"(?:time|outage|shutdown|blackout|ban|crash|hearing|fire|blaze|explosion|blast|quake|earthquake|tremor|collapse|"
                      r"launch|strike|walkout|sale|auction|storm|attack|accident|summit|meeting|vote|gala|telethon|festival|"
                      r"match|game|race|rally|march|protest))\b|"
                      r"(?:postponed|rescheduled|moved|pushed back|put off|delayed) (?:to|until|till|for)\b)", re.I)


# a day that dates a saying of what will happen: right after the verb of saying ("Chirpline said on Friday it would
# shut down its app"), or named by a "when" clause that says it ("since Friday, when Chirpline said it would shut
# down"); the plan told has a day of its own, or none
SAID_BEFORE = re.compile(r"\b(?:said|says|added|warned|stated|claimed)\s+$")  # (not "told MPs on 12 May": a hearing)
PLAN_TOLD = (r"(?:that\s+)?(?:it|they|he|she|the [\w-]+|[A-Z][\w-]+(?: [A-Z][\w-]+)?)\s+"
             r"(?:would|will|was going to|is going to|planned to|plans to|intended to|intends to)\b")
PLAN_AFTER = re.compile(r"^,?\s+" + PLAN_TOLD)
WHEN_SAID_PLAN = re.compile(r"^,?\s+when\s+[^,.;:]{0,60}?\b(?:said|warned|stated|claimed)\s+" + PLAN_TOLD)


def dates_a_plan_told(sentence: str, start: int, end: int) -> bool:
    """Whether the date at `[start, end)` is the day a plan was told (`SAID_BEFORE` ... `PLAN_AFTER`, or
    `WHEN_SAID_PLAN`), not a day of the event planned."""
    after = sentence[end:]
    return bool(SAID_BEFORE.search(sentence[:start]) and PLAN_AFTER.match(after) or WHEN_SAID_PLAN.match(after))


def modified_noun(sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the noun phrase a date stands inside as a modifier ("the statute's Jan. 19 cutoff",
    "a March 3 hearing"): that noun's event, named or not, is the date's, not the sentence's; None when
    the date modifies no noun."""
    from newsreport.claims.parsing import parsed
    from newsreport.claims.structure import figure_tokens, span_root

    tokens = figure_tokens(parsed(sentence), start, end)
    root = span_root(tokens) if tokens else None
    if root is None or root.dep_ not in ("nmod", "compound") or root.head.pos_ != "NOUN" or root.head.i < root.i \
            or root.head.ent_type_ in ("DATE", "TIME"):  # "Friday afternoon", "yesterday morning": the day's own words
        return None
    noun = root.head
    while noun.dep_ == "compound" and noun.head.pos_ == "NOUN" and noun.head.i > noun.i:
        noun = noun.head  # "the May 4 court ruling", "the Jan. 19 app ban": the noun the compound names, not "court"
    # not its clauses, nor what it is joined to ("between the May 4 court ruling and Friday": the ruling's words)
    clauses = {t.i for c in noun.children if c.dep_ in ("relcl", "acl", "cc", "conj") for t in c.subtree}
    phrase = [t for t in noun.subtree if t.i not in clauses]  # "a June 5 deadline for bids": its own words
    return min(t.idx for t in phrase), max(t.idx + len(t) for t in phrase)


# verbs that say their complement did not happen: "declined to hear Orva's appeal on Monday", "refused to sign the bill"
NOT_DONE_VERBS = {"decline", "refuse", "fail", "reject"}


def not_done(sentence: str, start: int, end: int) -> bool:
    """Whether the verb the date at `[start, end)` hangs from is negated ("did not hear the appeal on Monday"; not "was
    not restored until Thursday") or the complement of a verb of declining ("declined to hear Orva's appeal on Monday"):
    the day of no such event."""
    from newsreport.claims.parsing import parsed
    from newsreport.claims.structure import clause_head, figure_tokens, span_root

    tokens = figure_tokens(parsed(sentence), start, end)
    verb = clause_head(span_root(tokens)) if tokens else None
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return False
    until = re.search(r"\b(?:until|till|before)\s+$", sentence[:start], re.I)  # "was not restored until Thursday": it was then
    return any(c.dep_ == "neg" for c in verb.children) and not until \
        or verb.dep_ == "xcomp" and verb.head.lemma_.lower() in NOT_DONE_VERBS


# verbs that only say (not "announced the deal on Monday", an event): "the ministry said on Thursday,
# closing a loophole ...": the event words of the participle are not that day's
PLAIN_SAYING = SAYING_VERBS - {"announce", "confirm", "report", "testify"}


def told_owner(reading, sentence: str, at: int, names: frozenset) -> str:
    """The told clause's named subject when the parse gave the event of the date at `at` to the speaker of
    `sentence` ("Tollo became the most downloaded app on the App Store Monday, Appmetric said Tuesday": the
    parse hangs "Monday" on "said"; Tollo). Only a date right after the told clause: in "At Thursday's
    hearing, Lin told lawmakers that Vexa ...", the hearing is Lin's."""
    from newsreport.claims.names import is_name, name_of
    from newsreport.claims.parsing import parsed

    if reading.verb not in TELLING_VERBS or reading.entity_basis != "subject":
        return ""
    for token in parsed(sentence):
        if token.dep_ == "ccomp" and token.head.lemma_.lower() in TELLING_VERBS:
            last = max(token.subtree, key=lambda t: t.i)
            subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass") and is_name(c, names)), None)
            if subject is not None and 0 <= at - (last.idx + len(last)) <= 4:  # "... App Store Monday"
                return name_of(subject)[0]
    return ""


def held_text(sentence: str, start: int, end: int) -> str:
    """The verb phrase the date at `[start, end)` hangs from, without verbs conjoined to it: in "hit No. 1
    on Monday, Feb. 9, and it has stayed near the top since" the state that went on is another clause's."""
    own = own_phrase(sentence, start, end)
    return sentence[own[0]:own[1]] if own else ""


def verb_event(sentence: str, start: int, end: int, vocabulary: Vocabulary, skip: frozenset = frozenset()):
    """The event type (one that is a claim) whose words end right before the date at `[start, end)`
    ("effective August 29"), else whose words hold the verb the date hangs from ("signed" of "signed
    the bill on Friday", "starting" of "the ban starting on May 20"; a participle's date may be its
    head verb's: "signed a bill banning Lumo on Friday"), the nearest when several do; None when
    the date hangs from no verb or no such words hold it. Event types named in `skip` are left out."""
    from newsreport.claims.parsing import parsed
    from newsreport.claims.structure import clause_head, figure_tokens, span_root

    tokens = figure_tokens(parsed(sentence), start, end)
    verb = clause_head(span_root(tokens)) if tokens else None
    verbs = []
    while verb is not None and verb.pos_ in ("VERB", "AUX") and len(verbs) < 2:
        verbs.append(verb)  # "signed a bill banning Lumo on Friday": a participle's date may be its head verb's
        own_subject = any(c.dep_.startswith("nsubj") for c in verb.children)
        verb = clause_head(verb.head) if verb.dep_ in ("acl", "advcl", "xcomp") and not own_subject \
            and verb.head.i != verb.i else None
    rules = [r for r in vocabulary.events if (r.conflicts or r.agrees) and r.name not in skip]
    for rule in rules:
        for pattern in rule.patterns:  # "effective August 29", "starting May 20": the words right before it
            if any(0 <= start - m.end() <= 1 for m in pattern.finditer(sentence)):
                return rule
    for verb in (v for v in verbs if v.lemma_.lower() not in ("be", "have")):
        best, best_gap = None, None
        for rule in rules:
            for pattern in rule.patterns:
                for match in pattern.finditer(sentence):
                    if match.start() <= verb.idx < match.end() and not (match.start() < end and start < match.end()):
                        gap = span_gap(start, end, match.start(), match.end())
                        best, best_gap = (rule, gap) if best_gap is None or gap < best_gap else (best, best_gap)
        if best is not None:
            return best
    return None


# things "released" that are news about something, not a product launched, right before the date
# ("the club's filing, released on June 30"; "a poll by the broadcaster Radio Kesh, released on Thursday"; "the
# Orlen Wealth List, released on 2 March": documents made public, as config `made_public` names them)
NEWS_RELEASED = re.compile(r"\b(?:statements?|reports?|data|figures|results|filings?|findings|letters?|documents?|surveys?|polls?"
                           r"|study|studies|forecasts?|estimates|list|index|rankings|audit|review|assessment|census|statistics)"
                           r"(?:\s+by\s+[^.;,]{1,60}?)?\s*,?\s+(?:was |were )?released\s+(?:\w+\s+){0,2}$", re.I)


# a participle or relative clause set off by commas ("the takeover, agreed on Tuesday, still needs ...")
ASIDE = re.compile(r"^\s*(?:(?:which|that|who)\s+(?:was\s+|were\s+)?\w+|\w+ed)\b[^,;]*$", re.I)


def aside_of(sentence: str, start: int, end: int) -> str:
    """The comma-delimited participle or relative clause the date at `[start, end)` stands in ("agreed on
    Tuesday"), '' when it stands in none: a state the main clause says goes on is not that clause's."""
    left, right = sentence.rfind(",", 0, start), sentence.find(",", end)
    inner = sentence[left + 1:right] if left >= 0 and right >= 0 else ""
    return inner if ASIDE.match(inner) else ""


def dated_subclauses(sentence: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the clauses below another verb that have a subject and a time of their own and do not hold the date
    at `[start, end)`: "topped the list on Sunday, as users looked for a way out if a ban takes effect next month"
    dates the topping; the ban has its own time ("next month")."""
    from newsreport.claims.date_phrases import CLAUSE_DEPS
    from newsreport.claims.parsing import parsed

    spans = []
    for token in parsed(sentence):
        if token.dep_ not in CLAUSE_DEPS - {"parataxis"} or not any(c.dep_.startswith("nsubj") for c in token.children):
            continue
        words = list(token.subtree)
        left, right = words[0].idx, words[-1].idx + len(words[-1])
        if not (left < end and start < right) and any(w.ent_type_ in ("DATE", "TIME") for w in words):
            spans.append((left, right))
    return spans


def merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` sorted, with those that overlap joined into one."""
    out = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def without_asides(sentence: str, start: int, end: int):
    """(`sentence` without the comma-delimited participle or relative clauses that do not hold the date
    at `[start, end)`, a function taking an offset of `sentence` to that text): in "The act, which
    lawmakers passed on May 13, comes into force on Aug. 1", Aug. 1 is not the day the act passed."""
    bounds = [-1] + [i for i, c in enumerate(sentence) if c == ","] + [len(sentence)]
    cuts = []  # [a, b) spans to leave out: an aside with the comma closing it, or one ending the sentence
    for left, right in zip(bounds, bounds[1:]):
        if left >= 0 and not (left < start <= right) and ASIDE.match(sentence[left + 1:right]):  # (a date may hold a comma)
            cuts.append((left + 1, right + 1) if right < len(sentence) else (left, right))
    cuts = merged(cuts + dated_subclauses(sentence, start, end))
    text = sentence
    for a, b in reversed(cuts):
        text = text[:a] + text[b:]

    def at(offset: int) -> int:
        return offset - sum(min(offset, b) - a for a, b in cuts if offset > a)
    return text, at


def other_names_near(document, position: int, entity: str) -> list[str]:
    """Names in sentence `position` of `document` and the two before that are not part of `entity`
    (nor a weekday or month): another actor the sentence's unnamed event could belong to."""
    from newsreport.claims.names import CALENDAR_WORD, article_text, document_names

    names = document_names(article_text(document))
    own = set(re.findall(r"[\w-]+", entity))
    text = " ".join(s.text for s in document.sentences[max(0, position - 2):position + 1])
    return [w for w in re.findall(r"\b[A-Z][\w-]*", text) if w in names and w not in own and not CALENDAR_WORD.match(w)]


FIRST_TIME = re.compile(r"\bfor the first time\b|\bfirst (?:reached|hit|topped|climbed)\b", re.I)


def reading_doubts(rule, reading, sentence: str, start: int, end: int, vocabulary: Vocabulary) -> list[str]:
    """Why the day at `[start, end)` of `sentence` may not be the day its event (`rule`) happened: the
    sentence says a state went on ("maintained its position on Tuesday"; not a day bounding a state,
    "stayed off work from Tuesday"), where an app stood that day ("was the top free app on Tuesday";
    unless it got there then, "was No. 1 for the first time"), or what was planned."""
    from newsreport.claims.state_spans import state_bound

    reasons = []
    if state_bound(sentence, start, vocabulary) is not None:
        pass  # "stayed off work from Tuesday": the day the state began, not a day it went on
    elif any(p.search(aside_of(sentence, start, end) or held_text(sentence, start, end) or reading.clause_text
                      or sentence) for p in vocabulary.held):
        reasons.append("the sentence says a state went on, not when it began")
    elif rule.name == "app_ranking" and not reading.verb and not FIRST_TIME.search(sentence):
        reasons.append("the sentence says where it stood that day, not when it got there")
    if reading.modal and rule.name in ("service_shutdown", "service_restored"):
        # "getting ready to close its service from Friday": what a company plans is not when it happened
        reasons.append("the sentence says what was planned or expected, not when it happened")
    return reasons


# what follows is another event's time, or a relative clause's ("racing on Sunday to reach the pit, where a roof fall ...")
OTHER_TIME = re.compile(r"\b(?:before|after|ahead of|following|since|where)\b", re.I)
# an event word right after a day of its own ("on course early Wednesday to win Tuesday's election", "the toll
# from Sunday's quake rose on Tuesday"), or right before one ("since July 1, double the figure the regulator
# published on Monday"): that day's event, not another date's
MONTH = "(?:" + "|".join(f"{m[:3]}(?:{m[3:]})?" if len(m) > 3 else m for m in MONTH_NAMES) + r"|Sept)\.?"
DAY = rf"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|{MONTH} \d{{1,2}}\b|\d{{1,2}} {MONTH}(?!\w))"
DAY_OF_ITS_OWN = re.compile(rf"\b{DAY}(?:['’]s)?(?:\s+[\w-]+)?\s*$")  # (searched up to the event word)
DAY_OF_ITS_OWN_AFTER = re.compile(rf"\s+(?:[a-z]+\s+)?(?:on |last |this |early |late )?{DAY}")  # ("a referendum held on 10 June")
# a source cited after the date ("counted 1.1 million trips in July, according to figures it filed with the city"):
# the event words of the citation are not the date's
CITATION = re.compile(r"\baccording to\b[^,;]*$", re.I)
RELATIVE = re.compile(r"\b(?:that|which)\b", re.I)  # "the ferry that sank": a relative clause's event, not an earlier date's


def nearest_event(sentence: str, start: int, end: int, vocabulary: Vocabulary, prefer_claims: bool = False):
    """The event type whose words lie closest to the date at `[start, end)` of `sentence`, or None;
    with `prefer_claims`, an event type that is a claim (conflicts or agrees) before the others
    ("had gone dark for its 170 million users on Saturday": going dark, not a user figure)."""
    best, best_key = None, None
    for rule in vocabulary.events:
        for pattern in rule.patterns:
            for match in pattern.finditer(sentence):
                own_day = DAY_OF_ITS_OWN.search(sentence, 0, match.start())
                cited = CITATION.search(sentence, 0, match.start())
                # a ranking's words may wrap its day ("took the top spot on Friday on the Play Store"); other types' patterns
                # are looser and wrapped days that were not theirs (a ban's month) when this was tried for every type
                wraps = rule.name == "app_ranking" and match.start() < start and end < match.end()
                if match.start() < end and start < match.end() and not wraps or own_day and not (own_day.start() < end and start < own_day.end()) \
                        or cited and start < cited.start() \
                        or match.start() >= end and (OTHER_TIME.search(sentence[end:match.start()]) or RELATIVE.search(
                            match.group()) or DAY_OF_ITS_OWN_AFTER.match(sentence[match.end():])):
                    # "went dark on Saturday, hours before the ban took effect", "since July 1, double the figure
                    # the regulator published on Monday",
                    continue  # "on Monday ... the ferry that sank"; "users on Saturday, January 18"; "early Wednesday ... Tuesday's election"
                key = (prefer_claims and not (rule.conflicts or rule.agrees),
                       span_gap(start, end, match.start(), match.end()), -(match.end() - match.start()))
                if best_key is None or key < best_key:
                    best, best_key = rule, key
    return best
