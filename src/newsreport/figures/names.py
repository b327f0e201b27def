"""Digits that do not count anything: parts of names ("iPhone 15", "S&P 500", "Airbus A350 1000",
"10 Downing Street", "401(k)"), and match or vote scores ("won 3-1", "voted 6-3", "ruled 9 to 0")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsreport.figures.change_verbs import DOWN_LEMMAS, UP_LEMMAS, verb_forms
from newsreport.figures.number_context import in_title_case_line
from newsreport.figures.qualifiers import AFTER_QUALIFIER, QUALIFIER_LEFT
from newsreport.figures.units import IRREGULAR_PLURALS, STOP_WORDS
from newsreport.figures.years import TIME_CONTEXT_WORDS

if TYPE_CHECKING:
    from newsreport.figures.numbers import Atom
    from newsreport.figures.scan import Scan

# Words before a number that introduce an amount, even when capitalized at a sentence start.
AMOUNT_LEADS = frozenset(("about", "around", "nearly", "over", "some", "just", "only", "almost", "roughly",
                          "approximately", "top", "has", "with", "of", "another", "fewer", "less", "more"))
# Adjectives of nationality end so; "20 Chinese firms" counts firms, "Route 66 Diner" names a place.
DEMONYM = re.compile(r"(?:ese|ish|ian|an|ch|i)$")
# Words that announce a score rather than a range: "won 3-1", "voted 6-3", "a 2-0 victory".
SCORE_WORDS = re.compile(r"\b(?:won|win|wins|winning|beat|beats|beating|lost|lose|loses|losing|defeated|"
                         r"defeat|drew|draw|tied|tie|trailed|trailing|led|leading|voted|vote|votes|ruled|passed|"
                         r"approved|rejected|confirmed|tally|upheld|uphold|upholds|overturned|overturn|struck|"
                         r"blocked|sided|split|splits|divided|"  # a vote split: "the committee split 6-3"
                         r"ruling|decision|victory|score|scored|scoreline|margin)\b[^.;:]{0,25}$",
                         re.IGNORECASE)
# Nouns that label a thing with a number: "a category 4 hurricane", "level 3 restrictions",
# "stage 2 trials", "game 7".
LABEL_NOUNS = re.compile(r"\b(?:category|level|stage|phase|tier|grade|class|type|round|game|chapter|section|"
                         r"article|gate|platform|terminal|zone|route|highway|interstate|exit|runway|pier|"
                         r"district|precinct|flight|channel|season|episode|volume|"
                         r"version|model|series|unit|number|no|size|generation|mark|week|day)\s$", re.IGNORECASE)
SCORE_AFTER = re.compile(r"\s+(?:victory|win|defeat|loss|vote|decision|ruling|majority|draw|(?:series\s+)?lead|"
                         r"series|advantage|deficit|scoreline|triumph|thrashing|drubbing|rout|record)\b", re.IGNORECASE)


def _is_bare_integer(text: str, atom: Atom) -> bool:
    # a version number ending in ".0" names too: "Industry 4.0", "Web 2.0", "Bluetooth 5.0"
    return (atom.kind == "count" and not atom.words and not atom.has_scale and not atom.currency
            and re.fullmatch(r"\d+(?:\.0)?", text[atom.num_start:atom.num_end]) is not None)


# A number hyphened to an agent noun in -er names a kind of thing: "six 3-pointers" (shots), "an
# 18-wheeler" (a lorry), "a 2-seater" (a car), "a double-decker", "a 10-footer" (a putt or a boat).
KIND_NOUN_AFTER = re.compile(r"-(?:pointers?|wheelers?|seaters?|deckers?|footers?|liners?|timers?|baggers?|"
                             r"pounders?|sixers?|niners?|bedders?)\b", re.IGNORECASE)


NUMBER_BEFORE_KIND = re.compile(r"\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                                r"eighteen|double|triple", re.IGNORECASE)


# A second bound right after a number: "18-24", "25 to 34".
DEMOGRAPHIC_RANGE = re.compile(r"\s*(?:[-–]|to\s)\s*\d{1,2}\b")


def kind_noun_follows(text: str, end: int) -> int | None:
    """Where a numbered kind noun right after `end` ends ("six 3-pointers"), or None."""
    digits = re.compile(r"\s+\d+").match(text, end)
    kind = KIND_NOUN_AFTER.match(text, digits.end()) if digits else None
    return kind.end() if kind else None


# A headline in title case capitalizes its verb of change, which names nothing: "Sensex Sinks 900
# Points", "Carmaker Axes 2,000 Jobs", "Shares Jumped 20% ..." (the third person and past forms only:
# "Rally 2" or "Advance 3" could name things).
TITLE_CHANGE_VERBS = frozenset(form for form in verb_forms(UP_LEMMAS) + verb_forms(DOWN_LEMMAS)
                               if form.endswith(("s", "ed")))


# A metric's acronym before a number gives its value, as results tables and data releases write it: "EPS
# 48 cents", "PMI 49 in May", "NPS 62" (not a product's name and number, as "iPhone 15" is).
METRIC_ACRONYMS = frozenset("EPS DAU MAU WAU ARPU ARPPU GMV EBITDA EBIT CPI PPI PMI GDP ROE ROI NPS AUM FCF "
                            "NAV LTV CAC".split())


def is_name_part(scan: Scan, atom: Atom) -> bool:
    """A bare integer right after a name is part of it: "iPhone 15 sales", "the Model 3",
    "S&P 500". A capitalized word opening a sentence is a name only when it is not a common
    word ("About 40 flights", "Another 200 staff" count). A number hyphened to a kind noun
    ("3-pointers", "18-wheeler") names the kind."""
    text = scan.text
    if _is_version_after_styled_name(text, atom) or _is_version_between_names(text, atom):
        return True
    if NUMBER_BEFORE_KIND.fullmatch(text[atom.num_start:atom.num_end]) and not atom.currency \
            and KIND_NOUN_AFTER.match(text, atom.num_end):
        return True  # (in words too: "two-wheelers" are scooters, "a three-wheeler" a rickshaw)
    if not _is_bare_integer(text, atom):
        return False
    before = text[max(0, atom.start - 30):atom.start]
    prev = re.search(r"(\S+) $", before)
    if not prev:
        return False
    word = prev.group(1)
    if LABEL_NOUNS.search(before):
        return True
    bare = word.lower().strip("\"“(")
    if not re.search(r"[A-Z]", word) or bare in STOP_WORDS | TIME_CONTEXT_WORDS | AMOUNT_LEADS | TITLE_CHANGE_VERBS \
            or word.strip("\"“(") in METRIC_ACRONYMS:
        return False
    if _is_gapped_count(scan, atom):
        return False
    # "RedNote: 5 things to know"; a possessive owns what follows: "TikTok's 150-170 million users"
    plural = bare.endswith("s") or bare in IRREGULAR_PLURALS
    if word.endswith((",", ";", ":", "'s", "’s")) or QUALIFIER_LEFT.search(before) \
            or (plural and AFTER_QUALIFIER.match(text, atom.end)):  # a group bounded: "Children 5 and under"
        return False
    if text[atom.num_start:atom.num_end].endswith(".0"):
        return True  # no count is written "2.0 firms": a version of a name ("Web 2.0")
    sentence_start, _ = scan.sentence_span(atom.start)
    opens_sentence = atom.start - len(word) - 1 <= sentence_start
    styled = bool(re.search(r"^.+[A-Z&\d]", word))  # "iPhone", "S&P", "GPT4": a name by its spelling
    if opens_sentence and plural and not styled and DEMOGRAPHIC_RANGE.match(text, atom.num_end):
        return False  # a group by age opening the sentence: "Users 18-24 account for", "Women 25 to 34"
    return not (opens_sentence and atom.noun_phrase and not styled and not scan.is_proper(word))


# A count whose verb and noun are left out in a list after a count just read: "Labour won 21, the
# Conservatives 9 and the Greens 6", "Smith scored 24 points, Jones 18 and Lee 11", "the hosts won 12
# medals, Kenya 9 and Ethiopia 7" (one or two capitalized words between, the list goes on or ends after).
GAPPED_NAME_BEFORE = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*)?\s$")
GAPPED_LIST_GOES_ON = re.compile(r"\s*(?:[,;.)]|$)|\s+(?:and|respectively|in|during|over|this|last)\b")


def _is_gapped_count(scan: Scan, atom: Atom) -> bool:
    text = scan.text
    gap = GAPPED_NAME_BEFORE.search(text, max(0, atom.start - 50), atom.start)
    if gap is None or not GAPPED_LIST_GOES_ON.match(text, atom.num_end):
        return False
    # the count before is a figure already read (not a name's number: "the iPhone 15, Galaxy 24 and ...")
    return any(f.kind in ("count", "other") and re.fullmatch(r"(?:\s+[a-z]+){0,2}", text[f.end:gap.start()])
               for f in scan.figures if f.end <= gap.start())


# A name spelled with a capital inside it ("iOS", "macOS", "iPadOS", "visionOS"): a decimal after it
# is its version ("iOS 17.2"), not an amount.
STYLED_NAME_BEFORE = re.compile(r"\b[a-z]+[A-Z][A-Za-z]*\s$")


# A capitalized word right before a number, not opening a sentence; and what may follow a version.
NAME_BEFORE = re.compile(r"(?<![.!?]\s)(?<=\s)[A-Z][\w'’-]*\s$")
AFTER_VERSION = re.compile(r"\s+(?:[A-Z][a-z]+\b|\d+[A-Z]\b)")


def _is_version_between_names(text: str, atom: Atom) -> bool:
    """A decimal between a name and a capitalized word or a size code is the name's version:
    "Claude 3.5 Sonnet", "Llama 3.1 405B", "Firefox 2.5 Beta" (not "Brent 74.5" in a market list)."""
    return (atom.kind == "count" and not atom.has_scale and not atom.currency
            and re.fullmatch(r"\d+\.\d+", text[atom.num_start:atom.num_end]) is not None
            and NAME_BEFORE.search(text, max(0, atom.start - 25), atom.start) is not None
            and AFTER_VERSION.match(text, atom.num_end) is not None)


def _is_version_after_styled_name(text: str, atom: Atom) -> bool:
    return (atom.kind == "count" and not atom.has_scale and not atom.currency and not atom.noun_phrase
            and re.fullmatch(r"\d+\.\d+", text[atom.num_start:atom.num_end]) is not None
            and STYLED_NAME_BEFORE.search(text, max(0, atom.start - 20), atom.start) is not None)


# Kinds of product a model number names when the noun after it stays singular: "the 8088 chip",
# "its last 747 jumbo", "the 4090 graphics card" (a count above one takes a plural: "30 chips"; nouns
# whose plural is the same are left out: "100 series", "30 aircraft"; a plural after the product noun
# makes it a modifier of what is counted: "200 phone cases").
PRODUCT_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+)??(?:chip|chipset|processor|cpu|gpu|card|jet|jetliner|airliner|jumbo|plane|handset|phone|"
    r"smartphone|laptop|tablet|console|camera|lens|engine|coupe|sedan|convertible|hatchback|truck|tractor|rifle|"
    r"pistol|rocket|router|drone|model|edition|variant|motorbike|motorcycle|locomotive|printer)\b"
    r"(?![-'’])(?!\s+[a-z]+s\b)", re.IGNORECASE)


def is_model_name(text: str, atom: Atom) -> bool:
    """A bare integer before a capitalized singular word names a thing: "Route 66 Diner",
    "10 Downing Street", "Galaxy 24 Ultra" (but "20 Chinese firms" and "5 Americans" count); so
    does one above one before a singular product noun ("the 68000 chip", "a 747 jumbo")."""
    first_word = atom.noun_phrase.split()[0] if atom.noun_phrase else ""
    last_word = atom.noun_phrase.split()[-1] if atom.noun_phrase else ""
    if _is_bare_integer(text, atom) and atom.value > 1 and PRODUCT_AFTER.match(text, atom.num_end):
        return True
    if last_word[:1].islower() and (last_word.endswith("s") or last_word in IRREGULAR_PLURALS):
        return False  # a name before a counted noun: "20 Tesla cars", "12 Boeing jets"
    if any(word.endswith("s") and len(word) > 3 and word.lower() not in STOP_WORDS
           for word in atom.noun_phrase.split()) and atom.value <= 100 and in_title_case_line(text, atom.start):
        return False  # a headline capitalizes what it counts: "The 5 Biggest Winners Of The Ban" (but a
        # model number is larger: "Nokia 3310 Phones Return")
    return (_is_bare_integer(text, atom) and first_word[:1].isupper()
            and not (first_word.endswith("s") or first_word.lower() in IRREGULAR_PLURALS
                     or DEMONYM.search(first_word)))


def is_score(text: str, first: Atom, second: Atom) -> bool:
    """Two bare integers joined by a dash after a word of winning, losing or voting ("won 3-1",
    "voted 6-3 to uphold"), or before "victory", "vote" ("a 2-0 victory"): a score. (A score with no
    such word, "at 2-0 down", stays a range: news annotation (NewsQuant) reads it so.)"""
    if not (_is_bare_integer(text, first) and _is_bare_integer(text, second)):
        return False
    joint = text[first.num_end:second.num_start]
    if re.fullmatch(r"[-–—]", joint) and first.value == second.value and not second.noun_phrase:
        return True  # a tie ("held 2-2 at home", "level at 1-1", "tied 89-89"): no range has equal bounds
    if not re.fullmatch(r"\s*[-–—]\s*", joint):
        # "ruled 9 to 0", "the vote was 7 to 2": a tally is written larger first, a range smaller first
        if not (re.fullmatch(r"\s+to\s+", joint) and first.value >= second.value):
            return False
    return bool(SCORE_WORDS.search(text[max(0, first.start - 40):first.start])
                or SCORE_AFTER.match(text, second.num_end))


# Numbers that name an event, a schedule or an account type rather than count: "the 9/11 attacks",
# "open 24/7", "401(k) plans", "403(b) accounts", "501(c)(3) charities".
NAMED_NUMBERS = re.compile(r"(?<![\w/.])(?:9/11|7/7|24/7(?:/365)?)(?![\w/]|\.\d)|(?<![\w.])\d{3}\([a-z]\)(?:\(\d\))?")

# A number after a word of coding is a code: "HS code 6204", "tariff code 8703.23", "ZIP code 90210",
# "area code 212", "error code 403" (nothing counted).
CODE_AFTER_WORD = re.compile(r"\bcodes?\s+(?:No\.\s?)?\d[\d.]*(?<!\.)(?!\s*%)", re.IGNORECASE)
# China's shopping festivals are named by their dates: "the 618 festival", "Double 11", "during 11.11",
# "Double Twelve sales" (a name, not a count or a multiple).
SHOPPING_FESTIVAL = re.compile(
    r"\bDouble\s(?:11|12|Eleven|Twelve)\b|(?<![\w.$€£¥%])(?:618|11\.11|12\.12)"
    r"(?=[\"”’']?\s+(?:shopping|sales?|festival|period|event|promotions?|gala|campaigns?|season|spree|"
    r"bonanza|deals?)\b)"
    r"|(?:(?<=during\s)|(?<=ahead\sof\s)|(?<=before\s)|(?<=after\s)|(?<=year's\s)|(?<=year’s\s))"
    r"(?:618|11\.11|12\.12)(?=\s*[,.;:)](?!\d))")

# Three or more digit groups joined by hyphens are a phone number, account or part number
# ("+44 20-7946-0018", "4021-7730-1195"), not figures; a date ("2025-01-19", "19-1-2025") is read as a date.
CODE_PATTERN = re.compile(r"(?:\+\d{1,3}\s)?(?<![\w.\-])\d+(?:-\d+){2,}(?![\w\-])")
ISO_DAY = re.compile(r"(?:1[89]|20)\d\d-[01]\d-[0-3]\d|[0-3]?\d-[0-3]?\d-(?:19|20)\d\d")
# A numbered reference joined by a dash or slash after "No." is a docket, case or file number ("Case
# No. 24-656", "Resolution No. 2024/17"), and a decimal after "version" or "v" is a release ("Version
# 8.69", "v2.1"): no place in a ranking, no amount.
VERSION_MARK = re.compile(r"[vV](?:er(?:sion)?\.?)?\s?\d")  # a cheap test before the full pattern
REFERENCE_NUMBER = re.compile(r"\bNo\.\s?\d+(?:[-/]\d+)+\b|\b(?i:version|ver\.|v)\s?\d+(?:\.\d+)+\b"
                              r"|(?<=\))\(\d{1,3}\)")  # a clause of a law: "Section 2(g)(3)"


# Market indexes and ranked lists named by their size, in any case (market wires and transcripts
# write "the sp 500", "russell 2000", "a fortune 500 company"): the number names the index. Only the
# sizes each family publishes, and not before a unit of its move ("the Nasdaq 100 points lower").
INDEX_NAMES = re.compile(
    r"\b(?:(?:s\s?&\s?p|sp)\s?(?:500|400|600|100|1500)|russell\s(?:1000|2000|3000)|ftse\s(?:100|250|350)|"
    r"nasdaq[\s-]100|(?:euro\s)?stoxx\s(?:50|600)|nikkei\s225|csi\s300|wilshire\s5000|asx\s200|"
    r"(?:dax|cac|ibex|aex|smi|nifty|kospi)\s(?:20|25|30|35|40|50|200)|(?:fortune|forbes|global)\s(?:100|400|500|1000|2000))"
    r"\b(?!\s*(?:points?|pts|percent|per\s?cent|%))", re.IGNORECASE)


def find_codes(text: str) -> list[tuple[int, int]]:
    """Spans of digit codes (phone, account, part numbers, "HS code 6204"), index names ("russell
    2000"), references ("Case No. 24-656", "version 8.69") and festivals named by a date ("Double 11"),
    which count nothing."""
    codes = [(m.start(), m.end()) for m in CODE_PATTERN.finditer(text) if not ISO_DAY.fullmatch(m.group())]
    codes += [(m.start(), m.end()) for m in INDEX_NAMES.finditer(text)]
    if "No." in text or ")(" in text or VERSION_MARK.search(text):
        codes += [(m.start(), m.end()) for m in REFERENCE_NUMBER.finditer(text)]
    if "/" in text or "(" in text:
        codes += [(m.start(), m.end()) for m in NAMED_NUMBERS.finditer(text)]
    lower = text.lower()
    if "code" in lower:
        codes += [(m.start(), m.end()) for m in CODE_AFTER_WORD.finditer(text)]
    if "618" in text or "11" in text or "12.12" in text or "Double" in text:
        codes += [(m.start(), m.end()) for m in SHOPPING_FESTIVAL.finditer(text)]
    return codes

