"""Hedges and movement around a number: the qualifier written before it ("nearly", "more than",
"up to") or after it ("+", "or more"), and the direction of a change ("rose 5%", "fell by 2.1%")."""

from __future__ import annotations

import re

from newsreport.figures.change_verbs import BASE_BEFORE_SHARE, DOWN_LEMMAS, UP_LEMMAS, verb_forms

# "over" as the particle of a verb before its object is no hedge: "handed over 84,000 cars", "turned over $5 billion",
# "forked over $300" (not a verb that takes "over" as either: "carried over 300 passengers" is more than 300)
PHRASAL_OVER = "".join(rf"(?<!{verb} )" for verb in (
    "hand", "hands", "handed", "handing", "turn", "turns", "turned", "turning", "roll", "rolls", "rolled", "rolling",
    "fork", "forks", "forked", "forking", "shell", "shells", "shelled", "shelling", "hive", "hived"))
_QUAL = {
    "approx": r"about|around|approximately|approx\.|roughly|nearly|almost|some|close to|"
              r"an estimated|estimated|circa|ca\.|c\.|~|≈|just about|averaged|averaging|averages|"  # "c.300"
              r"in the region of|more or less|close on|barely|scarcely|near|"  # "trading near $64,000"  # (an average is a statistic, no hedge)
              # a guess or an order of size: "maybe a dozen users", "perhaps 300 people", "in the order of 3 million"
              r"maybe|perhaps|possibly|nigh on|nigh|in the order of|on the order of|of the order of|something like",
    "more_than": r"more than|over than|" + PHRASAL_OVER + r"over|above|exceeding|exceeds|exceeded|exceed|in excess of|"
                 r"upwards of|upward of|greater than|higher than|larger than|bigger than|surpassing|surpassed|surpass|beyond|"
                 r"north of|topped|topping|tops|>(?!=)|"
                 # "past" a mark after a verb of rising: "climbed past 400mm", "pushed past $100"
                 + "(?:" + "|".join(rf"(?<={verb}\s)" for verb in ("climbed", "rose", "pushed", "surged", "jumped",
                                                                  "soared", "crept", "edged", "went", "broke", "shot",
                                                                  "rallied", "moved", "raced", "sailed"))
                 + r")past|"
                 # the base verb after a modal or "to" ("could top 40C", "expected to top $1bn"; not "the top 10")
                 r"(?:(?<=could\s)|(?<=would\s)|(?<=will\s)|(?<=may\s)|(?<=might\s)|(?<=to\s))top",
    "less_than": r"less than|fewer than|under|below|beneath|lower than|smaller than|shy of|short of|sub-|sub|<(?!=)",
    "at_least": r"at least|no less than|no fewer than|a minimum of|minimum of|not less than|"
                r"(?:greater|more|higher) than or equal to|equal to or (?:greater|more|higher) than|>=|≥",
    "at_most": r"up to|at most|no more than|a maximum of|maximum of|as much as|as many as|"
               r"as high as|as little as|as few as|not more than|"
               r"(?:less|fewer|lower) than or equal to|equal to or (?:less|fewer|lower) than|<=|≤",
}
QUALIFIER_WORDS = "|".join(_QUAL.values())
QUALIFIER_LEFT = re.compile(
    r"(?:^|(?<=[\s(\"“,—–]))(?:" + "|".join(f"(?P<{k}>{v})" for k, v in _QUAL.items())
    + r")(?:\s+(?:just|only|a|an|some))?\s*$", re.IGNORECASE)
# (an age bound: "aged 65 and older", "children 5 and under", "adults 18 or older")
AFTER_QUALIFIER = re.compile(r"(?:\s?\+(?!\d)|-plus\b|-odd\b|\s+odd\b(?=\s+(?:[a-z]+s|of|years?)\b)|\s+or\s+(?:more|greater|higher|above|over)\b|\s+or\s+so\b|"
                             r"\s+plus\b|\s+or\s+(?:less|fewer|lower|below|under)\b|\s*,?\s+give\s+or\s+take\b|"
                             r"\s+(?:and|or)\s+(?:older|younger)\b(?!\s+[a-z]+s\b)|"  # (not "15 and older models")
                             r"\s+(?:and|or)\s+(?:over|up|above|under|below)\b(?!\s*[\d$€£¥])"
                             r"(?!\s+(?:a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|half|[a-z]+s)\b))",
                             re.IGNORECASE)
AT_MOST_AFTER = re.compile(r"\s+or\s+(?:less|fewer|lower|below|under)\b|\s+(?:and|or)\s+(?:younger|under|below)\b",
                           re.IGNORECASE)

# verbs of change in every inflection (`change_verbs`), and the words of movement that are no verbs
_UP = "|".join(verb_forms(UP_LEMMAS) + ["trending up", "revised upward", "upwards", "upward", "up"])
_UP = _UP + "|tacked on|tacks on|tacking on|clawed back|claws back|clawing back|claw back"  # particle verbs
_DOWN = "|".join(verb_forms(DOWN_LEMMAS) + ["gave back", "give back", "gives back", "wiped out", "wiping out",
                                            "wipes out", "wipe out", "pulled back",
                                            "pulls back", "pulling back", "downwards",
                                            "downward", "down"])
# the amount may follow after "by", a few words later and set off by commas: "rose sharply, by 18%", or
# after the span of the change: "fell for a fourth straight session, by 2%"
DIRECTION_LEFT = re.compile(
    rf"\b(?:(?P<up>{_UP})|(?P<down>{_DOWN}))(?![\w'’-])(?:\s+back\b)?\s*(?:,?\s*(?:[\w'’-]+,?\s+){{0,3}}?by\s+|\s+for\s+(?:[\w'’-]+\s+){{0,5}}?[\w'’-]+,\s+by\s+)?(?:(?:{QUALIFIER_WORDS})\s+)?"
    r"(?:an?\s+average\s+of\s+|"  # "fell an average of 2.3%"
    # "grew at an annual rate of 2.8%", "shrank at a seasonally adjusted annualized pace of 0.3%"
    r"at\s+an?\s+(?:seasonally[\s-]adjusted\s+)?(?:annual|annualized|annualised|yearly|quarterly)\s+"
    r"(?:rate|pace)\s+of\s+|"
    r"an?\s+(?:(?!(?:with|of|for|to|in|on|at|by|from|and|or|the|deal|total)\b)[a-z]+(?:-[a-z]+)*\s+){1,2}|"  # "fell a further 2%", "a better-than-expected 3.1%"
    r"another\s+)?"  # "could climb another 2%"
    r"(?:(?:just|only)\s+)?$", re.IGNORECASE)
# A movement "from X to Y": a verb or noun of change, a few words, then "from" ("rose sharply from",
# "raised the threshold from", "an increase from"). The two ends are two figures, not a range.
CHANGE_FROM = re.compile(rf"\b(?:{_UP}|{_DOWN}|raised|raise|raises|raising|lowered|lower|lowers|went|go|goes|going|"
                         r"gone|changed|change|changes|moved|move|moves|shifted|shift|swung|swing|switched|"
                         r"climbing|creeping|crept|jumping|cutting|doubled|tripled|halved)"
                         r"(?:,?\s+[\w'’-]+){0,3}?,?\s+from\s+$", re.IGNORECASE)
# A verb of small movement with a comparative, before the amount: "edged higher by 0.3%", "ticked
# lower, 4 basis points", "drifted lower 2%". (After the amount, "closed 1.1% lower", it stays
# without a direction, as OFF_DOWN's note says.)
MOVED_COMPARATIVE = re.compile(
    r"\b(?:edg|tick|inch|mov|drift|trad|nudg|push|head|creep|crept|slipp|grind|ground)[a-z]*\s+"
    r"(?:(?P<up>higher|upward)|(?P<down>lower|downward))\b,?\s*(?:by\s+)?(?:(?:" + QUALIFIER_WORDS + r")\s+)?$",
    re.IGNORECASE)
# Market prose writes "off" for down after a quote's name or state ("Nikkei off 0.4%", "was off 3
# cents"). ("Closed 1.1% lower" is left without a direction: news annotation (NewsQuant) reads the
# comparative after a change as no movement word.)
OFF_DOWN = re.compile(rf"(?:\b(?:was|were|is|are|been|closed|ended|finished|settled|traded|trading|stood)|"
                      rf"\b[A-Z][\w&.-]*)\s+off\s+(?:(?:{QUALIFIER_WORDS})\s+)?$")
# A noun of change names the amount that follows "of" as the change ("an increase of 25 million",
# "a sharp drop of 3%", "declines of up to 40%"); a number before the noun ("a 3% drop") is left
# without a direction, as news annotation (NewsQuant) reads it.
CHANGE_NOUN = re.compile(
    r"\b(?:(?P<up>increases?|rises?|gains?|jumps?|surges?|hikes?|boosts?|upticks?|upswings?)|"
    r"(?P<down>decreases?|declines?|drops?|falls?|reductions?|cuts?|slumps?|plunges?|dips?|downturns?|"
    r"contractions?))\s+of\s+(?:(?:" + QUALIFIER_WORDS + r")\s+)?$", re.IGNORECASE)
# A verb that changes its object, then "by" the amount: "raised rates by 25 basis points" (but
# "raised $250 million" is money brought in), "cut the risk of death by 20%", "boosted the share of
# women on boards by 5 points": the object may take a few words.
_OBJECT_UP = ("raised|raises|raising|boosted|boosts|boosting|increased|increases|increasing|expanded|"
              "lifted|lifts|lifting|hiked|hikes|hiking|extended|extends|extending|lengthened|lengthens|"
              "stretched|stretches|stretching|upped|ups|upping|upgraded|upgrades|upgrading")
_OBJECT_DOWN = ("cut|cuts|cutting|reduced|reduces|reducing|lowered|lowers|lowering|slashed|slashes|slashing|"
                "trimmed|trims|trimming|curbed|curbs|decreased|decreases|shrank|narrowed|narrows|shortened|"
                "shortens|shortening|discounted|discounts|discounting|downgraded|downgrades|downgrading")
OBJECT_CHANGED_BY = re.compile(
    rf"\b(?:(?P<up>{_OBJECT_UP})|(?P<down>{_OBJECT_DOWN}))"
    r"\s+(?:[\w'’-]+\s+){0,6}?by\s+(?:(?:" + QUALIFIER_WORDS + r")\s+)?$", re.IGNORECASE)
# The same verbs with their object and a share or points straight after it, no "by": "hiked prices 8%",
# "is raising fares 5% from June", "trimming its headcount 10%" (the object holds no figure or
# preposition: "cut 10% of jobs" has none, "raised its stake to 5%" reaches a level).
# (forms that are also nouns stay out: "the pay cut affected 40% of staff", "tax increases hit 30%")
_NOUN_FORMS = {"cut", "cuts", "increases", "decreases", "raises", "lifts", "hikes", "discounts", "trims", "curbs",
               "boosts", "ups", "upgrades", "downgrades"}
_OBJECT_UP_VERBS = "|".join(w for w in _OBJECT_UP.split("|") if w not in _NOUN_FORMS)
_OBJECT_DOWN_VERBS = "|".join(w for w in _OBJECT_DOWN.split("|") if w not in _NOUN_FORMS)
OBJECT_CHANGED_SHARE = re.compile(
    rf"\b(?:(?P<up>{_OBJECT_UP_VERBS})|(?P<down>{_OBJECT_DOWN_VERBS}))"
    r"\s+(?:(?!(?:by|to|from|of|in|on|at|for|with|than|and|or|about|over|under|that|which|who|as|after|"
    r"when|while|because|since|if|said|says|saying)\b)[A-Za-z'’-]+\s+){1,4}"
    r"(?:(?:" + QUALIFIER_WORDS + r")\s+)?$", re.IGNORECASE)
# An amount taken "off" a value by a verb of removal is a fall: "wiped 12% off the bank's value",
# "knocked $2 off the price", "shaved 0.3 points off the yield" (the direction is read after the amount).
OFF_AFTER = re.compile(r"\s+off\b(?!\s+(?:the\s+)?(?:coast|shore|field|pitch|bench|air|line)\b)", re.IGNORECASE)
REMOVED_BEFORE = re.compile(r"\b(?:knock|wipe|wiping|shav|lop|slic|chop|strip|clip|trimm|shed)"
                            r"[a-z]*\s+(?:(?:" + QUALIFIER_WORDS + r")\s+)?(?:(?:another|a\s+further)\s+)?$",
                            re.IGNORECASE)
# The base "add" (no direction alone: "add 200 jobs") before an amount added to a level is a rise: "the tax
# will add 2p to the price of a can", "could add 0.5 points to inflation", "add £90 to the average bill".
ADD_BEFORE = re.compile(r"\badd\s+(?:(?:" + QUALIFIER_WORDS + r")\s+)?(?:(?:another|a\s+further)\s+)?$", re.IGNORECASE)
ADDED_TO_LEVEL = re.compile(r"\s+(?:(?:a|an)\s+[a-z]+\s+)?to\s+(?:(?:the|a|an|its|their|his|her|our|your|every|each)\s+)?"
                            r"(?:[\w'’-]+\s+){0,2}?(?:price|prices|bill|bills|cost|costs|value|total|fare|fares|"
                            r"rate|rates|inflation|tally|debt|deficit|borrowing|premiums?|tax|taxes|rent|rents)\b",
                            re.IGNORECASE)
OBJECT_VERB_WORDS = frozenset((_OBJECT_UP_VERBS + "|" + _OBJECT_DOWN_VERBS).split("|"))
# "off" with "by" before the amount: "sales were off by 8%".
OFF_BY_DOWN = re.compile(r"\b(?:was|were|is|are|been|closed|ended|finished|settled)\s+off\s+by\s+"
                         r"(?:(?:" + QUALIFIER_WORDS + r")\s+)?$", re.IGNORECASE)
# "picked up", "set up": "up" as a particle, not a rise.
PHRASAL_UP = re.compile(r"\b(?:gave|give|gives|giving|given|set|sets|sign|signed|signs|pick|picked|picks|made|"
                        r"make|makes|took|take|takes|end|ended|ends|turn|turned|put|puts|line|lined|sum|"
                        r"summed|rack|racked|racks|racking|chalk|chalked|back|backed|show|showed|shows|"
                        r"open|opened|clean|cleaned|speed|sped|step|stepped|free|freed)\s+up\s*$",
                        re.IGNORECASE)


GAVE_UP = re.compile(r"\b(?:gave|give|gives|giving|given)\s+up\s*$", re.IGNORECASE)
PICKED_UP = re.compile(r"\b(?:picked|picks|picking|ended|ends|ending)\s+up\s*$", re.IGNORECASE)
LEVEL_AMOUNT = re.compile(r"%|\bper\s?cent\b|\bpoints?\b|[$€£¥]", re.IGNORECASE)


# "up to" after a verb whose particle "up" moves it is where the movement ended ("ticked up to 3.9%",
# "went up to $5", "was revised up to 2%"), not a cap; after other verbs it is one ("lasted up to three
# hours", "could be fined up to $10,000", "affected up to 2,000 homes").
MOVED_UP = re.compile(r"\b(?:(?:tick|edg|inch|step|mov|ramp|bump|push|pump|nudg|notch|ratchet|trend|firm|perk|"
                      r"revis|pick|mark|round|jack|crank|climb|jump|spik|hik|head|drift|float|shoot|go|creep)"
                      r"(?:s|es|ed|d|ped|ing|ping)?|went|gone|shot|crept|rose|grew)\s+$", re.IGNORECASE)


def qualifier_before(text: str, start: int) -> tuple[str, int]:
    """The qualifier written just before `start` and where it begins (`"exact", start` if none)."""
    window = text[max(0, start - 40):start]
    match = QUALIFIER_LEFT.search(window)
    if not match:
        return "exact", start
    kind = next(k for k in _QUAL if match.group(k))
    if kind == "at_most" and match.group(kind).lower() == "up to" and MOVED_UP.search(window[:match.start()]):
        return "exact", start
    return kind, start - (len(window) - match.start())


def qualifier_after(text: str, end: int) -> tuple[str, int] | None:
    """A qualifier written after a number ("15,000+", "50-plus", "100 or more", "40 or so", "60-odd",
    "$800 or less") and where it ends, or None."""
    after = AFTER_QUALIFIER.match(text, end)
    if not after:
        return None
    written = after.group().lower()
    if AT_MOST_AFTER.fullmatch(after.group()):
        return "at_most", after.end()
    if written.strip() in ("or so", "-odd", "odd") or written.rstrip().endswith("give or take"):
        return "approx", after.end()  # "40 or so", "60-odd"
    return "at_least", after.end()


WORD = re.compile(r"[A-Za-z]+")
COMPARATIVE_WORDS = frozenset(("higher", "upward", "lower", "downward"))
# Nouns of change that also name other things (a rally of supporters, an advance of $500, a loss of
# money, a slide of photos) give a direction only to a share or points: "a rally of 2.4%", "a loss of
# 1.5% on the day", "a retreat of 20 basis points".
_SHARE_NOUNS_UP = ("rally", "rallies", "rebound", "rebounds", "advance", "advances", "improvement",
                   "improvements", "upturn", "recovery", "climb")
_SHARE_NOUNS_DOWN = ("loss", "losses", "slide", "slides", "retreat", "retreats", "slip", "tumble",
                     "deterioration", "pullback", "setback", "selloff", "sell-off", "downswing")
SHARE_CHANGE_NOUN = re.compile(r"\b(?:(?P<up>" + "|".join(_SHARE_NOUNS_UP) + ")|(?P<down>" + "|".join(_SHARE_NOUNS_DOWN)
                               + r"))\s+of\s+(?:(?:" + QUALIFIER_WORDS + r")\s+)?$", re.IGNORECASE)
SHARE_NOUN_WORDS = frozenset(_SHARE_NOUNS_UP + _SHARE_NOUNS_DOWN + ("sell",))
LEVEL_SHARE = re.compile(r"%|\bper\s?cent\b|\bpercent\b|\bpoints?\b", re.IGNORECASE)
def _lemma_set(lemmas: str) -> set[str]:
    return {entry.split("/")[0].rstrip("+") for entry in lemmas.split()}


# a bare base verb before a share, the word before it no article or possessive ("Stocks rally 2%")
_BASES_UP = sorted(BASE_BEFORE_SHARE & _lemma_set(UP_LEMMAS))
_BASES_DOWN = sorted(BASE_BEFORE_SHARE & _lemma_set(DOWN_LEMMAS))
BASE_VERB_SHARE = re.compile(
    r"(?:^|(?P<before>[\w'’]+)\s+)(?:(?P<up>" + "|".join(_BASES_UP) + r")|(?P<down>" + "|".join(_BASES_DOWN)
    + r"))\s+(?:by\s+)?(?:(?:" + QUALIFIER_WORDS + r")\s+)?(?:(?:just|only|another|a\s+further)\s+)?$",
    re.IGNORECASE)
NOT_BEFORE_A_VERB = frozenset(("a", "an", "the", "its", "their", "his", "her", "our", "my", "your", "this", "that",
                               "these", "those", "of", "for", "with", "in", "on", "at", "and", "or"))
BASE_WORDS = frozenset(BASE_BEFORE_SHARE)
# every word DIRECTION_LEFT's verbs and particles begin with
DIRECTION_WORDS = frozenset(phrase.split()[0].lower() for phrase in (_UP + "|" + _DOWN).split("|"))


def direction_of(text: str, start: int, end: int) -> str:
    """"up" or "down" when a verb of change governs the number starting at `start`, else ""."""
    window = text[max(0, start - 60):start]
    # each long pattern runs only where a word it needs stands (most windows hold none); the verbs'
    # pattern is tried only at the words it can begin with, left to right, as a search would
    found = WORD.findall(window)
    words = {word.lower() for word in found}
    match = None
    if not DIRECTION_WORDS.isdisjoint(words):
        for word in WORD.finditer(window):
            if word.group().lower() in DIRECTION_WORDS and (match := DIRECTION_LEFT.match(window, word.start())):
                break
    if match and match.group("up") and match.group("up").lower() == "up" and PHRASAL_UP.search(
            window[:match.start() + 2]):
        # a market gives up ground: "the shares gave up 2%" (but a team "gave up 2 goals")
        if GAVE_UP.search(window[:match.start() + 2]) and LEVEL_AMOUNT.search(text[start:end]):
            return "down"
        # a rate picks up, or a market ends up, by a share ("wages picked up 0.4%", "the index ended up
        # 0.8%"; but a team "picked up 3 points", a family "ended up in a motel")
        if PICKED_UP.search(window[:match.start() + 2]) and re.search(r"%|\bper\s?cent\b", text[start:end]):
            return "up"
        match = None
    if match and not re.search(r"\bto\s*$", window):
        return "up" if match.group("up") else "down"
    if not match and not BASE_WORDS.isdisjoint(words) and LEVEL_SHARE.search(text[start:end]):
        base = BASE_VERB_SHARE.search(window)
        if base and (base.group("before") or "").lower() not in NOT_BEFORE_A_VERB:
            return "up" if base.group("up") else "down"
    moved = MOVED_COMPARATIVE.search(window) if not COMPARATIVE_WORDS.isdisjoint(words) else None
    if moved:
        return "up" if moved.group("up") else "down"
    if "off" in words and (OFF_DOWN.search(window) or OFF_BY_DOWN.search(window)):
        return "down"
    noun = CHANGE_NOUN.search(window) if "of" in words else None
    if noun:
        return "up" if noun.group("up") else "down"
    # a loss, rally or slide of a share or of points is a change ("a loss of 1.5% on the day"); of money or
    # people it is a level or a crowd
    if not SHARE_NOUN_WORDS.isdisjoint(words) and LEVEL_SHARE.search(text[start:end]) \
            and (noun := SHARE_CHANGE_NOUN.search(window)):
        return "up" if noun.group("up") else "down"
    changed = OBJECT_CHANGED_BY.search(window) if "by" in words else None
    if not changed and not OBJECT_VERB_WORDS.isdisjoint(words) and LEVEL_SHARE.search(text[start:end]):
        changed = OBJECT_CHANGED_SHARE.search(window)
    if changed:
        return "up" if changed.group("up") else "down"
    if OFF_AFTER.match(text, end) and REMOVED_BEFORE.search(window):
        return "down"
    if "add" in words and ADD_BEFORE.search(window) and ADDED_TO_LEVEL.match(text, end):
        return "up"
    return ""
