"""What was done to the things a bare counted noun counts is part of its measure: "built 40,000 cars" and "sold
30,000 cars" are two measures, as "printed 2 million copies" and "sold 200,000 copies" are. The verb counts only
when the owner did it to the things (they are its object or passive subject, its subject a name, "it" or one
actor, not "users sent 41 billion messages") and it says what was done (not "has", "reported", "reached", "rose
to"); one of its synonyms stands for it ("made"/"built" are 'produce', "shipped"/"sold" are 'deliver'). Over the
corpus (`key_by_acts`), an owner's things are keyed apart by act only where two acts are counted, and a noun of the
act ("deliveries", "sales", "production") takes the measure of the things that act counts."""

from __future__ import annotations

import re

from newsreport.claims.counted import THING_OUTCOMES
from newsreport.claims.earlier_spans import CHANGE_VERBS

# verbs that say the things are held, reported or reach a level, not what was done to them
HOLDING_VERBS = {"have", "own", "hold", "keep", "maintain", "operate", "run", "manage", "boast", "number", "total",
                 "contain", "include", "comprise", "feature", "offer", "house", "host", "serve", "employ", "use",
                 "count", "list", "carry", "field", "account", "represent", "cover", "involve", "span"}
STATING_VERBS = {"say", "report", "announce", "post", "record", "log", "put", "estimate", "tally", "show", "see",
                 "expect", "forecast", "project", "predict", "target", "plan", "aim", "claim", "cite", "confirm",
                 "disclose", "reveal", "publish", "state", "tell", "give", "suggest", "indicate", "calculate",
                 "reckon", "find", "note", "add", "peg", "place", "set", "revise", "restate", "lower", "raise"}
LEVEL_VERBS = {"reach", "hit", "top", "exceed", "surpass", "pass", "cross", "near", "approach", "stand", "come",
               "amount", "remain", "stay", "sit", "mark", "match", "beat", "miss", "trail", "lag", "equal", "double",
               "triple", "halve", "break", "return"}
# verbs that know of things or only perform the events counted: "knows of three crashes", "completed 600 million trips"
KNOWING_VERBS = {"know", "learn", "identify", "document", "detect", "notice", "acknowledge", "admit", "witness"}
PERFORMING_VERBS = {"complete", "perform", "conduct", "undertake", "do", "handle", "process", "facilitate", "power",
                    "provide", "take"}
# verbs that win or gain what they count, which is then held: "won 41 seats", "secured 12 contracts"
ACQUIRING_VERBS = {"win", "secure", "capture", "get", "obtain", "earn", "land", "attract", "collect", "receive"}
# verbs that say the things were touched, not what was done to them: "vehicles affected", "crashes linked to it"
TOUCHING_VERBS = {"affect", "impact", "concern", "link", "relate", "tie", "connect"}
NEUTRAL_VERBS = HOLDING_VERBS | STATING_VERBS | LEVEL_VERBS | CHANGE_VERBS | TOUCHING_VERBS | KNOWING_VERBS \
    | PERFORMING_VERBS | ACQUIRING_VERBS | {""}
OUTCOME_VERBS = {v for verbs in THING_OUTCOMES.values() for v in verbs}  # keyed by counted.verb_detail already
LIGHT_VERBS = {"make", "give"}  # "made 140,000 deliveries": the noun of an act says it, not the verb
ACT_NOUN = re.compile(r"(?:ery|eries|tions?|sions?|ments?|ances?|ences?|als|ures?|ings)$")

# verbs of one act, keyed by one of them: what a factory turns out, what reaches buyers
VERB_SENSES = {**dict.fromkeys(("make", "build", "manufacture", "assemble", "produce"), "produce"),
               # a maker's deliveries are its sales; parcels sent are parcels shipped
               **dict.fromkeys(("deliver", "ship", "sell", "retail", "send", "dispatch"), "deliver")}
SENSE_VERBS = {sense: {v for v, s in VERB_SENSES.items() if s == sense} for sense in set(VERB_SENSES.values())}
# acts done to some of the things an owner has, picking out a part: "translates 18 million posts a day" is not all
# the posts written ("its members write about 60 million posts a day"), so they key apart even where no other act is told
PICKING_ACTS = {"translate", "remove", "delete", "flag", "block", "review", "moderate", "censor", "hide", "label",
                "refund", "reject", "suspend"}


def acted_on(noun, verb) -> bool:
    """Whether the counted `noun` is what the owner did its `verb` to: its object ("Acme built 40,000 cars", "it
    shipped") or its passive subject ("40,000 cars were built"); not when the verb's subject is a plural common
    noun (a crowd acting on the owner's service: "users sent 41 billion messages"), nor when the verb says what
    the things are made to do ("stops 1,200 bodies from buying": the clause after says it)."""
    controlled = any(c.dep_ in ("xcomp", "ccomp", "oprd") or c.dep_ == "prep" and any(g.dep_ == "pcomp" for g in c.children)
                     for c in verb.children)
    crowd = any(c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.tag_ == "NNS" for c in verb.children)
    return noun.dep_ in ("dobj", "nsubjpass") and noun.head.i == verb.i and not controlled and not crowd


def acted_verb(reading, person_nouns: frozenset, configured: bool = False) -> str:
    """The verb (its sense's lemma) that says what was done to the things a bare count counts ("produced 120,000
    cars": 'produce'; "tickets sold passed 4 million": 'deliver'), '' for a verb that only holds, states or sets a
    level of them, for people (counted by their fate, claims.fates) and for outcomes `counted.verb_detail` keys
    ("4,000 cars recalled"). A count a config metric measures (`configured`) keeps only an act that picks out a
    part of its things (`PICKING_ACTS`: "translates 18 million posts a day")."""
    head = reading.counted.split()[-1] if reading.counted else ""
    if not head or head in person_nouns:
        return ""
    done = reading.verb if reading.acted_on and reading.verb not in NEUTRAL_VERBS else reading.fate
    if done in NEUTRAL_VERBS | OUTCOME_VERBS or not re.fullmatch(r"[a-z]+", done) \
            or done in LIGHT_VERBS and ACT_NOUN.search(head) or configured and done not in PICKING_ACTS:
        return ""
    return VERB_SENSES.get(done, done)


# nouns of an act whose verb is not their stem ("sales" of what is sold)
IRREGULAR_NOUNS = {"sale": "sell", "loss": "lose", "flight": "fly", "growth": "grow"}
NOUN_SUFFIXES = ("ation", "ition", "tion", "sion", "ion", "ment", "ance", "ence", "al", "ure", "y")  # (not "buildings")


def singular(noun: str) -> str:
    """'delivery' for "deliveries", 'launch' for "launches", 'order' for "orders"."""
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    if re.search(r"(?:ch|sh|x|ss)es$", noun):
        return noun[:-2]
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


def derives(noun: str, verb: str) -> bool:
    """Whether `noun` names the act of `verb` or its result: "deliveries"/'deliver', "production"/'produce',
    "shipments"/'ship', "cancellations"/'cancel', "orders"/'order', "sales"/'sell'."""
    word = singular(noun.lower())
    if IRREGULAR_NOUNS.get(word) == verb:
        return True
    stems = {word} | {word[:-len(s)] for s in NOUN_SUFFIXES if word.endswith(s) and len(word) - len(s) >= 3}
    stems |= {s[:-1] for s in stems if len(s) > 3 and s[-1] == s[-2]}  # "cancellation": 'cancel'
    return bool(stems & {verb, verb[:-1] if verb.endswith("e") else verb})


# verbs whose nouns name an act done to a count of things ("an order for 5 million doses", "a shipment of 40 buses")
NOUN_ACTS = set(VERB_SENSES) | PICKING_ACTS | {"order", "purchase", "buy", "import", "export", "allocate", "donate"}


def act_of_noun(noun) -> str:
    """The verb of the act a noun before the counted `noun` names, when the count is what that act was done to
    ("an order for 5 million doses": 'order'; "a shipment of 2.5 million doses": 'ship'; "deliveries of 40 buses":
    'deliver'), '' for none ("a fleet of 40 buses")."""
    head = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in ("for", "of") else None
    if head is None or head.pos_ != "NOUN":
        return ""
    return next((verb for verb in sorted(NOUN_ACTS) if derives(head.lower_, verb)), "")


def key_by_acts(records: list[dict], acts: dict) -> list[dict]:
    """Claim records keyed by act over the corpus (`acts`: the `_acted` verb of each mention by (doc, start, end)):
    an owner's count of things done two ways ("produced 120,000 cars", "delivered 112,000 cars"), or picked out by
    an act (`PICKING_ACTS`), takes its act into its measure ('cars: produce', 'posts: translate'); a record measured
    by a noun of an act ("third-quarter deliveries of 99,300", "sales of 64,000") takes the measure of the owner's
    things that act counts when they are one; in place."""
    acted = [(r, acts.get((r["doc"], r["start"], r["end"]), "")) for r in records]
    acted = [(r, act) for r, act in acted if act]
    ways = {}
    for record, act in acted:
        ways.setdefault((record["entity"], record["metric"]), set()).add(act)
    for record, act in acted:
        if len(ways[(record["entity"], record["metric"])]) > 1 or act in PICKING_ACTS:
            record["metric"] = f"{record['metric']}: {act}"
    done_by = {id(r) for r, _ in acted}
    for record in records:
        if record.get("kind") != "count" or not record["entity"] or id(record) in done_by \
                or not re.fullmatch(r"[a-z]+", str(record["metric"])):
            continue
        done = {r["metric"] for r, act in acted if r["entity"] == record["entity"]
                and any(derives(record["metric"], v) for v in SENSE_VERBS.get(act, {act}))}
        whole = [m for m in done if all(o == m or o.endswith(f"_{m}") for o in done)]
        if len(whole) == 1:  # "Acme delivered 52,000 scooters" and "its deliveries of 47,000": scooters delivered;
            record["metric"] = whole[0]  # of "electric_vehicles" and "vehicles" sold, "sales" count all its vehicles
    return records
