"""Reading numbers as written in news: digit groups (including Indian lakh grouping), scale words
("2.4 million", "$1.7bn"), number words ("three thousand", "twenty-five"), fractions ("a third")
and the vocabularies of currencies and units that decide what a number measures.

Everything here is table-driven and pure: no regex engine state, no I/O.
"""

from __future__ import annotations

import re
import unicodedata

# Words that multiply what precedes them. Abbreviations are case-sensitive elsewhere ("m" can be metres).
SCALE_WORDS = {
    "hundred": 1e2, "thousand": 1e3, "lakh": 1e5, "lakhs": 1e5, "million": 1e6, "crore": 1e7,
    "crores": 1e7, "billion": 1e9, "trillion": 1e12,
    "mln": 1e6, "mn": 1e6, "bln": 1e9, "bn": 1e9, "tn": 1e12, "trn": 1e12,
    "k": 1e3, "K": 1e3, "M": 1e6, "m": 1e6, "B": 1e9, "b": 1e9,
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
    "tenth": 1 / 10, "tenths": 1 / 10,
}

# Vague plural amounts, as NewsQuant annotates them: an order-of-magnitude range.
VAGUE_AMOUNTS = {
    "dozens": (12.0, 120.0), "tens": (10.0, 100.0), "hundreds": (100.0, 1000.0),
    "thousands": (1e3, 1e4), "millions": (1e6, 1e7), "billions": (1e9, 1e10),
    "trillions": (1e12, 1e13),
}

# Currency marks written before the amount, longest first; value is the ISO 4217 code.
CURRENCY_PREFIXES = {
    "US$": "USD", "US $": "USD", "$US": "USD", "USD": "USD", "U.S.$": "USD",
    "A$": "AUD", "$A": "AUD", "AU$": "AUD", "AUD": "AUD",
    "C$": "CAD", "CA$": "CAD", "CAD": "CAD", "HK$": "HKD", "HK $": "HKD", "HKD": "HKD",
    "NZ$": "NZD", "S$": "SGD", "R$": "BRL", "$": "USD",
    "€": "EUR", "EUR": "EUR", "£": "GBP", "GBP": "GBP", "¥": "JPY", "JPY": "JPY", "Y=": "JPY",
    "CNY": "CNY", "RMB": "CNY", "₹": "INR", "Rs.": "INR", "Rs": "INR", "INR": "INR",
    "₩": "KRW", "RM": "MYR", "₽": "RUB", "CHF": "CHF",
    # "£" as some text pipelines mangle it (seen in wire copy): "PS2.7m".
    "PS": "GBP",
}

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
    "usd": "USD", "eur": "EUR", "gbp": "GBP", "jpy": "JPY", "cny": "CNY", "inr": "INR",
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
    "kph": "kilometres per hour", "mpg": "miles per gallon",
    "km": "kilometres", "kilometres": "kilometres", "kilometers": "kilometres",
    "kilometre": "kilometres", "kilometer": "kilometres", "m": "metres", "metres": "metres",
    "meters": "metres", "metre": "metres", "meter": "metres", "cm": "centimetres",
    "mm": "millimetres", "millimeter": "millimetres", "millimetres": "millimetres",
    "μm": "micrometres", "um": "micrometres", "nm": "nanometres", "nanometer": "nanometres",
    "nanometers": "nanometres", "miles": "miles", "mile": "miles", "mi": "miles",
    "feet": "feet", "foot": "feet", "ft": "feet", "inch": "inches", "inches": "inches",
    "in.": "inches", "″": "inches", "yards": "yards", "yard": "yards", "yd": "yards",
    "acres": "acres", "acre": "acres", "hectares": "hectares", "ha": "hectares",
    "sq m": "square metres", "sq ft": "square feet", "m2": "square metres", "km2": "square kilometres",
    "kg": "kilograms", "kilograms": "kilograms", "kilogram": "kilograms", "g": "grams",
    "grams": "grams", "gram": "grams", "mg": "milligrams", "lb": "pounds", "lbs": "pounds",
    "pounds": "pounds", "pound": "pounds", "ounces": "ounces", "ounce": "ounces", "oz": "ounces",
    "tonnes": "tonnes", "tonne": "tonnes", "tons": "tons", "ton": "tons", "t": "tonnes",
    "litres": "litres", "litre": "litres", "liters": "litres", "liter": "litres", "l": "litres",
    "L": "litres", "ml": "millilitres", "mL": "millilitres", "gallons": "gallons",
    "gallon": "gallons", "barrels": "barrels", "barrel": "barrels", "bpd": "barrels per day",
    "w": "watts", "W": "watts", "watts": "watts", "kW": "kilowatts", "kw": "kilowatts",
    "MW": "megawatts", "GW": "gigawatts", "kWh": "kilowatt hours", "MWh": "megawatt hours",
    "GWh": "gigawatt hours", "TWh": "terawatt hours", "megawatts": "megawatts",
    "gigawatts": "gigawatts", "kilowatts": "kilowatts", "hp": "horsepower", "bhp": "horsepower",
    "horsepower": "horsepower", "PS": "horsepower", "Nm": "newton metres", "lb-ft": "pound-feet",
    "V": "volts", "volts": "volts", "A": "amperes", "mAh": "milliampere hours", "F": "farads",
    "Hz": "hertz", "kHz": "kilohertz", "MHz": "megahertz", "GHz": "gigahertz",
    "GB": "gigabytes", "TB": "terabytes", "MB": "megabytes", "KB": "kilobytes", "Gb": "gigabits",
    "Mbps": "megabits per second", "Gbps": "gigabits per second", "G": "generation",
    "degrees": "degrees", "degree": "degrees", "°": "degrees", "°C": "degrees Celsius",
    "°F": "degrees Fahrenheit", "C": "degrees Celsius", "Celsius": "degrees Celsius",
    "celsius": "degrees Celsius", "Fahrenheit": "degrees Fahrenheit",
    "fahrenheit": "degrees Fahrenheit", "ppm": "parts per million", "ppb": "parts per billion",
    "GPa": "gigapascals", "psi": "psi", "dB": "decibels", "decibels": "decibels",
    "calories": "calories", "kcal": "kilocalories", "points": "points", "pts": "points",
    "p": "pence", "sen": "sen", "cents": "cents", "cent": "cents", "c": "cents",
    "basis points": "basis points", "basis point": "basis points", "bps": "basis points",
    "bp": "basis points", "percentage points": "percentage points",
    "percentage point": "percentage points",
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
    """The value of a digit string such as "1,307,000", "7,00,000" (lakh grouping), "2.4", ".001"
    or "１２". None when it is not a number."""
    cleaned = DIGIT_GROUPS.sub("", to_ascii_digits(numeral.strip()))
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
