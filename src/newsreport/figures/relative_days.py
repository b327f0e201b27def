"""Relative days ("on Sunday", "late Saturday", "yesterday", "last year") resolved against a
reference time, as temporal taggers do (TimeML's reference time; HeidelTime's news mode).

The reference is the publication date when it is known. In an article without one, each relative
expression is anchored to the article's own dated context: a full date in its sentence, else the
latest date the article tells in the past (`writing_anchor`). Only when the article names no day at
all does the corpus serve (`undated_days.timeline_reference`: its publication span's last day, or
the week its dated articles name most).

A weekday counts from its reference in the way its lead word says ("last Friday" before, "next
Monday" after, "this Sunday" in the same week, "starting Sunday" on or after). A neutral lead
("on", "late", "by", or none: "said Monday") follows the tense of the nearest verb in its sentence:
past on or before the reference, future on or after; with no tense it counts back from a
publication date (news reports what happened) and goes to the occurrence nearest an article anchor.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from datetime import date, timedelta

# Lead words with a direction of their own: back to the latest such weekday ("before": strictly
# before), forward ("after": strictly after, "ahead": on or after), or within the reference's week.
WEEKDAY_LEADS = {
    "last": "before", "past": "before", "this past": "before", "previous": "before",
    "since": "back", "as of": "back",
    "starting": "ahead", "until": "ahead", "till": "ahead", "next": "after", "coming": "after",
    "upcoming": "after", "this coming": "after", "this upcoming": "after",
    "this": "week",
    # neutral: the verb's tense decides
    "on": "", "late": "", "early": "", "by": "", "after": "", "over": "", "from": "",
}

# Tense cues. Future: modals and "is set/due/expected to"; past: past auxiliaries, common
# irregular past forms, and -ed forms not in a passive after a present or modal "be".
# A scheduled event told in the present is future too: "the curfew starts on Sunday", "Trump, who
# takes office on Monday", "whose term begins Monday", "the rule comes into force on Friday", "the offer
# expires Tuesday", "with Sunday's deadline looming" (a deadline lies ahead unless a past verb says it passed), "flocked to the
# app ahead of a possible ban on Sunday".
# The same verbs after a plural subject before a weekday ("pre-orders open on Friday", "polls close on
# Thursday", "classes resume Monday"), but not as an adjective after "be" ("the shops were open on Sunday").
PLURAL_SCHEDULED = (r"(?=(?:open|close|start|begin|end|resume|reopen|restart|relaunch)\s)"  # (the cheap test first)
                    r"(?<!\bwere\s)(?<!\bwas\s)(?<!\bare\s)(?<!\bis\s)(?<!\bbe\s)(?<!\bstay\s)(?<!\bstayed\s)"
                    r"(?<!\bremain\s)(?<!\bremained\s)(?<!\bkeep\s)(?<!\bkept\s)"
                    r"(?:open|close|start|begin|end|resume|reopen|restart|relaunch)")
# A fixture or meeting told in the present before its weekday lies ahead: "United host Arsenal on Sunday",
# "his side travel to Leeds on Tuesday night", "the committee meets on Thursday", "the two leaders meet
# in Geneva on Friday" (the past forms differ: "hosted", "travelled", "met"; not a noun after a determiner:
# "a visit on Monday").
FIXTURE = (r"(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bour\s)"
           r"(?<!\bthis\s)(?<!\bthat\s)(?<!\bwere\s)(?<!\bwas\s)"
           r"(?:travels?|hosts?|faces?|visits?|meets?|welcomes?|entertains?|takes?\s+on)\s+"
           r"(?:[\w'’.-]+\s+){0,4}?(?=(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)")
FUTURE = re.compile(r"\b(?:will|shall|won['’]t|['’]ll|could\s+be|would\s+be|going\s+to|"
                    r"might\s+(?!have\b)[a-z]+|(?-i:may)\s+(?!have\b)[a-z]+|"  # "may be gone", not "may have"
                    r"(?:could|should)\s+(?!have\b|not\b|never\b|only\b|still\b)[a-z]+|"  # "could last", "should ease"
                    r"(?:set|due|expected|scheduled|slated|poised|planned|planning|plans|preparing|prepares|forecast|"
                    r"predicted|projected|tipped|likely|unlikely|"
                    r"intends|intending|aims|aiming|hopes|hoping|threatens|threatening|vows|vowing)\s+to|"
                    # a present verb of expecting with its object, then the infinitive: "the bank expects
                    # inflation to peak in September", "analysts see rates falling to 3% by June"
                    r"(?:expects|expect|forecasts|forecast|predicts|predict|projects|project|anticipates|anticipate|sees|see)\s+(?:[\w'’-]+\s+){1,3}?"
                    r"(?:to\s+[a-z]+|[a-z]+ing)\b|"
                    r"(?:takes|take)\s+(?:effect|office|place)|(?:goes|go)\s+into\s+effect|"
                    r"(?:comes|come)\s+into\s+(?:force|effect)|kicks\s+in|expires|is\s+sworn\s+in|"
                    # a rule or price applying from a day: "the new prices apply to new customers from Monday"
                    r"(?:applies|apply)\s+(?:to\s+(?:[\w'’-]+\s+){1,4}?)?(?=from\s)|"
                    r"deadline|cut-?off|looms|looming|ahead\s+of|(?:ends|begins|starts|resumes|lapses|opens|closes|reopens|restarts|"
                    r"relaunches)\s+"
                    # the cue stops before "on": the day's span starts there ("starts on Monday"); a
                    # short phrase may come between ("ends for Chinese goods on Friday", "closes for
                    # repairs on Sunday", "begins across the network on Monday")
                    r"(?:(?:for|in|at|across|to|on)\s+(?:[\w'’-]+\s+){1,3}?)?"
                    r"(?=on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:on|at)\s)|" + PLURAL_SCHEDULED + r"\s+(?=(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)|"
                    + FIXTURE + r"|"
                    r"(?:ends|begins|starts|resumes|lapses|opens|closes|reopens|restarts|relaunches)\s+"
                    r"(?=(?:mon|tues|wednes|thurs|fri|"
                    r"satur|sun)day\b|"
                    # and before a date: "the offer ends Dec. 31", "the season starts March 27"
                    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d))\b",
                    re.IGNORECASE)
# A weekday named by its trading session's result is a day gone by, whatever the tense of its
# sentence: "will pay a 38% premium to Friday's close", "Monday's sell-off", "fell below Tuesday's low"
# (not after "ahead of", "before", "until": "ahead of Friday's close" lies ahead).
SESSION_OVER = re.compile(r"['’]s\s+(?:close|closing|finish|session|sell-?off|rout|slump|plunge|"
                          r"(?:intraday\s+|record\s+)?(?:low|high))\b", re.IGNORECASE)
SESSION_AHEAD = re.compile(r"\b(?:ahead\s+of|before|until|till|into|await(?:ing)?)\s+$", re.IGNORECASE)


def session_over(text: str, start: int, end: int) -> bool:
    """Whether the weekday at [start, end) names a trading session already over ("Friday's close")."""
    return SESSION_OVER.match(text, end) is not None and not SESSION_AHEAD.search(text, max(0, start - 12), start)


# Future cues that name what lies ahead of the event, not the time of telling: they speak for their own
# clause only.
WEAK_FUTURE = re.compile(r"deadline|cut-?off|looms|looming|ahead\s+of", re.IGNORECASE)
PAST_WORDS = frozenset(
    "was were had did didn't wasn't weren't hadn't came became went rose fell said told took gave made saw "
    "began got grew hit won lost left sent spent met ran sold bought brought thought found held kept led "
    "paid stood struck wrote spoke broke chose drove flew knew threw shot sank overtook took ago heard felt "
    "fought caught taught built lent meant slept dealt rode rose wore froze stole drew swore woke shook "
    "forgot understood withdrew undertook sang rang swam drank shrank fled fed hung dug sought "
    # participles that end in no -ed ("a memo seen Wednesday"; not "known as", "given the ban")
    "seen taken written spoken shown thrown drawn begun broken chosen driven fallen forgotten gotten hidden "
    "ridden risen shaken stolen sworn flown".split())
PASSIVE_BE = frozenset("is are am be been being get gets".split())
PERFECT_HAVE = frozenset("has have hasn't haven't 've".split())
NOT_VERBS = frozenset("red bed need needed feed speed seed breed shed hundred embed based owned called "
                      "united limited related interested sacred naked wicked kindred".split())
TENSE_WINDOW = 200
# What ends a sentence: a full stop that is no decimal point ("3.5%") and no abbreviation's ("U.S.",
# "a.m.", "Jan.", "Gov."), or "!", "?", a line break.
_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mr", "Mrs",
                  "Ms", "Dr", "No", "St", "vs", "Inc", "Corp", "Co", "Ltd", "Gov", "Sen", "Rep", "Gen", "Jr", "Sr")
# (the full stop is matched first and its word looked at behind it: a look-behind tried at every
# character would cost more than the whole tense reading)
SENTENCE_END = re.compile(r"[!?\n]|\.(?<!\b[A-Za-z]\.)" + "".join(rf"(?<!\b{word}\.)" for word in _ABBREVIATIONS)
                          + r"(?!\d)")


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around [start, end), no further than TENSE_WINDOW characters either side (linear
    time on text without sentence breaks)."""
    low, high = max(0, start - TENSE_WINDOW), min(len(text), end + TENSE_WINDOW)
    left = low
    for mark in SENTENCE_END.finditer(text, low, start):
        left = mark.end()
    after = SENTENCE_END.search(text, end, high)
    return left, after.start() if after else high
CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:and|but)\b")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")


def clause_tense(text: str, start: int, end: int) -> str:
    """'past', 'future' or '' for the verb nearest the span [start, end) in its sentence
    ("the app came to the top on Tuesday" → past; "the court will rule on Friday" → future)."""
    # the sentence, but no further than TENSE_WINDOW characters either side (linear time on text
    # without sentence breaks)
    left, right = sentence_bounds(text, start, end)
    cues = [(m.start(), m.end(), "future") for m in FUTURE.finditer(text, left, right)]
    weak = {cue[0] for cue in cues if WEAK_FUTURE.fullmatch(text, cue[0], cue[1])}
    words = list(_WORD.finditer(text, left, right))
    for index, word in enumerate(words):
        token = word.group().lower()
        before = words[index - 1].group().lower() if index else ""
        # a participle after a present or modal "be" is passive, not past: "unless it is sold by May 1"
        # the present perfect tells the past: "users have been leaving since January 10"
        if token == "been" and before in PERFECT_HAVE:
            cues.append((word.start(), word.end(), "past"))
        elif before not in PASSIVE_BE and (token in PAST_WORDS or (
                len(token) > 4 and token.endswith("ed") and not token.endswith("eed")
                and word.group().islower() and "-" not in token and token not in NOT_VERBS)):
            cues.append((word.start(), word.end(), "past"))
    cues = [c for c in cues if c[1] <= start or c[0] >= end]
    if not cues:
        # a question told in the present asks what is coming: "What happens to the app on Sunday?"
        return "future" if text[right:right + 1] == "?" else ""
    # a cue in the span's own clause (no comma, colon, semicolon or joining "and"/"but" between)
    # speaks for it first: "he will decide on Monday, aides said" and "the mayor is sworn in on Monday and said
    # she would act" are future; "the plant shut early Friday and reopened on Sunday" is past
    own = [c for c in cues if not CLAUSE_BREAK.search(text[c[1]:start] if c[1] <= start else text[end:c[0]])]
    # a deadline looks ahead only for its own clause: "The app shut down on Saturday night, a day before
    # the Sunday deadline" tells Saturday in the past
    cues = own or [c for c in cues if c[0] not in weak]
    if not cues:
        return ""
    # nearest cue; a cue before the span wins a tie ("said on Monday it would appeal")
    return min(cues, key=lambda c: (start - c[1] if c[1] <= start else c[0] - end, c[0] > start))[2]


def anchored_way(tense: str, anchor_tense: str) -> str:
    """How a weekday with a neutral lead counts from an article's own date (the anchor) when the
    publication date is unknown. The writing time lies after a date told in the past tense, and
    not after one told in the future or present tense ("the vote takes place on March 9") or
    with no verb (a dateline); the weekday lies before the writing time when told in the past and
    after it in the future. Where the two orders chain, they decide ("the strike will start on
    March 9; shares fell on Tuesday": the Tuesday before); elsewhere the weekday nearest the
    anchor is the best guess (reports follow their events within days). A weekday that is the
    anchor's own weekday is taken to be the anchor's day ("the vote takes place on March 9 ...
    On Sunday, voters queued early"): tense is read too roughly to move it a week. A date after
    "since" (`anchor_tense` 'since') opens a span that runs to the writing time, so the article's
    weekdays fall after it ("sales have slumped since March 3 ... the store shut on Friday"); news
    style names a day within the past week by its weekday and an older one by its date, so the
    since-date's own weekday is taken to be a later one."""
    if anchor_tense == "since":
        return "after"
    if tense == "past" and anchor_tense != "past":
        return "back"
    if tense == "future" and anchor_tense == "past":
        return "ahead"
    return "nearest"


def _same_sentence(anchors: list[tuple], position: int, index: int, text: str) -> tuple | None:
    """The anchor in the sentence around `position` nearest it, or None (`index`: where `position`
    falls among the anchors' offsets)."""
    left, right = sentence_bounds(text, position, position)
    same = [anchor for anchor in anchors[max(0, index - 3):index + 3] if left <= anchor[0] < right]
    return min(same, key=lambda anchor: abs(anchor[0] - position)) if same else None


def nearest_anchor(anchors: list[tuple], position: int, offsets: list[int] | None = None,
                   text: str | None = None) -> tuple | None:
    """The anchor (a tuple whose first item is its offset; anchors sorted by offset) nearest before
    `position`, else the first after it; given the `text`, an anchor in the same sentence comes
    first ("shut early Saturday, hours before the levy took effect on March 10": the
    sentence's own date, not one paragraphs earlier). `offsets` (the anchors' first items) saves
    rebuilding them."""
    if not anchors:
        return None
    offsets = offsets if offsets is not None else [anchor[0] for anchor in anchors]
    index = bisect_right(offsets, position)
    if text is not None:
        same = _same_sentence(anchors, position, index, text)
        if same is not None:
            return same
    return anchors[index - 1] if index else anchors[0]


def writing_anchor(anchors: list[tuple], position: int, offsets: list[int], text: str,
                   tenses: list[str]) -> tuple | None:
    """The article date a relative day at `position` counts from, when the publication date is
    unknown (`anchors`: (offset, date, ...) sorted by offset; `tenses`: the tense each is told in).
    A date in the day's own sentence comes first. Otherwise the latest date told in the past (else the latest
    not told in the future): the article was written after everything it tells in the past, and a reporter names a day by
    its weekday only near the time of writing, while background dates ("the law was signed on 2
    April 2023", "the court heard the case on January 10") come earlier. With only dates told in
    the future, the nearest in the text (the weekday then counts back from it)."""
    if not anchors:
        return None
    same = _same_sentence(anchors, position, bisect_right(offsets, position), text)
    if same is not None:
        return same
    past = [anchor for anchor, tense in zip(anchors, tenses, strict=True) if tense == "past"]
    told = past or [anchor for anchor, tense in zip(anchors, tenses, strict=True) if tense != "future"]
    if told:  # (a date told with no tense may be a plan: "- Permanent repeal: the act eliminates it on July 1, 2027")
        return max(told, key=lambda anchor: (anchor[1], anchor[0]))
    return nearest_anchor(anchors, position, offsets)


def resolve_weekday(lead: str, weekday: int, reference: date | None, tense: str = "",
                    default: str = "back") -> str:
    """ISO date of `weekday` (0 = Monday) named after `lead` ("last", "on", "starting", "this", or
    '' for a bare weekday), counted from `reference`. `tense` ('past'/'future') decides for a
    neutral lead; `default` ('back' or 'nearest') decides when the tense is unknown too."""
    if reference is None:
        return ""
    way = WEEKDAY_LEADS.get(" ".join(lead.lower().split()), "")
    if way == "ahead" and tense == "past" and lead.lower() in ("until", "till"):
        way = "back"  # a span told in the past ended then: "the app was down until Sunday"
    if not way:
        way = {"past": "back", "future": "ahead"}.get(tense, default)
    back = (reference.weekday() - weekday) % 7
    ahead = (weekday - reference.weekday()) % 7
    if way == "week":  # the same Monday-to-Sunday week
        return (reference + timedelta(days=weekday - reference.weekday())).isoformat()
    if way == "after":
        return (reference + timedelta(days=ahead or 7)).isoformat()
    if way == "ahead":
        return (reference + timedelta(days=ahead)).isoformat()
    if way == "nearest":
        return (reference + timedelta(days=ahead if ahead < back else -back)).isoformat()
    if way == "before" and back == 0:
        back = 7
    return (reference - timedelta(days=back)).isoformat()


WRITTEN_YEAR = re.compile(r"(?<![\d$€£.,])(?:1[89]|20)\d\d(?![\d%])")
YEAR_SHIFTS = {"following": 1, "next": 1, "previous": -1, "prior": -1, "preceding": -1}
# the year of a level a sentence compares with ("profit rose to $3.1 billion, up from $2.2 billion in 2020"): not the
# year the sentence tells, so not the one "that year" goes back to
EARLIER_LEVEL = re.compile(r"\b(?:up|down|rising|falling|rose|fell|grew|jumped)\s+from\b(?:[^.;]|\.\d){0,40}?\bin\s+$|"
                           r"\bcompared\s+(?:to|with)\b(?:[^.;]|\.\d){0,40}?\bin\s+$", re.I)


def year_before(text: str, position: int, phrase: str, relative: tuple[int, int] | None = None) -> str:
    """The year an anaphoric phrase names ("that same year", "the following year"), counted from
    the last year named before `position` in the article within the preceding 600 characters (not the year of an
    earlier level set against the sentence's: "up from $2.2 billion in 2020"):
    written, or `relative` ((offset, year) of a "last year" already resolved: "Last year, it spent
    $40 million. That same year ..."); '' when none is."""
    years = [(m.start(), int(m.group())) for m in WRITTEN_YEAR.finditer(text, max(0, position - 600), position)
             if not EARLIER_LEVEL.search(text, max(0, m.start() - 50), m.start())]
    if relative is not None and position - 600 <= relative[0] < position:
        years = sorted(years + [relative])
    if not years:
        return ""
    shift = next((v for word, v in YEAR_SHIFTS.items() if re.search(rf"\b{word}\b", phrase.lower())), 0)
    return str(years[-1][1] + shift)


# A weekday restating the day just written: "January 14 (Tuesday)", "Jan. 14, Tuesday, when".
WEEKDAY_AFTER_DATE = re.compile(r"\s*\(\s*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s*\)"
                                r"|,\s*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b(?=\s*[,.;)]|\s*$)")


def join_weekday_after_date(mentions: list, text: str) -> list:
    """Date mentions (objects with `start`, `end`, `iso`, in text order) with a weekday that restates
    the full date before it folded into that date's span: one day written twice is one figure."""
    joined: list = []
    for mention in mentions:
        previous = joined[-1] if joined else None
        if previous is not None and len(previous.iso) == 10 and mention.start >= previous.end:
            restated = WEEKDAY_AFTER_DATE.match(text, previous.end)
            if restated and previous.end <= mention.start < mention.end <= restated.end():
                joined[-1] = replace(previous, end=restated.end())
                continue
        joined.append(mention)
    return joined



# A weekday placed by a short span from a day told just before it in the sentence: "went offline late
# Saturday, hours before Sunday's deadline", "shut down on Saturday night, a day before the Sunday
# deadline", "returned on Monday, hours after Sunday's shutdown" (some words may come between:
# "hours before the ban took effect on Sunday").
LINKED_SPAN = re.compile(r"\b(?:hours|minutes|moments|(?:a|one|two|three)\s+days?|the\s+day|shortly|just|only)\s+"
                         r"(?P<way>before|after|ahead\s+of)\b[^.;!?]{0,40}$", re.IGNORECASE)
WEEKDAY_NAME = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")


def link_weekdays_to_the_day_before(mentions: list, text: str) -> list:
    """Date mentions (in text order) whose bare weekday a short span links to the day told just
    before it in its sentence, re-dated from that day: "before" puts it after that day, "after"
    before it (within six days); others unchanged."""
    linked = list(mentions)
    for index in range(1, len(linked)):
        mention, previous = linked[index], linked[index - 1]
        if not (len(previous.iso) == 10 and previous.iso[:1] != "-" and WEEKDAY_NAME.search(text, mention.start,
                                                                                           mention.end)
                and not re.search(r"\d", text[mention.start:mention.end]) and mention.start - previous.end <= 70):
            continue
        left, _ = sentence_bounds(text, mention.start, mention.end)
        span = LINKED_SPAN.search(text, previous.end, mention.start)
        if previous.start < left or span is None:
            continue
        weekday = WEEKDAY_NAME.search(text, mention.start, mention.end).group().lower()
        anchor = date.fromisoformat(previous.iso)
        target = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday").index(weekday)
        if span.group("way").lower() == "after":
            day = anchor - timedelta(days=(anchor.weekday() - target) % 7 or 7)
        else:
            day = anchor + timedelta(days=(target - anchor.weekday()) % 7 or 7)
        linked[index] = replace(mention, iso=day.isoformat())
    return linked


# A month compared with the month just named in its clause is the earlier one: "rose 0.4% in December
# from November", "in March, up from February", "in May compared with April".
COMPARED_BASE = re.compile(r"\b(?:from|compared\s+(?:with|to)|versus|vs\.?|than(?:\s+in)?)\s+$", re.IGNORECASE)


def date_compared_months(mentions: list, text: str) -> list:
    """Date mentions (in text order) with a bare month compared with the month just before it in its
    clause moved to the latest such month before that one (its year was read alone before)."""
    dated = list(mentions)
    for index in range(1, len(dated)):
        mention, previous = dated[index], dated[index - 1]
        if not (mention.precision == "month" and previous.precision == "month" and len(mention.iso) == 7
                and len(previous.iso) == 7 and previous.iso[:1] != "-" and mention.iso[:1] != "-"
                and mention.start - previous.end <= 40 and not re.search(r"[.;!?]", text[previous.end:mention.start])
                and COMPARED_BASE.search(text, max(previous.end, mention.start - 20), mention.start)):
            continue
        year, month = int(previous.iso[:4]), int(mention.iso[5:7])
        if month >= int(previous.iso[5:7]):
            year -= 1
        dated[index] = replace(mention, iso=f"{year}-{month:02d}")
    return dated
