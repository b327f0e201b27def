"""Reading numbers as written in news: digit groups (including Indian lakh grouping), scale words
("2.4 million", "$1.7bn"), number words ("three thousand", "twenty-five"), fractions ("a third")
and the vocabularies of currencies and units that decide what a number measures.

`ATOM` finds every numeral or run of number words, which `read_numeral_atom` and `read_word_atom`
read into an `Atom`: its value, sign, scale ("2.4 million", "$1.7bn") and currency mark; numbers
glued into names ("Lemon8", "Covid-19"), list markers and ordinals are not read (`amounts.find_atoms`
runs them, after the numbers written with a fraction). The parsers below are table-driven and pure.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from newsreport.figures.number_context import (ABOVE_ZERO, DISPLAY_AFTER, HYPHEN_CURRENCY, HYPHEN_LEADS,
                                                MAGNITUDE_CLASS, METRE_M_FOLLOWS, MILLION_BEFORE, MILLION_M_FOLLOWS,
                                                NO_DENOMINATOR, ONLY_ONE_COUNTS, OWNED_ONLY, REPORTING_VERBS,
                                                SPEAKER_ENDS, SPEAKER_OF, TECH_NAME_SUFFIXES, TEMPERATURE_NEAR,
                                                TITLE_COUNTED_AFTER, currency_sign, in_title_case_line,
                                                is_indefinite_one, is_signed_change, is_times_x)
from newsreport.figures.units import (CURRENCY_LEFT, CURRENCY_PREFIXES, LETTER_CURRENCIES, MEASURE_ATTACHED,
                                      STOP_WORDS, alternation)

# Words that multiply what precedes them. Abbreviations are case-sensitive elsewhere ("m" can be metres).
SCALE_WORDS = {
    "hundred": 1e2, "thousand": 1e3, "lakh": 1e5, "lakhs": 1e5, "million": 1e6, "crore": 1e7,
    "crores": 1e7, "billion": 1e9, "trillion": 1e12,
    "mln": 1e6, "mn": 1e6, "cr": 1e7, "bln": 1e9, "bn": 1e9, "tn": 1e12, "trn": 1e12, "mil": 1e6, "bil": 1e9,
    "MM": 1e6,  # finance's million: "$5MM"
    "k": 1e3, "K": 1e3, "M": 1e6, "m": 1e6, "B": 1e9, "b": 1e9, "T": 1e12,  # "T" after a currency only
}

UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
NUMBER_WORDS = {**UNITS_WORDS, **TENS_WORDS}

ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "twentieth": 20,
}

FRACTION_WORDS = {
    "half": 1 / 2, "halves": 1 / 2, "third": 1 / 3, "thirds": 1 / 3, "quarter": 1 / 4,
    "quarters": 1 / 4, "fourth": 1 / 4, "fourths": 1 / 4, "fifth": 1 / 5, "fifths": 1 / 5,
    "sixth": 1 / 6, "sixths": 1 / 6, "eighth": 1 / 8, "eighths": 1 / 8, "tenth": 1 / 10, "tenths": 1 / 10,
}

# Vague plural amounts, as NewsQuant annotates them: an order-of-magnitude range.
VAGUE_AMOUNTS = {
    "dozens": (12.0, 120.0), "tens": (10.0, 100.0), "hundreds": (100.0, 1000.0),
    "thousands": (1e3, 1e4), "millions": (1e6, 1e7), "billions": (1e9, 1e10),
    "trillions": (1e12, 1e13),
}

DIGIT_GROUPS = re.compile(r"[,\u00a0\u202f\u2009'’ ](?=\d)")


def to_ascii_digits(text: str) -> str:
    """Map every Unicode decimal digit ('٣', '１') to its ASCII digit; other characters stay."""
    if text.isascii():
        return text
    out = []
    for char in text:
        if char.isdigit():
            try:
                out.append(str(unicodedata.decimal(char)))
                continue
            except (TypeError, ValueError):
                pass
        out.append(char)
    return "".join(out)


def parse_numeral(numeral: str) -> float | None:
    """The value of a digit string such as "1,307,000", "7,00,000" (lakh grouping), "2.4", ".001",
    "1,85" (a decimal comma) or "１２". None when it is not a number."""
    numeral = to_ascii_digits(numeral.strip())
    if re.fullmatch(r"\d+,\d{1,2}", numeral):
        numeral = numeral.replace(",", ".")  # a decimal comma ("1,85 €"): groups are of three digits last
    cleaned = DIGIT_GROUPS.sub("", numeral)
    try:
        return float(cleaned)
    except ValueError:
        return None


def parse_number_words(words: str) -> float | None:
    """The value of a run of English number words: "three", "twenty-five", "three hundred and
    fifty", "4 hundred million" (digits may lead), "a million", "a dozen". None if not a number."""
    tokens = [t for t in re.split(r"[\s\-]+", words.lower().strip()) if t and t != "and"]
    if not tokens:
        return None
    total, current, seen = 0.0, 0.0, False
    for index, token in enumerate(tokens):
        if token in ("a", "an") and index == 0:
            current, seen = 1.0, True
        elif token in NUMBER_WORDS:
            current += NUMBER_WORDS[token]
            seen = True
        elif token == "dozen":
            current = (current or 1.0) * 12
            seen = True
        elif token == "hundred":
            current = (current or 1.0) * 100
            seen = True
        elif token in SCALE_WORDS and token not in ("k", "m", "b"):
            scale = SCALE_WORDS[token]
            if current == 0 and total == 0:
                current = 1.0
            if scale > 100 and total and current == 0:
                total *= scale
            else:
                total += current * scale
                current = 0.0
            seen = True
        else:
            value = parse_numeral(token)
            if value is None:
                return None
            current += value
            seen = True
    return total + current if seen else None


def singular(noun: str) -> str:
    """A rough singular of an English plural noun, for comparing units ("users" -> "user")."""
    lower = noun.lower()
    if lower.endswith("ies") and len(lower) > 4:
        return noun[:-3] + "y"
    if lower.endswith(("sses", "shes", "ches", "xes")):
        return noun[:-2]
    if lower.endswith("s") and not lower.endswith(("ss", "us", "is")) and len(lower) > 3:
        return noun[:-1]
    return noun


# --------------------------------------------------------------------------- reading numbers in text

_WORD_NUM = alternation(NUMBER_WORDS)
# (also capitalized, as headlines write them: "Nvidia Sheds $600 Billion", "Why 170 Million Americans")
_SCALE_WORD = r"(?i:hundred|thousand|million|billion|trillion|lakhs?|crores?)"
# Thousands may be grouped by commas, or by spaces as in SI style and much of Europe ("45 300",
# "1 250 000"); a space group is exactly three digits not running on into more digits.
# A comma before a single digit is a decimal comma ("18,4%", "R1,2 billion"): no grouping has one digit.
# (a leading point after a letter is an abbreviation's, not a decimal's: "c.300 million" is circa 300)
NUMERAL = r"(?:\d{1,3},\d(?![\d,])|\d{1,3}(?:,\d{2,3})+(?![\d])|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d]|[.,]\d)|\d+)(?:\.\d+)?|(?<![A-Za-z])\.\d+"

# A run of number words goes on only as English compounds them: a tens word takes a unit ("twenty-
# five"), any word takes a scale ("three hundred"), a scale takes any word ("hundred and fifty"); two
# numbers side by side are two figures ("three one-hour speeches", "six 90-minute classes").
_ONES = r"(?:one|two|three|four|five|six|seven|eight|nine)\b"
_RUN_SCALE = r"(?:dozen|hundred|thousand|lakhs?|million|crores?|billion|trillion)\b"
_AFTER_TENS = "(?:" + "|".join(f"(?<={word})" for word in TENS_WORDS) + ")"
_AFTER_SCALE = "(?:" + "|".join(f"(?<={word})" for word in ("dozen", "hundred", "thousand", "lakh", "lakhs",
                                                           "million", "crore", "crores", "billion", "trillion")) + ")"
# A numeral with its scale, or a run of number words ("three hundred and fifty thousand").
ATOM = re.compile(
    rf"(?P<num>{NUMERAL})(?P<scale>(?:[\s-]?{_SCALE_WORD}\b)+|\s?(?:mln|bln|mn|bn|tn|trn|[cC]r)\b|(?:mil|bil|MM)\b|[kKmMbBT]\b)?"
    rf"|(?P<words>\b(?i:(?:a\s+(?=(?:dozen|hundred|thousand|lakh|million|crore|billion|trillion)\b))?"
    rf"(?:{_WORD_NUM}|(?<=a\s)(?:dozen|hundred|thousand|lakh|million|crore|billion|trillion))"
    rf"(?:[\s-]+{_RUN_SCALE}|{_AFTER_TENS}[\s-]+{_ONES}|{_AFTER_SCALE}[\s-]+(?:and\s+)?(?:{_WORD_NUM}){NO_DENOMINATOR})*)\b)"
)


@dataclass
class Atom:
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


def read_numeral_atom(text: str, match: re.Match) -> Atom | None:
    """The number a digit match stands for, with its currency, sign and scale; None when the digits
    are part of a name, a version, a list marker or an ordinal."""
    start, end = match.start(), match.end()
    num_start, num_end = match.start("num"), match.end("num")
    before = text[max(0, start - 12):start]
    currency = ""
    prefix = CURRENCY_LEFT.search(before)
    fig_start = start
    if prefix:
        key = prefix.group().strip()
        currency = CURRENCY_PREFIXES.get(key) or CURRENCY_PREFIXES.get(re.sub(r"\s", "", key), "USD")
        fig_start = start - len(prefix.group())
        # a currency code glued to a word ("ABC12") is part of a name; with a space before the number it
        # is the end of a word, no currency ("EPS 48 cents", "FIRM 20")
        if fig_start > 0 and text[fig_start - 1].isalnum() and prefix.group()[0].isalpha():
            if not prefix.group()[-1].isspace():
                return None
            currency, fig_start = "", start
        # "PS" stands for a mangled "£" only before an amount written as one ("PS2.7m", "PS450",
        # "PS1,200"): a lone digit is a model name ("the PS5", "PS4 games")
        if currency and key == "PS" and re.fullmatch(r"\d", match.group("num")) and not re.match(
                r"\s*(?:m|bn|k|million|billion)\b", text[num_end:num_end + 9]):
            return None
        if currency and key in LETTER_CURRENCIES and not (
                match.group("scale") or re.search(r"\d[, \u00a0]\d", match.group("num"))):
            if not prefix.group()[-1].isspace():
                return None  # "R2", "N95", "P3": a name; "R1 500", "R120 million": an amount
            currency, fig_start = "", start  # "grade R 5": a letter, then a number, no currency
    elif before and (before[-1].isalnum() or before[-1] in "_#@/^"):
        return None  # Lemon8, X6, #1, 00/00, the power in "km^2"
    elif before.endswith(("+", "-", "−", "–")) and len(before) > 1 and before[-2].isalpha():
        word = re.search(r"([A-Za-z]+)[-−–+]$", before)
        # names glue digits to capitals (Covid-19, GMT+8, F-35); a function word before the hyphen is text
        if not word or before.endswith("+") or (word.group(1) not in HYPHEN_LEADS and not (
                word.group(1) in ("Under", "Over") and text[num_end:num_end + 1] == "s") and not (
                re.search(r"\d[\s-](?:foot|feet)-$", before) and len(match.group("num")) <= 2)):
            return None  # (but an age group opening a sentence, "Under-18s", and a height's inches, "6-foot-3")
    elif before.endswith(("-", "−")) and re.search(r"[A-Z][\w]*\s[-−]$", before) \
            and not re.match(r"[.,]\d|\s?%", text[num_end:num_end + 2]):
        return None  # "COVID -19"; but a signed change in a market list is a figure: "Nikkei -0.6%"
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
    times_x = is_times_x(text, end)
    if re.match(r"[A-Za-z]", after) and not scale_text and not times_x:
        attached = re.match(r"[A-Za-z]+", text[end:end + 12]).group()
        if attached.lower() in ("st", "nd", "rd", "th"):
            return None  # ordinals outside rank phrases
        if attached.lower() == "x" or (re.match(r"[A-Za-z]+\d", text[end:end + 12])
                                       and not MEASURE_ATTACHED.match(text, end)) \
                or re.match(r"[A-Za-z]+\d\d", text[end:end + 12]):
            return None  # "1x" player speed, codes such as "4K9" or "61045m318" (a unit's power is one digit: "m2")
        if attached in TECH_NAME_SUFFIXES:
            return None  # "3D printing", "2FA": the name of a technology
        if attached == "s" and (len(match.group("num")) == 4 or re.fullmatch(r"[1-9]0", match.group("num"))) \
                and not re.search(r"(?i:under|over)-$", before):  # (an age group: "the over-60s")
            return None  # decades "1990s", "in her 30s"
        if not MEASURE_ATTACHED.match(text, end) and len(attached) > 3 and attached.lower() not in ("mins", "secs"):
            return None  # "3D"-like names glued to words
    if re.match(r"-somethings?\b", text[end:end + 12], re.IGNORECASE):
        return None  # "a 20-something", "70-somethings": a decade of life, as "in her 30s"
    if re.match(r"\d", after[:1] or " ") or (MAGNITUDE_CLASS.match(text, end) and not scale_text):
        return None  # (a scaled amount is no size class: "the 170 million figure")
    if scale_text == "K" and DISPLAY_AFTER.match(text, match.end()):
        return None  # "4K video", "an 8K TV": a resolution's name, not thousands
    sign = 1.0
    margin = re.search(r"plus(?:\s+or\s+|\s*/\s*)minus\s*$", text[max(0, start - 20):start], re.IGNORECASE)
    if not margin and (not currency and before.rstrip().lower().endswith("minus") or before.endswith(("minus-", "minus "))):
        sign = -1.0
        fig_start = start - (len(before) - before.lower().rfind("minus"))
    elif before.endswith(("-", "−")) and (len(before) == 1 or not (before[-2].isalnum() or before[-2] in "%)")):
        # (after "5.25%" or a closing bracket the dash joins a range: "5.25%-5.5%")
        sign = -1.0
        fig_start = start - 1
    atom = Atom(fig_start, end, num_start, num_end, sign * value, sign * value, currency=currency)
    if prefix and before.endswith(("-", "−")):
        atom.value = atom.raw_value = -value
    if prefix and sign > 0 and (lead := currency_sign(text, fig_start)):  # "(-$14)", "+£2.1bn"
        atom.start = fig_start = fig_start - 1
        if lead == "+":
            atom.direction = "up"
        else:
            sign, atom.value, atom.raw_value = -1.0, -value, -value
            before = text[max(0, fig_start - 1):fig_start + 1]
    if sign < 0 and is_signed_change(text, fig_start, end, before.endswith("(-")):
        atom.direction = "down"
    if before.endswith("+") and (len(before) == 1 or not before[-2].isalnum()):
        atom.start = start - 1
        # a plus sign marks a rise, but on a temperature it is above zero: "+5C", "+3 degrees"
        atom.direction = "" if ABOVE_ZERO.match(text, end) else "up"
    if scale_text:
        token = scale_text.strip().lstrip("-").replace("-", " ")
        if token == "m" and not currency and re.search(r"\d\s?h\s?$", text[max(0, start - 6):start]):
            atom.unit, atom.kind, atom.end = "minutes", "duration", match.end()  # "2h 30m": the minutes of a time
        elif token == "m" and not currency and (METRE_M_FOLLOWS.match(text, end) or not (
                "." in match.group("num") or MILLION_M_FOLLOWS.match(text, end)
                or MILLION_BEFORE.search(text[max(0, start - 120):start]))):
            atom.unit = "metres"
            atom.kind = "other"
            atom.end = match.end()
        elif token == "K" and not currency and "." in match.group("num") and TEMPERATURE_NEAR.search(
                text, max(0, start - 60), min(len(text), end + 60)):
            atom.unit, atom.kind, atom.end = "kelvin", "other", match.end()  # "about 20 °C (293.15K)"
        elif token in ("b", "T", "cr", "Cr") and not currency:
            atom.end = num_end  # "$3.4T" and "Rs 400 cr" scale money only ("T" is else a tesla or a name)
        else:
            scale = 1.0
            for word in token.split():
                scale *= SCALE_WORDS.get(word.lower(), SCALE_WORDS.get(word, 1.0))
            atom.scale, atom.has_scale = scale, True
            atom.value = atom.raw_value * scale
    if currency:
        atom.kind = "money"
        atom.unit = currency
    elif re.search(r"\bmagnitude(?:[\s-]|\s+of\s)$", text[max(0, start - 14):start], re.IGNORECASE):  # "a magnitude-7.1 earthquake": a scale reading
        atom.kind, atom.unit = "other", "magnitude"
    elif times_x:
        atom.kind, atom.unit, atom.end = "multiple", "times", end + 1
    return atom


def word_value(lower: str) -> float | None:
    """The value of a run of number words, by text2num where it reads them, else our own reader
    ("a million", which text2num rejects)."""
    from text_to_num import text2num
    try:
        return float(text2num(lower.replace(" and ", " "), "en"))
    except ValueError:
        return parse_number_words(lower)


ONE_HEDGED = re.compile(r"\b(?:at\s+least|more\s+than|fewer\s+than|less\s+than|up\s+to|exactly|at\s+most)\s+$",
                        re.IGNORECASE)
HYPHEN_TIME_UNIT = re.compile(r"-(?:year|month|week|day|hour|minute|second)\b", re.IGNORECASE)


def read_word_atom(text: str, match: re.Match) -> Atom | None:
    """The number a run of number words stands for; None for "one" as a pronoun or article
    ("no one", "one of", "One user said")."""
    words = match.group("words")
    start, end = match.start(), match.end()
    lower = words.lower()
    value = word_value(lower)
    if value is None:
        return None
    following = text[end:end + 40]
    preceding = text[max(0, start - 30):start]
    # "a one-dollar coin" and "a one-day outage" count (whether a duration is a figure is read later)
    if lower == "one" and not HYPHEN_CURRENCY.match(following) and not HYPHEN_TIME_UNIT.match(following) \
            and not ONE_HEDGED.search(preceding):  # "at least one other app" counts
        prev_word = re.search(r"([A-Za-z]+)\W*$", preceding)
        prev = prev_word.group(1).lower() if prev_word else ""
        idiom = {"on": r"hand", "at": r"point|stage|time", "in": r"go|fell\s+swoop|piece"}.get(prev)
        if idiom and re.match(rf"\s+(?:{idiom})\b", following):
            return None  # "on one hand"; "at one point", "in one go": once or whole, no count
        if re.search(rf"\b(?:{REPORTING_VERBS}|according\s+to)\s+$", preceding, re.IGNORECASE) and SPEAKER_ENDS.match(
                following):
            return None  # "said one analyst.", "according to one official in Beijing": an unnamed speaker
        first_bound = re.match(rf"\s*(?:to|or|-)\s*(?:{_WORD_NUM}|\d)", following, re.IGNORECASE)
        if first_bound and prev in ("last", "first", "next", "only", "the", "this", "that"):
            pass  # a verb or determiner before a range: "could last one to two years", "the one or two"
        elif prev == "only" and ONLY_ONE_COUNTS.match(following) and not OWNED_ONLY.search(preceding):
            pass  # "only one person was hurt": a count (but "the only one to survive", "only one of")
        elif prev in ("no", "each", "every", "any", "this", "that", "which", "the", "a", "same",
                    "another", "only", "last", "first", "next", "other", "someone", "anyone", "everyone",
                    "little", "big", "new", "old", "good", "bad", "right", "wrong"):
            return None
        next_word = re.match(r"[\s]*([A-Za-z]+|\S)", following)
        nxt = next_word.group(1).lower() if next_word else ""
        if nxt == "of":
            return None  # "one of the most popular apps": one of a group, no count (the devcorpus convention)
        elif first_bound:
            pass  # the first bound of "one to two years", "one or two"
        elif not nxt or not nxt.isalpha() or (nxt in STOP_WORDS and next_word.group(1).islower()) \
                or nxt in ("another", "thing", "way"):
            return None
        if re.match(r"-(?!year|month|week|day|hour|minute|second)", following):
            return None  # one-off, one-time
        if re.match(rf"\s+(?:(?:[A-Za-z][\w'’-]*\s+){{0,2}}[A-Za-z][\w'’-]*(?:,\s*\d{{1,3}},|,\s*[^,.;:!?\d]"
                    rf"[^,.;:!?]{{0,48}},|{SPEAKER_OF})?,?\s+)?(?:{REPORTING_VERBS})\b", text[end:end + 90]):
            return None  # "One user described ...", "one grocer, 58, told", "one wrote": an unnamed speaker
        if nxt.isalpha() and not following.startswith("-") and is_indefinite_one(preceding, following, nxt):
            return None  # "One TikTok user, who asked", "in one video": "a", not a count
    if re.match(r"-(?:thirds?|halves|quarters?|fifths?)", following, re.IGNORECASE):
        return None
    if MAGNITUDE_CLASS.match(following) and not re.search(r"(?:thousand|million|billion|trillion)$", lower):
        return None  # "a six-figure salary", "double-digit growth": a size class, not an amount
    if words[:1].isupper() and preceding.strip() and not re.search(r"[.!?:;\"“(\n]\s*$", preceding) \
            and not (TITLE_COUNTED_AFTER.match(following) and in_title_case_line(text, start)):
        return None  # a capitalized number word inside a sentence names: "the Big Ten", "7-Eleven"
    atom = Atom(start, end, start, end, value, value, words=True)
    if scale_word := re.search(r"(?:hundred|thousand|million|billion|trillion)$", lower):
        # the scale word apart, as for digits: "two to three million" reads the first bound in millions
        atom.has_scale, atom.scale = True, SCALE_WORDS[scale_word.group()]
        atom.raw_value = value / atom.scale
    return atom
