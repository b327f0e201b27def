"""Dated events that no event type of config names, keyed by what happened: the verb (or event noun) the date hangs
from and the thing it happened to. "The river crested on Sunday" and "the river crested on July 6" are one event told
with two days; "the roof collapsed on Monday" and "Monday's roof collapse" are one event told two ways, and so are
"the tanker sank" and "the tanker went down" (config `event_synonyms`: `happening_words`), which may name an event type
of config ("crossed the coast": a storm's landfall). A noun that names a happening is the event where the day hangs on
it ("The attack on Saturday") or on a relative clause about it ("a ransomware attack that knocked out its systems early
Sunday"). "The campaign began on Monday" is the campaign's start, "the festival closed on Friday" its end. A verb
that happens again and again (a share price falls, a minister speaks) or only tells (said, reported) keys no event."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from newsreport.claims.event_details import OWNERLESS_EVENTS, RULE_EVENTS
from newsreport.claims.happening_words import begun, cause_of, day_described, foretold, moved_figure, moving_phrase, said_otherwise
from newsreport.claims.occurrence_subjects import other_owners, subject_names
from newsreport.claims.parsing import figure_tokens, parsed, span_root
from newsreport.claims.structure import clause_head

# verbs whose day is not the day of one event: saying and thinking, repeated moves of a price or count, light verbs
# that take their meaning from an object, and going on (a state, not a happening)
# verbs that move a figure ("the toll rose to 31 on Monday"): the day is the figure's
CHANGE_VERBS = frozenset({
    "rise", "fall", "climb", "drop", "gain", "lose", "jump", "surge", "slip", "slide", "tumble", "dip", "soar",
    "plunge", "rally", "rebound", "close", "trade", "end", "finish", "edge", "sink", "grow", "shrink", "increase",
    "decrease", "decline", "reach", "hit", "top", "stand", "hover", "ease", "slow", "cool", "double", "halve",
})
NOT_OCCURRENCES = CHANGE_VERBS | frozenset({
    "be", "have", "do", "say", "tell", "add", "note", "confirm", "state", "write", "report", "tweet", "post", "ask",
    "reply", "respond", "comment", "warn", "explain", "insist", "claim", "argue", "describe", "call", "quote",
    "think", "believe", "expect", "estimate", "forecast", "predict", "hope", "plan", "want", "seem", "appear",
    "make", "get", "take", "give", "go", "come", "see", "put", "set", "keep", "let", "begin", "start",
    "continue", "remain", "stay", "work", "meet", "visit", "speak", "talk", "attend", "hold", "show", "update",
    "use", "need", "try", "help", "look", "find", "know", "learn", "live", "spend", "pay", "receive", "send",
    # states a thing is in on any day it is measured: a rank, a lead, a price, a count
    "rank", "sit", "lead", "trail", "lie", "sell", "buy", "cost", "earn", "owe", "run", "operate", "serve", "employ",
    "count", "number", "total", "wait", "average",
})
STARTING_VERBS = frozenset({"begin", "start", "commence"})  # a thing's start, if nothing follows ("began flocking")
ENDING_VERBS = frozenset({"end", "close", "finish", "conclude"})  # the last day of a happening, not its day
OCCURRENCE = "occurrence"  # the event type of config these events take (its claim label)
THEME_DEPS = ("nsubjpass", "dobj", "nsubj")  # what the event happened to: a passive subject, an object, a subject
# nouns that name who took part rather than what happened to a thing: "thousands marched" is the march itself
PARTICIPANT_NOUNS = frozenset({"people", "person", "thousand", "hundred", "million", "dozen", "crowd", "protester",
                               "resident", "worker", "member", "fan", "visitor", "customer", "user", "official"})


ON_THE_DAY = frozenset({"on", "at", "in", "during", "over"})  # prepositions that give the day an event happened


@lru_cache(maxsize=1)
def verb_lemmas() -> frozenset:
    """The verbs the parser's lemmatizer knows (its English verb index)."""
    from newsreport.corpus.syntax import load_parser

    tables = load_parser().get_pipe("lemmatizer").lookups
    return frozenset(tables.get_table("lemma_index")["verb"]) if "lemma_index" in tables.tables else frozenset()


# before a plural noun, words that pick part of a group ("the last miners"); before one thing, its name ("its first one")
GROUP_PARTS, PLURAL = frozenset({"first", "last", "remaining", "final", "other", "more", "some"}), "NNS"


def theme(head, used=frozenset()) -> str | None:
    """The lemma of the noun an event happened to, read from the children of `head` (a verb: its passive
    subject, object or subject; an event noun: its compound, "roof" of "roof collapse"); a person's surname; '' for
    a pronoun, another name or the people who took part ("thousands marched"); None for a count or a part of a group ("the last five miners"),
    to which the same thing happens on several days. `used`: indices of words that are not what it happened to: an
    object that is part of the event's words ("landfall" of "made landfall": what it happened to is then the subject),
    or the words that describe its day ("opens on May 8, the first of three nights")."""
    deps = ("compound",) if head.pos_ == "NOUN" else THEME_DEPS
    for dep in deps:
        found = [c for c in head.children if c.dep_ == dep and c.i not in used]
        if found:
            noun = found[-1]  # "pre-orders" splits into three tokens: the last is the noun
            if noun.lower_ in ("that", "which") and head.dep_ == "relcl":
                noun = head.head  # "the bridge that collapsed on Friday": the bridge
            if noun.like_num or any(c.dep_ == "nummod" and c.i < noun.i or c.lower_ in GROUP_PARTS and noun.tag_ == PLURAL for c in noun.children):
                return None  # "nine were brought out on Tuesday, the last five": a group, part by part ("Terminal 3": a name)
            if noun.pos_ == "PROPN" and noun.ent_type_ == "PERSON":  # "Coach Ravi Dell was sacked", "Ana Orr was
                return noun.text  # fired": two people, two happenings (a person by the surname every mention keeps)
            if noun.pos_ != "NOUN" or noun.lemma_.lower() in PARTICIPANT_NOUNS:
                return ""  # a name ("the Severn crested") is told as "the river" elsewhere: `unify_occurrences`
            return noun.lemma_.lower()
    return ""


# verbs that say only that their object took place: "underwent a medical", "completed his medical", "had surgery",
# "held talks", "performed the operation" tell one happening, whichever of them an article uses
OBJECT_HAPPENING_VERBS = frozenset({"undergo", "complete", "have", "hold", "conduct", "perform", "stage", "host"})


def done_thing(verb, measure=None) -> str:
    """The happening a light verb's object names (`OBJECT_HAPPENING_VERBS`), its lemma, as the event itself; '' when
    the verb is no such verb or its object is no single happening (a count, a name, the people taking part, a measure)."""
    if verb.lemma_.lower() not in OBJECT_HAPPENING_VERBS:
        return ""
    thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if thing is None or thing.tag_ not in ("NN", "NNS", "JJ") or thing.lemma_.lower() in PARTICIPANT_NOUNS \
            or any(c.dep_ == "nummod" or c.like_num for c in thing.children) or not thing.lemma_.isalpha() \
            or measure is not None and measure(thing.lemma_.lower()):
        return ""
    return thing.lemma_.lower()


def announced_action(verb) -> str:
    """The lemma of the action a saying verb announces ("QuickCart said on Tuesday it would cut about 1,200 roles": 'cut'),
    when an owner says it (a name, "it", "the company") and its clause tells the owner's own cut, change or deal
    (`modality`: not a forecast, nor on a condition); ''."""
    from newsreport.claims.modality import announced_change, announced_cut, announced_deal, company_voice

    speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.lemma_.lower() not in ("say", "tell", "confirm") or speaker is None or not company_voice(speaker):
        return ""  # (not "Analysts said on Monday that Quillon would cut 1,800 jobs")
    action = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    return action.lemma_.lower() if action is not None and (
        announced_cut(action) or announced_change(action) or announced_deal(action)) else ""


# verbs that say only that the event of their subject took place: "the collapse happened on Monday" is the collapse's day
HAPPENING_VERBS = frozenset({"happen", "occur", "unfold"})


def measured(token) -> bool:
    """Whether `token` is a number or a noun phrase counted by one ("5 million times", "2.1%"), not a preposition nor
    an ordinal ("opens on May 8, the first of three nights"), nor a thing a sum prices ("closed its $2.4-billion
    takeover on Tuesday": the day is the takeover's)."""
    return number(token) or token.text == "%" or any((c.dep_ == "nummod" or number(c)) and not any(
        g.tag_ == "$" for g in c.subtree) for c in token.children)


def number(token) -> bool:
    """Whether `token` is a cardinal number ("31", "million"), not an ordinal ("first", "third")."""
    return token.like_num and token.tag_ == "CD"


TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year"})  # "48 hours after": no level


def figure_day(sentence: str, start: int, end: int) -> bool:
    """Whether the date at `[start, end)` hangs from a verb moving a figure to or by a level ("the death toll in the
    ferry accident rose to 31 on Monday"): the figure's day, not the day of the event its clause names."""
    tokens = figure_tokens(parsed(sentence), start, end)
    if not tokens or any(t.dep_ == "poss" for t in tokens):
        return False  # "the toll from Sunday's quake rose to 96": the day is the quake's
    head = clause_head(span_root(tokens))
    return head.lemma_.lower() in CHANGE_VERBS and moved_level(head, tokens)


def moved_level(head, date_tokens) -> bool:
    """Whether verb `head` has a figure as its object or after "to"/"by" ("rose to 31", "fell 8%", "was streamed 8
    million times"), outside the date's own words; not one in another clause ("struck on Sunday, killing 212")."""
    inside = {t.i for t in date_tokens}
    for child in head.children:
        if inside & {t.i for t in child.subtree}:
            continue
        if child.dep_ in ("dobj", "npadvmod", "attr", "nummod") and measured(child) and child.lemma_.lower() not in TIME_UNITS:
            return True
        if child.dep_ == "prep" and child.lower_ in ("to", "by") and any(measured(g) for g in child.children):
            return True
    return False


# a day written as its happening's: "Thursday's telethon", "last night's Hope Live telethon" (names may stand between)
DAYS_NOUN = re.compile(r"['’]s\s+(?:[A-Z][\w.-]*\s+){0,4}([a-z][a-z-]+)\b")


# nouns of a happening that no verb spells: "the April 21 seismic event", "the May 3 incident"
HAPPENING_NOUNS = frozenset({"event", "incident", "accident", "disaster", "tragedy"})
# a noun made from a verb names that verb's happening: "filing" (file), "announcement" (announce), "approval"
# (approve), "notification" (notify), "declaration" (declare), "eruption" (erupt)
VERB_NOUN_ENDINGS = (("ication", "y"), ("ation", "e"), ("ment", ""), ("ing", ""), ("ing", "e"), ("al", "e"), ("ion", ""))


def happening_noun(noun, words: dict, derived: bool = True) -> bool:
    """Whether `noun` (a token) names a happening: a noun English also uses as a verb ("collapse", "vote"), one made
    from a verb (`VERB_NOUN_ENDINGS`; not with `derived` False), a happening word of config, or `HAPPENING_NOUNS`;
    never a state (`NOT_OCCURRENCES`)."""
    lemma = noun.lemma_.lower()
    stems = [lemma[:-len(end)] + add for end, add in VERB_NOUN_ENDINGS
             if derived and lemma.endswith(end) and len(lemma) > len(end) + 2]
    return lemma in HAPPENING_NOUNS or lemma in words or any(
        w in verb_lemmas() and w not in NOT_OCCURRENCES for w in [lemma, *stems])


def event_noun_day(root, words: dict) -> bool:
    """Whether the date's "on" phrase hangs on the subject of its clause that names a happening ("The attack on
    Saturday has been ...", "the blast on Monday killed ..."): a singular noun English also uses as a verb."""
    noun = root.head
    return root.dep_ == "prep" and root.lower_ == "on" and noun.pos_ == "NOUN" and noun.tag_ == "NN" \
        and noun.dep_ in ("nsubj", "nsubjpass") and happening_noun(noun, words)


def told_of(verb, words: dict):
    """The happening a relative clause tells the day of ("a ransomware attack that knocked out computer systems early
    Sunday", "the storm, which flattened the town on Friday"): the noun the clause hangs on when that noun names a
    happening (a noun English also uses as a verb) and the relative pronoun is the clause's subject; else None."""
    noun = verb.head
    relative = any(c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in verb.children)
    if begun(verb, words):
        return None  # "The tour, which kicks off on May 9": the tour's start, keyed by its verb as "opens" is
    # a clause that does something to a thing or a place ("knocked out systems", "swept through the market") tells a
    # happening's day; one that only dates its noun ("the bridge that collapsed on Friday") tells what befell the noun
    acts = any(c.dep_ == "dobj" or c.dep_ == "prep" and any(g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME")
                                                             for g in c.children) for c in verb.children)
    if verb.dep_ == "relcl" and relative and noun.pos_ == "NOUN" and noun.tag_ == "NN" and happening_noun(noun, words, derived=False) \
            and (acts or noun.lemma_.lower() in words or noun.lemma_.lower() in HAPPENING_NOUNS):
        return noun
    return None


def occurrence(sentence: str, start: int, end: int, words: dict | None = None, measure=None) -> str:
    """What happened on the date at `[start, end)` of `sentence`, as 'event (thing)' ("crest (river)", "collapse
    (roof)", "declare (result)"), or '' when the date hangs from no verb or event noun, or from one that does not
    name a single happening (`NOT_OCCURRENCES`). `words`: verb phrases of one happening and their key (config
    `event_synonyms`: "went down" and "sank" are one); `measure`: whether words name a measure ("prices")."""
    words = words or {}
    tokens = figure_tokens(parsed(sentence), start, end)
    if not tokens:
        return ""
    root = span_root(tokens)
    named = DAYS_NOUN.match(sentence, end)
    if named and named.group(1).lower() in words:  # "during last night's Hope Live telethon": the telethon's day
        return words[named.group(1).lower()]  # (read from the words: the parse of a name before it often breaks)
    possessive = next((t for t in tokens if t.dep_ == "poss" and t.head.pos_ == "NOUN"), None)
    if possessive is not None:  # "Monday's roof collapse", "by last Saturday's march": a noun that is also a verb
        head = possessive.head  # ("Friday's jackpot" names a thing, not a happening)
        if not happening_noun(head, words):
            return ""
    elif root.dep_ in ("nmod", "compound") and root.head.pos_ == "NOUN":
        head = root.head  # "The November 14 collapse", "In its May 14 filing": the day of the happening the noun names
        if not happening_noun(head, words):
            return ""  # "the March 3 deadline": a thing, not a happening
    elif root.dep_ in ("prep", "agent") and root.lower_ not in ON_THE_DAY:
        return ""  # "brought out by Tuesday", "since Monday": a bound, not the day it happened
    elif event_noun_day(root, words):
        head = root.head  # "The attack on Saturday has been one of the most disruptive": the attack's day
    else:
        head = clause_head(root)
        if head.pos_ != "VERB" or head.tag_ not in ("VBD", "VBN", "VBZ", "VBP") and not foretold(head):
            return ""  # a date under a noun, or an infinitive or gerund ("to crest on Friday"): no finite happening
        head = told_of(head, words) or head  # "a ransomware attack that knocked out its systems early Sunday": the attack
    subject = next((c for c in head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
    if subject is None and head.dep_ == "relcl" and head.head.pos_ == "NOUN" \
            and any(c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in head.children):
        subject = head.head  # "the festival, which started on Monday": the festival
    if head.lemma_.lower() in HAPPENING_VERBS and subject is not None:
        head = subject  # "the collapse happened at 2am on Monday": the collapse
    elif subject is not None and subject.lemma_.lower() in words and begun(head, words):
        if head.lemma_.lower() in ENDING_VERBS:  # "the festival, which closed on September 11": its last day
            return f"end ({words[subject.lemma_.lower()]})"
        head = subject  # "the summit began on Tuesday", "the telethon took place on Friday": the summit, the telethon
    head = cause_of(head, words) or head  # "14 men trapped by the collapse late on Sunday": the collapse
    described = day_described(head, tokens)  # "on May 8, the first of three nights": words of the day, not the event's
    if moved_level(head, tokens + described):  # a count of it, or a level it moved to or by (not "crested at 6.1 m")
        return ""  # "was downloaded 5 million times on Monday", "eased to 2.1%": a measure on that day, not a happening
    event, used = said_otherwise(head, words)
    done = done_thing(head, measure)  # (before the synonyms: "complete" is one of them, "completed his medical" no deal)
    if done:
        return done  # "underwent a medical on Monday", "completed his medical on Tuesday": the medical's day
    if not event:
        event = head.lemma_.lower()
        told = announced_action(head)
        if told:  # "said on Tuesday it would cut about 1,200 roles": the day the cuts were announced
            return f"announce ({told})"
        if event in STARTING_VERBS and not any(c.dep_ in ("xcomp", "ccomp", "dobj", "prt") for c in head.children):
            thing = theme(head, {t.i for t in described})  # "the campaign, which began on Monday": its start
            return f"begin ({thing})" if thing else ""  # (a name's start is told of the thing it began elsewhere)
        if event in NOT_OCCURRENCES or not event.isalpha():
            return ""
    elif moved_figure(head, used, measure, moving_phrase(head, CHANGE_VERBS)):
        return ""  # "the rupee sank to a record low", "prices went down on Monday": a figure moving, not a happening
    thing = theme(head, {t.i for t in described} | ({used.i} if used is not None else set()))
    return "" if thing is None else f"{event} ({thing})" if thing else event


def occurrence_of(sentence: str, start: int, end: int, vocabulary) -> tuple[object, str]:
    """(event rule, detail) of the happening on the date at `[start, end)` (`occurrence`, with the vocabulary's
    synonym table): the event type the table names for its words ("crossed the coast": a disaster striking), else
    the `OCCURRENCE` type with the happening as detail (a type's detail: what it happened to, or ''); (None, '') when
    no single happening is told."""
    def measure(text: str) -> bool:
        return any(p.search(text) for m in vocabulary.metrics for p in m.patterns) \
            or text.split()[-1].lower() in vocabulary.money_nouns
    happened = occurrence(sentence, start, end, vocabulary.event_words, measure)
    event, _, thing = happened.partition(" (")
    typed = vocabulary.event(event) if happened else None
    if typed is not None:  # what it happened to tells two accidents apart ("the plane crashed", "a helicopter crashed")
        return typed, thing.rstrip(")")
    return (vocabulary.event(OCCURRENCE), happened) if happened else (None, "")


def join_typed_accounts(records: list[dict], vocabulary) -> None:
    """Give an occurrence the key of an ownerless event type (a disaster striking) whose accounts in the corpus name
    it in that type's own words: "nine workers were trapped by the collapse late on Tuesday" beside "the tunnel
    collapse happened on Wednesday" is the disaster, told two ways; "the talks collapsed" beside a quake is not. An
    account naming no thing it happened to takes the one thing the others name ("the plane crashed"), if one."""
    prefix = OCCURRENCE + ": "
    for rule in (r for r in vocabulary.events if r.conflicts and r.name in OWNERLESS_EVENTS):
        told = [m.group() for r in records if str(r.get("metric", "")).partition(": ")[0] == rule.name for p in rule.patterns
                for m in p.finditer(str(r.get("context", "")))]
        for record in records:
            metric = str(record.get("metric", ""))
            event, _, thing = metric.removeprefix(prefix).partition(" (")
            stem = event[:-1] if event.endswith("e") else event
            if metric.startswith(prefix) and (not thing or any(thing.rstrip(")") in words for words in told)) \
                    and any(re.search(rf"\b{re.escape(stem)}\w*", words, re.I) for words in told):
                record["metric"], record["entity"] = rule.name, ""
        things = {str(r["metric"]).partition(": ")[2] for r in records if str(r.get("metric", "")).startswith(rule.name + ": ")}
        for record in records:  # "Tuesday's crash" with "the plane crashed on Monday": the plane's; with a helicopter's
            if record.get("metric") == rule.name and len(things) == 1:  # crash too, either one's: left apart
                record["metric"] = f"{rule.name}: {next(iter(things))}"


SAME_EVENT_DAYS = 31  # two accounts of one happening disagree by days; dates further apart tell two happenings


def apart(dates: set[str]) -> int:
    """Days between the first and the last of ISO `dates` (a month counts as its first day)."""
    days = sorted(date.fromisoformat(d if len(d) == 10 else f"{d}-01") for d in dates)
    return (days[-1] - days[0]).days


def occurrence_owners(record: dict, documents: dict | None) -> set[str]:
    """The names the subject of an occurrence's clause writes (`occurrence_subjects`); none without `documents`."""
    document = (documents or {}).get(record.get("doc"))
    sentence = document.sentence_at(int(record["start"])) if document is not None else None
    if sentence is None:
        return set()
    return subject_names(sentence.text, int(record["start"]) - sentence.start, int(record["end"]) - sentence.start)


def unify_occurrences(records: list[dict], documents: dict | None = None) -> None:
    """Give an event told without the thing it happened to ("the collapse happened on Monday") the thing the
    corpus's other accounts of that event name, when they all name the same one ("Monday's roof collapse"): one
    event told two ways; not when its subject names an owner the others' subjects do not (`documents`, by id:
    "Pacific Basin Grid peaked" beside "demand on the Sonoran Grid Authority's network peaked").
    Where accounts name several things ("opened a store", "opened pre-orders") it stays apart.
    An event one article gives two days is one that recurs, and accounts more than `SAME_EVENT_DAYS` apart tell two
    happenings: each day is then its own event, never a conflict."""
    prefix = OCCURRENCE + ": "
    themes: dict[str, set[str]] = {}
    thing_owners: dict[str, set[str]] = {}  # the owners named in the subjects of the accounts that name the thing
    for record in records:
        event, _, thing = str(record.get("metric", "")).removeprefix(prefix).partition(" (")
        if str(record.get("metric", "")).startswith(prefix) and thing:
            themes.setdefault(event, set()).add(thing.rstrip(")"))
            thing_owners.setdefault(event, set()).update(occurrence_owners(record, documents))
    for record in records:
        metric = str(record.get("metric", ""))
        event = metric.removeprefix(prefix)
        thing = next(iter(themes[event])) if len(themes.get(event, ())) == 1 else ""
        if metric.startswith(prefix) and " (" not in event and thing and not (thing.islower() and other_owners(
                occurrence_owners(record, documents), thing_owners[event])):  # (another owner's thing: "demand on X's network")
            record["metric"] = f"{metric} ({thing})"
    told: dict[str, list[dict]] = {}  # each article telling one such event once, by whatever thing it names ("announced
    for record in records:  # a reduction", "the quota was unveiled"): one event; not things named apart (two people)
        metric = str(record.get("metric", ""))
        if metric.startswith(prefix):
            told.setdefault(metric.removeprefix(prefix).partition(" (")[0], []).append(record)
    for event, accounts in told.items():
        docs = [r["doc"] for r in accounts]
        if len(themes.get(event, ())) > 1 and len(set(docs)) == len(docs) > 1 and all(t.islower() for t in themes[event]):
            for record in accounts:
                record["metric"] = prefix + event
    days: dict[tuple[str, str], set[str]] = {}
    for record in records:
        if str(record.get("metric", "")).startswith(prefix):
            days.setdefault((record["metric"], record["doc"]), set()).add(str(record["date"]))
    spread: dict[str, set[str]] = {}
    for (metric, _), dates in days.items():
        spread.setdefault(metric, set()).update(dates)
    # one article giving two days, or accounts a month apart or more ("the bridge reopened in 2019"): not one event
    recurring = {metric for (metric, _), dates in days.items() if len(dates) > 1} | {
        metric for metric, dates in spread.items() if apart(dates) > SAME_EVENT_DAYS}
    for record in records:  # "Tuesday night's draw ... Friday's draw" in one article: a draw held again and again
        if record.get("metric") in recurring:
            record["period"], record["period_basis"] = record["date"], "stated"  # each day its own event


def join_kinds_told_once(records: list[dict]) -> None:
    """One rule told under two nouns: where each article tells a rule taking effect once, each by another noun
    (`event_details.RULE_EVENTS`: "the rule will take effect on April 15" / "the restrictions, which take effect
    next Thursday"), the accounts of one owner are one event under the first article's noun, so their days are
    compared; not where two articles share a noun and a third names another ("the exemption" twice, "new tariffs"
    once: two rules), nor where an article tells two rules."""
    told: dict[tuple, list[dict]] = {}
    for record in records:
        kind, _, detail = str(record.get("metric", "")).partition(": ")
        if kind in RULE_EVENTS and record.get("kind") == "date":
            told.setdefault((kind, record.get("entity") or ""), []).append(record)
    for (kind, _), accounts in told.items():
        details = [str(r["metric"]).partition(": ")[2] for r in accounts]
        docs = [r["doc"] for r in accounts]
        if len(accounts) > 1 and len(set(details)) == len(details) == len(set(docs)) \
                and all(d and d.islower() for d in details) and apart({str(r["date"]) for r in accounts}) <= SAME_EVENT_DAYS:
            for record in accounts:
                record["metric"] = f"{kind}: {details[0]}"
