"""What a number measures: currencies, percent signs, measurement and time units, multiples, and
the counted noun that follows a number ("45 million monthly active users").

The vocabularies are tables (surface form -> canonical name); `read_tail` grows a number over the
unit written after it, `noun_phrase_after` reads the counted noun.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsreport.figures.numbers import Atom

# Currency marks written before the amount, longest first; value is the ISO 4217 code.
CURRENCY_PREFIXES = {
    "US$": "USD", "US $": "USD", "$US": "USD", "USD": "USD", "U.S.$": "USD",
    "A$": "AUD", "$A": "AUD", "AU$": "AUD", "AUD": "AUD",
    "C$": "CAD", "CA$": "CAD", "CAD": "CAD", "HK$": "HKD", "HK $": "HKD", "HKD": "HKD",
    "NZ$": "NZD", "S$": "SGD", "R$": "BRL", "$": "USD",
    "€": "EUR", "EUR": "EUR", "£": "GBP", "GBP": "GBP", "¥": "JPY", "JPY": "JPY", "Y=": "JPY",
    # (the renminbi as the Financial Times writes it, "Rmb430mn", and as "CN¥3.5bn")
    "CNY": "CNY", "RMB": "CNY", "Rmb": "CNY", "CN¥": "CNY", "₹": "INR", "Rs.": "INR", "Rs": "INR", "INR": "INR",
    "₩": "KRW", "RM": "MYR", "₽": "RUB", "CHF": "CHF", "NT$": "TWD", "NT $": "TWD", "TWD": "TWD",
    "Rp": "IDR", "Rp.": "IDR", "IDR": "IDR", "₱": "PHP", "฿": "THB", "₺": "TRY", "₦": "NGN",
    # "£" as some text pipelines mangle it (seen in wire copy): "PS2.7m".
    "PS": "GBP",
    # shillings as Kenyan papers write them ("KSh2.4 billion", "Sh64,500"), the Ghanaian cedi
    "KSh": "KES", "Ksh": "KES", "Kshs": "KES", "Sh": "KES", "GH₵": "GHS", "GH¢": "GHS", "₵": "GHS",
    # other marks of the Commonwealth's and the Gulf's papers ("Tk 1,200 crore", "J$4.5 billion", "Dh2.5 billion")
    "TSh": "TZS", "USh": "UGX", "Tk": "BDT", "J$": "JMD", "TT$": "TTD", "E£": "EGP", "Dh": "AED", "Dhs": "AED",
    "MX$": "MXN", "Mex$": "MXN",
    # ISO codes written before the amount, as financial copy does ("ZAR 1.2 billion"); codes that are also words or
    # names written in capitals (PHP, COP, TRY, RON, MAD, SAR, ALL) are left out
    **{code: code for code in ("ZAR", "KES", "NGN", "GHS", "EGP", "AED", "PKR", "BDT", "LKR", "MYR", "THB", "VND",
                               "SGD", "NZD", "ZMW", "UGX", "TZS", "ETB", "MXN", "BRL", "ARS", "CLP", "PLN", "SEK",
                               "NOK", "DKK", "CZK", "HUF", "ILS", "QAR", "KWD", "RUB", "KRW", "UAH", "JMD")},
    # one-letter marks of the rand, naira and peso ("R1 500", "N18.7 billion", "P180 million"): read as money only
    # before a scale word or grouped digits (`numbers.read_numeral_atom`), since "R2", "N95" and "P3" are names
    "R": "ZAR", "N": "NGN", "P": "PHP",
}
LETTER_CURRENCIES = {"R", "N", "P"}

# Currency words written after the amount (lower case), longest first when matched.
CURRENCY_WORDS = {
    "us dollars": "USD", "u.s. dollars": "USD", "american dollars": "USD",
    "australian dollars": "AUD", "canadian dollars": "CAD", "hong kong dollars": "HKD",
    "new zealand dollars": "NZD", "singapore dollars": "SGD", "taiwan dollars": "TWD",
    "dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "yen": "JPY",
    "yuan": "CNY", "renminbi": "CNY", "rmb": "CNY", "pounds sterling": "GBP", "sterling": "GBP",
    "rupees": "INR", "rupee": "INR", "shekels": "ILS", "shekel": "ILS", "danish crowns": "DKK",
    "swedish crowns": "SEK", "norwegian crowns": "NOK", "crowns": "DKK", "kronor": "SEK",
    "kroner": "DKK", "won": "KRW", "ringgit": "MYR", "francs": "CHF", "swiss francs": "CHF",
    "roubles": "RUB", "rubles": "RUB", "pesos": "MXN", "rand": "ZAR", "lira": "TRY",
    "baht": "THB", "dirhams": "AED", "riyals": "SAR", "naira": "NGN", "kuna": "HRK",
    "reais": "BRL", "quid": "GBP", "zlotys": "PLN", "zloty": "PLN", "forints": "HUF", "forint": "HUF",
    "rupiah": "IDR", "hryvnias": "UAH", "hryvnia": "UAH",
    "usd": "USD", "eur": "EUR", "gbp": "GBP", "jpy": "JPY", "cny": "CNY", "inr": "INR",
    "€": "EUR",  # written after the amount in much of Europe: "5 €", "250€"
}

# Time units: a number followed by one of these is a duration.
DURATION_UNITS = {
    "second": "seconds", "seconds": "seconds", "sec": "seconds", "secs": "seconds", "s": "seconds",
    "minute": "minutes", "minutes": "minutes", "min": "minutes", "mins": "minutes",
    "hour": "hours", "hours": "hours", "hr": "hours", "hrs": "hours", "h": "hours",
    "day": "days", "days": "days", "week": "weeks", "weeks": "weeks", "month": "months",
    "months": "months", "year": "years", "years": "years", "yr": "years", "yrs": "years",
    "decade": "decades", "decades": "decades", "century": "centuries", "centuries": "centuries",
}

# Measurement units (surface form -> canonical name). Case matters for short symbols.
MEASURE_UNITS = {
    "mph": "miles per hour", "km/h": "kilometres per hour", "km/hr": "kilometres per hour",
    "kph": "kilometres per hour", "kmph": "kilometres per hour", "kmh": "kilometres per hour",
    "mpg": "miles per gallon",
    "km": "kilometres", "kilometres": "kilometres", "kilometers": "kilometres",
    "kilometre": "kilometres", "kilometer": "kilometres", "m": "metres", "metres": "metres",
    "meters": "metres", "metre": "metres", "meter": "metres", "cm": "centimetres",
    "mm": "millimetres", "millimeter": "millimetres", "millimetres": "millimetres",
    "μm": "micrometres", "um": "micrometres", "nm": "nanometres", "nanometer": "nanometres",
    "nanometers": "nanometres", "nanometres": "nanometres", "nanometre": "nanometres",
    "miles": "miles", "mile": "miles", "mi": "miles",
    "feet": "feet", "foot": "feet", "ft": "feet", "inch": "inches", "inches": "inches",
    "in.": "inches", "″": "inches", "yards": "yards", "yard": "yards", "yd": "yards",
    "acres": "acres", "acre": "acres", "hectares": "hectares", "ha": "hectares",
    "sq m": "square metres", "sq ft": "square feet", "m2": "square metres", "km2": "square kilometres",
    "sq km": "square kilometres", "square kilometres": "square kilometres", "square kilometers": "square kilometres",
    "square metres": "square metres", "square meters": "square metres", "square miles": "square miles",
    "square feet": "square feet",
    "kg": "kilograms", "kilograms": "kilograms", "kilogram": "kilograms", "g": "grams",
    "grams": "grams", "gram": "grams", "mg": "milligrams", "lb": "pounds", "lbs": "pounds",
    "pounds": "pounds", "pound": "pounds", "ounces": "ounces", "ounce": "ounces", "oz": "ounces",
    "tonnes": "tonnes", "tonne": "tonnes", "tons": "tons", "ton": "tons", "t": "tonnes",
    "litres": "litres", "litre": "litres", "liters": "litres", "liter": "litres", "l": "litres",
    "L": "litres", "ml": "millilitres", "mL": "millilitres", "gallons": "gallons",
    # volumes of water and fuel as utilities and South African papers write them ("230 Mℓ", "50ℓ")
    "ℓ": "litres", "kℓ": "kilolitres", "Mℓ": "megalitres", "kilolitres": "kilolitres", "kilolitre": "kilolitres",
    "kiloliters": "kilolitres", "megalitres": "megalitres", "megalitre": "megalitres", "megaliters": "megalitres",
    "megaliter": "megalitres", "gigalitres": "gigalitres", "gigalitre": "gigalitres", "gigaliters": "gigalitres",
    "cubic metres": "cubic metres", "cubic meters": "cubic metres", "cubic metre": "cubic metres",
    "cubic meter": "cubic metres", "m3": "cubic metres", "m³": "cubic metres",
    "gallon": "gallons", "barrels": "barrels", "barrel": "barrels", "bpd": "barrels per day",
    "w": "watts", "W": "watts", "watts": "watts", "kW": "kilowatts", "kw": "kilowatts",
    "MW": "megawatts", "GW": "gigawatts", "kWh": "kilowatt hours", "MWh": "megawatt hours",
    "GWh": "gigawatt hours", "TWh": "terawatt hours", "megawatts": "megawatts",
    "gigawatts": "gigawatts", "kilowatts": "kilowatts", "hp": "horsepower", "bhp": "horsepower",
    "horsepower": "horsepower", "PS": "horsepower", "Nm": "newton metres", "lb-ft": "pound-feet",
    "V": "volts", "volts": "volts", "A": "amperes", "mAh": "milliampere hours", "F": "degrees Fahrenheit",
    "Hz": "hertz", "kHz": "kilohertz", "MHz": "megahertz", "GHz": "gigahertz",
    "GB": "gigabytes", "TB": "terabytes", "MB": "megabytes", "KB": "kilobytes", "Gb": "gigabits",
    "Mbps": "megabits per second", "Gbps": "gigabits per second", "G": "generation",
    "degrees": "degrees", "degree": "degrees", "°": "degrees", "°C": "degrees Celsius",
    "°F": "degrees Fahrenheit", "C": "degrees Celsius", "Celsius": "degrees Celsius",
    "celsius": "degrees Celsius", "Fahrenheit": "degrees Fahrenheit",
    "fahrenheit": "degrees Fahrenheit", "ppm": "parts per million", "ppb": "parts per billion",
    "GPa": "gigapascals", "psi": "psi", "dB": "decibels", "decibels": "decibels",
    "Wh": "watt hours", "J": "joules", "kJ": "kilojoules", "MJ": "megajoules", "GJ": "gigajoules",
    "joules": "joules", "Pa": "pascals", "kPa": "kilopascals", "hPa": "hectopascals", "MPa": "megapascals",
    "mbar": "millibars", "millibars": "millibars", "K": "kelvin", "kelvin": "kelvin", "kt": "kilotonnes",
    "Mt": "megatonnes", "Gt": "gigatonnes", "knots": "knots", "kn": "knots",
    "calories": "calories", "kcal": "kilocalories", "points": "points", "pts": "points",
    "p": "pence", "sen": "sen", "cents": "cents", "cent": "cents", "c": "cents",
    "basis points": "basis points", "basis point": "basis points", "bps": "basis points",
    "bp": "basis points", "pp": "percentage points", "ppt": "percentage points", "ppts": "percentage points",
    "percentage points": "percentage points",
    "percentage point": "percentage points",
}


def alternation(words) -> str:
    """A regex alternation of `words`, longest first, each escaped."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


CURRENCY_LEFT = re.compile(rf"(?:{alternation(CURRENCY_PREFIXES)})\s?$")
CURRENCY_RIGHT = re.compile(
    rf"(?:\s*|-)(?:{alternation(w for w in CURRENCY_WORDS if w not in ('won',))})(?![\w])", re.IGNORECASE)
SCALED_WON = re.compile(r"\s+won\b(?!\s+(?:the|a|an|his|her|their|its|our|by|over|against|at|in\s+the)\b)",
                        re.IGNORECASE)
PERCENT_RIGHT = re.compile(
    r"\s?(?:%|per\s?cent\b|percent\b|pct\b|pc\b)(?:age points?\b)?|\s(?:percentage points?)\b"
    r"|-(?:per-?cent|percent)\b(?:age-points?\b)?",  # hyphened before a noun: "a 10-percent tariff"
    re.IGNORECASE)
_MEASURE_SPACED = {u for u in MEASURE_UNITS if len(u) > 1 or u in ("C", "F", "W", "V", "G", "″", "°")}
MEASURE_RIGHT = re.compile(rf"(?:\s?|-)(?P<unit>{alternation(_MEASURE_SPACED)})(?![\w])")
# a distance written out as a rate: "miles per hour", "kilometres an hour", "miles a gallon"
RATE_AFTER = re.compile(r"\s+(?:per|an?)\s+(?P<per>hour|gallon|second)\b", re.IGNORECASE)
MEASURE_ATTACHED = re.compile(rf"(?P<unit>{alternation(MEASURE_UNITS)})(?![A-Za-z])")
# ("75 more days", "another 30 extra minutes", "three straight days", "two full weeks": a word of
# addition or of unbroken length may stand between; short hours and minutes may be glued: "24hrs",
# "2h 30m")
DURATION_RIGHT = re.compile(rf"(?:\s+(?:more|additional|extra|further|straight|consecutive|successive|full|whole|"
                            rf"solid))?(?:[\s-]+|(?=(?:hrs?|mins?|h)(?:\b|\s?\d{{1,2}}\s?m(?:ins?)?\b)))(?P<unit>{alternation(DURATION_UNITS)})"
                            r"(?P<old>[-\s]olds?)?\b", re.IGNORECASE)
TIMES_RIGHT = re.compile(r"(?:\s+times\b|-fold\b)", re.IGNORECASE)
# "viewed 300 times" counts occurrences; "300 times more", "times as many" compare.
# The inches of a height in feet and inches ("6ft 4in"): "in" there is no preposition.
INCHES_AFTER_FEET = re.compile(r"\s?ins?\b\.?")
FACTOR_OF_BEFORE = re.compile(r"\bfactor\s+of\s+$", re.IGNORECASE)
# "pounds" is money, not weight, after a word of paying, pricing or funding ("raised 40,000 pounds",
# "a fine of 2 million pounds", "worth 300 pounds"), but never before "of" ("500 pounds of beef").
POUNDS_RIGHT = re.compile(r"\s+pounds?\b(?!\s+of\b)(?![-\w])", re.IGNORECASE)
MONEY_CONTEXT = re.compile(r"\b(?:raised?|raising|fined?|fines|paid|pay|pays|paying|costs?|costing|worth|prices?|"
                           r"priced|spent|spend|spending|earns?|earned|earning|salary|salaries|wages?|invested|"
                           r"investment|funding|fund|donated|donation|budget|revenue|profits?|sold\s+for|"
                           r"bought\s+for|bid|offer|loans?|debts?|compensation|bills?|tax|fees?|awarded|prize|"
                           r"charged?|refund|grant|bonus|deal|value[ds]?|valuation|bail|damages|settlement)\b"
                           r"[^.;:]*$", re.IGNORECASE)
OCCURRENCE_VERB = re.compile(r"\b(?:downloaded|viewed|watched|shared|played|streamed|searched|clicked|visited|liked|"
                             r"installed|retweeted|reposted|mentioned|cited|called|opened|used|arrested|convicted|"
                             r"visited|tested|vaccinated)\b[^.;,]*$", re.IGNORECASE)
COMPARISON_AFTER = re.compile(r"\s+(?:more|less|fewer|higher|lower|larger|smaller|bigger|greater|faster|slower|"
                              r"cheaper|as|the|over|that|than)\b", re.IGNORECASE)

# Words after a number that say it is not a count of them.
STOP_WORDS = frozenset("""a an the of in on at to for with from by and or but as than that which who whom
whose is are was were be been being has have had will would can could may might must should shall do does
did it its their his her our your my this these those there here per each after before since until into
over under about around more less only just also not no so if when while where because according including
respectively ago later earlier then now yet still even up down out off last next this every all both such
same other another than than via amid among between during through across against without within toward
towards upon onto than whether how what why he she they we you i me him them us one""".split())
# Words after a number that are not what it counts: comparatives ("25k cheaper"), adverbs of where or
# how many ("12 million worldwide", "5,000 nationwide", "$3 apiece", "2 million alone"; "-ly" ones are
# dropped anyway), days said in relation to now ("rose to 31 yesterday": a day, read as a date of its own) and common irregular verbs ("500 fell", "3 sold"), which regular "-ed" endings already rule out.
NOT_COUNTED = frozenset("""cheaper dearer higher lower bigger smaller larger greater fewer better worse faster
slower longer shorter older younger earlier later richer poorer stronger weaker
worldwide nationwide statewide citywide countrywide overall apiece abroad alone altogether
today yesterday tomorrow tonight
fell rose sold won lost grew made took said got gave went came saw left paid spent beat led hit put set ran
bought brought held kept told thought built sent met became began rang sank slid shed drew fought""".split())
IRREGULAR_PLURALS = frozenset("people staff children men women personnel police media data feet teeth "
                              "cattle sheep fish aircraft".split())


def read_tail(text: str, atom: Atom) -> None:
    """Grow `atom` over what follows it: percent sign, currency word, unit, time unit."""
    if atom.extra.get("tail_read"):
        return
    atom.extra["tail_read"] = True
    end = atom.end
    if atom.kind == "other" and atom.unit or atom.kind == "multiple":
        return  # (a glued "x" ends the figure: "climbed 5x week on week")
    percent = PERCENT_RIGHT.match(text, end)
    if percent:
        atom.kind, atom.unit, atom.end = "percent", "%", percent.end()
        if "point" in percent.group().lower():
            atom.unit, atom.kind = "percentage points", "other"
        return
    if not atom.currency:
        word = CURRENCY_RIGHT.match(text, end)
        if word and not re.match(r"\s*pounds?\b", text[end:end + 10], re.IGNORECASE):
            atom.kind, atom.currency = "money", CURRENCY_WORDS[word.group().strip().lstrip("-").lower()]
            atom.unit, atom.end = atom.currency, word.end()
            return
        pounds = POUNDS_RIGHT.match(text, end)
        if pounds and MONEY_CONTEXT.search(text, max(0, atom.start - 50), atom.start):
            atom.kind, atom.currency, atom.unit, atom.end = "money", "GBP", "GBP", pounds.end()
            return
    # "won" after a scaled amount is Korea's currency ("1.2 trillion won"); elsewhere a verb
    if not atom.currency and atom.has_scale and SCALED_WON.match(text, end):
        atom.kind, atom.currency = "money", "KRW"
        atom.unit, atom.end = "KRW", SCALED_WON.match(text, end).end()
        return
    if atom.currency:
        atom.kind, atom.unit = "money", atom.currency
        us = re.match(r"\s?U\.?S\.?(?![\w])", text[end:end + 5])
        if us:
            atom.end += us.end()
        return
    if FACTOR_OF_BEFORE.search(text, max(0, atom.start - 16), atom.start):
        atom.kind, atom.unit = "multiple", "times"  # "rose by a factor of 10"
        return
    times = TIMES_RIGHT.match(text, end)
    if times:
        atom.kind, atom.unit, atom.end = "multiple", "times", times.end()
        if times.group().strip().lower() == "times" and (atom.value >= 1000 or OCCURRENCE_VERB.search(
                text, max(0, atom.start - 40), atom.start)) and not COMPARISON_AFTER.match(text, times.end()):
            atom.kind = "count"  # "downloaded 2.6 million times": how often, not how many times larger
        return
    duration = DURATION_RIGHT.match(text, end)
    if duration and not (duration.group("unit") in ("s", "h") and not text[end:end + 1].isalpha()):
        unit = DURATION_UNITS[duration.group("unit").lower()]
        if duration.group("old"):
            atom.kind, atom.unit = "other", "years old" if unit == "years" else f"{unit} old"
        elif duration.group().startswith("-") and re.match(r"\s+(?:[a-z]+\s+)?[$€£a-z]", text[duration.end():])\
                and not TIME_SPAN_AFTER.match(text, duration.end()):
            atom.extra["term_adjective"] = True  # "a five-year $700,000 grant", "a two-month contract"
            atom.kind, atom.unit = "duration", unit
        else:  # also "a 90-day pause", "a ten-day window": the length of a span of time
            atom.kind, atom.unit = "duration", unit
        atom.end = duration.end()
        return
    inches = INCHES_AFTER_FEET.match(text, end)
    if inches and re.search(r"\d\s?(?:ft|feet|foot)\s$", text[max(0, atom.start - 12):atom.start]) \
            or re.search(r"\d[\s-](?:foot|feet)-$", text[max(0, atom.start - 12):atom.start]):
        atom.kind, atom.unit = "other", "inches"  # "6ft 4in", "6 feet 4 in", "the 6-foot-3 forward"
        atom.end = inches.end() if inches else atom.end
        return
    measure = (MEASURE_ATTACHED.match(text, end) if text[end:end + 1].isalpha() else
               MEASURE_RIGHT.match(text, end))
    if measure and not (measure.group("unit") in ("points", "p", "c", "A", "t", "l", "in.", "G", "F", "C")
                        and text[end:end + 1] == " " and measure.group("unit") in ("A", "t", "l", "in.")):
        unit = MEASURE_UNITS[measure.group("unit")]
        if not (unit == "pounds" and atom.has_scale):
            atom.kind, atom.unit, atom.end = "other", unit, measure.end()
            rate = RATE_AFTER.match(text, measure.end()) if unit in ("miles", "kilometres", "metres", "feet") else None
            if rate:  # "60 miles per hour", "90 miles an hour", "52 miles per gallon": one unit
                atom.unit, atom.end = f"{unit} per {rate.group('per').lower()}", rate.end()
            return
    noun, _ = noun_phrase_after(text, end)
    if noun:
        atom.noun_phrase = noun
        atom.unit = noun.split()[-1]
        return
    suspended = SUSPENDED_HYPHEN.match(text, end)
    if suspended:  # "four-, five- and six-cylinder engines": each number takes the last one's noun
        atom.unit = suspended.group("noun")
        atom.extra["suspended"] = True


# A place written as capitals before the counted noun: "170 million U.S. users", "7,000 US staff".
ADDED_BEFORE_NOUN = re.compile(r"[ \t\u00a0]+(?:more|additional|extra|further)(?=[ \t\u00a0]+[a-z])")
PLACE_BEFORE_NOUN = re.compile(r"[ \t\u00a0]+(?:(?:[A-Z]\.){2,}|US|UK|EU)(?=[ \t\u00a0]+[a-z])")


# A number hyphened to a singular noun before another noun counts that noun ("the 170-million-user
# platform", "a 300-page report", "a 10-member panel"); these words after the hyphen are no nouns.
COMPOUND_COUNTED = re.compile(r"-(?!(?:strong|odd|plus|long|old|wide|high|tall|deep|thick|year|month|week|day|"
                              r"hour|minute|second|fold|time|way|point|percent)\b)([a-z]{3,})(?=[ \t\u00a0]+[a-z])")


def noun_phrase_after(text: str, end: int) -> tuple[str, int]:
    """The counted noun phrase right after a number ("monthly active users"), and where it ends."""
    if compound := COMPOUND_COUNTED.match(text, end):
        return compound.group(1), compound.end()
    if added := ADDED_BEFORE_NOUN.match(text, end):  # "5 more users", "2,000 additional troops"
        return noun_phrase_after(text, added.end())
    if place := PLACE_BEFORE_NOUN.match(text, end):
        phrase, noun_end = noun_phrase_after(text, place.end())
        if phrase:
            return f"{place.group().strip()} {phrase}", noun_end
    # a model name may stand between the number and its noun: "2,048 Nvidia H800 chips"
    match = re.match(r"[ \t\u00a0-]+((?:[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*)(?:[ \t\u00a0]+(?:[A-Z][A-Za-z]*\d+[A-Za-z]*"
                     r"(?=[ \t\u00a0]+[a-z])|[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*)){0,3})(?![\w-])", text[end:end + 80])
    if not match:
        return "", end
    words = []
    for word in match.group(1).split():
        lower = word.lower()
        if lower in STOP_WORDS or lower in NOT_COUNTED:
            break
        words.append(word)
        if lower.endswith("s") and not lower.endswith(("ss", "us", "is", "'s", "’s")) or lower in IRREGULAR_PLURALS:
            break
    while words and (words[-1].lower().endswith(("ly", "ing")) or words[-1].lower() in STOP_WORDS
                     or (len(words) > 1 and words[-1].lower().endswith("ed"))):
        words.pop()
    if not words or words[0].lower().endswith(("ed", "ing")) and len(words) == 1:
        return "", end
    if words[0].islower() and words[0].endswith("ed") and not any(
            w.lower().endswith("s") or w.lower() in IRREGULAR_PLURALS for w in words[1:]):
        return "", end  # a verb, not a counted noun: "Apollo 11 landed near" (but "3 armed men")
    phrase = " ".join(words)
    offset = text.find(words[-1], end) + len(words[-1])
    return phrase, offset


def noun_end(text: str, end: int, phrase: str) -> int:
    """Where the counted noun `phrase` read after `end` ends in the text."""
    last = phrase.split()[-1]
    position = text.find(last, end)
    return position + len(last) if position >= 0 else end


# Nouns that are spans of time: a hyphened duration before them is a figure ("a 90-day pause",
# "the 12-hour outage"); before other nouns it is the term of a thing ("a five-year grant").
TIME_SPAN_NOUNS = ("pause|extension|window|shutdown|outage|ban|delay|freeze|truce|ceasefire|reprieve|suspension|"
                   "disruption|interruption|downtime|"  # "the 20-hour disruption", as "the 12-hour outage"
                   "stay|break|hiatus|wait|lockdown|period|deadline|grace period|moratorium|blackout|strike|"
                   "trial|stint|journey|trip|flight|tour|closure|halt|lull|stoppage|standoff|siege|drought|"
                   "span|stretch|spell|run|streak|countdown|cooling-off period|drive|ride|walk|commute|hike|"
                   "cruise|layover|clock|timer|timeframe|time frame|time limit|"  # "the 90-day clock"
                   # activities that last: "a 14-hour debate", "a 36-hour search"
                   "debate|session|hearing|meeting|talks|negotiations|march|protest|vigil|sit-in|filibuster|"
                   "search|operation|battle|siege|surgery|shift|marathon|fast|hunger strike|voyage|"
                   # spells of waiting, inquiry or absence: "a 14-day quarantine", "a 60-day review"
                   "quarantine|isolation|notice|review|investigation|probe|inquiry|visit|vacation|holiday|leave|"
                   "furlough|sentence|term|tenure|campaign|pilot|experiment|recess|embargo|boycott|lockout|"
                   "mission|deployment|residency|course|training|"
                   # works that take their time: "a six-month refit", "a two-year renovation"
                   "refit|renovation|refurbishment|overhaul|repairs|restoration|construction|rebuild|maintenance|"
                   # the span a level is the extreme of: "a 16-month low", "a 52-week high"
                   "high|low|peak|trough|"
                   # things watched or held for their length: "a 20-minute video", "a two-hour speech"
                   "video|clip|livestream|live stream|stream|broadcast|speech|address|interview|podcast|"
                   "documentary|film|movie|episode|show|performance|concert|set|call|phone call|press conference|"
                   "news conference|rally|ceremony|festival|celebration|event|summit|workshop|webinar|class|lecture|"
                   "game|match|workout|nap|sleep|"
                   # spans a thing has lasted: "the race's 42-year history", "a 20-year career", "his
                   # 30-year reign", "a 10-year absence"
                   "history|career|lifetime|lifespan|existence|reign|marriage|rivalry|absence|exile")
# (in the plural too: "16-hour shifts", "30-second videos")
TIME_SPAN_AFTER = re.compile(rf"\s+(?:[a-z]+\s+)?(?:{TIME_SPAN_NOUNS})(?:e?s)?\b", re.IGNORECASE)

# A number whose hyphened noun comes later: "four-, five- and six-cylinder", "two- or three-bedroom".
SUSPENDED_HYPHEN = re.compile(r"-(?=\s*(?:,|and\b|or\b))[^.;:]{0,40}?\b[\w.]+-(?P<noun>[a-z]+)\b")
