"""A level told as the one before an event ("Before the price rise, Brisa had about 400,000 subscribers", "3,200
riders, compared with about 2,000 prior to the strike"): the time before the story's happening, so another
article's figure with no such words (the level after it, or now) may be of another moment, and the two only
doubt each other. So does a count told at an earlier moment than the article's now: inside the period it shares
with the level now ("about 5,000 sellers at the start of the month"), or a span back where the parse gave it no
period ("had 90,000 members a year ago")."""

from __future__ import annotations

import re

# the sentence opens with the time before an event, up to its first comma: "Before the outage, ..."
OPENING = re.compile(r"^(?:Before|Prior to|Ahead of)\s+(?:the|its|this|that|last\s+\w+'s)\s+[^,.;]{1,50},")
# right after the figure: "about 90,000 orders a day before the strike", "1,200 staff before the cuts"
AFTER = re.compile(r"^[^,.;]{0,30}?\b(?:before|prior to)\s+(?:the|its|this|that)\s+(?!(?:day|week|month|year)\b)"
                   r"[a-z]", re.I)
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# right after the figure, in its own clause and before any other number: a moment inside a period ("... users at the
# start of the month", "earlier this week"), which shares its period with the level now; or one a span back ("a year
# ago"), which counts only where the parse gave the figure no period
WITHIN = (r"at the (?:start|beginning) of (?:the|this) (?:week|month|quarter|year)|at the (?:start|beginning) of (?:%s)|"
          r"earlier this (?:week|month|year)|in early (?:%s)" % (MONTHS, MONTHS))
BACK = r"(?:a|one|two|three|four|five|six|\d{1,2}) (?:weeks?|months?|years?) ago"
AFTER_FIGURE = r"^[^,.;\d]{0,50}?\b(?:%s)\b"
EARLIER_WITHIN, EARLIER_BACK = re.compile(AFTER_FIGURE % WITHIN, re.I), re.compile(AFTER_FIGURE % BACK, re.I)
EARLIER_OPENING = re.compile(r"^(?:At the (?:start|beginning) of (?:the|this) (?:week|month|year)|Earlier this (?:week|month|"
                             r"year)),")
EARLIER_AT = "one of them is told as the level at an earlier moment and the other is not, so they may be of two moments"
BEFORE_EVENT = "one of them is told as the level before an event and the other is not, so they may be of two moments"


def before_event(mention: dict) -> bool:
    """Whether a count, sum or share is told as the level before an event in its own sentence."""
    context, quote = mention.get("context") or "", mention.get("quote") or ""
    at = context.find(quote) if quote else -1
    if at < 0 or mention.get("kind") == "date":
        return False
    opening = OPENING.match(context)
    return bool(opening and opening.end() <= at or AFTER.match(context[at + len(quote):]))


def earlier_moment(mention: dict) -> bool:
    """Whether a count is told as the level at an earlier moment than the article's now (a sum told "earlier this
    year" is most often one fine or deal, dated so)."""
    context, quote = mention.get("context") or "", mention.get("quote") or ""
    at = context.find(quote) if quote else -1
    if at < 0 or mention.get("kind") != "count":
        return False
    opening, after = EARLIER_OPENING.match(context), context[at + len(quote):]
    return bool(opening and opening.end() <= at or EARLIER_WITHIN.match(after)
                or not mention.get("period") and EARLIER_BACK.match(after))


def moment_doubt(first: dict, second: dict) -> str:
    """`BEFORE_EVENT` when just one of a pair is told as the level before an event, `EARLIER_AT` when just one is told
    at an earlier moment, else ''."""
    if before_event(first) != before_event(second):
        return BEFORE_EVENT
    return EARLIER_AT if earlier_moment(first) != earlier_moment(second) else ""
