"""What a figure counts: the noun it is hung on with the modifiers that make it another measure ("monthly active
users", "passenger numbers"), not those that only describe the things counted ("low-value packages")."""

from __future__ import annotations

import re

from newsreport.claims.windows import comparison_window

from newsreport.claims.names import opening_word
from newsreport.corpus.syntax import GENERATIONS  # "5G users" are not all users


def descriptive(token) -> bool:
    """A modifier that describes the things counted without making them another measure: one half of
    a hyphenated adjective ("low-value packages", "duty-free parcels") or a word of a fixed foreign
    phrase ("de minimis packages")."""
    doc = token.doc
    hyphenated = any(0 <= j < len(doc) and doc[j].text in ("-", "–") for j in (token.i - 1, token.i + 1))
    return hyphenated or token.tag_ == "FW" or any(c.pos_ == "X" or c.tag_ == "FW" for c in token.children)


# words pointing back to things named before, not a kind of them: "4 million such parcels", "similar cases"
POINTING_WORDS = {"such", "similar", "same", "other", "further", "additional", "more"}
SCALE_WORDS = {"crore", "crores", "lakh", "lakhs"}  # "2 crore users": Indian scale words, parts of the number
# a scale the parser hangs on the noun is part of the number: "50 lakh new sign-ups", "2 million new users"
COUNT_SCALES = SCALE_WORDS | {"million", "billion", "thousand", "hundred", "mn", "bn"}
GLUED_SCALES = {"m", "mn", "bn", "b", "k", "tn", "trn", "cr"}


def glued_scale(token) -> bool:
    """Whether `token` is a scale glued to the number before it that the tokenizer split off ("1.51m", "£14m")."""
    return token.lower_ in GLUED_SCALES and token.i > 0 and token.doc[token.i - 1].like_num \
        and not token.doc[token.i - 1].whitespace_


def nationals(noun) -> bool:
    """A people counted by its name ("1.2 million Americans", "40,000 Kenyans"): people of its country, whose scope the
    name gives, as "people in Kenya" are."""
    return noun.ent_type_ == "NORP" and noun.tag_ in ("NNPS", "NNS") and noun.text[:1].isupper()


def unit_noun(unit: str, sentence: str) -> str:
    """The noun the figures step read beside a count (its unit), lower case; 'people' for a people counted by its
    name, which the parse tags so in `sentence` ("about 300,000 Canadians have started ...")."""
    from newsreport.claims.parsing import parsed

    return "people" if any(t.text == unit and nationals(t) for t in parsed(sentence)) else unit.lower()


def counted_words(noun, names: frozenset = frozenset()) -> str:
    """The counted noun with its measure-making modifiers, lower case ("monthly active users"); a capitalized
    modifier opening the sentence ("Passenger numbers") is one of them, not a name. A scale glued to its number
    that the tokenizer splits off ("1.51m", "£14m") counts nothing: ''."""
    if glued_scale(noun):
        return ""
    modifiers = [c for c in noun.children if c.dep_ in ("amod", "compound") and c.text in GENERATIONS] + [
                 c for c in noun.children if c.dep_ in ("amod", "compound") and not c.like_num and c.text not in GENERATIONS
                 and c.lower_ not in POINTING_WORDS | COUNT_SCALES and not glued_scale(c)  # "a £70m fee": a fee
                 and (c.pos_ in ("ADJ", "NOUN", "VERB") or c.dep_ == "compound" and opening_word(c, names))
                 and c.ent_type_ not in ("NORP", "GPE", "DATE", "CARDINAL")
                 and not descriptive(c) and not (c.i > noun.i and (c.tag_ in ("VB", "VBP") or c.pos_ == "NOUN"))
                 and not (c.i < noun.i and c.lower_ in DONE_BEFORE)]  # "300 cancelled flights": flights, cancelled
    doc = noun.doc  # a hyphened noun is one word: "sign-ups", "start-ups", "pick-ups"
    glued = noun.i >= 2 and doc[noun.i - 1].text in ("-", "–") and not doc[noun.i - 1].whitespace_ \
        and not doc[noun.i - 2].whitespace_ and doc[noun.i - 2].is_alpha
    head = f"{doc[noun.i - 2].lower_}-{noun.lower_}" if glued else noun.lower_
    words = [(t.i, t.lower_) for t in modifiers if not (glued and t.i == noun.i - 2)] + [(noun.i, head)]
    return " ".join(w for _, w in sorted(words))


# people a harm reached: "data belonging to 4.8 million customers", "exposed the records of 6 million
# policyholders", "the outage affected 2 million users", "obtained records on 2.8 million customers" in a
# sentence about a breach: they count those hit, not all the owner's customers ("has 11 million customers")
HARMED_VERBS = {"affect", "expose", "steal", "compromise", "leak", "hit", "impact", "breach", "hack", "belong", "notify",
                "disrupt", "strand", "catch", "delay"}  # "travellers caught up in the strike", "delayed"
# "left 4 million users unable to log in", "left 90,000 customers without service": people a harm left so (not
# "leaving its 45 million users unable to download updates": all its users, read as the user base)
ITS_ALL = re.compile(r"\b(?:its|their|[A-Z][\w-]*['’]s)\s+(?:[a-z]+\s+){0,2}$")
LEFT_WITHOUT = re.compile(r"^[^.;,]{0,30}?\b(?:unable|without|stranded|cut off|locked out|offline|in the dark)\b", re.I)
# users a harm reached, told in the passive or as left without something, whatever the sentence names the harm
# ("about 4 million users were hit", "left 700,000 users unable to play music")
PASSIVE_HARM = re.compile(r"\b(?:were|was|been|are|is|be)\s+(?:\w+ly\s+)?(?:affected|hit|exposed|impacted|disrupted|"
                          r"stranded|compromised)\b", re.I)
HARM_WORDS = re.compile(r"\b(?:breach(?:es|ed)?|hack(?:ed|ers?|s)?|cyber-?attacks?|intrusion|exposed|stolen|stole|leak(?:s|ed)?|"
                        r"compromised|affected|outages?|ransomware)\b", re.I)
# verbs of the people an owner has or wins, whatever the sentence says around them
HOLDING_VERBS = {"", "have", "serve", "count", "number", "employ", "reach", "boast", "claim", "add", "gain", "lose", "win",
                 "attract", "sign", "keep", "retain", "use"}


# what happened to things no config measure names keys them apart, whatever the verb's synonym: "3,400
# flights were delayed" is not "1,900 flights scrapped", "4,000 cars recalled" is not "4,000 cars sold"
THING_OUTCOMES = {"cancelled": {"cancel", "scrap", "ax", "axe", "ground", "scratch", "call"},
                  "delayed": {"delay", "postpone"}, "recalled": {"recall"}, "returned": {"return"},
                  # accounts, pages or listings removed are one count however the removal is worded
                  "closed": {"close", "shut", "remove", "delete", "deactivate", "terminate", "purge"},
                  "destroyed": {"destroy", "raze", "flatten"},
                  "damaged": {"damage"}, "seized": {"seize", "confiscate", "impound"}}
# the same outcome as a participle after the things when the verb is "have": "had 1,200 flights cancelled"
OUTCOME_PARTICIPLE = re.compile(r"^\s+(cancell?ed|scrapped|axed|grounded|delayed|postponed|recalled|returned|closed|"
                                r"destroyed|damaged|seized)\b", re.I)
PARTICIPLE_OUTCOME = {"cancelled": "cancelled", "canceled": "cancelled", "scrapped": "cancelled", "axed": "cancelled",
                      "grounded": "cancelled", "postponed": "delayed"}
# ... or as a participle before them: "led to about 300 cancelled flights" (the things, with what was done to them)
DONE_BEFORE = {"cancelled", "canceled", "scrapped", "axed", "grounded", "delayed", "postponed", "recalled", "seized"}
# ... or as the noun of the event that takes them in: "the recall covers 90,000 vehicles", "closures affect 120 stores"
OUTCOME_NOUN = re.compile(r"\b(?:(recall)s?|(cancell?ation)s?|(delay)s?|(closure)s?)\b", re.I)
NOUN_OUTCOME = ("recalled", "cancelled", "delayed", "closed")
# an outcome said by a verb and its particle: "were put off", "pushed back", "shut down", "pulled down"
PHRASAL_OUTCOMES = {("put", "off"): "delayed", ("push", "back"): "delayed", ("shut", "down"): "closed",
                    ("pull", "down"): "destroyed", ("knock", "down"): "destroyed", ("take", "down"): "closed"}
PHRASAL_OUTCOMES |= {(verb, ""): "" for verb, _ in list(PHRASAL_OUTCOMES)}  # (the verbs that may take one)
TAKING_VERBS = {"cover", "include", "involve", "affect", "hit", "span", "concern", "apply"}


# adverbs of what is usual: a figure they qualify is a norm, not a value of the period it names
USUAL = re.compile(r"\b(?:normally|usually|typically|ordinarily|customarily)\b", re.I)


LINKING_WORDS = {"total", "amount", "worth", "come", "add"}  # "rises totalling 18%", "a rise worth 15%", "adding up to"


def governing_verbs(sentence: str, figure_span: tuple[int, int]) -> set[str]:
    """Verbs that say what was done with the thing a figure measures, beyond the figure's own verb: a relative clause
    on it ("the 18% their union asked for", "the 9% increase the union had sought") and the verb of the noun a linking
    word hangs it on ("is seeking pay rises totalling 18%", "demanded a rise worth 15%")."""
    from newsreport.claims.parsing import parsed

    start, end = figure_span
    inside = [t for t in parsed(sentence) if start <= t.idx < end]
    head = next((t for t in inside if not start <= t.head.idx < end or t.head.i == t.i), None)
    if head is None:
        return set()
    nouns = [head] + ([head.head] if head.dep_ in ("nummod", "compound") and head.head.pos_ == "NOUN" else [])
    verbs = {c.lemma_.lower() for n in nouns for c in n.children if c.dep_ == "relcl"}
    link = head.head
    if link.lemma_.lower() in LINKING_WORDS or link.dep_ == "prep" and link.head.lemma_.lower() in LINKING_WORDS:
        link = link if link.lemma_.lower() in LINKING_WORDS else link.head  # "amounting to 12%"
        holder = link.head if link.dep_ in ("acl", "amod") else link
        holder = holder.head.head if holder.dep_ == "pobj" else holder.head if holder.dep_ == "dobj" else holder
        verbs.add(holder.lemma_.lower())
    return verbs


def verb_detail(rule, reading, person_nouns: frozenset, sentence: str, figure: tuple[int, int] = (0, 0)) -> str:
    """What keys a figure apart by its verb: 'usual' for a norm (`USUAL` before the figure, which spans `figure` in
    `sentence`), a metric's own `verb_details` ("demanded a 15% pay rise"), 'affected' for a count of people a harm
    reached, or what happened to things no config names (`THING_OUTCOMES`)."""
    if USUAL.search(sentence[reading.clause_span[0]:figure[1]]):  # up to the figure: not "were running normally" after it
        return "usual"  # "Lucknow normally sees a May maximum of about 41.5 degrees": a norm, no reading of this May
    if rule is not None and rule.user_series and (HARM_WORDS.search(sentence) and (
            reading.verb in HARMED_VERBS or getattr(reading, "fate", "") in HARMED_VERBS) or PASSIVE_HARM.search(
                reading.clause_text) or reading.verb == "leave" and LEFT_WITHOUT.match(sentence[figure[1]:])
            and not ITS_ALL.search(sentence[:figure[0]])):
        return "affected"  # "the breach affected 6 million users": those it reached (not all a ban cuts off)
    if rule is not None:  # by its verb, or by the detail's own words in the figure's clause ("1,240 jobs are at risk")
        governing = governing_verbs(sentence, figure) if figure[1] else set()
        detail = next((d for d, verbs in rule.verb_details if reading.verb in verbs or governing & set(verbs)
                       or any(re.search(rf"\b{re.escape(w)}\b", reading.clause_text, re.I)  # (or a phrase of the
                              # list's: "in danger")
                              for w in (d, *(v for v in verbs if " " in v)))), "")
        if detail not in rule.harm_extents or not rule.doubt_when:
            return detail
        # the extent of a fire or a flood is what it burned or flooded ("has spread across 15,000 acres" = "has burned"):
        # where the sentence names one by other words than the detail's own verbs
        verbs = next((v for d, v in rule.verb_details if d == detail), ())
        named = re.sub(rf"\b(?:{'|'.join(verbs)})\w*", "", sentence, flags=re.I) if verbs else sentence
        return "" if re.search(rule.doubt_when, named, re.I) else detail
    people = reading.counted.split()[-1:] and reading.counted.split()[-1] in person_nouns
    harmed = reading.verb in HARMED_VERBS or getattr(reading, "fate", "") in HARMED_VERBS \
        or reading.verb not in HOLDING_VERBS and HARM_WORDS.search(sentence)
    if people:
        return "affected" if harmed else ""
    after = OUTCOME_PARTICIPLE.match(sentence[reading.measure_span[1]:]) if not reading.verb else None
    head = reading.counted.split()[-1] if reading.counted else ""
    before = re.search(rf"\b({'|'.join(DONE_BEFORE)})\s+(?:[\w-]+\s+)?{re.escape(head)}\b", reading.measure_text, re.I)
    after = after or (before if head else None)
    if after:
        word = after.group(1).lower()
        return PARTICIPLE_OUTCOME.get(word, word)
    noun = OUTCOME_NOUN.search(reading.measure_text) if reading.verb in TAKING_VERBS else None
    if noun:
        return next(outcome for outcome, group in zip(NOUN_OUTCOME, noun.groups()) if group)
    verb = reading.verb or getattr(reading, "fate", "")  # "had 1,200 flights cancelled": the participle after the noun
    particle = re.search(r"\b(off|back|down)\b", reading.measure_text) if (verb, "") in PHRASAL_OUTCOMES else None
    if particle and (verb, particle.group(1)) in PHRASAL_OUTCOMES:  # "2,600 operations were put off"
        return PHRASAL_OUTCOMES[(verb, particle.group(1))]
    return next((outcome for outcome, verbs in THING_OUTCOMES.items() if verb in verbs), "")


# words for a part of a whole counted after "of": "two-thirds of the 620 million rides", "40% of its 9,000 staff"
PART_WORDS = {"half", "halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths", "%",
              "percent", "cent", "majority", "most", "share", "proportion", "fraction", "bulk", "portion"}


# the figure a fraction is of: "less than half the business lobby's estimate", "a third of last year's total",
# "about a quarter of the official count" compare two figures; the fraction is no claim of its own
OF_A_FIGURE = re.compile(r"\s+(?:of\s+)?(?:(?!(?:was|is|were|are|had|has|have|said|says)\b)[\w'’.-]+\s+){0,3}?"
                         r"(?:estimates?|figures?|forecasts?|counts?|totals?|tall(?:y|ies)|numbers?|amounts?|sums?|levels?"
                         r"|projections?|claims?|targets?)\b"
                         r"(?=\s*[,.;:)]|\s*$|\s+(?:and|but|which|that|from|in|on|by|at|was|is|were|are)\b|\s+of\s+\d)")  # ("of 2019")


def of_a_figure(text: str, end: int) -> bool:
    """Whether the fraction ending at `end` of `text` is a fraction of another figure (`OF_A_FIGURE`)."""
    return bool(OF_A_FIGURE.match(text, end))


def ofs_after(number) -> list:
    """The "of" phrases after a number: its own, or the next word's where the parser hung that "of" on the verb
    the number is the object of ("closing 86 of its 212 pubs": "of" taken for the closing's)."""
    own = [c for c in number.children if c.dep_ == "prep" and c.lower_ == "of"]
    if own or number.i + 1 >= len(number.doc):
        return own
    after = number.nbor(1)
    return [after] if after.lower_ == "of" and after.dep_ == "prep" and after.head.i == number.head.i != number.i \
        and number.dep_ == "dobj" else []


def of_part(of) -> object:
    """The part an "of" phrase follows: the word it hangs on, or the number before it when the parser hung it on
    that number's verb (`ofs_after`)."""
    before = of.nbor(-1) if of.i > 0 else None
    return before if before is not None and before.like_num and of in ofs_after(before) else of.head


def part_and_whole(root, noun, stop: set[int]):
    """(noun, whole) of a figure in "N of the M things" ("won 43 of the 120 seats", "closed 12 of its 80
    stores"): N counts the things (their noun is its noun); M is the whole N is part of (`whole` True:
    nobody's count). Other figures: (noun, False)."""
    part = of_part(noun.head) if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    of_number = part is not None and (part.like_num or part.lower_ in PART_WORDS | {"out"})  # "two-thirds of the 620
    # million rides", "12 crore 5G users, out of the roughly 29 crore 5G subscribers in India"
    of_number = of_number and part.lower_ != "one"  # "one of the 40,000 fans stranded": fates.one_of
    if of_number and (root.dep_ in ("nummod", "compound") or root.i == noun.i) and part.i not in stop:
        return noun, True
    if noun.i == root.i and root.like_num:
        things = next((p for c in ofs_after(root) for p in c.children
                       if p.dep_ == "pobj" and p.pos_ == "NOUN" and any(n.like_num for n in p.children
                                                                        if n.dep_ == "nummod")), None)
        if things is not None:
            return things, False
        # "20 million of its monthly users are in the US": a part of its users, which are what it counts
        possessed = next((p for c in ofs_after(root) for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN"
                          and p.tag_ == "NNS" and any(n.dep_ == "poss" for n in p.children)), None)
        if possessed is not None:
            return possessed, False
    return noun, False



CURRENCY_NOUNS = {"dollars", "euros", "pounds", "yuan", "yen", "rupees", "francs", "won", "pesos", "reais", "rubles"}
# nouns of a change: "a rise of 5%", "a drop of 300" are changes, where "a workforce of about 9,000" is a level
CHANGE_NOUNS = {"rise", "fall", "drop", "increase", "decrease", "cut", "gain", "loss", "decline", "jump", "growth",
                "reduction", "hike", "surge", "slump", "dip", "climb", "fall-off", "contraction", "expansion"}


def level_of_noun(number, as_subject: bool = False) -> bool:
    """Whether a figure is the value of the noun it is "of" ("Dravik's workforce of about 9,000 ... will shrink by 1,200
    jobs"): a level, not the change the clause's verb makes; the value of a change noun ("a rise of 5%") is a change.
    `as_subject`: only where that noun is the clause's subject, a level that holds now whatever the modal verb foresees
    (the object of one is what it foresees: "expects revenue of $3 billion in November")."""
    return number.dep_ == "pobj" and number.head.lower_ == "of" and number.head.head.pos_ == "NOUN" \
        and number.head.head.lemma_.lower() not in CHANGE_NOUNS \
        and (not as_subject or number.head.head.dep_ in ("nsubj", "nsubjpass"))


def number_root(root, tokens: list):
    """The token a figure's phrase hangs on when the parser splits its number: "31 per cent of the vote" ("per
    cent" hung beside the number: its phrase is the figure's, as for "%"), "2 crore registered users" (a
    scale word taken for a noun: the things counted are the noun it modifies)."""
    cent = next((t for t in tokens if t.lower_ == "cent" and t.i > 0 and t.nbor(-1).lower_ == "per"), None)
    if cent is not None and root.like_num and cent.head.i != root.i:
        return cent
    if root.lower_ in SCALE_WORDS:  # the last noun of the figure's words after it ("6 lakh paying subscribers")
        return next((t for t in reversed(tokens) if t.pos_ == "NOUN" and t.i > root.i), root)
    return root


def split_number(root):
    """The number a figure's phrase hangs on when `number_root` took the "cent" of a "per cent" the parser hung beside
    it ("fell to 6.4 per cent": "6.4" is the object of "to", "cent" of "per"): what says the figure is a level reached
    ("fell to"), a change ("fell by") or a level left ("from"); else `root` itself."""
    if root.lower_ == "cent" and root.dep_ == "pobj" and root.head.lower_ == "per" and root.head.head.like_num:
        return root.head.head
    return root


def summing_clause(phrase) -> set[int]:
    """'downloaded 4 million times in a week, a pace that forced it to limit new sign-ups': the clause of a noun after a
    comma that sums up the clause before it tells what the figure was like, not what it measures (the noun itself may:
    "lost $640 million, a net loss it blamed on fuel"); the indices of its tokens."""
    if not (phrase.dep_ == "npadvmod" and phrase.pos_ == "NOUN" and phrase.left_edge.i > 0
            and phrase.doc[phrase.left_edge.i - 1].text == ","):
        return set()
    return {t.i for c in phrase.children if c.dep_ in ("relcl", "acl") for t in c.subtree}


def other_figure(phrase, stop: set[int]) -> bool:
    """Whether `phrase` holds a number other than the figure's own tokens `stop`: the phrase then
    names that number's measure ("at a valuation of $4 billion"), not this figure's."""
    return any(t.i not in stop and (t.like_num or t.ent_type_ in ("MONEY", "PERCENT", "QUANTITY")) and t.pos_ == "NUM"
               for t in phrase.subtree)


# who a figure is cited to: "according to the regional health agency", "data from the youth council", "the women's
# ministry said": the words naming a source are not the words naming a part of the population measured
SOURCE_PHRASE = re.compile(r"\b(?:according to|data from|figures from|citing|reported by)\b[^,;]*|"
                           r",\s*(?:the\s+)?[\w' -]{0,40}?\b(?:said|says|reported|estimated)\b[^,;]*", re.I)


def measure_part_words(clause: str, parts: frozenset) -> list[str]:
    """The words of `clause` naming a part of a population or an index ("youth unemployment", "core inflation"),
    outside the phrase that names who the figure is cited to."""
    return [w for w in re.findall(r"[a-z-]+", SOURCE_PHRASE.sub(" ", clause).lower()) if w in parts]


# an age that bounds the people counted is no count of them: "accounts of children under 13", "users aged 13 to
# 17", "people over 65", "18-year-olds", "anyone aged 16 or older"
AGE_BEFORE = re.compile(r"\b(?:children|kids|teens|teenagers|minors|pupils|boys|girls|youngsters|people|users|adults|"
                        r"those|anyone|everyone|players|members|students|voters|drivers|workers|patients|women|men)\s+"
                        r"(?:(?:who are|aged|age)\s+)?(?:(?:under|over|below|above|younger than|older than|of)\s+)?"
                        r"(?:the age of\s+)?$", re.I)
AGE_AFTER = re.compile(r"^(?:-|\s)?(?:years?[- ]old|-year-olds?|\s*(?:and|or) (?:over|older|under|younger|above|below)\b)",
                       re.I)
AGE_WORDS = re.compile(r"^(?:under|over|below|above|younger than|older than|aged)\s", re.I)


def age_bound(sentence: str, rel_start: int, rel_end: int, value) -> bool:
    """Whether the figure at `rel_start:rel_end` is an age bounding the people counted, not a count."""
    if not isinstance(value, (int, float)) or not 0 < value <= 120:
        return False
    quote = sentence[rel_start:rel_end]
    before = sentence[max(0, rel_start - 40):rel_start]
    if AGE_WORDS.match(quote):  # "children under 13": the bound word is part of the quote
        before += AGE_WORDS.match(quote).group(0)
    return bool(AGE_BEFORE.search(before) and (AGE_WORDS.match(quote) or re.search(r"\b(?:aged|age of)\s+$", before))
                or AGE_AFTER.match(sentence[rel_end:]))


# people cited as the source of a report are no count of anything: "according to two people familiar with the
# terms", "three officials briefed on the talks said", "citing two sources"
SOURCE_PEOPLE = re.compile(r"^[\w.,-]+\s+(?:(?:other|more|senior|former|current)\s+)?(?:people|persons|individuals|sources|"
                           r"officials|executives|insiders|bankers|diplomats|aides)\s+(?:familiar with|close to|briefed on|"
                           r"with (?:direct )?knowledge of|aware of|involved in|knowledgeable about|who (?:spoke|asked|"
                           r"declined|were not authori[sz]ed)|speaking on (?:the )?condition|in the know)\b", re.I)
CITED_SOURCES = re.compile(r"^[\w.,-]+\s+(?:(?:anonymous|unnamed|other)\s+)?(?:sources|insiders)\b", re.I)
CITING = re.compile(r"\b(?:according to|citing|cited|quoting|told)\s+$", re.I)


def no_count(sentence: str, rel_start: int, rel_end: int, value, kind: str = "count") -> bool:
    """Whether a count counts nothing a claim is about (an age bounding the people counted, the people a report is
    sourced to), or a duration measures nothing (the span a ranking is counted within: `windows`)."""
    rest = sentence[rel_start:]
    if kind == "duration":
        return comparison_window(sentence, rel_start)  # (not "among the 10 most popular apps in 40 countries")
    return age_bound(sentence, rel_start, rel_end, value) or bool(SOURCE_PEOPLE.match(rest)) \
        or bool(CITED_SOURCES.match(rest) and CITING.search(sentence[max(0, rel_start - 20):rel_start]))


def part_scope(root) -> list[str] | None:
    """The places of the clause that makes a figure a part of the noun before ("2,600 people reviewing content, only
    400 of whom work in the US", "45,000 employees, some 30,000 of whom work in India": ['US'], ['India']) or of
    its possessor's people ("20 million of its users are in the US"); [] for such a part naming no place (no count
    of the whole: "3 million of its subscribers cancelled"); None for any other figure."""
    def of_whom(token, words=("whom", "which")) -> bool:
        return any(p.lower_ == "of" and any(w.lower_ in words for w in p.children) for p in token.children)

    def of_its(token) -> bool:  # "20 million of its monthly users are in the US" (see `part_and_whole`)
        return any(p.lower_ == "of" and any(w.dep_ == "pobj" and w.tag_ == "NNS" and any(
            n.dep_ == "poss" for n in w.children) for w in p.children) for p in token.children)

    if root.dep_ == "appos":  # "..., only 400 of whom work": the parser hangs the clause on the number
        part = next((c for c in root.children if c.dep_ == "relcl" and any(of_whom(t) for t in c.subtree)), None)
    else:  # "..., some 30,000 of whom work in India", "20 million of its users are in the US": the clause's subject
        part = root.head if root.dep_ in ("nsubj", "nsubjpass") and (of_whom(root) or of_its(root) or of_whom(root.head, ("whom",))) \
            else None  # (or "of whom" hung on the clause's verb: "..., of whom nearly 3 lakh came from small towns")
    if part is None:
        return None
    return [e.text for e in root.doc.ents if e.label_ in ("GPE", "LOC") and e.root in part.subtree]


def measure_noun(token) -> bool:
    """Whether `token` may name the measure of a figure after "of": a noun, or a measure's acronym the tagger
    took for a name ("GMV of Rs 12,000 crore", "ARR of $40 million")."""
    return token.pos_ == "NOUN" or token.pos_ == "PROPN" and len(token.text) > 1 and token.text.isupper()
