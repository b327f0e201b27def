"""Numbers written with a fraction: "half a million", "a quarter million" (or "a quarter-million",
"half-a-million"), "two and a half years", "6 1/8 percent", "2½", "half an hour". Each is read
whole into one `Atom` before the plain numerals and number words, so its parts are not read again
as separate numbers."""

from __future__ import annotations

import re
import unicodedata

from newsreport.figures.numbers import NUMBER_WORDS, SCALE_WORDS, Atom

# A bare number right after these is the amount of a scale word ("half a million", "one and a
# half billion"): FRACTION_OF_SCALE reads them whole.
FRACTION_OF_SCALE = re.compile(
    r"\b(?i:(?P<whole>\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+and\s+a\s+"
    r"(?P<frac1>half|quarter|third)|(?P<frac2>half|a\s+half|a\s+quarter|quarter|a\s+third|three[\s-]quarters)"
    r"(?:(?:\s+of)?[\s-]+an?)?)[\s-]+(?P<scale>(?i:dozen|hundred|thousand|million|billion|trillion))\b"
    # the fraction after the scale: "a million and a half", "3 million and a half", "five billion and three
    # quarters" (the fraction is of the scale, not a number added to it)
    r"|\b(?P<sf_whole>(?i:a|one|two|three|four|five|six|seven|eight|nine|ten)|\d+)\s+"
    r"(?P<scale_first>(?i:dozen|hundred|thousand|million|billion|trillion))\s+(?i:and\s+"
    r"(?P<sf_frac>(?:a|one)\s+half|(?:a|one)\s+quarter|three\s+quarters|(?:a|one)\s+third))\b")
# A whole number and a fraction without a scale word: "two and a half years", "3 and a half
# hours", "one-and-a-half times" (with a scale word FRACTION_OF_SCALE reads it first).
WHOLE_AND_FRACTION = re.compile(
    r"\b(?P<whole>\d+|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"forty|fifty|sixty))[\s-]+(?i:and)[\s-]+(?i:a)[\s-]+(?P<frac>(?i:half|quarter|third))\b")
# Half of one unit of time: "half an hour", "half a day" (the unit is read after it).
HALF_A_UNIT = re.compile(r"\b(?i:half\s+an?)(?=\s+(?i:hour|day|year|minute|second|month|decade|century)\b)")
# A whole number and a written fraction: "6 1/8 percent", "98 1/2", "2-1/2 inches"; and the
# Unicode vulgar fractions, alone or after a whole number ("½ cup", "2½ years").
MIXED_FRACTION = re.compile(r"(?<![\w/.,])(?P<whole>\d+)(?:\s+|-)(?P<fn>\d{1,2})/(?P<fd>\d{1,2})(?![\d/])"
                            r"|(?<![\w/.,])(?P<vwhole>\d+)?\s?(?P<vulgar>[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])")
# A decimal spoken in words, as quotes and transcripts write it: "one point two billion", "three point
# five percent", "twenty-two point seven million" (the scale and unit are read after it).
_DIGIT_WORDS = {"zero": 0, "oh": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9}
_TENS = r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
SPOKEN_DECIMAL = re.compile(
    rf"\b(?P<whole>(?i:(?:{_TENS})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|zero|one|two|three|four|five|"
    rf"six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|{_TENS}))"
    r"\s+(?i:point)\s+(?P<decimals>(?i:(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
    r"(?:\s+(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\b(?!\s+point))*))\b")
_FRACTIONS = {"half": 0.5, "quarter": 0.25, "third": 1 / 3, "three quarters": 0.75}
# Each reader with a word or mark its matches must contain: most sentences have none, and a
# substring test is far cheaper than a regex scan.
FRACTION_READERS = ((WHOLE_AND_FRACTION, ("and a", "and-a")), (MIXED_FRACTION, ("/", "½", "⅓", "⅔", "¼", "¾", "⅕",
                                                                              "⅖", "⅗", "⅘", "⅙", "⅚", "⅛", "⅜",
                                                                              "⅝", "⅞")),
                    (HALF_A_UNIT, ("half",)), (SPOKEN_DECIMAL, (" point ",)))
FRACTION_OF_SCALE_MARKS = ("half", "quarter", "third")


def fraction_of_scale_atom(match: re.Match) -> Atom:
    """"half a million" (500000), "a quarter of a billion", "two and a half million" (2500000), "a
    million and a half" (1500000)."""
    word = (match.group("scale") or match.group("scale_first")).lower()
    scale = 12.0 if word == "dozen" else SCALE_WORDS[word]
    if match.group("scale_first"):
        whole = match.group("sf_whole").lower()
        base = float(whole) if whole.isdigit() else (1.0 if whole == "a" else float(NUMBER_WORDS[whole]))
        fraction = " ".join(match.group("sf_frac").lower().split()).removeprefix("a ").removeprefix("one ")
        amount = base + _FRACTIONS[fraction]
    elif match.group("frac1"):
        whole = match.group("whole")
        base = float(whole) if whole.isdigit() else float(NUMBER_WORDS[whole.lower()])
        amount = base + _FRACTIONS[match.group("frac1").lower()]
    else:
        words = " ".join(match.group("frac2").lower().replace("-", " ").split())
        amount = _FRACTIONS[words.removeprefix("a ")]
    atom = Atom(match.start(), match.end(), match.start(), match.end(), amount * scale, amount,
                scale=scale, has_scale=True, words=True)
    return atom


def whole_and_fraction_atom(match: re.Match) -> Atom | None:
    """"two and a half" (2.5), "6 1/8" (6.125), "2½" (2.5), "½" (0.5); None for "5 7/3" (not a
    proper fraction) or a denominator no one writes ("3 1/99")."""
    groups = match.groupdict()
    if match.re is SPOKEN_DECIMAL:
        return spoken_decimal_atom(match)
    if match.re is HALF_A_UNIT:
        return Atom(match.start(), match.end(), match.start(), match.end(), 0.5, 0.5, words=True)
    if groups.get("frac"):
        whole = groups["whole"]
        value = (float(whole) if whole.isdigit() else float(NUMBER_WORDS[whole.lower()])) + \
            _FRACTIONS[groups["frac"].lower()]
        return Atom(match.start(), match.end(), match.start(), match.end(), value, value,
                    words=not whole.isdigit())
    if groups.get("vulgar"):
        value = float(groups["vwhole"] or 0) + unicodedata.numeric(groups["vulgar"])
    else:
        numerator, denominator = int(groups["fn"]), int(groups["fd"])
        if not 0 < numerator < denominator or denominator not in (2, 3, 4, 5, 8, 10, 16, 32):
            return None
        value = float(groups["whole"]) + numerator / denominator
    atom = Atom(match.start(), match.end(), match.start(), match.end(), value, value)
    scale = SCALE_AFTER.match(match.string, match.end())
    if scale:  # "1 1/2 million people", "2½ billion"
        factor = SCALE_WORDS[scale.group("scale").lower()]
        atom.end, atom.value, atom.scale, atom.has_scale = scale.end(), value * factor, factor, True
    return atom


# A scale word right after a mixed number: "1 1/2 million".
SCALE_AFTER = re.compile(r"\s?(?P<scale>(?i:hundred|thousand|million|billion|trillion))\b")


def spoken_decimal_atom(match: re.Match) -> Atom:
    """"one point two" (1.2), "three point oh five" (3.05), with a scale word after it ("one point
    two billion": 1.2e9)."""
    whole = NUMBER_WORDS.get(match.group("whole").lower())
    if whole is None:  # "twenty-two"
        tens, ones = match.group("whole").lower().split("-")
        whole = NUMBER_WORDS[tens] + NUMBER_WORDS[ones]
    decimals = "".join(str(_DIGIT_WORDS[word]) for word in match.group("decimals").lower().split())
    value = float(f"{int(whole)}.{decimals}")
    atom = Atom(match.start(), match.end(), match.start(), match.end(), value, value, words=True)
    scale = SCALE_AFTER.match(match.string, match.end())
    if scale:
        factor = SCALE_WORDS[scale.group("scale").lower()]
        atom.end, atom.value, atom.scale, atom.has_scale = scale.end(), value * factor, factor, True
    return atom
