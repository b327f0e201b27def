"""Ranks: "No. 1", "the number one spot", "second overall", "ranked 3rd", "third-largest",
"the top of the charts", each with the chart or list it is on; and ordinals of a
repeated event ("for the second time", "a third term"), which count occurrences, not places."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsreport.figures.numbers import NUMBER_WORDS, ORDINAL_WORDS, parse_number_words, parse_numeral
from newsreport.figures.record import Figure
from newsreport.figures.subjects import rank_subject

if TYPE_CHECKING:
    from newsreport.figures.scan import Scan

ORDINAL = (r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
           r"\d+(?:st|nd|rd|th))")
SUPERLATIVES = ("largest|biggest|highest|lowest|best|worst|smallest|richest|busiest|fastest|strongest|"
                "greatest|oldest|newest|poorest|wealthiest|heaviest|cheapest")
# What a rank is on: "top of the charts", "top of the App Store rankings"; "on top of that" is no rank.
CHART_AHEAD = re.compile(r"\s+(?:of\s+)?(?:the\s+)?[\w\s.'’&-]{0,50}?\b(?:charts?|lists?|rankings?|stores?|league|"
                         r"table|standings|polls?|bestsellers?|box office|downloads|leaderboards?)\b", re.IGNORECASE)
RANK_PATTERNS = [
    re.compile(r"\bNo\.\s?(?P<num>\d+)\b"),
    # "the number one spot", "stayed number one": after an article or a verb of reaching or holding
    # (the lead is checked behind "number" once it has matched: a literal first keeps the scan fast)
    re.compile(r"(?i:number)(?:" + "|".join(rf"(?<=\b{lead}\s(?i:number))" for lead in (
        "the", "at", "to", "as", "is", "was", "became", "stayed", "remained", "reached", "hit", "held",
        "ranked", "ranks", "rank", "placed", "sits", "sat", "from"))
               + r")[\s-](?P<word>one|two|three|four|five|\d+)(?:\s+(?:spot|position|place|"
               r"slot|ranking))?\b(?!\s+(?:Downing|Street|St\b|Road|Avenue|Lane|Place))", re.IGNORECASE),
    re.compile(rf"(?<=\s)(?P<ord>{ORDINAL})(?:\s+(?:overall|place|spot|position)|-plac(?:ed|ing))\b", re.IGNORECASE),
    re.compile(rf"(?:(?<=\branks\s)|(?<=\branked\s)|(?<=\brank\s)|(?<=\bcame in\s)|(?<=\bfinished\s)|(?<=\bcame\s)"
               rf"|(?<=\bplaced\s))(?P<ord>{ORDINAL})\b", re.IGNORECASE),
    re.compile(rf"\b(?P<ord>{ORDINAL})-(?:largest|biggest|highest|lowest|best|worst|most|least|"
               r"smallest|richest|busiest|fastest|strongest|[a-z]+est)\b", re.IGNORECASE),
    # "the second most-popular app", "the third largest bank"
    re.compile(rf"\b(?P<ord>{ORDINAL})[\s-]+(?:(?:most|least)[\s-]+[a-z]+|{SUPERLATIVES})\b", re.IGNORECASE),
    # A rank said without a numeral is no figure ("took the top spot", "topped the App Store": the
    # devcorpus conventions annotate none; the claims step reads a No. 1 in words from its own app-
    # ranking events), except the two forms the seeds gold counts, "the top of the charts" and "the top
    # position" (which the devcorpus scorer counts neither way).
    re.compile(r"\b(?P<top>top)(?:\s+position\b|(?P<chart_of>(?=\s+of\s)))", re.IGNORECASE),
    # "#3 on the chart", "the #1 app"; a hashtag has letters ("#TikTok")
    re.compile(r"(?<![\w#&])#(?P<num>\d{1,3})(?![\w-])"),
    # a place reached or left: "slipped from first to 15th", "fell 12 places to 42nd", "15th on the
    # chart" (not a street or a century: "to 5th Avenue", "the 19th century")
    # (a place in words only where a move names both ends: "slipped from first to 12th")
    re.compile(rf"(?<=\bfrom\s)(?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
               rf"(?=\s+(?:place\s+)?to\s+{ORDINAL}\b)", re.IGNORECASE),
    re.compile(r"(?:(?<=\bto\s)|(?<=\bfrom\s)|(?<=\bat\s))(?P<ord>\d{1,3}(?:st|nd|rd|th))\b"
               r"(?=\s*[,.;:)]|\s*$|\s+(?:on|in|among|overall|place|spot|position|of|with|after|before|and|or|to|"
               r"behind|ahead|a|an|last|this|earlier|previously|the\s+(?:day|week|month)\s+before)\b)"),
    # a place held, told by a verb of being: "RedNote was 3rd.", "it is now 12th on the chart", "stayed
    # 2nd behind ChatGPT" (not a date: "the deadline is 4th of July" has "of")
    re.compile("(?:" + "|".join(rf"(?<=\b{verb}\s)" for verb in (
        "was", "is", "were", "are", "remains", "remained", "stayed", "stays", "sat", "sits", "stood", "stands",
        "now", "still")) + r")(?P<ord>\d{1,3}(?:st|nd|rd|th))\b"
               r"(?=\s*[,.;:)]|\s*$|\s+(?:on|in|among|overall|place|spot|position|behind|after|with|for)\b)"),
    re.compile(r"(?<=\s)(?<!\bthe\s)(?<!\ba\s)(?P<ord>\d{1,3}(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|"
               r"seventh|eighth|ninth|tenth)"
               r"(?=\s+(?:on|in)\s+(?:the\s+)?[\w\s.'’&-]{0,40}?\b"
               r"(?:charts?|lists?|rankings?|stores?|category|league|table|standings|polls?|bestsellers?|"
               r"leaderboards?|play|conference|division|group|world|nation|country)\b)", re.IGNORECASE),  # ("3rd on Google Play", "fifth on Google Play")
    # a place held, the noun left out: "with Lemon8 in second.", "sat in third, behind", "finished
    # the day at fifth;" (not "first": "at first" is "initially")
    re.compile(r"(?:(?<=\bin\s)|(?<=\bat\s))(?P<ord>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
               r"\d{1,3}(?:st|nd|rd|th))(?=\s*[.,;:)]|\s*$)", re.IGNORECASE),
    # the cut-off of a ranking: "the top three.", "in the Top 10 in", "a top-five finish" (not "the top 1%")
    re.compile(r"\b(?i:top)[\s-](?P<word>(?i:two|three|four|five|six|seven|eight|nine|ten|twenty|fifty)|\d{1,3})\b"
               r"(?=\s*[.,;:)!?]|\s*$|\s+(?:in|on|of|at|for|among|list|chart|charts|spot|finish|places?|"
               r"positions?|ranking|rankings|"
               # a word of time or place after the cut-off: "in the top 5 overall by Tuesday", "out of the
               # top 100 by Friday", "the top 10 worldwide", "stayed in the top 20 behind"
               r"overall|by|since|until|behind|after|worldwide|globally|nationally|again)\b)"),  # (before any other noun it counts: "the top three finishers")
    # a place in words reached by a move: "Lemon8 climbed to third (No. 3)", "slipped to fifth on
    # Google Play", "rose to second behind ChatGPT" (not "passed to third parties")
    re.compile("(?:" + "|".join(rf"(?<=\b{verb}\sto\s)" for verb in (
        "climbed", "rose", "jumped", "moved", "slipped", "fell", "dropped", "slid", "surged", "shot", "rocketed",
        "tumbled", "advanced", "sank", "leapt", "leaped", "soared", "dipped", "returned",
        # a move counted in places: "slipped three places to fourth", "rose one spot to second"
        "places", "place", "spots", "spot", "positions", "position", "rungs", "notches"))
               + r")(?P<ord>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
               r"(?=\s*[.,;:()]|\s*$|\s+(?:on|in|among|overall|behind|after|with|place|spot|position)\b)"),
    # "No 1" as British papers write it (no full stop), and a lower-case "no. 3"; not an address ("No 10
    # Downing Street") or a reference ("No 24-656")
    re.compile(r"(?:\bNo\s|\bno\.\s?)(?P<num>\d{1,3})\b(?![-/.,]\d)(?!\s+(?:Downing|Street|St\b|Road|Avenue))"),
    # a place told with the field it is held in: "putting it fifth worldwide", "ranks third globally",
    # "finished 12th overall" (not "its first worldwide tour": the field ends the phrase)
    re.compile(r"(?<=\s)(?<!\bthe\s)(?<!\ba\s)(?<!\bits\s)(?<!\btheir\s)(?P<ord>second|third|fourth|fifth|sixth|"
               r"seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th))\s+(?:worldwide|globally|nationally|overall|"
               r"in\s+the\s+world)(?=\s*[,.;:)]|\s*$|\s+(?:in|on|for|after|behind|with|and|by|among|according|"
               r"last|this)\b)", re.IGNORECASE),
]


def rank_value(groups: dict) -> float | None:
    """The rank a matched pattern states (1 for "top")."""
    if groups.get("num"):
        return parse_numeral(groups["num"])
    if groups.get("word"):
        return parse_number_words(groups["word"])
    if groups.get("ord"):
        token = groups["ord"].lower()
        return ORDINAL_WORDS.get(token) or parse_numeral(re.sub(r"\D", "", token) or "x")
    return 1.0


_ORDINAL_MARK = re.compile(r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
                           r"\d(?:st|nd|rd|th)\b|(?:hundred|thousand|million|billion)th\b")
# For each of RANK_PATTERNS, what any match must contain (text, lower-cased text, has an ordinal):
# a substring test is far cheaper than a regex scan, and most sentences rank nothing.
_RANK_GUARDS = (
    lambda text, lower, ordinal: "No." in text, lambda text, lower, ordinal: "number" in lower,
    lambda text, lower, ordinal: ordinal,
    lambda text, lower, ordinal: ordinal and any(w in lower for w in ("rank", "came", "finished", "placed")),
    lambda text, lower, ordinal: ordinal, lambda text, lower, ordinal: ordinal,
    lambda text, lower, ordinal: "top" in lower,
    lambda text, lower, ordinal: "#" in text,
    lambda text, lower, ordinal: ordinal and "from " in lower,
    lambda text, lower, ordinal: ordinal and any(w in lower for w in ("to ", "from ", "at ")),
    lambda text, lower, ordinal: ordinal,
    lambda text, lower, ordinal: ordinal,
    lambda text, lower, ordinal: ordinal and ("in " in lower or "at " in lower),
    lambda text, lower, ordinal: "top" in lower,
    lambda text, lower, ordinal: ordinal and " to " in lower,
    lambda text, lower, ordinal: "No " in text or "no." in text,
    lambda text, lower, ordinal: ordinal and any(w in lower for w in ("worldwide", "globally", "nationally",
                                                                      "overall", "in the world")),
)


def find_ranks(scan: Scan) -> None:
    """Add every rank of the text not already claimed."""
    lower = scan.text.lower()
    ordinal = _ORDINAL_MARK.search(lower) is not None
    for pattern, guard in zip(RANK_PATTERNS, _RANK_GUARDS, strict=True):
        if not guard(scan.text, lower, ordinal):
            continue
        for match in pattern.finditer(scan.text):
            start, end = match.start(), match.end()
            if not scan.is_free(start, end):
                continue
            groups = match.groupdict()
            if groups.get("chart_of") is not None and not CHART_AHEAD.match(scan.text, end):
                continue
            value = rank_value(groups)
            if value is None:
                continue
            scan.add(Figure(start, end, "", "rank", value=float(value), subject=rank_subject(scan.text, end)))
            if groups.get("ord"):
                _add_coordinated_places(scan, end)


# Places coordinated with a place just read: "ranked first and second, respectively", "came third,
# fourth and fifth".
COORDINATED_PLACE = re.compile(rf"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?P<ord>{ORDINAL})\b", re.IGNORECASE)


# A place coordinated after the list or place the first one is in: "third in Japan and 12th in Brazil",
# "3rd in Europe and 21st worldwide"; the second must be told as a place too (not "... and second
# time", "... and first-quarter sales").
COORDINATED_AFTER_PHRASE = re.compile(
    rf"\s+(?:in|on|among|at)\s+(?:the\s+)?[\w.'’&-]+(?:\s+[A-Z][\w.'’&-]*){{0,3}}\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
    rf"(?P<ord>{ORDINAL})(?![\w-])(?=\s+(?:in|on|among|at|worldwide|globally|overall|nationally)\b|\s*[,.;:)]|\s*$)",
    re.IGNORECASE)


def _add_coordinated_places(scan: Scan, end: int) -> None:
    while True:
        match = COORDINATED_PLACE.match(scan.text, end) or COORDINATED_AFTER_PHRASE.match(scan.text, end)
        if not match or not scan.is_free(match.start("ord"), match.end()):
            return
        scan.add(Figure(match.start("ord"), match.end(), "", "rank", value=float(rank_value(match.groupdict()))))
        end = match.end()


# An ordinal counting occurrences of an event: "for the second time", "a 3rd straight term", "a
# sixth consecutive month", "the 412th consecutive sellout", "the third session in a row", "for a
# second day", "for the fifth year running" (but "for the second half", "its first day" name a period).
REPEATED = r"(?:straight|consecutive|successive|back-to-back)"
SPELLS = r"(?:days?|weeks?|months?|years?|sessions?|nights?|seasons?|games?|matches|races|times?|terms?)"
OCCURRENCE = re.compile(
    rf"(?<=\s)(?P<ord>{ORDINAL})(?:"
    rf"(?:\s+{REPEATED})?\s+(?:times?|terms?)\b(?![\s-]+[a-z]+(?:ers?|ors?)\b)"  # (not "first time buyers")
    rf"|\s+{REPEATED}\s+[a-z]+\b"
    rf"|\s+[a-z]+\s+(?:in\s+a\s+row|running)\b)"
    rf"|(?:(?<=\bfor\sa\s)|(?<=\bfor\sthe\s)|(?<=\bfor\s))(?P<spell>{ORDINAL})\s+{SPELLS}\b",  # (a headline drops
    # the article: "Prices Rise For Third Month")
    re.IGNORECASE)


# An ordinal before a noun of a try, a step of a dispute or a result counts occurrences too: "the
# company's third attempt", "a second appeal", "their eighth win", "its tenth anniversary", "a second
# round of talks", "the bank's second cut", "its third such complaint" ("first" is left out: "its first
# offer" names one more often than it counts; a hyphened "third-round tie" is a stage's name).
EVENT_NOUNS = (r"attempts?|bids?|tries|appeals?|challenges?|lawsuits?|extensions?|delays?|postponements?|"
               r"reprieves?|warnings?|strikes?|wins?|victories|defeats?|loss(?:es)?|titles?|hearings?|outages?|"
               r"shutdowns?|bans?|fines?|recalls?|hikes?|waves?|anniversar(?:y|ies)|birthdays?|editions?|"
               r"rounds?|votes?|readings?|victory|complaints?|acquisitions?|takeovers?|downgrades?|upgrades?|"
               r"resignations?|layoffs?|"
               # a change told as one of a run: "the fourth monthly fall", "a ninth straight weekly gain"
               r"falls|rises?|declines?|drops?|gains?|increases?|decreases?|cuts?|contractions?|slowdowns?|"
               # the moment of a game: "in the third minute of stoppage time", "on the fifth lap"
               r"minute|lap|hole|inning")
# the frequency of a repeated change between the ordinal and its noun: "the fourth monthly fall"
FREQUENCY = r"(?:daily|weekly|monthly|quarterly|annual|yearly)"
NTH_EVENT = re.compile(rf"(?<![\w-])(?P<ord>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                       rf"eleventh|twelfth|\d{{1,3}}(?:st|nd|rd|th))\s+(?:{REPEATED}\s+|straight\s+|such\s+)?"
                       rf"(?:{FREQUENCY}\s+)?(?:{EVENT_NOUNS}|(?<=ly\s)fall)\b", re.IGNORECASE)  # ("fall" alone may be autumn)
# One of a counted series: "the second of four games", "the first of two hearings", "the 3rd of 5 votes".
NTH_OF_N = re.compile(rf"(?<![\w-])(?P<ord>{ORDINAL})(?=\s+of\s+(?:the\s+)?(?:\d{{1,3}}|two|three|four|five|six|seven|"
                      rf"eight|nine|ten|eleven|twelve)\s+[a-z]+s\b)", re.IGNORECASE)
# An ordinal in digits before a noun it counts off is an ordinal whatever the noun: "the 47th
# president", "its 25th anniversary", "the 100th day" (a century or a street is a name of its own;
# dates, places on a chart and repeated events are read before this).
NTH_DIGITS = re.compile(r"(?<![\w.,-])(?P<ord>(?:\d{1,3}(?:,\d{3})+|\d{1,3})(?:st|nd|rd|th))(?=\s+(?!centur|street|"
                        r"st\b|avenue|ave\b|of\b|and\b|or\b|to\b|in\b|on\b|at\b)[a-z]{3,}"
                        # hyphened to the moment of a game: "a 12th-minute penalty", "a 90th-minute winner"
                        r"|-(?:minute|lap|inning)\b)")  # (also "1,000th")
# An ordinal of a scale before what it counts off: "its millionth user", "the five millionth
# visitor", "its 10-millionth download" (but "a millionth of a second" is a fraction).
SCALE_ORDINAL = re.compile(r"(?<![\w-])(?:(?P<times>\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|"
                           r"a|one)[\s-]+)?(?P<scale>hundredth|thousandth|millionth|billionth)"
                           r"(?=\s+(?!of\b)[a-z]{3,})", re.IGNORECASE)
_SCALE_OF_ORDINAL = {"hundredth": 100.0, "thousandth": 1e3, "millionth": 1e6, "billionth": 1e9}
# "first" as an adverb before a verb in the past: "lawmakers first proposed the ban in 2023", "the
# app was first launched", "when regulators first raised concerns" (not "the first registered
# users", "its first listed bond": a determiner makes "first" an adjective; not "at first").
FIRST_DONE = re.compile(r"(?<![\w'’-])(?P<ord>[Ff]irst)\s+(?:(?!\w*eed\b)[a-z]{3,}ed|ran|came|went|took|made|saw|"
                        r"began|became|won|met|rose|grew|hit|set|put|told|wrote|spoke|sold|bought|broke|drew|"
                        r"found|gave|got|heard|held|knew|led|left|lost|paid|sent|shot|stood|struck|"
                        r"threw|arose|emerged|surfaced)\b")
NOT_ADVERB_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|his|her|their|our|my|your|this|that|these|those|whose|at)"
                               r"|['’]s)\s+$", re.IGNORECASE)


def find_ordinals(scan: Scan) -> None:
    """Add every ordinal of a repeated event not already claimed (unit 'ordinal')."""
    text = scan.text
    if _ORDINAL_MARK.search(text.lower()) is None:
        return  # (most sentences have no ordinal: one cheap scan instead of four)
    matches = list(OCCURRENCE.finditer(text))
    if "irst " in text:
        matches += [m for m in FIRST_DONE.finditer(text)
                    if not NOT_ADVERB_BEFORE.search(text, max(0, m.start() - 12), m.start())]
    matches += NTH_DIGITS.finditer(text)
    matches += NTH_EVENT.finditer(text)
    matches += NTH_OF_N.finditer(text)
    if "th" in text and any(word in text.lower() for word in _SCALE_OF_ORDINAL):
        for match in SCALE_ORDINAL.finditer(text):
            if scan.is_free(match.start(), match.end()):
                times = (match.group("times") or "a").lower()
                count = 1.0 if times == "a" else float(NUMBER_WORDS.get(times) or times)
                scan.add(Figure(match.start(), match.end(), "", "other", unit="ordinal",
                                value=count * _SCALE_OF_ORDINAL[match.group("scale").lower()]))
    for match in matches:
        if scan.is_free(match.start(), match.end()):
            groups = match.groupdict()
            value = rank_value({"ord": groups["ord"] or groups.get("spell")})
            if value is not None:
                start, end = match.span()
                if match.re is FIRST_DONE:
                    end = match.end("ord")  # the figure is the adverb; the verb is context
                scan.add(Figure(start, end, "", "other", value=float(value), unit="ordinal"))
