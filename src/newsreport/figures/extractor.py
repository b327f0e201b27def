"""Figure extraction: every number in a news text, normalized, qualified and linked to what it counts.

`extract(text, published)` returns `Figure`s whose `start`/`end` are offsets into `text` and whose
`quote` is exactly `text[start:end]` (the number with its qualifier and unit words). The method is
a few passes of compiled regexes, in priority order, over the whole text:

1. clock times ("2:19 a.m.", "00:00") are blocked: they are not figures;
2. dates ("January 19", "Jan. 16, 2025", "mid-2024", "yesterday", "last Friday") resolved against
   the publication date (`newsreport.figures.dates`);
3. ranks ("No. 1", "number one spot", "top of the charts", "second overall");
4. fractions ("a third", "two-thirds", "one out of three"), vague amounts ("tens of thousands"),
   word multiples ("double", "twice");
5. numerals and number words with scale ("2.4 million", "$1bn", "three thousand"), each read with
   its currency, percent sign or unit, qualifier ("nearly", "over", "up to"), direction ("grow by",
   "fell"), joined into ranges ("5 to 10 million", "between 5% and 6%"), classified as count, money,
   percent, duration, year, multiple or other, and given a subject and a period.

Digits inside names (Lemon8, Covid-19, GMT+8, iPhone 11), list markers and "1x" are skipped.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import asdict, dataclass, field
from datetime import date

import pandas as pd

from newsreport.figures.dates import find_dates, find_times
from newsreport.figures.numbers import (CURRENCY_PREFIXES, CURRENCY_WORDS, DURATION_UNITS, FRACTION_WORDS,
                                MEASURE_UNITS, NUMBER_WORDS, ORDINAL_WORDS, SCALE_WORDS,
                                VAGUE_AMOUNTS, parse_number_words, parse_numeral)

KINDS = ("count", "percent", "money", "date", "year", "rank", "duration", "ratio", "multiple", "other")
QUALIFIERS = ("exact", "approx", "more_than", "less_than", "at_least", "at_most", "range")
TABLE_COLUMNS = ["doc", "sentence_id", "start", "end", "quote", "kind", "value", "low", "high",
                 "date", "unit", "qualifier", "direction", "subject", "period"]


@dataclass
class Figure:
    """One figure mention. `low`/`high` hold a range's two bounds in the order written (for a
    movement "from 208 to 193" they are its start and end); `value` is empty for ranges and dates."""

    start: int
    end: int
    quote: str
    kind: str
    value: float | None = None
    low: float | None = None
    high: float | None = None
    date: str = ""
    unit: str = ""
    qualifier: str = "exact"
    direction: str = ""
    subject: str = ""
    period: str = ""


# --------------------------------------------------------------------------- vocabularies as regex

def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_WORD_NUM = _alternation(NUMBER_WORDS)
_SCALE_WORD = r"(?:hundred|thousand|million|billion|trillion|lakhs?|crores?)"
NUMERAL = r"(?:\d{1,3}(?:,\d{2,3})+(?![\d])|\d+)(?:\.\d+)?|\.\d+"

# A numeral with its scale, or a run of number words ("three hundred and fifty thousand").
ATOM = re.compile(
    rf"(?P<num>{NUMERAL})(?P<scale>(?:\s?{_SCALE_WORD}\b)+|\s?(?:mln|bln|mn|bn|tn|trn)\b|[kKmMbB]\b)?"
    rf"|(?P<words>\b(?i:(?:a\s+(?=(?:dozen|hundred|thousand|million|billion|trillion)\b))?"
    rf"(?:{_WORD_NUM}|(?<=a\s)(?:dozen|hundred|thousand|million|billion|trillion))"
    rf"(?:(?:[\s-]+(?:(?:(?<=hundred\s)|(?<=thousand\s)|(?<=million\s)|(?<=billion\s)|(?<=trillion\s))and\s+)?)(?:{_WORD_NUM}|dozen|hundred|thousand|million|billion|trillion))*)\b)"
)

CURRENCY_LEFT = re.compile(rf"(?:{_alternation(CURRENCY_PREFIXES)})\s?$")
CURRENCY_RIGHT = re.compile(
    rf"\s*(?:{_alternation(w for w in CURRENCY_WORDS if w not in ('won',))})\b", re.IGNORECASE)
PERCENT_RIGHT = re.compile(
    r"\s?(?:%|per\s?cent\b|percent\b|pct\b|pc\b)(?:age points?\b)?|\s(?:percentage points?)\b",
    re.IGNORECASE)
_MEASURE_SPACED = {u for u in MEASURE_UNITS if len(u) > 1 or u in ("C", "F", "W", "V", "G", "″")}
MEASURE_RIGHT = re.compile(rf"(?:\s?|-)(?P<unit>{_alternation(_MEASURE_SPACED)})(?![\w])")
MEASURE_ATTACHED = re.compile(rf"(?P<unit>{_alternation(MEASURE_UNITS)})(?![A-Za-z])")
DURATION_RIGHT = re.compile(rf"[\s-]+(?P<unit>{_alternation(DURATION_UNITS)})(?P<old>-old)?\b",
                            re.IGNORECASE)
TIMES_RIGHT = re.compile(r"(?:\s+times\b|-fold\b)", re.IGNORECASE)
AFTER_QUALIFIER = re.compile(r"(?:\s?\+(?!\d)|-plus\b|\s+or\s+more\b|\s+or\s+so\b|\s+plus\b)",
                             re.IGNORECASE)

_QUAL = {
    "approx": r"about|around|approximately|approx\.|roughly|nearly|almost|some|close to|"
              r"an estimated|estimated|circa|ca\.|~|≈|just about|averaged|averaging|averages",
    "more_than": r"more than|over than|over|above|exceeding|exceeds|exceeded|exceed|in excess of|"
                 r"upwards of|greater than|higher than|surpassing|surpassed|surpass|beyond|north of",
    "less_than": r"less than|fewer than|under|below|lower than|shy of|short of|sub-|sub",
    "at_least": r"at least|no less than|no fewer than|a minimum of|minimum of|not less than",
    "at_most": r"up to|at most|no more than|a maximum of|maximum of|as much as|"
               r"as high as|as little as|as few as|not more than",
}
QUALIFIER_LEFT = re.compile(
    r"(?:^|(?<=[\s(\"“,]))(?:" + "|".join(f"(?P<{k}>{v})" for k, v in _QUAL.items())
    + r")(?:\s+(?:just|only|a|an|some))?\s*$", re.IGNORECASE)

_UP = (r"rose|rise|rises|rising|risen|up|increased|increase|increases|increasing|grew|grow|grows|"
       r"growing|grown|gained|gain|gains|gaining|climbed|climb|climbs|climbing|jumped|jump|jumps|"
       r"jumping|surged|surge|surges|surging|soared|soar|soars|soaring|advanced|advance|advances|"
       r"added|adds|adding|rallied|rallies|boosted|boost|upward|upwards|expanded|expand|swelled|"
       r"spiked|leapt|leaped|hiked|trending up|revised upward")
_DOWN = (r"fell|fall|falls|falling|fallen|dropped|drop|drops|dropping|declined|decline|declines|"
         r"declining|decreased|decrease|decreases|decreasing|slid|slide|slides|sliding|slipped|slip|"
         r"slips|lost|lose|loses|losing|plunged|plunge|plunges|plunging|plummeted|plummets|"
         r"plummeting|sank|sink|sinks|sinking|tumbled|tumble|tumbles|eased|ease|eases|shed|sheds|"
         r"down|downward|downwards|dipped|dip|dips|slumped|slump|slumps|shrank|shrunk|shrink|"
         r"shrinks|cut|cuts|contracted|retreated|reduced|reduce|lowered|slashed|trimmed")
_QUAL_ANY = "|".join(_QUAL.values())
DIRECTION_LEFT = re.compile(
    rf"\b(?:(?P<up>{_UP})|(?P<down>{_DOWN}))\s+(?:(?:[\w'’-]+\s+){{0,3}}?by\s+)?(?:(?:{_QUAL_ANY})\s+)?"
    r"(?:(?:just|only)\s+)?$", re.IGNORECASE)
# Words that may be hyphened to a number that is still a figure ("now-18 month-old", "minus-5").
HYPHEN_LEADS = frozenset("now to minus sub and or about around nearly roughly some".split())
RANGE_CONNECTOR = re.compile(
    r"\s*(?:(?P<dash>[-–—])|(?P<to>to|to-|through)|(?P<and>and)|(?P<or>or))\s*", re.IGNORECASE)
PHRASAL_UP = re.compile(r"\b(?:gave|give|gives|giving|given|set|sets|sign|signed|signs|pick|picked|picks|made|"
                        r"make|makes|took|take|takes|end|ended|ends|turn|turned|put|puts|line|lined|sum|"
                        r"summed|rack|racked|racks|racking|chalk|chalked|back|backed|show|showed|shows|"
                        r"open|opened|clean|cleaned|speed|sped|step|stepped|free|freed)\s+up\s*$",
                        re.IGNORECASE)
ORDINAL = (r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
           r"\d+(?:st|nd|rd|th))")
RANK_PATTERNS = [
    re.compile(r"\bNo\.\s?(?P<num>\d+)\b"),
    re.compile(r"(?<=\bthe\s)number[\s-](?P<word>one|two|three|four|five|\d+)(?:\s+(?:spot|position|place|"
               r"slot|ranking))?\b", re.IGNORECASE),
    re.compile(rf"(?<=\s)(?P<ord>{ORDINAL})(?:\s+(?:overall|place|spot|position))\b", re.IGNORECASE),
    re.compile(rf"(?:(?<=\branks\s)|(?<=\branked\s)|(?<=\brank\s)|(?<=\bcame in\s)|(?<=\bfinished\s)"
               rf"|(?<=\bplaced\s))(?P<ord>{ORDINAL})\b", re.IGNORECASE),
    re.compile(rf"\b(?P<ord>{ORDINAL})-(?:largest|biggest|highest|lowest|best|worst|most|least|"
               r"smallest|richest|busiest|fastest|strongest|[a-z]+est)\b", re.IGNORECASE),
    re.compile(r"\b(?P<top>top)(?:\s+(?:spot|position|place|slot|ranking|rank)\b|(?=\s+of\b))", re.IGNORECASE),
    re.compile(r"\b(?P<top>topped|tops)\b(?=\s+(?:the\s+)?[\w\s.'’-]{0,40}?(?:charts?|lists?|rankings?))",
               re.IGNORECASE),
]

FRACTION_PATTERN = re.compile(
    r"\b(?P<num>a|an|one|two|three|four|five|six|seven|eight|nine)[\s-]+(?P<den>half|halves|third|"
    r"thirds|quarter|quarters|fifths?|tenths?)\b(?=\s+of\b|\s*$|[,.;])"
    r"|\b(?P<n1>one|\d+)\s+(?:out\s+of|in)\s+(?P<n2>two|three|four|five|six|seven|eight|nine|ten|\d+)\b"
    r"(?=\s+[A-Za-z])"
    r"|(?<![\w-])(?P<fn>\d+)\s?[/⁄](?P<fd>\d+)(?![\d/⁄])"
    r"|\b(?P<half>half)\b(?=\s+(?:of|the|its|their|his|her|all)\b)",
    re.IGNORECASE)

VAGUE_PATTERN = re.compile(
    r"\b(?:(?P<mult>tens|hundreds|dozens)\s+of\s+)?(?P<vague>dozens|hundreds|thousands|millions|billions|"
    r"trillions)\b(?:\s+of\b)?", re.IGNORECASE)

MULTIPLE_PATTERN = re.compile(
    r"\b(?P<word>double|doubled|doubles|doubling|twice|triple|tripled|triples|tripling|treble|"
    r"trebled|quadruple|quadrupled|halve|halved|halves|halving)\b(?![-‐](?:digit|check|edged|decker))",
    re.IGNORECASE)
MULTIPLE_VALUES = {"doub": 2.0, "twic": 2.0, "trip": 3.0, "treb": 3.0, "quad": 4.0, "halv": 0.5}

# Words after a number that say it is not a count of them.
STOP_WORDS = frozenset("""a an the of in on at to for with from by and or but as than that which who whom
whose is are was were be been being has have had will would can could may might must should shall do does
did it its their his her our your my this these those there here per each after before since until into
over under about around more less only just also not no so if when while where because according including
respectively ago later earlier then now yet still even up down out off last next this every all both such
same other another than than via amid among between during through across against without within toward
towards upon onto than whether how what why he she they we you i me him them us one""".split())
IRREGULAR_PLURALS = frozenset("people staff children men women personnel police media data feet teeth "
                              "cattle sheep fish aircraft".split())
# Counted things that belong to no organization: "90 million people", not "Temu people".
UNOWNED_NOUNS = frozenset("people persons adults children teenagers residents citizens households "
                          "families voters men women americans europeans consumers respondents".split())
# Four-digit numbers before these count things, not years: "2000 people".
COUNTED_NOT_YEARS = frozenset("people workers employees jobs users staff students members units homes "
                              "households cars vehicles shares customers patients troops deaths cases "
                              "stores flights".split())
TIME_CONTEXT_WORDS = frozenset("in since of by from until till to between and during after before year "
                               "early late mid the fiscal through around circa spring summer autumn "
                               "winter fall".split())

# Nouns a figure is often reported about, for finding the subject when it is not next to the number.
MEASURE_NOUNS = re.compile(
    r"(?:(?P<owner>its|their|his|her|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*(?:'s|’s))\s+)?"
    r"(?P<np>(?:(?!(?:its|their|the|of|and|to|in|on|a|an|his|her|by|with)\s)[a-z][a-z-]+\s+){0,2}(?:users|people|subscribers|followers|downloads|views|visitors|"
    r"customers|members|employees|staff|workers|accounts|installs|viewers|players|fans|readers|"
    r"shoppers|buyers|sellers|merchants|creators|profits?|revenues?|sales|income|earnings|valuation|"
    r"turnover|losses|funding|spending|investment|prices?|shares|market value|debt|deficit|"
    r"population|traffic|audience|growth|interactions|discussions|posts|comments|likes))\b")

OWNER_NAME = re.compile(r"(?<![\w.])([A-Z][a-z][\w&-]*(?:\s+[A-Z][\w&-]+)*)(?:'s|’s)?")
NOT_OWNERS = frozenset("The A An In On At For To By With From According After Before Although While When "
                       "However But And Or If As It Its This That These Those Their There Here Yesterday "
                       "Today Last Next Particularly Additionally Meanwhile Overall Unlike Prior Why How "
                       "What Who Many Most Some Such Compared Since Despite Although Ultimately Whether "
                       "January February March April May June July August September October November "
                       "December Monday Tuesday Wednesday Thursday Friday Saturday Sunday Chinese American "
                       "Americans US U.S. UK EU Western".split())

SENTENCE_BREAK = re.compile(r"\n+|(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])")
PERIOD_LEAD = re.compile(r"(?:\bin|\bby|\bas of|\bsince|\bduring|\bfor|\bthrough|\bend of|\bat the end of|"
                         r"\buntil|\bafter)\s+(?:the\s+)?(?:mid-)?$", re.IGNORECASE)
FOLLOWING_YEAR = re.compile(r"\b(?:the following year|a year later|the next year|the year after)\b",
                            re.IGNORECASE)
RELATIVE_YEAR = re.compile(r"\b(?P<which>last|this|next|past)\s+year\b", re.IGNORECASE)


# --------------------------------------------------------------------------- public functions

# Verbs that introduce what an unnamed person said ("One user described ...", "one analyst said").
REPORTING_VERBS = ("said|says|described|describes|told|tells|wrote|writes|noted|notes|commented|posted|added|"
                   "explained|asked|complained|joked|recalled|argued|claimed|warned")


def extract(text: str, published: date | None = None) -> list[Figure]:
    """Every figure of `text`, in text order. Dates without a year take `published`'s year and
    relative dates count from it. Never raises: unreadable input gives an empty list."""
    if not isinstance(text, str) or not text:
        return []
    try:
        return _Extractor(text, published).run()
    except Exception:  # noqa: BLE001 - a figure table must never stop a build; bad text yields nothing
        return []


def figures_table(corpus) -> pd.DataFrame:
    """One row per figure for every document of a loaded `Corpus` (columns `TABLE_COLUMNS`), sorted
    by doc and start. Figures outside kept sentences (excluded page chrome) are dropped."""
    rows = []
    for document in corpus.documents:
        for figure in extract(document.text, document.published):
            sentence = document.sentence_at(figure.start)
            if sentence is None:
                continue
            rows.append({"doc": document.doc, "sentence_id": sentence.sentence_id, **asdict(figure)})
    table = pd.DataFrame(rows, columns=TABLE_COLUMNS)
    return table.sort_values(["doc", "start"], kind="stable").reset_index(drop=True)


# --------------------------------------------------------------------------- the extractor

@dataclass
class _Atom:
    """A number found by ATOM, grown to its full extent while it is read."""

    start: int          # of the figure (currency, sign included)
    end: int            # after scale, unit, percent sign
    num_start: int
    num_end: int
    value: float
    raw_value: float    # before the scale word
    scale: float = 1.0
    has_scale: bool = False
    currency: str = ""
    unit: str = ""
    kind: str = "count"
    words: bool = False
    qualifier: str = "exact"
    direction: str = ""
    noun_phrase: str = ""
    extra: dict = field(default_factory=dict)


class _Extractor:
    def __init__(self, text: str, published: date | None):
        self.text = text
        self.published = published
        self.blocked = bytearray(len(text))
        self.figures: list[Figure] = []
        self.breaks = [0] + [m.end() for m in SENTENCE_BREAK.finditer(text)] + [len(text)]

    # ---- helpers
    def sentence_span(self, position: int) -> tuple[int, int]:
        index = bisect.bisect_right(self.breaks, position) - 1
        index = max(0, min(index, len(self.breaks) - 2))
        return self.breaks[index], self.breaks[index + 1]

    def is_free(self, start: int, end: int) -> bool:
        return not any(self.blocked[start:end])

    def block(self, start: int, end: int) -> None:
        self.blocked[start:end] = b"\x01" * (end - start)

    def add(self, figure: Figure) -> None:
        figure.quote = self.text[figure.start:figure.end]
        self.figures.append(figure)
        self.block(figure.start, figure.end)

    # ---- passes
    def run(self) -> list[Figure]:
        for start, end in find_times(self.text):
            self.block(start, end)
        self.find_dates()
        self.find_ranks()
        self.find_fractions()
        self.find_vague()
        self.find_multiples()
        self.find_numbers()
        self.figures.sort(key=lambda f: f.start)
        self.assign_periods()
        return self.figures

    def find_dates(self) -> None:
        for mention in find_dates(self.text, self.published):
            if not self.is_free(mention.start, mention.end):
                continue
            self.add(Figure(mention.start, mention.end, "", "date", date=mention.iso, period=mention.iso))

    def find_ranks(self) -> None:
        for pattern in RANK_PATTERNS:
            for match in pattern.finditer(self.text):
                start, end = match.start(), match.end()
                if not self.is_free(start, end):
                    continue
                groups = match.groupdict()
                if groups.get("num"):
                    value = parse_numeral(groups["num"])
                elif groups.get("word"):
                    value = parse_number_words(groups["word"])
                elif groups.get("ord"):
                    token = groups["ord"].lower()
                    value = ORDINAL_WORDS.get(token) or parse_numeral(re.sub(r"\D", "", token) or "x")
                else:
                    value = 1.0
                if value is None:
                    continue
                self.add(Figure(start, end, "", "rank", value=float(value),
                                subject=self.rank_subject(end)))

    def rank_subject(self, end: int) -> str:
        after = re.match(r"\s+(?:of|on|in)\s+(?:the\s+)?((?:[^,.;:\n]|\.(?=\S|\s[a-z])){0,80}?(?:charts?|lists?|rankings?|"
                         r"store|downloads)(?:\s+(?:free\s+app\s+|download\s+)?(?:charts?|lists?|rankings?))?)\b", self.text[end:end + 120], re.IGNORECASE)
        return after.group(1).strip() if after else ""

    def find_fractions(self) -> None:
        for match in FRACTION_PATTERN.finditer(self.text):
            start, end = match.start(), match.end()
            if not self.is_free(start, end):
                continue
            groups = match.groupdict()
            if groups.get("den"):
                numerator = 1.0 if groups["num"].lower() in ("a", "an") else float(NUMBER_WORDS[groups["num"].lower()])
                value = numerator * FRACTION_WORDS[groups["den"].lower()]
            elif groups.get("n1"):
                n1 = parse_number_words(groups["n1"]) if not groups["n1"].isdigit() else float(groups["n1"])
                n2 = parse_number_words(groups["n2"]) if not groups["n2"].isdigit() else float(groups["n2"])
                if not n1 or not n2 or n1 >= n2:
                    continue
                value = n1 / n2
            elif groups.get("fn"):
                numerator, denominator = float(groups["fn"]), float(groups["fd"])
                # "9/11", "24/7" and dates like "12/05" are not fractions of a quantity
                if denominator == 0 or numerator >= denominator or denominator > 1000:
                    continue
                value = numerator / denominator
            else:
                value = 0.5
            qualifier, q_start = self.qualifier_before(start)
            figure = Figure(q_start, end, "", "ratio", value=value, qualifier=qualifier)
            figure.subject = self.of_phrase(end)
            self.add(figure)

    def find_vague(self) -> None:
        for match in VAGUE_PATTERN.finditer(self.text):
            start, end = match.start(), match.end()
            if not self.is_free(start, end):
                continue
            low, high = VAGUE_AMOUNTS[match.group("vague").lower()]
            if match.group("mult"):
                factor = {"tens": 10.0, "hundreds": 100.0, "dozens": 12.0}[match.group("mult").lower()]
                low, high = low * factor, high * factor
            elif match.group("vague").lower() in ("dozens",) and not match.group(0).lower().endswith("of"):
                continue
            noun, noun_end = self.noun_phrase_after(end)
            unit = noun.split()[-1] if noun else ""
            if match.group(0).lower().endswith(" of"):
                end = match.end() - 3
            figure = Figure(start, max(end, noun_end) if noun else end, "", "count", low=low, high=high,
                            unit=unit, qualifier="range")
            figure.subject = self.subject_for(noun, start) if noun else ""
            self.add(figure)

    def find_multiples(self) -> None:
        for match in MULTIPLE_PATTERN.finditer(self.text):
            start, end = match.start(), match.end()
            if not self.is_free(start, end):
                continue
            value = MULTIPLE_VALUES[match.group("word").lower()[:4]]
            qualifier, q_start = self.qualifier_before(start)
            figure = Figure(q_start, end, "", "multiple", value=value, unit="times", qualifier=qualifier)
            obj = re.match(r"\s+((?:its|their|the|his|her)\s+)?([a-z][\w-]*(?:\s+[a-z][\w-]*)?)",
                           self.text[end:end + 60])
            if obj and obj.group(2).split()[0] not in STOP_WORDS:
                noun = obj.group(2).split()[0] if obj.group(2).split()[-1] in STOP_WORDS else obj.group(2)
                figure.subject = self.subject_for(noun, start)
            self.add(figure)

    # ---- numbers
    def find_numbers(self) -> None:
        atoms = []
        for match in ATOM.finditer(self.text):
            try:
                atom = self.read_atom(match)
            except Exception:  # noqa: BLE001 - one unreadable number must not lose the others
                atom = None
            if atom is not None:
                atoms.append(atom)
        index = 0
        while index < len(atoms):
            atom = atoms[index]
            partner = atoms[index + 1] if index + 1 < len(atoms) else None
            try:
                if partner is not None and self.joins_range(atom, partner):
                    self.add_range(atom, partner)
                    index += 2
                    continue
                self.add_atom(atom)
            except Exception:  # noqa: BLE001 - skip the one number that could not be read
                pass
            index += 1
        self.inherit_in_parentheses()

    def read_atom(self, match: re.Match) -> _Atom | None:
        text = self.text
        start, end = match.start(), match.end()
        if not self.is_free(start, end):
            return None
        if match.group("words"):
            return self.read_word_atom(match)
        num_start, num_end = match.start("num"), match.end("num")
        before = text[max(0, start - 12):start]
        currency = ""
        prefix = CURRENCY_LEFT.search(before)
        fig_start = start
        if prefix:
            key = prefix.group().strip()
            currency = CURRENCY_PREFIXES.get(key) or CURRENCY_PREFIXES.get(re.sub(r"\s", "", key), "USD")
            fig_start = start - len(prefix.group())
            # a currency code glued to a word ("GRPS12") is part of a name
            if fig_start > 0 and text[fig_start - 1].isalnum() and prefix.group()[0].isalpha():
                return None
        elif before and (before[-1].isalnum() or before[-1] in "_#@/"):
            return None  # Lemon8, X6, #1, 00/00
        elif before.endswith(("+", "-", "−", "–")) and len(before) > 1 and before[-2].isalpha():
            word = re.search(r"([A-Za-z]+)[-−–+]$", before)
            # names glue digits to capitals (Covid-19, GMT+8, TA-35); "now-18", "to-260,000" are text
            if not word or before.endswith("+") or word.group(1) not in HYPHEN_LEADS:
                return None
        elif before.endswith(("-", "−")) and re.search(r"[A-Z][\w]*\s[-−]$", before):
            return None  # "COVID -19"
        if before.endswith(".") and len(before) > 1 and before[-2].isdigit():
            return None  # version-like "1.2.3"
        value = parse_numeral(match.group("num"))
        if value is None:
            return None
        # list markers: "1." or "2)" opening a line
        line_start = text.rfind("\n", 0, start) + 1
        if not text[line_start:start].strip() and re.match(r"[.)]\s", text[end:end + 2]) and value < 100:
            return None
        after = text[end:end + 3]
        scale_text = match.group("scale") or ""
        if re.match(r"[A-Za-z]", after) and not scale_text:
            attached = re.match(r"[A-Za-z]+", text[end:end + 12]).group()
            if attached.lower() in ("st", "nd", "rd", "th"):
                return None  # ordinals outside rank phrases
            if attached.lower() == "x" or (re.match(r"[A-Za-z]+\d", text[end:end + 12])
                                           and not MEASURE_ATTACHED.match(text, end)):
                return None  # "1x" player speed, postcodes "9AB8"
            if attached == "s" and len(match.group("num")) == 4:
                return None  # decades "1990s"
            if not MEASURE_ATTACHED.match(text, end) and len(attached) > 3:
                return None  # "3D"-like names glued to words
        if re.match(r"\d", after[:1] or " "):
            return None
        sign = 1.0
        if not currency and before.rstrip().lower().endswith("minus") or before.endswith(("minus-", "minus ")):
            sign = -1.0
            fig_start = start - (len(before) - before.lower().rfind("minus"))
        elif before.endswith(("-", "−")) and (len(before) == 1 or not before[-2].isalnum()):
            sign = -1.0
            fig_start = start - 1
        atom = _Atom(fig_start, end, num_start, num_end, sign * value, sign * value, currency=currency)
        if prefix and before.endswith(("-", "−")):
            atom.value = atom.raw_value = -value
        if before.endswith("+") and (len(before) == 1 or not before[-2].isalnum()):
            atom.start = start - 1
            atom.direction = "up"
        if scale_text:
            token = scale_text.strip()
            if token == "m" and not currency:
                atom.end = num_end
                atom.unit = "metres"
                atom.kind = "other"
                atom.end = match.end()
            elif token == "b" and not currency:
                atom.end = num_end
            else:
                scale = 1.0
                for word in token.split():
                    scale *= SCALE_WORDS.get(word.lower(), SCALE_WORDS.get(word, 1.0))
                atom.scale, atom.has_scale = scale, True
                atom.value = atom.raw_value * scale
        if currency:
            atom.kind = "money"
            atom.unit = currency
        return atom

    def read_word_atom(self, match: re.Match) -> _Atom | None:
        words = match.group("words")
        start, end = match.start(), match.end()
        lower = words.lower()
        value = None
        one_of = None
        try:
            from text_to_num import text2num
            value = float(text2num(lower.replace(" and ", " "), "en"))
        except Exception:  # noqa: BLE001 - text2num rejects "a million"; our own reader takes over
            value = parse_number_words(lower)
        if value is None:
            return None
        following = self.text[end:end + 40]
        preceding = self.text[max(0, start - 30):start]
        if lower == "one":
            prev_word = re.search(r"([A-Za-z]+)\W*$", preceding)
            prev = prev_word.group(1).lower() if prev_word else ""
            if prev == "on" and re.match(r"\s+hand\b", following):
                return None  # "on one hand"
            if prev in ("no", "each", "every", "any", "this", "that", "which", "the", "a", "same",
                        "another", "only", "last", "first", "next", "other", "someone", "anyone", "everyone",
                        "little", "big", "new", "old", "good", "bad", "right", "wrong"):
                return None
            next_word = re.match(r"[\s]*([A-Za-z]+|\S)", following)
            nxt = next_word.group(1).lower() if next_word else ""
            if nxt == "of":
                superlative = re.match(r"\s+of\s+the\s+(?:most\s+[a-z]+|least\s+[a-z]+|best|worst|[a-z]{3,}est)\b",
                                       following, re.IGNORECASE)
                if not superlative:
                    return None
                one_of = superlative
            elif not nxt or not nxt.isalpha() or (nxt in STOP_WORDS and next_word.group(1).islower()) \
                    or nxt in ("another", "thing", "way"):
                return None
            if re.match(r"-(?!year|month|week|day|hour|minute|second)", following):
                return None  # one-off, one-time
            if re.match(rf"\s+[a-z]+\s+(?:{REPORTING_VERBS})\b", following):
                return None  # "One user described ...": an unnamed speaker, not a count
        if re.match(r"-(?:thirds?|halves|quarters?|fifths?)", following, re.IGNORECASE):
            return None
        atom = _Atom(start, end, start, end, value, value, words=True)
        if one_of is not None:
            atom.noun_phrase = atom.unit = one_of.group().split()[-1]  # "one of the best": one of them
        if re.search(r"(?:hundred|thousand|million|billion|trillion)$", lower):
            atom.has_scale = True
        return atom

    def joins_range(self, first: _Atom, second: _Atom) -> bool:
        """Whether two neighbouring numbers are one range: "5 to 10 million", "between 5% and 6%",
        "from $75 per barrel to $45.88", "three or four years", "5-10%"."""
        self.read_tail(first)
        self.read_tail(second)
        if self.year_like(first) or self.year_like(second):
            return False
        text = self.text
        left = text[max(0, first.start - 40):first.start]
        gap = text[first.end:second.start]
        own_unit = True
        connector = RANGE_CONNECTOR.fullmatch(gap)
        if connector is None and re.search(r"\bfrom\s+$", left, re.IGNORECASE):
            connector = re.fullmatch(r"\s*(?:per|a|an)\s+[\w ]{1,20}?\s+(?P<to>to)\s*", gap, re.IGNORECASE)
        if connector is None and first.end != first.num_end and not first.currency:
            connector = RANGE_CONNECTOR.fullmatch(text[first.num_end:second.start])
            own_unit = False
            if connector is not None and first.unit and second.unit and first.unit != second.unit:
                connector = None
        if connector is None:
            return False
        if connector.groupdict().get("and"):
            if not re.search(r"\bbetween\s+(?:(?:" + _QUAL_ANY + r")\s+)?$", left, re.IGNORECASE):
                return False
        if connector.groupdict().get("or"):
            if first.unit or not (first.kind == second.kind or first.kind == "count") \
                    or not (first.value < second.value <= first.value * 3):
                return False
        if connector.groupdict().get("to") or connector.groupdict().get("dash"):
            # "rose 18 sen to RM23.50", "by $43.6 billion to $419.2 billion": a change, then a level
            changed = first.direction or self.direction_of(first.start, first.end)
            if (changed or re.search(r"\bby\s+$", left, re.IGNORECASE)) and own_unit and first.unit:
                return False
        if connector.groupdict().get("dash") and first.value == second.value:
            return False  # scores such as "89-89"
        if first.currency and second.currency and first.currency != second.currency:
            return False
        if first.kind != second.kind and "count" not in (first.kind, second.kind):
            return False
        if first.unit and second.unit and first.unit.lower().rstrip("s") != second.unit.lower().rstrip("s") \
                and first.kind != "money":
            return False
        return True

    def read_tail(self, atom: _Atom) -> None:
        """Grow `atom` over what follows it: percent sign, currency word, unit, time unit."""
        if atom.extra.get("tail_read"):
            return
        atom.extra["tail_read"] = True
        text, end = self.text, atom.end
        if atom.kind == "other" and atom.unit:
            return
        percent = PERCENT_RIGHT.match(text, end)
        if percent:
            atom.kind, atom.unit, atom.end = "percent", "%", percent.end()
            if "point" in percent.group().lower():
                atom.unit, atom.kind = "percentage points", "other"
            return
        if not atom.currency:
            word = CURRENCY_RIGHT.match(text, end)
            if word and not re.match(r"\s*pounds?\b", text[end:end + 10], re.IGNORECASE):
                atom.kind, atom.currency = "money", CURRENCY_WORDS[word.group().strip().lower()]
                atom.unit, atom.end = atom.currency, word.end()
                return
        if atom.currency:
            atom.kind, atom.unit = "money", atom.currency
            us = re.match(r"\s?U\.?S\.?(?![\w])", text[end:end + 5])
            if us:
                atom.end += us.end()
            return
        times = TIMES_RIGHT.match(text, end)
        if times:
            atom.kind, atom.unit, atom.end = "multiple", "times", times.end()
            return
        duration = DURATION_RIGHT.match(text, end)
        if duration and not (duration.group("unit") in ("s", "h") and not text[end:end + 1].isalpha()):
            unit = DURATION_UNITS[duration.group("unit").lower()]
            if duration.group("old"):
                atom.kind, atom.unit = "other", "years old" if unit == "years" else f"{unit} old"
            elif duration.group().startswith("-") and re.match(r"\s+(?:[a-z]+\s+)?[$€£a-z]", text[duration.end():duration.end() + 30]):
                atom.extra["term_adjective"] = True  # "a five-year $700000 award": the term of a thing
                atom.kind, atom.unit = "duration", unit
            else:
                atom.kind, atom.unit = "duration", unit
            atom.end = duration.end()
            return
        measure = (MEASURE_ATTACHED.match(text, end) if text[end:end + 1].isalpha() else
                   MEASURE_RIGHT.match(text, end))
        if measure and not (measure.group("unit") in ("points", "p", "c", "A", "t", "l", "in.", "G", "F", "C")
                            and text[end:end + 1] == " " and measure.group("unit") in ("A", "t", "l", "in.")):
            unit = MEASURE_UNITS[measure.group("unit")]
            if not (unit == "pounds" and atom.has_scale):
                atom.kind, atom.unit, atom.end = "other", unit, measure.end()
                return
        noun, noun_end = self.noun_phrase_after(end)
        if noun:
            atom.noun_phrase = noun
            atom.unit = noun.split()[-1]

    def add_atom(self, atom: _Atom) -> None:
        self.read_tail(atom)
        text = self.text
        # years: a four-digit number in a time context, not a counted amount
        digits = text[atom.num_start:atom.num_end]
        if atom.extra.get("term_adjective"):
            return
        if self.year_like(atom):
            tail = re.match(r"(?:['’′]?s)?", text[atom.num_end:]).end()
            self.add(Figure(atom.num_start, atom.num_end + tail, "", "year", value=atom.value,
                            date=digits, period=digits))
            return
        if atom.kind == "count" and not atom.words and not atom.has_scale and not atom.noun_phrase \
                and self.is_name_part(atom):
            return
        first_word = atom.noun_phrase.split()[0] if atom.noun_phrase else ""
        if atom.kind == "count" and not atom.has_scale and digits.isdigit() and first_word[:1].isupper() \
                and not (first_word.endswith("s") or first_word.lower() in IRREGULAR_PLURALS):
            return  # model names and addresses: "iPhone 11 Pro", "737 Max jets", "575 Wilbraham Road"
        if atom.kind == "count" and atom.words and not atom.has_scale and not atom.noun_phrase:
            return  # a bare number word counts nothing: "the bottom three"
        qualifier, q_start = self.qualifier_before(atom.start)
        after = AFTER_QUALIFIER.match(text, atom.end)
        if after and qualifier == "exact":
            qualifier = "at_least" if "more" in after.group().lower() or "+" in after.group() or "plus" in after.group().lower() else "approx"
            atom.end = after.end()
        direction = atom.direction or self.direction_of(q_start, atom.end)
        end = atom.end
        if atom.noun_phrase:
            end = self.noun_end(atom.end, atom.noun_phrase)
        figure = Figure(q_start, end, "", atom.kind, value=atom.value, unit=atom.unit,
                        qualifier=qualifier, direction=direction)
        figure.subject = self.subject_of(atom, figure)
        self.add(figure)

    def add_range(self, first: _Atom, second: _Atom) -> None:
        low, high = first.value, second.value
        if second.has_scale and not first.has_scale and first.raw_value <= second.raw_value:
            low = first.raw_value * second.scale
        kind = second.kind if second.kind != "count" else first.kind
        unit = second.unit or first.unit
        q_start = first.start
        left = self.text[max(0, first.start - 40):first.start]
        between = re.search(r"\b(?:between|from)\s+$", left, re.IGNORECASE)
        if between:
            q_start = first.start - len(between.group())
        qualifier, approx_start = self.qualifier_before(q_start)
        qualifier = "approx" if qualifier == "approx" else "range"
        end = second.end
        if second.noun_phrase:
            end = self.noun_end(second.end, second.noun_phrase)
        # a range is a change only when it is the amount of one: "dropped by 1 to 1.5 degrees"
        by = re.search(r"\bby\s+$", self.text[max(0, approx_start - 10):approx_start], re.IGNORECASE)
        figure = Figure(approx_start, end, "", kind, low=low, high=high, unit=unit, qualifier=qualifier,
                        direction=self.direction_of(approx_start, second.end) if by else "")
        figure.subject = self.subject_of(second, figure)
        self.add(figure)

    def inherit_in_parentheses(self) -> None:
        """A conversion in parentheses shares the qualifier and direction of the figure it converts:
        "more than 7.5 million Danish crowns (US $1.1 million)", "just under 296 hp (224 kW / 300 PS)"."""
        numeric = sorted((f for f in self.figures if f.kind not in ("date", "year", "rank")), key=lambda f: f.start)
        for previous, figure in zip(numeric, numeric[1:]):
            gap = self.text[previous.end:figure.start]
            if re.fullmatch(r"\s*\(\s*|\s*/\s*", gap) and (gap.strip() == "(" or self.text.rfind("(", 0, previous.start) >
                                                          self.text.rfind(")", 0, previous.start)):
                if figure.qualifier == "exact" and previous.qualifier != "range":
                    figure.qualifier = previous.qualifier
                if not figure.direction:
                    figure.direction = previous.direction

    # ---- context readers
    def year_like(self, atom: _Atom) -> bool:
        """A bare four-digit number that reads as a year ("in 2013", "2018 sales", "by 2120")."""
        digits = self.text[atom.num_start:atom.num_end]
        if atom.kind != "count" or atom.words or atom.has_scale or not re.fullmatch(r"\d{4}", digits):
            return False
        prev = re.search(r"([A-Za-z]+)\W*$", self.text[max(0, atom.start - 20):atom.start])
        if prev and prev.group(1).lower() in TIME_CONTEXT_WORDS:
            return 1000 <= atom.value <= 2300
        return 1800 <= atom.value <= 2100 and self.looks_like_year(atom)

    def looks_like_year(self, atom: _Atom) -> bool:
        text = self.text
        prev = re.search(r"([A-Za-z]+)\W*$", text[max(0, atom.start - 20):atom.start])
        if prev and prev.group(1).lower() in TIME_CONTEXT_WORDS:
            return True
        if 1950 <= atom.value <= 2050 and not (atom.noun_phrase and atom.noun_phrase.split()[0].lower()
                                              in COUNTED_NOT_YEARS):
            return True
        if re.match(r"['’′]?s\b", text[atom.num_end:atom.num_end + 3]):
            return True
        if atom.noun_phrase:
            head = atom.noun_phrase.split()[0]
            if head.lower().endswith("s") or head.lower() in IRREGULAR_PLURALS:
                return False
        return True

    def is_name_part(self, atom: _Atom) -> bool:
        """A bare integer right after a capitalized word is part of a name: "iPhone 11", "S&P 500"."""
        before = self.text[max(0, atom.start - 30):atom.start]
        prev = re.search(r"(\S+) $", before)
        if not prev:
            return False
        word = prev.group(1)
        if not re.search(r"[A-Z]", word) or word.lower().strip("\"“(") in STOP_WORDS | TIME_CONTEXT_WORDS:
            return False
        sentence_start, _ = self.sentence_span(atom.start)
        if atom.start - len(word) - 1 <= sentence_start and word.lower() in STOP_WORDS:
            return False
        return word.lower() not in ("about", "around", "nearly", "over", "some", "just", "only", "almost",
                                    "roughly", "approximately", "top", "has", "with", "of")

    def qualifier_before(self, start: int) -> tuple[str, int]:
        window = self.text[max(0, start - 40):start]
        match = QUALIFIER_LEFT.search(window)
        if not match:
            return "exact", start
        kind = next(k for k in _QUAL if match.group(k))
        return kind, start - (len(window) - match.start())

    def direction_of(self, start: int, end: int) -> str:
        window = self.text[max(0, start - 60):start]
        match = DIRECTION_LEFT.search(window)
        if match and match.group("up") and match.group("up").lower() == "up" and PHRASAL_UP.search(
                window[:match.start() + 2]):
            match = None
        if match and not re.search(r"\bto\s*$", window):
            return "up" if match.group("up") else "down"
        return ""

    def noun_phrase_after(self, end: int) -> tuple[str, int]:
        """The counted noun phrase right after a number ("monthly active users"), and where it ends."""
        match = re.match(r"[ \t\u00a0-]+((?:[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*)(?:[ \t\u00a0]+[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*){0,3})(?![\w-])",
                         self.text[end:end + 80])
        if not match:
            return "", end
        words = []
        for word in match.group(1).split():
            lower = word.lower()
            if lower in STOP_WORDS:
                break
            words.append(word)
            if lower.endswith("s") and not lower.endswith(("ss", "us", "is", "'s", "’s")) or lower in IRREGULAR_PLURALS:
                break
        while words and (words[-1].lower().endswith(("ly", "ing")) or words[-1].lower() in STOP_WORDS
                         or (len(words) > 1 and words[-1].lower().endswith("ed"))):
            words.pop()
        if not words or words[0].lower().endswith(("ed", "ing")) and len(words) == 1:
            return "", end
        phrase = " ".join(words)
        offset = self.text.find(words[-1], end) + len(words[-1])
        return phrase, offset

    def noun_end(self, end: int, phrase: str) -> int:
        last = phrase.split()[-1]
        position = self.text.find(last, end)
        return position + len(last) if position >= 0 else end

    def owner_before(self, position: int) -> str:
        """The nearest named thing before `position` (in its sentence, else 300 characters back)."""
        sentence_start, _ = self.sentence_span(position)
        for lower_bound in (sentence_start, max(0, position - 600)):
            candidates = [m for m in OWNER_NAME.finditer(self.text, lower_bound, position)
                          if m.group(1).split()[0] not in NOT_OWNERS]
            if candidates:
                return candidates[-1].group(1)
        return ""

    def subject_for(self, noun: str, position: int) -> str:
        if not noun:
            return ""
        if noun[0].isupper() or noun.split()[-1].lower() in UNOWNED_NOUNS:
            return noun
        owner = self.owner_before(position)
        return f"{owner} {noun}" if owner else noun

    def of_phrase(self, end: int) -> str:
        match = re.match(r"\s+of\s+(?:the\s+)?((?:its|their)\s+)?([a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})",
                         self.text[end:end + 80])
        if not match:
            return ""
        words = []
        for word in match.group(2).split():
            if word in STOP_WORDS:
                break
            words.append(word)
        noun = " ".join(words)
        if not noun:
            return ""
        subject = self.subject_for(noun, end)
        noun_end = end + match.start(2) + len(noun)
        predicate = re.match(r"\s+(?:are|is|were|was)\s+([a-z]+)\b", self.text[noun_end:noun_end + 40])
        if predicate and predicate.group(1) not in STOP_WORDS:
            subject += f" who are {predicate.group(1)}"
        return subject

    def subject_of(self, atom: _Atom, figure: Figure) -> str:
        text = self.text
        if atom.noun_phrase and atom.kind in ("count",):
            subject = self.subject_for(atom.noun_phrase, figure.start)
            # "170 million Americans are using TikTok" -> "Americans using TikTok"
            verb = re.match(r"\s+(?:who\s+)?(?:are|were|is|was)?\s*([a-z]+ing(?:\s+[A-Za-z][\w-]*){1,2})",
                            text[figure.end:figure.end + 60])
            if verb:
                subject += " " + verb.group(1)
            return subject
        if atom.kind == "percent":
            chain = re.match(r"(?:\s*(?:,|and|or)\s*[\d.]+\s?%)*", text[figure.end:figure.end + 60])
            of = self.of_phrase(figure.end + chain.end())
            if of:
                return of
        sentence_start, _ = self.sentence_span(figure.start)
        best = None
        for match in MEASURE_NOUNS.finditer(text, sentence_start, figure.start):
            best = match
        if best is None:
            return atom.noun_phrase if atom.kind in ("money", "other") else ""
        owner = best.group("owner") or ""
        if owner.lower() in ("its", "their", "his", "her"):
            owner = self.owner_before(best.start())
        owner = re.sub(r"(?:'s|’s)$", "", owner)
        if not owner and best.group("np")[0].islower():
            owner = self.owner_before(best.start())
        return f"{owner} {best.group('np')}".strip()

    def assign_periods(self) -> None:
        """Give each non-date figure the time it refers to: a date or year in its sentence (preferring
        "in/by/as of ..."), "the following year" after an earlier period, else the publication month."""
        time_figures = [f for f in self.figures if f.kind in ("date", "year") and f.date]
        relative_years = []
        if self.published is not None:
            for match in RELATIVE_YEAR.finditer(self.text):
                shift = {"last": -1, "past": -1, "this": 0, "next": 1}[match.group("which").lower()]
                relative_years.append((match.start(), str(self.published.year + shift)))
        previous_period = ""
        for figure in self.figures:
            if figure.kind in ("date", "year"):
                if not self.text[max(0, figure.start - 12):figure.start].lower().rstrip().endswith("born after"):
                    previous_period = figure.date or previous_period
                continue
            start, end = self.sentence_span(figure.start)
            candidates = [f for f in time_figures if start <= f.start < end and f.period
                          and "born" not in self.text[max(0, f.start - 30):f.start]]
            led = [f for f in candidates if PERIOD_LEAD.search(self.text[max(0, f.start - 16):f.start])]
            pool = led or candidates
            if pool:
                chosen = min(pool, key=lambda f: abs(f.start - figure.start))
                figure.period = chosen.period
            else:
                following = FOLLOWING_YEAR.search(self.text, start, end)
                relative = [year for position, year in relative_years if start <= position < end]
                if following and previous_period[:4].isdigit():
                    figure.period = str(int(previous_period[:4]) + 1)
                elif relative:
                    figure.period = relative[0]
                elif self.published is not None:
                    figure.period = self.published.strftime("%Y-%m")
            previous_period = figure.period if figure.period else previous_period
