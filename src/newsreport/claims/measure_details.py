"""The part of a measure a figure's own words name: "Defence spending" is a part of spending, "$2 billion in back
taxes" a debt apart from the rest, "$12.5 million from Thursday previews" a part of the takings, and "4,300 foreign
labels" a part of the brands that took part (keyed apart in `mentions.measure_of`)."""

from __future__ import annotations

import re

from newsreport.claims.counted import COUNT_SCALES

# words before a divisible measure that name no part of it: "total spending", "its annual budget"
WHOLE_WORDS = {"total", "overall", "annual", "yearly", "monthly", "quarterly", "weekly", "daily", "public", "government",
               "state", "federal", "national", "gross", "net", "record", "new", "planned", "proposed", "current",
               "previous", "extra", "additional", "more", "less", "higher", "lower", "its", "their", "his", "her", "our",
               "the", "a", "an", "this", "that", "of", "and", "to", "in", "on", "for", "would", "will", "has", "had"}


# what an amount is owed or paid in ("owes $2 billion in back taxes", "in unpaid wages"): another debt than the rest
IN_KIND = re.compile(r"\bin (?:[\w-]+ )?(taxes|tax|wages|pay|fees|rent|royalties|fines|penalties|interest|premiums|"
                     r"salaries|bonuses|damages|pensions|benefits|subsidies)\b", re.I)


# the part of a whole an amount came from: "took $12.5 million from Thursday previews", "$900 million from 40 markets"
FROM_PART = re.compile(r"\bfrom (?:[\w-]+ ){0,3}?([a-z]+s)\b")
TIME_WORDS = {"day", "week", "month", "quarter", "year", "decade", "level", "period"}  # "up from previous years"


# compound nouns that say when, not what part: "first-quarter revenue", "holiday sales" are the whole of a period
PERIOD_NOUNS = re.compile(r"quarter|year|month|week|half|season|holiday|fiscal|day", re.I)


def noun_part(sentence: str, measure_span, word: str) -> str:
    """': ticket' for "Ticket sales brought in $26 million", ': advertising' for "US advertising revenue": a common noun
    compounded right before the measure's noun (`word`, its first within `measure_span` of `sentence`) names the kind of
    it, a part of the whole ("total revenue"); not an adjective ("strong sales"), a place ("US sales") nor a period
    ("first-quarter revenue"): ''."""
    from newsreport.claims.parsing import parsed

    if not sentence or not measure_span:
        return ""
    noun = next((t for t in parsed(sentence) if measure_span[0] <= t.idx < measure_span[1] and t.lower_ == word.lower()), None)
    kinds = [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i] if noun is not None else []
    kind = kinds[-1] if kinds else None  # the nearest: "US advertising revenue"
    if kind is None or kind.pos_ != "NOUN" or kind.ent_type_ in ("DATE", "GPE", "NORP", "LOC") \
            or PERIOD_NOUNS.search(kind.lower_) or kind.lower_ in WHOLE_WORDS | WHOLE_NOUNS or not kind.is_alpha:
        return ""
    return f": {SHORT_KINDS.get(kind.lemma_.lower(), kind.lemma_.lower())}"


WHOLE_NOUNS = {"group", "company", "firm", "corporate", "business"}  # "group revenue": all of it
SHORT_KINDS = {"ad": "advertising", "advert": "advertising", "sub": "subscription"}  # one kind written short


FOREIGN = re.compile(r"\b(?:foreign|overseas)\b", re.I)


def divisible_detail(metric, measure_text: str, span, sentence: str = "", measure_span=None) -> str:
    """': defence' for "Defence spending would rise to 98 billion": the word written right before a divisible
    measure's own word names the part it is ('' for none, a name, or a word for the whole: "total spending"); ': foreign'
    for things or people from abroad, of any measure. `sentence`, `measure_span`: where the measure's phrase stands, read
    for a noun's own kind ("ticket sales", `noun_part`)."""
    if metric is not None and FOREIGN.search(measure_text) and "foreign" not in metric.name:
        return ": foreign"  # "some 4,300 foreign labels took part" are a part of the "12,000 brands" that did
    kind_of = IN_KIND.search(measure_text) if getattr(metric, "in_detail", False) else None
    if kind_of:  # "owes $2 billion in back taxes" is not what it owes its customers
        return f": {kind_of.group(1).lower()}"
    source = FROM_PART.search(measure_text) if getattr(metric, "from_detail", False) else None
    if source and source.group(1).lower().removesuffix("s") not in TIME_WORDS:  # "from Thursday previews": a part
        return f": {source.group(1).lower()}"
    if metric is None or not getattr(metric, "divisible", False) or not span:
        return ""
    if not re.search(r"(?:ing|ment)$", measure_text[span[0]:span[1]]):  # (in "consumers spent $11 billion" the word
        return noun_part(sentence, measure_span, measure_text[span[0]:span[1]])  # before is who spent; "ticket
        # sales": a noun's own kind, as the sentence is parsed (the measure's words leave compounds out)
    before = re.findall(r"[A-Za-z][A-Za-z-]*", measure_text[:span[0]])[-1:]
    word = before[0] if before else ""
    if not word or word.lower() in WHOLE_WORDS | COUNT_SCALES or (word[0].isupper() and span[0] > len(word) + 1):
        return ""  # (a capital word inside the phrase is a name: "Nordland spending" is Nordland's)
    return f": {word.lower()}"
