"""Rate windows of a figure: "4 million parcels a day", "processed daily", "1.1 billion annually",
"each year", "per month". A count per day and a count per year (or a total) are different measures,
so the window is part of the measure's key."""

from __future__ import annotations

import re

from newsreport.claims.clause_span import clause_around
from newsreport.claims.windows import RANKED
from newsreport.figures.numbers import UNITS_WORDS

RATE_WORDS = {"monthly", "daily", "weekly", "annual", "yearly", "annually", "quarterly", "hourly", "nightly"}  # no dates
RATE = re.compile(r"\b(?:(?:a|an) (?:typical|average|normal|ordinary|given) |(?:a|per|each|every) )(?:day|week|month|year|night)\b"
                  r"(?! (?:earlier|ago|before|later|after|on))"  # "a year ago" dates, it is no window
                  r"|\b(?:daily|nightly|weekly|monthly|annual(?:ly)?|yearly)\b", re.I)
RATE_UNITS = {"day": re.compile(r"day|daily|night", re.I), "week": re.compile(r"week", re.I),
              "month": re.compile(r"month", re.I),
              "year": re.compile(r"year|annual", re.I)}
WINDOW_DEPS = {"advmod", "npadvmod", "prep", "tmod"}  # "processed daily", "arrive each year", "per day"


# "in a typical month", "on an average day": any one such span, a window (not a date)
TYPICAL = {"typical", "average", "normal", "ordinary", "given"}
TIME_UNITS = {"day", "week", "month", "year", "night"}


def typical_unit(token) -> bool:
    """Whether `token` is, holds or modifies a time unit said to be a typical one ("open it in a typical month":
    'in', 'a', 'typical' or 'month'): a window the figure recurs over, never its period."""
    unit = next((t for t in [token, token.head, *token.children] if t.lemma_.lower() in TIME_UNITS), None)
    return unit is not None and any(c.dep_ == "amod" and c.lower_ in TYPICAL for c in unit.children)


def window_tokens(noun, verb) -> list:
    """Tokens outside the measure phrase that may state its window: the adverbs and time phrases of
    a participle describing the counted noun ("4 million parcels processed daily") and of the verb
    governing it ("parcels arrive each year")."""
    heads = [c for c in noun.children if c.dep_ in ("acl", "relcl")] + ([verb] if verb.i != noun.i else [])
    found = []
    for head in heads:
        for child in head.children:
            if gives_other_level(child):
                continue  # "4.5 million times last week, up from 20,000 in a typical week": the earlier level's window
            if child.dep_ in WINDOW_DEPS and (child.dep_ != "prep" or child.lower_ == "per" or typical_unit(child)):
                found += list(child.subtree)
            elif child.dep_ in ("nsubj", "nsubjpass") and child.lemma_.lower() in ("day", "week", "month", "year", "night"):
                # "Each day of the stoppage costs the economy €40 million": the subject is the window
                found += [c for c in child.children if c.dep_ == "det" and c.lower_ in ("each", "every")] + [child]
    return found


def gives_other_level(token) -> bool:
    """Whether `token` opens a phrase giving another level than the figure: an earlier one ("up from 20,000 in a
    typical week", "from 12 a day") or one it is compared with ("compared with 900 a month", "versus 3 a day")."""
    word = token.lower_
    return word in ("up", "down") and any(c.lower_ == "from" for c in token.children) \
        or token.dep_ == "prep" and word in ("from", "versus", "vs", "vs.", "against") \
        or word in ("compared", "comparison") and any(c.lower_ in ("with", "to") for c in token.children)


# no window: a length of time ("waiting more than a year", "for over a month") and the adjective of a report or
# a change ("the third monthly fall", "its annual report", "the daily briefing")
LENGTH_BEFORE = re.compile(r"\b(?:than|over|for|about|almost|nearly|under|least|to|within|after|in|past|last)\s+$", re.I)
NOT_A_WINDOW_AFTER = re.compile(r"^\s+(?:fall|falls|rise|rises|increase|decrease|decline|drop|gain|meeting|report|"
                                r"briefing|update|survey|figures|statistics|data|review|results|record|high|low)\b", re.I)


def rate_of(tokens) -> str:
    """'day', 'week', 'month' or 'year' when `tokens` state a window, else ''."""
    words = " ".join(t.text for t in sorted(tokens, key=lambda t: t.i))
    match = next((m for m in RATE.finditer(words) if (not LENGTH_BEFORE.search(words[:m.start()])
                                                      or bool(TYPICAL & set(m.group(0).lower().split())))  # "in a typical month"
                  and not NOT_A_WINDOW_AFTER.match(words[m.end():])), None)
    if not match:
        return ""
    return next(unit for unit, word in RATE_UNITS.items() if word.search(match.group(0)))


NUMBER_WORDS = {"a": "one", "an": "one", "1": "one", "2": "two", "3": "three", "7": "seven", "24": "24", "48": "48"}
WINDOW = re.compile(r"\b(?:in|during|within|over)\s+(?:just\s+|only\s+)?(?:(?:its|the|their)\s+(first)"
                    r"(?:\s+(two|three|four|five|six|seven|ten|\d+))?|"
                    # "in the past week", "over the last two days": as long as "in a week", "in two days"
                    r"(?:the\s+)?(?:past|last)\s+(?=(?:(?:two|three|four|five|six|seven|\d+)\s+)?(?:hour|day|week|month))|"
                    r"(?:the\s+)?(a|an|one|two|three|four|five|six|seven|\d+))\s*(?:(two|three|four|five|six|seven|\d+)\s+)?"
                    r"(hour|day|week|month|weekend)s?\b", re.I)
SAME_WINDOW = {"first seven days": "first week", "first 7 days": "first week", "first 24 hours": "first day",
               "first four weeks": "first month", "first 30 days": "first month"}

SAME_SPAN = {"seven days": "one week", "7 days": "one week", "24 hours": "one day", "30 days": "one month"}


# "in the week to July 5", "for the week ending Sunday", "in the month through May 31": one week (month) up to a day;
# "in the week after the launch": the first week from an event
ENDING_WINDOW = re.compile(r"\b(?:in|during|over|for|across)\s+the\s+(week|month|fortnight)\s+"
                           r"(?:to|ending|ended|through|until|that ended|(after|following))\b", re.I)


FROM_AN_EVENT = re.compile(r"\s+(?:after|following|since)\b", re.I)  # (matched at the start of what follows)
DAY_WORDS = {n: word for word, n in UNITS_WORDS.items() if 1 <= n <= 7}  # 2 -> "two": days a week holds


def whole_days(amount: str, unit: str) -> tuple[str, str]:
    """'48', 'hour' as ('two', 'day'): hours that make whole days are counted in days, as another outlet writes them."""
    amount = amount.lower()
    if unit == "hour" and amount.isdigit() and int(amount) % 24 == 0 and int(amount) // 24 in DAY_WORDS:
        return DAY_WORDS[int(amount) // 24], "day"
    return amount, unit


def count_window(text: str, sentence: str = "") -> str:
    """The span a count was made over, when its clause states one: 'first week' for "downloaded 1
    million times in its first week" (and "in the first seven days"), 'first three months' for "in its first
    three months" or "in the 72 hours after its release" ('first three days'), 'two days' for "in two days", "over two
    days", "in 48 hours" or "in the two days to Tuesday"; '' for none. A count over a window is not the count to date
    ("has been downloaded 5 million times")."""
    ending = ENDING_WINDOW.search(text)
    if ending:  # "in the week after the launch" is its first week, as "in the seven days after the launch" is
        span = {"week": "week", "month": "month", "fortnight": "two weeks"}[ending.group(1).lower()]
        return f"first {span}" if ending.group(2) else span if " " in span else f"one {span}"
    match = WINDOW.search(text)
    if not match:
        return ""
    amount, unit = whole_days(match.group(2) or match.group(3) or match.group(4) or "", match.group(5).lower())
    # "in the first seven days" is "in its first week"; "in the 48 hours after the ban", its first two days (not "in a
    # month after its price cut": any month), read in the sentence ("after the lockdown began" is a clause of its own)
    said_in = sentence.find(match.group(0)) if sentence else -1
    following = sentence[said_in + len(match.group(0)):] if said_in >= 0 else text[match.end():]
    from_event = match.group(3) and re.search(r"\bthe\s+\S+\s*$", text[:match.end(3)], re.I) and FROM_AN_EVENT.match(following)
    if match.group(1) and match.group(2) or from_event:
        first = f"first {amount} {unit}s" if amount not in ("one", "a", "an", "1") else f"first {unit}"
        return SAME_WINDOW.get(first, first)
    said = match.group(1) or amount or "one"  # "the past week" is one week
    amount = NUMBER_WORDS.get(said, said)
    window = f"{amount} {unit}" if amount in ("one", "first") else f"{amount} {unit}s"  # the label reads "in two days"
    return SAME_SPAN.get(window, window)


# A move outside the regular session is another measure than the day's close ("shares fell 6% in
# after-hours trading" on the evening of a verdict, "closed down 4.5%" the next day), and so is a move within
# it ("down 7.4% in afternoon trading" before "closed down 9.1%").
SESSION = re.compile(r"\b(?:in|during)\s+(?:(after\s*-?\s*hours|extended|post\s*-?\s*market)|(pre\s*-?\s*market))"  # a clause's
                     r"\s+trad(?:ing|e)\b"  # tokens are joined by spaces: "after - hours"
                     r"|\b(?:(after)|(before)) the (?:closing |opening )?bell\b"
                     r"|\b(?:in|during) (?:early|morning|midday|lunchtime|afternoon|intraday|opening) (?:trading|trade|deals)\b"
                     r"|\bat one (?:point|stage)\b|\bintraday\b", re.I)
# A change counted since an earlier day is no change of one day ("have lost 11 per cent since the disclosure",
# "down a third since the start of the year"), unless a ranking counts from it ("the steepest fall since 2020").
YEAR_SO_FAR = re.compile(r"\b(?:since the (?:start|beginning) of (?:the |this )?year|so far this year|"
                         r"year\s*-?\s*to\s*-?\s*date)\b", re.I)
SINCE = re.compile(r"\bsince ((?:(?:the|its|their|last|early|late|mid)\s+)*[\w-]+)", re.I)


def trading_session(text: str, change: bool = False, following: str = "") -> str:
    """'after-hours trading', 'premarket trading' or 'intraday trading' when `text` places a market move outside
    the regular session or within it, else for a `change`, the earlier day it is counted from ('since the
    disclosure', 'so far this year'; also a "since" clause the parse leaves out of `text`, read in the words
    `following` the figure up to the next clause break: "have fallen 11% since the boycott began"); '' for a day's
    move."""
    match = SESSION.search(text)
    if match:
        return "after-hours trading" if match.group(1) or match.group(3) else "premarket trading" \
            if match.group(2) or match.group(4) else "intraday trading"
    if not change:
        return ""
    if YEAR_SO_FAR.search(text):
        return "so far this year"
    since = SINCE.search(text)
    if since is None and following:
        text = clause_around(following, 0, 0)[1]
        since = SINCE.search(text)
    if since is None or re.search(RANKED + r"[^.;,:()]{0,40}$", text[:since.start()], re.I):
        return ""
    return f"since {since.group(1).lower()}"


# users an app drew are the users it gained, over a window or not: "drew 4 million overseas users in the week to Sunday"
# is "4 million foreign users joined in the week to Sunday" (config `new_users`), and "has picked up about 2.2 million
# British users" is "more than 2 million new UK users", not its user base; users who logged back in or were active
# in a window are no new users
GAINED = {"users": "new_users"}
GAINING_VERBS = {"draw", "attract", "add", "gain", "win", "lure", "pull", "bring", "welcome", "acquire", "pick", "join", "sign",
                 "register"}  # (and users who joined, signed up or registered then)


def windowed(metric: str, window: str, verb: str = "") -> str:
    """'downloads: in first week' for a count over a window ('' leaves the metric as it is); users drawn, gained or
    picked up are new users (`verb`: the lemma of the figure's verb)."""
    said = window if window.startswith(("since ", "so far")) else f"in {window}"  # "since the disclosure"
    base, sep, detail = metric.partition(": ")
    metric = GAINED.get(base, base) + sep + detail if verb in GAINING_VERBS else metric
    return metric + ((" " if ": " in metric else ": ") + said) if window else metric
