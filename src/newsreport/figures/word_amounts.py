"""Amounts written as words rather than numerals: fractions ("a third", "two-thirds", "one in
five", "3/4"), vague plurals ("tens of thousands"), and multiples ("double", "twice")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsreport.figures.numbers import FRACTION_WORDS, NUMBER_WORDS, VAGUE_AMOUNTS, parse_number_words
from newsreport.figures.qualifiers import QUALIFIER_WORDS, direction_of, qualifier_before
from newsreport.figures.record import Figure
from newsreport.figures.subjects import of_phrase, subject_for
from newsreport.figures.units import DURATION_UNITS, STOP_WORDS, noun_phrase_after

if TYPE_CHECKING:
    from newsreport.figures.scan import Scan

# Verbs a share of people takes as its subject: "roughly one-third say", "half are".
SHARE_VERBS = (r"say|says|said|are|were|have|had|use|used|think|thought|believe|agree|agreed|expect|plan|"
               r"want|report|reported|own|live|work|would|will|could|do|did|favou?r|oppose|support|prefer")

# A share compared or acting: "a third higher than expected", "a fifth below pre-crisis levels", "a
# quarter more than in 2023", "two-thirds voted", "more than half signed up" (a past form; not after
# "quarter": "the quarter ended March 31" is a period).
COMPARATIVES = r"higher|lower|more|less|fewer|larger|smaller|bigger|cheaper|dearer|faster|slower|longer|shorter"

FRACTION_PATTERN = re.compile(
    r"\b(?P<num>a|an|one|two|three|four|five|six|seven|eight|nine)[\s-]+(?P<den>half|halves|third|"
    r"thirds|quarter|quarters|fifths?|sixths?|eighths?|tenths?)\b(?=\s+of\b|\s*$|[,.;]|\s+(?:" + SHARE_VERBS + r")\b"
    r"|\s+(?:" + COMPARATIVES + r"|below|above)\b|(?<!quarter)(?<!quarters)\s+[a-z]{2,}ed\b"
    # a hyphened fraction before what it sizes: "a two-thirds majority", "a one-fifth drop" ("a third
    # stake" may be the third one)
    r"|(?:" + "|".join(f"(?<=-{den})" for den in ("half", "third", "thirds", "quarter", "quarters", "fifth",
                                                   "fifths", "sixth", "sixths", "eighth", "eighths", "tenth",
                                                   "tenths")) + r")"
    r"\s+(?:majority|minority|stake|share|discount|cut|drop|fall|rise|increase|decrease|reduction)\b)"
    r"(?!\s+of\s+an?\s+(?:dozen|hundred|thousand|million|billion|trillion)\b)"  # "a quarter of a million"
    # "one in five", "Four in 10 adults", "nine out of 10", "1 in every 4 posts", "a one-in-four chance"
    r"|(?<![$€£¥\d.,])(?<!\d-)\b(?P<n1>one|two|three|four|five|six|seven|eight|nine|\d+)(?:\s+|-(?=in-|out-))(?:out[\s-]of|in)(?:\s+|-)"
    r"(?:every[\s-])?(?P<n2>two|three|four|five|six|seven|eight|nine|ten|(?:a\s+|one\s+)?(?:hundred|thousand|million)"
    r"|\d{1,3}(?:,\d{3})+|\d+)\b"  # "one in a thousand", "one in 1,000"
    r"(?=\s+[A-Za-z]|\s*[.,;:)\"”’]+(?:\s|$)|\s*[.,;:)]?$)"  # "about 1 in 10." closing a sentence or a quote
    r"|(?<![\w-])(?<!\d\s)(?P<fn>\d+)\s?[/⁄](?P<fd>\d+)(?![\d/⁄])"  # not "6 1/8": a mixed number
    # "half of the staff"; but "the first half of 2024", "the latter half of the decade" are periods
    r"|(?<!\bfirst\s)(?<!\bsecond\s)(?<!\blatter\s)(?<!\bformer\s)(?<!\bback\s)(?<!\bfront\s)"
    r"\b(?P<half>half)\b(?=\s+(?:of|the|its|their|his|her|all|" + SHARE_VERBS + r"|[a-z]{2,}ed)\b)",
    re.IGNORECASE)

# A share one end of a movement, before a word of time or place: "up from a tenth in December", "fell
# from a third to a fifth over the year" (but "to a third party" is no share).
MOVED_FRACTION = re.compile(
    r"\b(?:from|to)\s(?P<num>a|an|one|two|three|four)[\s-]+(?P<den>half|third|thirds|quarter|"
    r"quarters|fifths?|sixths?|eighths?|tenths?)\b(?=\s+(?:in|on|at|by|over|last|this|since|between|within|and|or|"
    r"to|from|a|an)\b)", re.IGNORECASE)

# Quarters counted as periods, not a share: "the past three quarters", "for two straight quarters"
# ("three quarters of users" is a share).
COUNTED_QUARTERS = re.compile(r"\b(?:past|last|next|previous|first|coming|recent|latest|for|over|in|within|after)\s+$",
                              re.IGNORECASE)

# What any FRACTION_PATTERN match contains: one cheap scan skips most sentences, which hold no fraction.
FRACTION_GUARD = re.compile(r"hal(?:f|ves)|third|quarter|fifth|sixth|eighth|tenth|[/⁄]|"
                            r"\b(?:in|of)[\s-]+(?:every\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d|"
                            r"(?:a\s+|one\s+)?(?:hundred|thousand|million))",
                            re.IGNORECASE)

# A fraction as the size of a change, after "by": "shrank by a third", "cut costs by half", "grew by
# two-thirds in a decade" (whatever follows; but "by half an hour" measures the hour).
BY_FRACTION = re.compile(  # (also straight after "up" or "down": "sales were down a fifth on last year")
    r"\b(?:by|up|down)\s+(?P<fraction>(?:(?:" + QUALIFIER_WORDS + r")\s+)?(?:(?P<num>a|an|one|two|three|four)[\s-]+"
    r"(?P<den>half|third|thirds|quarter|quarters|fifths?|sixths?|eighths?|tenths?)|(?P<half>half)))\b"
    r"(?!\s+(?:an?|the|of|point|percentage)\b)(?![-\w])", re.IGNORECASE)

# One of a thing, or a few more: "a year or two", "a day or so", "another striker or two" (a range from
# one; "or so" an approximate one). "A thing or two" is an idiom, not a count.
ONE_OR_TWO = re.compile(r"\b(?:a|an|one|another)\s+(?P<noun>(?!thing\b)[a-z]{3,})\s+or\s+(?P<more>two|three|so)\b",
                        re.IGNORECASE)

VAGUE_PATTERN = re.compile(
    r"\b(?:(?P<mult>tens|hundreds|dozens)\s+of\s+)?(?P<vague>dozens|hundreds|thousands|millions|billions|"
    r"trillions)\b(?:\s+of\b)?", re.IGNORECASE)

# "two and a half": a mixed number, read whole by `numbers`, not a fraction after "and"
MIXED_LEAD = re.compile(r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
                        r"forty|fifty|hundred|thousand|million|billion))\s+and\s+$", re.IGNORECASE)
# A fraction of a point, the step of a rate: "a quarter point", "half a percentage point",
# "three-quarters of a point"; and of a percent: "eased half a percent", "a quarter of a per cent".
POINT_FRACTION = re.compile(r"\b(?:(?P<num>a|an|one|two|three)[\s-]+(?P<den>quarters?|thirds?|half)(?:\s+of\s+(?:a|one))?|"
                            r"(?P<half>half)\s+(?:of\s+)?(?:a|one))[\s-]+(?P<unit>(?:percentage|basis)[\s-]+points?|"
                            r"points?|per\s?cent)\b", re.IGNORECASE)

MULTIPLE_PATTERN = re.compile(
    r"\b(?P<word>double|doubled|doubles|doubling|twice|triple|tripled|triples|tripling|treble|"
    r"trebled|quadruple|quadrupled|halve|halved|halves|halving)\b(?![-‐](?:digit|check|edged|decker))",
    re.IGNORECASE)
# "sixfold", "tenfold": a multiple written as one word (numerals with "-fold" are read by `units`).
FOLD_PATTERN = re.compile(r"\b(?P<word>two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|hundred|"
                          r"thousand)-?fold\b", re.IGNORECASE)
MULTIPLE_VALUES = {"doub": 2.0, "twic": 2.0, "trip": 3.0, "treb": 3.0, "quad": 4.0, "halv": 0.5}
MULTIPLE_STEMS = ("doubl", "twice", "tripl", "trebl", "quadrupl", "halv")


def _word_or_digits(token: str) -> float | None:
    token = re.sub(r"^(?:a|one)\s+", "", token.replace(",", ""), flags=re.IGNORECASE)
    return float(token) if token.isdigit() else parse_number_words(token)


def fraction_value(groups: dict) -> float | None:
    """The fraction a matched FRACTION_PATTERN states, or None when it is not a share of a whole."""
    if groups.get("den"):
        numerator = 1.0 if groups["num"].lower() in ("a", "an") else float(NUMBER_WORDS[groups["num"].lower()])
        share = numerator * FRACTION_WORDS[groups["den"].lower()]
        return share if share < 1 else None  # "six quarters", "four quarters": periods counted, no share
    if groups.get("n1"):
        n1, n2 = _word_or_digits(groups["n1"]), _word_or_digits(groups["n2"])
        if not n1 or not n2 or n1 >= n2 or (1800 <= n2 <= 2100 and groups["n2"].isdigit()):
            return None  # "$800 in 2016" is an amount and a year
        return n1 / n2
    if groups.get("fn"):
        numerator, denominator = float(groups["fn"]), float(groups["fd"])
        # "9/11", "24/7" and dates like "12/05" are not fractions of a quantity
        if denominator == 0 or numerator >= denominator or denominator > 1000:
            return None
        return numerator / denominator
    return 0.5


def find_point_fractions(scan: Scan) -> None:
    """Add fractions of a point ("cut rates by a quarter point": 0.25 points), with their hedge and
    the direction of the change they measure."""
    if "point" not in scan.text and "cent" not in scan.text:
        return
    for match in POINT_FRACTION.finditer(scan.text):
        start, end = match.start(), match.end()
        if not scan.is_free(start, end):
            continue
        if match.group("half"):
            value = 0.5
        else:
            numerator = 1.0 if match.group("num").lower() in ("a", "an") else float(NUMBER_WORDS[match.group("num").lower()])
            value = numerator * FRACTION_WORDS[match.group("den").lower()]
        unit = match.group("unit").lower()
        kind, unit = ("percent", "%") if unit.startswith("per") and "point" not in unit else \
            ("other", "percentage points" if unit.startswith("percentage") else "points")
        qualifier, q_start = qualifier_before(scan.text, start)
        scan.add(Figure(q_start, end, "", kind, value=value, unit=unit, qualifier=qualifier,
                        direction=direction_of(scan.text, q_start, end)))


# A quarter after a word of time is a period of three months: "in a quarter", "per quarter", "each quarter".
QUARTER_AS_PERIOD = re.compile(r"\b(?:in|per|each|every|within|for)\s+$", re.IGNORECASE)


def find_fractions(scan: Scan) -> None:
    """Add every fraction of the text not already claimed, as a ratio with its qualifier."""
    find_point_fractions(scan)
    if "by " in scan.text or "up " in scan.text or "down " in scan.text:
        find_change_fractions(scan)
    if not FRACTION_GUARD.search(scan.text):
        return
    matches = [*FRACTION_PATTERN.finditer(scan.text), *MOVED_FRACTION.finditer(scan.text)]
    for match in sorted(matches, key=lambda m: m.start()):
        start, end = match.start("num") if match.re is MOVED_FRACTION else match.start(), match.end()
        if not scan.is_free(start, end):
            continue
        if (match.group("den") and MIXED_LEAD.search(scan.text, max(0, start - 20), start)) or (
                match.group("den") and match.group("den").lower() == "half"
                and re.search(r"\band\s+$", scan.text[max(0, start - 5):start])):
            continue  # "two and a half", "an hour and a half": one amount, read elsewhere
        if match.group("den") and match.group("den").lower() == "quarter" \
                and QUARTER_AS_PERIOD.search(scan.text, max(0, start - 8), start) \
                and not re.match(r"\s+of\b", scan.text[end:end + 4]):
            # "rose by a million in a quarter", "paid per quarter": three months, not a share (but "in a
            # quarter of schools" is one)
            continue
        value = fraction_value(match.groupdict())
        if value is None or (match.group("den") or "").lower() == "quarters" and \
                COUNTED_QUARTERS.search(scan.text, max(0, start - 30), start):
            continue  # "the past three quarters": fiscal quarters counted (read as a count by `numbers`)
        qualifier, q_start = qualifier_before(scan.text, start)
        if qualifier == "exact" and match.group("den") and abs(value * 1000 - round(value * 1000)) > 1e-6:
            qualifier = "approx"  # "a third" is 33.3...%: no exact share (but "an eighth" is 12.5%)
        figure = Figure(q_start, end, "", "ratio", value=value, qualifier=qualifier,
                        direction=direction_of(scan.text, q_start, end))  # "lost a quarter of its value"
        figure.subject = of_phrase(scan, end, q_start)
        scan.add(figure)


def find_change_fractions(scan: Scan) -> None:
    """Add fractions that size a change after "by" ("fell by a third"): a ratio with the direction
    of the verb of change before it (without one, "by a quarter" may be a period)."""
    for match in BY_FRACTION.finditer(scan.text):
        start, end = match.start("fraction"), match.end()
        if not scan.is_free(start, end):
            continue
        direction = direction_of(scan.text, start, end)
        if not direction:
            continue  # "delayed by a quarter", "won by half a length": no change in size
        value = fraction_value(match.groupdict())
        qualifier, _ = qualifier_before(scan.text, match.start("num") if match.group("num") else match.start("half"))
        if qualifier == "exact" and abs(value * 1000 - round(value * 1000)) > 1e-6:
            qualifier = "approx"
        scan.add(Figure(start, end, "", "ratio", value=value, qualifier=qualifier, direction=direction))


def in_heading(text: str, position: int) -> bool:
    """Whether `position` lies on a heading line: short, with no sentence punctuation at its end."""
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    line = text[line_start:line_end if line_end >= 0 else len(text)].strip()
    return len(line.split()) <= 12 and not re.search(r"[.!?:;\"”’)]$", line)


def find_vague(scan: Scan) -> None:
    """Add vague plural amounts ("thousands of", "tens of thousands") as order-of-magnitude ranges."""
    for match in VAGUE_PATTERN.finditer(scan.text):
        start, end = match.start(), match.end()
        if not scan.is_free(start, end):
            continue
        if in_heading(scan.text, start):
            continue  # "THOUSANDS FLOCK TO THE APP": a heading's vague amount names no quantity
        low, high = VAGUE_AMOUNTS[match.group("vague").lower()]
        if match.group("mult"):
            factor = {"tens": 10.0, "hundreds": 100.0, "dozens": 12.0}[match.group("mult").lower()]
            low, high = low * factor, high * factor
        elif match.group("vague").lower() in ("dozens", "hundreds", "millions", "billions", "trillions") \
                and not match.group(0).lower().endswith("of"):
            continue  # "hundreds more followed", "Millions use it": a vague crowd, no amount of anything
        elif re.search(r"(?:^|[.!?;:,\"“(\n])\s*$", scan.text[max(0, start - 3):start]):
            # "Thousands downloaded it overnight", "Millions of Americans use it": a crowd opening a
            # clause (but "views reaching thousands", "home to millions of users" keep their range)
            continue
        noun, noun_end = noun_phrase_after(scan.text, end)
        unit = noun.split()[-1] if noun else ""
        if match.group(0).lower().endswith(" of"):
            end = match.end() - 3
        figure = Figure(start, max(end, noun_end) if noun else end, "", "count", low=low, high=high,
                        unit=unit, qualifier="range")
        figure.subject = subject_for(scan, noun, start) if noun else ""
        scan.add(figure)


def find_one_or_more(scan: Scan) -> None:
    """Add "a year or two" (a range from one) and "a day or so" (about one), with the noun as unit."""
    if " or " not in scan.text:
        return
    for match in ONE_OR_TWO.finditer(scan.text):
        noun = match.group("noun").lower()
        if noun in STOP_WORDS or not scan.is_free(match.start(), match.end()):
            continue
        unit = DURATION_UNITS.get(noun, noun)
        kind = "duration" if noun in DURATION_UNITS else "count"
        start = match.start("noun") - len(match.group().split()[0]) - 1
        if match.group("more").lower() == "so":
            figure = Figure(start, match.end(), "", kind, value=1.0, unit=unit, qualifier="approx")
        else:
            figure = Figure(start, match.end(), "", kind, low=1.0, high=float(NUMBER_WORDS[match.group("more").lower()]),
                            unit=unit, qualifier="range")
        scan.add(figure)


def find_multiples(scan: Scan) -> None:
    """Add multiples written as verbs or adverbs ("double its profits", "twice as many") or as
    one word ("a sixfold rise")."""
    lower = scan.text.lower()  # (a substring test first: most texts hold neither kind of word)
    words = list(MULTIPLE_PATTERN.finditer(scan.text)) if any(stem in lower for stem in MULTIPLE_STEMS) else []
    folds = list(FOLD_PATTERN.finditer(scan.text)) if "fold" in lower else []
    matches = sorted(words + folds, key=lambda m: m.start())
    for match in matches:
        start, end = match.start(), match.end()
        if not scan.is_free(start, end):
            continue
        word = match.group("word").lower()
        value = parse_number_words(word) if match.re is FOLD_PATTERN else MULTIPLE_VALUES[word[:4]]
        qualifier, q_start = qualifier_before(scan.text, start)
        figure = Figure(q_start, end, "", "multiple", value=value, unit="times", qualifier=qualifier)
        obj = re.match(r"\s+((?:its|their|the|his|her)\s+)?([a-z][\w-]*(?:\s+[a-z][\w-]*)?)",
                       scan.text[end:end + 60])
        if obj and obj.group(2).split()[0] not in STOP_WORDS:
            noun = obj.group(2).split()[0] if obj.group(2).split()[-1] in STOP_WORDS else obj.group(2)
            figure.subject = subject_for(scan, noun, start)
        scan.add(figure)
