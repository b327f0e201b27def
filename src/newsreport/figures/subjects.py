"""What a figure is about: the counted noun with its owner ("Xiaohongshu monthly active users"),
an "of" phrase after a share ("70% of its users"), or the nearest measure noun before the number
("revenue reached $3 billion"), with the named thing that owns it."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from newsreport.figures.record import Figure
from newsreport.figures.numbers import NUMBER_WORDS
from newsreport.figures.qualifiers import QUALIFIER_WORDS
from newsreport.figures.units import STOP_WORDS

if TYPE_CHECKING:
    from newsreport.figures.numbers import Atom
    from newsreport.figures.scan import Scan

# Counted things that belong to no organization: "90 million people", not "Temu people".
UNOWNED_NOUNS = frozenset("people persons adults children teenagers residents citizens households "
                          "families voters men women americans europeans consumers respondents".split())
# Counted places belong to no one either: "in 40 cities on Uber" counts cities, not Uber's.
UNOWNED_PLACES = frozenset("countries nations states provinces regions cities towns markets territories".split())

# Nouns a figure is often reported about, for finding the subject when it is not next to the number;
# the owner is a possessive, a pronoun, or a numbered name ("iPhone 15 sales", "Model 3 orders").
MEASURE_NOUNS = re.compile(
    r"\b(?:(?P<owner>(?i:its|their|his|her)|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*(?:'s|’s)"
    r"|[A-Za-z]*[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*\s+\d{1,3}(?![\d,.]))\s+)?"
    r"(?P<np>(?:(?!(?:its|their|the|of|and|to|in|on|a|an|his|her|by|with|hundred|thousand|million|billion|"
    r"trillion|more|than|over|about|some|nearly)\s)[a-z][a-z-]+\s+){0,2}"
    r"(?:users|people|subscribers|followers|downloads|views|visitors|"
    r"customers|members|employees|staff|workers|accounts|installs|viewers|players|fans|readers|"
    r"shoppers|buyers|sellers|merchants|creators|profits?|revenues?|sales|income|earnings|valuation|"
    r"turnover|losses|funding|spending|investment|prices?|shares|market value|debt|deficit|"
    r"population|traffic|audience|growth|interactions|discussions|posts|comments|likes|deliveries|shipments|"
    r"orders|bookings|exports|imports|subscriptions|registrations|sign-ups|transactions|visits|streams|"
    r"passengers|jobs|cases))\b")

# A number before a unit of time is a duration, never the number of a name ("ByteDance 270 days").
TIME_UNIT_AFTER = re.compile(r"[\s-]+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b")
# A name, with the model number that may follow it ("Model 3", "iPhone 15"); not the abbreviation
# "No." of a number, nor a capitalized descriptor ("Spanish-speaking", "Lagos-based").
# Its words are on one line, and a function word ends it: "Biden The app" is Biden, a heading above a
# sentence is no part of its name.
OWNER_NAME = re.compile(r"(?<![\w.])([A-Z][a-z][\w&]*(?:-[A-Z0-9][\w&]*)*"
                        r"(?:[ \t\u00a0]+(?!(?:The|A|An|In|On|At|For|To|By|With|From|And|Or|But|As|It|Its|This|That)\b)"
                        r"[A-Z][\w&]*(?:-[A-Z0-9][\w&]*)*)*"
                        r"(?:[ \t\u00a0]+\d{1,3}(?![\d,.]))?)(?![\w-]|\.\s?\d)(?:'s|’s)?")
# A name that gives the source of a report is not what the figure is about: "a source told Bloomberg",
# "according to data company Apptopia", "analyst Mei Lin noted", "Morningstar said".
SOURCE_BEFORE = re.compile(r"(?:\b(?:told|according\s+to|citing|cited\s+by|reported\s+by|per|analyst|analysts|"
                           r"researcher|researchers|firm|agency|outlet|newspaper|reporter|spokesperson|spokesman|"
                           r"spokeswoman)(?:\s+[a-z][\w-]*){0,2}\s+)$")
# (a speaker who reports its own figure owns it: "Vinted said it had 105 million members")
SOURCE_AFTER = re.compile(r"\s+(?:(?:said|says|told|reported|reports|noted|notes|wrote|writes|added|highlighted|"
                          r"explained|estimated|estimates|argued|claimed|found|showed|shows)\b(?!\s+(?:that\s+)?"
                          r"(?:it|its|they|their)\b)|(?:analysts?|reporters?|researchers?|spokes(?:person|man|woman)|"
                          r"editor|columnist|correspondent)\b)")


NOT_OWNERS = frozenset("The A An In On At For To By With From According After Before Although While When "
                       "However But And Or If As It Its This That These Those Their There Here Yesterday "
                       "Today Last Next Particularly Additionally Meanwhile Overall Unlike Prior Why How "
                       "What Who Many Most Some Such Compared Since Despite Although Ultimately Whether "
                       "January February March April May June July August September October November "
                       "December Monday Tuesday Wednesday Thursday Friday Saturday Sunday Chinese American "
                       "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Under Over Among Across During Within "
                       "Without Through Amid Against Between Beyond Including Excluding Per Via "
                       "Americans US U.S. UK EU Western Fahrenheit Celsius".split())  # (scales are no owners)


def _named(scan: Scan, match: re.Match) -> bool:
    """A single capitalized word opening a sentence is a name unless it is a common word there:
    a function, hedge or number word ("Around 3,000 firefighters", "One analyst said"), an adverb,
    or a plural noun ("Analysts said") that the text never capitalizes mid-sentence."""
    # the number after a name is a model number only when the word before it names something:
    # "Nearly 40 percent of its users" opens with a hedge and a figure, not a name
    words = [word for word in match.group(1).split() if not word.isdigit()]
    sentence_start, _ = scan.sentence_span(match.start())
    if len(words) > 1 or scan.text[sentence_start:match.start()].strip(" \"“‘(-—•*"):
        return True
    word = words[0]
    if scan.is_proper(word):
        return True
    lower = word.lower()
    if re.search(rf"(?<![\w-]){re.escape(lower)}(?![\w-])", scan.text):
        return False  # "Demand peaked ..." where the text also writes "megawatts of demand": a common noun
    return not (lower in COMMON_OPENERS or lower.endswith("ly") or (lower.endswith("s") and not lower.endswith("ss")))


# Words that open sentences without naming anyone.
COMMON_OPENERS = STOP_WORDS | frozenset(QUALIFIER_WORDS.replace(" ", "|").split("|")) | frozenset(NUMBER_WORDS) \
    | frozenset("nearly almost roughly approximately around about some several many few most".split())


# Names given as examples or in an aside are not what the sentence's figure belongs to: "regions with
# young shoppers — such as Poland and Spain — and reached 80 million members" are the app's members.
ASIDE = re.compile(r"\s[—–]\s?[^—–]*?\s?[—–]\s|\s--\s.*?\s--\s|\([^()]*\)")
EXAMPLES_BEFORE = re.compile(r"\b(?:such\s+as|including|like|e\.g\.,?)\s+(?:[A-Z][\w&-]*,?\s+(?:and\s+|or\s+)?)*$")
# A name after "in" or "across" is where something happens ("grew fast in Brazil"), not an owner.
PLACE_BEFORE = re.compile(r"\b(?:in|across|throughout|within|outside)\s+(?:the\s+)?$")


def _source(scan: Scan, match: re.Match) -> bool:
    """Whether the name `match` is the source of a report (a speaker, an outlet, a data firm)."""
    before = scan.text[max(0, match.start(1) - 60):match.start(1)]
    return bool(SOURCE_BEFORE.search(before) or SOURCE_AFTER.match(scan.text, match.end()))


def owner_before(scan: Scan, position: int, earlier: bool = True) -> str:
    """The nearest named thing before `position` in its sentence, else, in the nearest earlier sentence
    that names something (up to 600 characters back), the name it opens with, its subject: after
    "Meanwhile, Duolingo is No. 4 on the charts.", "monthly users rose" are Duolingo's. Sources
    of a report are skipped: "a source told Bloomberg" makes nothing Bloomberg's. Not `earlier`:
    the sentence only."""
    sentence_start, _ = scan.sentence_span(position)
    candidates = _owner_names(scan, sentence_start, position)
    if candidates:
        return _without_counted_number(scan, candidates[-1])
    if not earlier:
        return ""
    index = bisect.bisect_right(scan.breaks, sentence_start) - 1
    while index > 0 and scan.breaks[index - 1] >= position - 600:
        index -= 1
        start, end = scan.breaks[index], scan.breaks[index + 1]
        opening = _opening_name(scan, start, end)
        if opening:
            return opening
        # a sentence opening with a phrase or a common noun lends its last name instead:
        # "The board granted Acme 90 days. Its shares fell 8%."
        names = _owner_names(scan, start, end)
        if names:
            return _without_counted_number(scan, names[-1])
    return ""


def _owner(scan: Scan, match: re.Match) -> bool:
    return match.group(1).split()[0] not in NOT_OWNERS and _named(scan, match) and not _source(scan, match)


def _owner_names(scan: Scan, start: int, end: int) -> list[re.Match]:
    """The names in `scan.text[start:end]` that may own a figure: no source, no example, no place."""
    asides = [m.span() for m in ASIDE.finditer(scan.text, start, end)]
    return [m for m in OWNER_NAME.finditer(scan.text, start, end) if _owner(scan, m)
            and not any(a <= m.start() < b for a, b in asides)
            and not EXAMPLES_BEFORE.search(scan.text, max(0, m.start() - 40), m.start())
            and not PLACE_BEFORE.search(scan.text, max(0, m.start() - 20), m.start())]


# What may come before a sentence's subject: an opening phrase closed by a comma ("Meanwhile,",
# "In 2019,", "As a result,"), an article.
SENTENCE_OPENING = re.compile(r"[\s\"“‘(—-]*(?:[^,.;:\n]{1,40},\s+)?(?:(?:The|A|An)\s+)?")


def _opening_name(scan: Scan, start: int, end: int) -> str:
    """The name a sentence opens with (its subject), or ''."""
    opening = SENTENCE_OPENING.match(scan.text, start, end)
    match = OWNER_NAME.match(scan.text, opening.end(), end)
    if match is None or match.start(1) != opening.end() or not _owner(scan, match):
        return ""
    return _without_counted_number(scan, match)


def _without_counted_number(scan: Scan, match: re.Match) -> str:
    """The name of `match` without a number after it that is itself a figure or counts time: "gave
    ByteDance 270 days" names ByteDance, "Model 3" keeps its number."""
    name, start = match.group(1), match.start(1)
    number = re.search(r"\s+(\d+)$", name)
    if number and (not scan.is_free(start + number.start(1), start + number.end(1))
                   or TIME_UNIT_AFTER.match(scan.text, start + number.end(1))):
        name = name[:number.start()]
    return name


# An owner named right after the counted noun: "downloads of Lingo's app", "users of Vinted".
OWNER_AFTER = re.compile(r"\s+(?:of|on|for|(?:signed\s+up|registered)\s+(?:for|on|with)|joined|downloaded|"
                         r"(?:moved|flocked|switched|migrated)\s+to)\s+(?:the\s+)?"
                         r"([A-Z][a-z][\w&]*(?:\s+[A-Z][\w&]*)*)(?:'s|’s)?(?![\w-])")


def owner_after(scan: Scan, noun_end: int) -> str:
    """The name in an "of" or "on" phrase just after a counted noun, when it is a name."""
    match = OWNER_AFTER.match(scan.text, noun_end)
    if not match or match.group(1).split()[0] in NOT_OWNERS or _source(scan, match):
        return ""
    return match.group(1)


def subject_for(scan: Scan, noun: str, position: int, noun_end: int | None = None) -> str:
    """`noun` with the named thing that owns it ("users" -> "RedNote users"), unless it is a name
    or belongs to no one ("people")."""
    if not noun:
        return ""
    if noun[0].isupper() or noun.split()[-1].lower() in UNOWNED_NOUNS | UNOWNED_PLACES:
        return noun
    owner = owner_after(scan, noun_end) if noun_end is not None else ""
    owner = owner or owner_before(scan, position)
    return f"{owner} {noun}" if owner else noun


# Verbs that commonly follow the noun of a share ("40% of users say"), ending its noun phrase.
CLAUSE_VERBS = frozenset("say says said use uses earn earns make makes think thinks believe believes expect "
                         "expects want wants live lives work works come comes came left leave leaves get gets got "
                         "own owns pay pays buy buys support supports oppose opposes agree agrees plan plans "
                         "voted vote votes told tell reported report reports go goes went".split())


PARTICIPLES = frozenset("made sold paid held kept built set cut taken given seen written chosen driven shown "
                        "known grown done sent spent bought brought found left lost won".split())


def of_phrase(scan: Scan, end: int, start: int | None = None) -> str:
    """The subject of a share written "N% of (its) users (who are female)" (`end`: where the share
    ends; `start`: where it begins, before which its owner is looked for)."""
    text = scan.text
    match = re.match(r"\s+of\s+(?:the\s+)?((?:its|their)\s+)?([a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})",
                     text[end:end + 80])
    if not match:
        return ""
    words = []
    for word in match.group(2).split():
        # the noun phrase ends where its verb starts: "a third of creators earn nothing",
        # "30% of respondents said"
        if word in STOP_WORDS or (words and (word in CLAUSE_VERBS or word.endswith("ed"))):
            break
        words.append(word)
    noun = " ".join(words)
    if not noun:
        return ""
    subject = subject_for(scan, noun, end if start is None else start)
    noun_end = end + match.start(2) + len(noun)
    predicate = re.match(r"\s+(?:are|is|were|was)\s+([a-z]+)\b", text[noun_end:noun_end + 40])
    # "who are women", "who are female"; not a passive ("sales were made online")
    if predicate and predicate.group(1) not in STOP_WORDS and not predicate.group(1).endswith("ed") \
            and predicate.group(1) not in PARTICIPLES:
        subject += f" who are {predicate.group(1)}"
    return subject


# An amount followed by what it measures: "$4 billion in revenue", "raised $6 million in funding".
MEASURE_AFTER_AMOUNT = re.compile(r"\s+(?:in|of)\s+(?:new\s+|annual\s+|total\s+|quarterly\s+|yearly\s+)?"
                                  r"(revenues?|sales|market\s+value|market\s+capitali[sz]ation|market\s+cap|"
                                  r"funding|investments?|profits?|losses|debt|spending|income|earnings|valuation)\b")


def subject_of(scan: Scan, atom: Atom, figure: Figure) -> str:
    """The subject of a number figure: its counted noun, its "of" phrase, or the nearest measure
    noun before it in the sentence."""
    text = scan.text
    if atom.noun_phrase and atom.kind in ("count",):
        noun_end = figure.end if text[figure.start:figure.end].endswith(atom.noun_phrase) else None
        subject = subject_for(scan, atom.noun_phrase, figure.start, noun_end)
        # "170 million Americans are using TikTok" -> "Americans using TikTok"
        verb = re.match(r"\s+(?:who\s+)?(?:are|were|is|was)?\s*([a-z]+ing(?:\s+[A-Za-z][\w-]*){1,2})",
                        text[figure.end:figure.end + 60])
        if verb:
            subject += " " + verb.group(1)
        return subject
    if atom.kind == "percent":
        chain = re.match(r"(?:\s*(?:,|and|or)\s*[\d.]+\s?%)*", text[figure.end:figure.end + 60])
        of = of_phrase(scan, figure.end + chain.end(), figure.start)
        if of:
            return of
    if atom.kind == "duration":
        return ""  # a span of time is about the event it times, which no measure noun names
    if atom.kind == "money" and (measure := MEASURE_AFTER_AMOUNT.match(text, figure.end)):
        # the owner only from this sentence: "The planemaker booked $3 billion in sales" after an
        # unrelated sentence would be that sentence's subject's, and a wrong owner is worse than none
        return f"{owner_before(scan, figure.start, earlier=False)} {measure.group(1)}".strip()
    sentence_start, _ = scan.sentence_span(figure.start)
    best = None
    # the sentence, but no further back than 300 characters (linear time on text without sentence breaks)
    for match in MEASURE_NOUNS.finditer(text, max(sentence_start, figure.start - 300), figure.start):
        best = match
    if best is None:
        return atom.noun_phrase if atom.kind in ("money", "other") else ""
    owner = best.group("owner") or ""
    if owner.lower() in ("its", "their", "his", "her"):
        owner = owner_before(scan, best.start())
    owner = re.sub(r"(?:'s|’s)$", "", owner)
    if not owner and best.group("np")[0].islower():
        owner = owner_before(scan, best.start())
    return f"{owner} {best.group('np')}".strip()


def rank_subject(text: str, end: int) -> str:
    """The chart or list a rank is on: "No. 1 on the Apple App Store free app chart"."""
    after = re.match(r"\s+(?:of|on|in)\s+(?:the\s+)?((?:[^,.;:\n]|\.(?=\S|\s[a-z])){0,80}?(?:charts?|lists?|"
                     r"rankings?|store|downloads)(?:\s+(?:free\s+app\s+|download\s+)?(?:charts?|lists?|rankings?))?)\b",
                     text[end:end + 120], re.IGNORECASE)
    return after.group(1).strip() if after else ""
