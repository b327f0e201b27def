"""A level told as the one before an event ("Before the price rise, Brisa had about 400,000 subscribers", "3,200
riders, compared with about 2,000 prior to the strike"): the time before the story's happening, so another
article's figure with no such words (the level after it, or now) may be of another moment, and the two only
doubt each other."""

from __future__ import annotations

import re

# the sentence opens with the time before an event, up to its first comma: "Before the outage, ..."
OPENING = re.compile(r"^(?:Before|Prior to|Ahead of)\s+(?:the|its|this|that|last\s+\w+'s)\s+[^,.;]{1,50},")
# right after the figure: "about 90,000 orders a day before the strike", "1,200 staff before the cuts"
AFTER = re.compile(r"^[^,.;]{0,30}?\b(?:before|prior to)\s+(?:the|its|this|that)\s+(?!(?:day|week|month|year)\b)"
                   r"[a-z]", re.I)
BEFORE_EVENT = "one of them is told as the level before an event and the other is not, so they may be of two moments"


def before_event(mention: dict) -> bool:
    """Whether a count, sum or share is told as the level before an event in its own sentence."""
    context, quote = mention.get("context") or "", mention.get("quote") or ""
    at = context.find(quote) if quote else -1
    if at < 0 or mention.get("kind") == "date":
        return False
    opening = OPENING.match(context)
    return bool(opening and opening.end() <= at or AFTER.match(context[at + len(quote):]))


def moment_doubt(first: dict, second: dict) -> str:
    """`BEFORE_EVENT` when just one of a pair is told as the level before an event, else ''."""
    return BEFORE_EVENT if before_event(first) != before_event(second) else ""
