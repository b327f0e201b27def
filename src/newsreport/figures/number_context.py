"""What around a numeral decides how it reads: a glued "m" as metres or a million, digits glued to a
name's letters, a size class ("six-figure"), an unnamed speaker ("said one analyst"), a sign (a change or
a level), a glued "x" (times). Vocabularies and patterns only; `numbers` applies them."""

from __future__ import annotations

import re

# Function words a writer may hyphen to a number that is still a figure ("minus-5 degrees",
# "up-to-40 hours", "about-20 staff"); names glue digits to capitals instead ("Covid-19", "F-35").
HYPHEN_LEADS = frozenset("to now and or up over under about around nearly roughly almost some just only "
                         "minus sub magnitude".split())  # "a magnitude-7.1 earthquake"
# Where a lower-case "m" after a number means million, not metres: before a counted noun or unit.
# ... and where it means metres even after a decimal: before a word of size ("2.4m tall").
METRE_M_FOLLOWS = re.compile(r"\s+(?:tall|high|long|wide|deep|away|above|below|thick|in\s+(?:length|height|"
                             r"diameter|depth|width))\b")
# (a word in -s that is no plural noun says nothing: "spans 40m across the river", "40m as the crow flies")
# (an adjective of counting or of a place may come first: "300m monthly users", "6m UK users"; a plus sign
# may stand between: "1m+ sign-ups"; and people named by their place, "5m Londoners")
MILLION_M_FOLLOWS = re.compile(
    r"\+?\s+(?:(?:monthly|daily|weekly|active|new|registered|unique|paying|global|total|"
    r"more|extra|additional|fewer|other|online|mobile|"
    r"[A-Z]{2,3}|[A-Z][a-z]+(?:an|ish|ese))\s+){0,2}"  # a place's adjective: "6m UK users", "2m American fans"
    r"(?!(?:races|hurdles|sprints|relays|heats|finals|pools|dashes|laps|across|as|is|"
    r"was|has|its|this|thus|plus|towards|afterwards|always|perhaps|less|unless|"
    r"whereas|besides|his|upwards|downwards|sideways|overseas|apiece)\b)"
    r"(?:[a-z]+(?:-[a-z]+)*s|people|staff|tons?|tonnes?|barrels?|dollars?|euros?|pounds?|"
    r"yuan|yen|users|viewers|shares|homes|jobs|"
    # people by where they live: "1m+ Americans", "5m Londoners", "40m Nigerians", "3m Muscovites"
    r"[A-Z][a-z]+(?:ans|ons|ers|ites|ese|is))\b")
# A number of figures or digits names a size class ("a six-figure salary", "7-digit codes").
MAGNITUDE_CLASS = re.compile(r"[-\s](?:figure|digit)s?\b", re.IGNORECASE)
# Temperature words near a decimal glued to "K" make it kelvin, not thousands.
TEMPERATURE_NEAR = re.compile(r"°|\bdegrees?\b|\b(?:Celsius|Fahrenheit|kelvin|temperatures?)\b", re.IGNORECASE)
# A million or billion earlier in the same sentence makes a glued "m" a million too, in a parallel
# list: "WeChat has 1.38bn users; Douyin 750m", "sales of £1.2m and £800m".
MILLION_BEFORE = re.compile(r"\d\s?(?:bn|billion|million|mn|trillion|tn)\b[^.!?]*$|\d\.\d+m\b[^.!?]*$"
                            # a counted plural shortly before: "daily users hit 2m", "subscribers rose to 3m"
                            r"|\b(?i:users|downloads|subscribers|viewers|visitors|customers|members|followers|"
                            r"people|accounts|installs|listeners|readers|fans|employees|workers|jobs|residents|"
                            r"passengers|votes|views|shares|units|devices|copies|sales|signups|sign-ups|"
                            r"streams|plays|posts|likes|tickets|households|homes|cases|doses|patients|maus?|daus?|"
                            r"subscriptions|shoppers|buyers|sellers|merchants|creators|clients)\b"
                            r"[^.!?;,]{0,30}$")
# A currency word hyphened to a number word: "a one-dollar coin", "a five-euro note".
HYPHEN_CURRENCY = re.compile(r"-(?i:yen|yuan|dollar|euro|pound|rupee|peso|rouble|ruble|franc)s?\b")
# Verbs that introduce what an unnamed person said ("One user described ...", "one analyst said").
REPORTING_VERBS = ("said|says|described|describes|told|tells|wrote|writes|noted|notes|commented|posted|added|"
                   "explained|asked|complained|joked|recalled|argued|claimed|warned|put|puts|shared|shares|"
                   "replied|quipped|tweeted|observed|remarked|suggested|insisted|admitted|pointed|predicted|"
                   "responded|lamented|captioned|summed|wondered|added")


# Letters glued to a digit that name a technology, not a unit: "3D", "2D", "2FA" ("5G" stays a
# generation: news annotation (NewsQuant) counts it).
TECH_NAME_SUFFIXES = frozenset({"D", "FA"})
# A resolution's "K" before what is displayed: "4K video", "8K TVs", "a 4K screen".
DISPLAY_AFTER = re.compile(r"\s+(?:videos?|resolution|TVs?|televisions?|displays?|screens?|cameras?|monitors?|"
                           r"streaming|footage|HDR|UHD|content|projectors?|playback|gaming|movies?|films?)\b",
                           re.IGNORECASE)
# Where an unnamed speaker's description ends ("said one analyst.", "one official in Beijing", "one
# source familiar with"), as opposed to a count that is the subject of a verb ("said one person died").
SPEAKER_ENDS = re.compile(r"(?:\s+[a-z][\w'’-]*){1,2}?(?:\s*[.,;:!?\"”)]|\s*$|\s+(?:in|at|on|from|with|who|"
                          r"familiar|close|based|for|told|to)\b)")

# Who an unnamed speaker is, told after the noun ("One seller of phone cases told us", "one owner of a
# small bakery said", "one nurse at the city hospital said"; the verb follows it straight).
SPEAKER_OF = r"\s+(?:of|from|at|in|on|with)\s+(?:[A-Za-z][\w'’-]*\s+){0,3}[A-Za-z][\w'’-]*(?=\s+[a-z])"

# "One" before a person or an instance of something told is the indefinite article ("one user wrote",
# "One TikTok user, who asked", "in one video", "one reason is"; the devcorpus convention counts none of
# them), while before other nouns it mostly counts ("one arm above the crowd", "one app that handles
# every payment"). Even then it counts where the noun measures ("one day"), a word of quantity leads ("more
# than one", "exactly one"), the noun is a casualty ("one person died"), or other counts stand beside
# it ("one man and two women"), or it opens a range ("one to two years").
ONE_INDEFINITE_NOUNS = frozenset(
    "user person man woman girl boy resident creator influencer poster commenter follower fan viewer reader "
    "analyst expert official source executive employee worker teacher student parent mother father lawmaker "
    "senator congressman congresswoman politician researcher economist trader investor banker lawyer "
    "diplomat observer critic tiktoker redditor american chinese netizen blogger vlogger streamer "
    "reason example video post comment clip photo image case instance study report survey thread message "
    "reply caption meme tweet review account story estimate count tally measure reckoning".split())
ONE_MEASURES = frozenset(
    "week weeks month months year years hour hours minute minutes second seconds night nights time "
    "decade century quarter dollar euro pound yuan yen rupee percent per point goal vote seat game match run "
    "million billion thousand hundred dozen more less fewer in to or and".split())
# A number word before a denominator is no part of a run of number words: "two million and three
# fifths" is not 2,000,003.
NO_DENOMINATOR = r"(?![\s-]+(?:halves|half|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b)"
# "only one" before a noun counts ("only one person was hurt"), but not "the only one to survive".
ONLY_ONE_COUNTS = re.compile(r"\s+(?!(?:of|to|who|that|which|thing|way|another)\b)[a-z]{3,}")
OWNED_ONLY = re.compile(r"\b(?:the|his|her|its|their|our|my|your|an?)\s+only\s*$", re.IGNORECASE)
ONE_COUNTED_AFTER_LEAD = re.compile(r"\b(?:just|only|exactly|precisely|least|most|than|about|nearly|almost|roughly|"
                                    r"around|over|under|single)\s+$", re.IGNORECASE)
ONE_CASUALTY = re.compile(r"(?:\s+[a-z][\w'’-]*){1,2}?\s+(?:(?:was|were|is|has\s+been)\s+)?(?:died|dies|dead|"
                          r"killed|injured|hurt|wounded|arrested|detained|missing|survived|rescued|"
                          r"hospitali[sz]ed|infected|tested)\b")
_COUNT = r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+)"
ONE_BESIDE_COUNTS_AFTER = re.compile(rf"(?:\s+[a-z][\w'’-]*){{1,2}}\s*(?:,|and|or|plus)\s+{_COUNT}\b")
ONE_BESIDE_COUNTS_BEFORE = re.compile(rf"\b{_COUNT}\s+[a-z][\w'’-]*\s*(?:,|and|or|plus)\s+$", re.IGNORECASE)


def is_indefinite_one(preceding: str, following: str, next_word: str) -> bool:
    """Whether "one" (with `preceding` text before it and `following` after) is the indefinite
    article before a noun rather than a count."""
    nouns = re.match(r"(?:\s+[A-Za-z][\w'’-]*){1,3}", following)
    if next_word in ONE_MEASURES or nouns is None or not any(
            word.lower() in ONE_INDEFINITE_NOUNS for word in nouns.group().split()):
        return False
    return not (ONE_COUNTED_AFTER_LEAD.search(preceding)
                or ONE_CASUALTY.match(following) or ONE_BESIDE_COUNTS_AFTER.match(following)
                or ONE_BESIDE_COUNTS_BEFORE.search(preceding))


# A headline written in title case capitalizes its number words too: "Gains 700,000 Users In Two
# Days", "Adds Three Million Users", "Goes Dark For Twelve Hours". There a capitalized number word
# counts when a plural noun or a unit of time follows it (a name keeps a singular or nothing after
# it: "The Big Ten And", "Seven Eleven").
TITLE_COUNTED_AFTER = re.compile(r"\s+(?:[A-Z][a-z]+s|(?:Day|Week|Month|Year|Hour|Minute)s?|"
                                 r"(?:Hundred|Thousand|Million|Billion)\s+[A-Z][a-z]+s?)\b(?!['’])")
_LINE_WORD = re.compile(r"[A-Za-z][A-Za-z'’]{3,}")


def in_title_case_line(text: str, position: int) -> bool:
    """Whether `position` lies on a short line whose longer words are nearly all capitalized (a
    headline or subheading in title case)."""
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    words = _LINE_WORD.findall(line)
    if not 3 <= len(words) <= 20:
        return False
    return sum(word[0].isupper() for word in words) >= 0.8 * len(words)


# A temperature after a signed number: its sign says above or below zero, not a change ("+5C", "(-5C)").
ABOVE_ZERO = re.compile(r"\s?(?:°|º|degrees?\b|[CF]\b)")
# a word before a signed number that makes it a level, not a change: "revised down to -0.1%", "stood at -2%"
LEVEL_BEFORE_SIGN = re.compile(r"\b(?:to|at|from|was|were|is|are|be|been|stood|remained|stayed|reached|hit|"
                               r"between)\s+$", re.IGNORECASE)


def currency_sign(text: str, currency_start: int) -> str:
    """'+' or '-' written before a currency sign at the start of a line, a word or brackets ("(-$14)",
    "+£2.1bn"), else '' (a dash after a digit joins a range: "$5-$10")."""
    lead = text[max(0, currency_start - 2):currency_start]
    if lead[-1:] in ("-", "−", "+") and (len(lead) == 1 or lead[0] in " (\n"):
        return "+" if lead[-1] == "+" else "-"
    return ""


def is_signed_change(text: str, start: int, end: int, bracketed: bool) -> bool:
    """Whether a negative number from `start` to `end` is a fall: a signed percentage ("-0.6%"), or a
    signed amount in brackets after a price ("118.2p (-2.1p)", not a temperature "(-5C)"); a negative level
    reached or held is none ("revised down to -0.1%")."""
    if LEVEL_BEFORE_SIGN.search(text, max(0, start - 12), start):
        return False
    return bool(re.match(r"\s?%", text[end:end + 2])) or (bracketed and not ABOVE_ZERO.match(text, end))


def is_times_x(text: str, end: int) -> bool:
    """Whether the "x" glued after a number at `end` means times ("grew 3x", "a 3.5x jump"): not
    in a code ("4x4", "10x Genomics") and not a player's speed control, a line of page chrome
    without sentence punctuation ("Hear this story 1.5x"; a bulleted line is no control)."""
    if not re.match(r"[xX×](?![\w])(?!\s+[A-Z])", text[end:end + 3]):
        return False
    line_start = text.rfind("\n", max(0, end - 200), end) + 1
    line_end = text.find("\n", end, end + 200)
    if line_start == 0 and end > 200 or line_end < 0 and end + 200 < len(text):
        return True  # a line over 200 characters is prose, not a control
    line = text[line_start:line_end if line_end >= 0 else len(text)].strip()
    # a bullet of a list of results is prose too: "- Net debt £412m; leverage 1.3x"
    return bool(re.search(r"[.!?;,:\"”)]$", line)) or len(line.split()) > 12 or bool(re.match(r"[-•*–]\s", line))
