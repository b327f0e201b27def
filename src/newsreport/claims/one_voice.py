"""Two values an article gives in its own voice: in its body, a writer does not contradict themselves, so two
readings of one key there are of two moments, places or things the key does not tell apart ("Korvo employs
2,400 people" and "Its newest plant employs 900 people"; "The service costs $40 a month" and "a cheaper option at $25
a month"). A summary list the article opens with ("• Korvo employs over 9,000 staff, including 2,000 engineers") is
written apart from the body it sums up, and the two can disagree (the seeds hold such a pair); a headline rounds its
body and is doubted as such (`reconcile.pair_doubt`)."""

from __future__ import annotations

BULLETS = "-–•*·"
ONE_VOICE = "one article gives both values in its own voice, so they may be readings of different moments or places"


def mark_listed(records: list[dict], texts: dict[str, str]) -> None:
    """Set `listed` on each record whose line in its document starts with a bullet; in place."""
    for record in records:
        text, start = texts.get(record["doc"], ""), record.get("start")
        line = text[text.rfind("\n", 0, int(start)) + 1:int(start)].lstrip() if start == start and start is not None else ""
        record["listed"] = bool(line) and line[0] in BULLETS


def one_voice(first: dict, second: dict, voiced) -> bool:
    """Whether one article gives both values in its own voice (`voiced`: whether a mention is on someone's word),
    both in its body or both in its summary list (a headline, which rounds its body, is doubted as such)."""
    return first["doc"] == second["doc"] and not (voiced(first) or voiced(second)) \
        and bool(first.get("listed")) == bool(second.get("listed")) and not (first.get("heading") or second.get("heading"))
