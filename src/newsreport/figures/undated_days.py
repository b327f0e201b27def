"""Relative days ("today", "on Sunday", "last year") counted from a reference day, and the
reference an undated article naming no day of its own gets from the corpus: the corpus span's last
day, moved to the days the corpus's dated articles name and to the run of days the article tells."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, timedelta

from newsreport.figures.date_patterns import WEEKDAYS, DateMention, RawMention
from newsreport.figures.relative_days import anchored_way, clause_tense, resolve_weekday, session_over

# "today" is a day of the story after these words or opening a sentence; elsewhere it means
# "nowadays" ("the largest market today", "but not today").
TODAY_LEADS = ("as of", "until", "till", "since", "from", "by", "before", "after", "earlier", "later",
               "starting", "beginning", "effective", "so far")
# ... and as the owner of an event or a session: "today's vote", "today's session", "today's launch event",
# "today's live coverage" (not "today's teenagers": nowadays).
TODAY_EVENT = re.compile(r"['’]s\s+(?:[a-z]+\s+)?(?:session|trading|close|open|vote|votes|meeting|hearing|debate|talks|"
                         r"decision|announcement|statement|briefing|launch|event|deadline|match|game|race|final|"
                         r"strike|protest|rally|sell-?off|auction|coverage|blog|episode|edition|summit|budget)\b")
# ... and right after a verb of announcing: "the company said today", "officials announced today".
TODAY_AFTER_VERB = re.compile(r"\b(?:said|says|announced|announces|confirmed|confirms|told|reported|revealed|"
                              r"declared|unveiled|launched|released|published|filed|ruled|voted|signed)\s+$")
TODAY_BEFORE_VERB = re.compile(r"\s+(?:said|announced|confirmed|reported|revealed|unveiled|launched|released|"
                               r"published|filed|ruled|voted|signed)\b")
TODAY_CLAUSE = 80  # characters of the clause before "today" read for its verb
PROGRESSIVE = re.compile(r"\b(?:is|are|am|was|were)\s+(?:[a-z]+ly\s+)?[a-z]+ing\b", re.IGNORECASE)


def is_today(text: str, match: re.Match) -> bool:
    """Whether the word "today" matched at `match` names a day of the story, not "nowadays"."""
    before = text[max(0, match.start() - 12):match.start()].lower()
    if any(re.search(rf"\b{lead}\s+$", before) for lead in TODAY_LEADS) or TODAY_AFTER_VERB.search(before):
        return True
    if TODAY_BEFORE_VERB.match(text, match.end()) or TODAY_EVENT.match(text, match.end()):
        return True  # "the company today announced", "today's vote"
    if not before.strip() or before.rstrip()[-1:] in ".!?;\n\"“":
        return True  # opening a sentence or clause
    # after a verb told in the past or future, or one going on, in its own clause: "he resigned today",
    # "the court will rule today", "users are leaving today" (not "the largest market today", "still
    # popular today": "nowadays" goes with the present of "be")
    clause_start = max(text.rfind(mark, max(0, match.start() - TODAY_CLAUSE), match.start())
                       for mark in ",;:.!?\n\"“") + 1
    clause_start = max(clause_start, match.start() - TODAY_CLAUSE)
    clause = text[clause_start:match.start()]
    return bool(PROGRESSIVE.search(clause)) or clause_tense(clause, len(clause), len(clause)) in ("past", "future")


def resolve_relative(raw: RawMention, text: str, reference: date | None, inferred: str,
                     default: str, anchor_tense: str | None = None) -> DateMention | None:
    """A relative day or year counted from `reference` ('' iso when there is none). When the
    reference is one of the article's own dates, `anchor_tense` is the tense it was told in."""
    match, groups = raw.match, raw.groups
    start, end = match.start(), match.end()
    if groups.get("rel"):
        word = " ".join(groups["rel"].lower().split())
        if word == "today" and not is_today(text, match):
            return None
        if reference is None:
            return DateMention(start, end, "", "day")
        shift = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(word, 0)  # today, tonight, this morning
        return DateMention(start, end, (reference + timedelta(days=shift)).isoformat(), "day", inferred)
    if groups.get("relyear"):
        if reference is None:
            return DateMention(start, end, "", "year")
        shift = {"last": -1, "past": -1, "this": 0, "next": 1}[groups["relyear"].lower()]
        return DateMention(start, end, str(reference.year + shift), "year", inferred)
    tense = "past" if session_over(text, start, end) else clause_tense(text, start, end)
    if anchor_tense is not None:
        tense, default = "", anchored_way(tense, anchor_tense)
    iso = resolve_weekday(groups.get("which") or "", WEEKDAYS[groups["weekday"].lower()], reference,
                          tense, default)
    return DateMention(start, end, iso, "day", inferred if iso else "")


def resolve_from_reference(relative: list[RawMention], text: str, reference: date) -> dict[int, DateMention]:
    """The relative days of an article naming no day, counted from `reference` (the end of the
    corpus span, or a week near it): what is told in the past or present counts back from it; the
    latest of those days stands for the writing time, and what is told in the future counts on
    from there ("shut early Saturday ... will sign an order on Monday": the Monday after), as do
    the days named from the writing time itself ("the site came back on Sunday ... 'from today'":
    that Sunday; "tomorrow's vote")."""
    resolved, future = {}, []
    for raw in relative:
        if raw.groups.get("rel") or (raw.groups.get("weekday")
                                     and clause_tense(text, raw.match.start(), raw.match.end()) == "future"):
            future.append(raw)
        elif (mention := resolve_relative(raw, text, reference, "corpus", "back")) is not None:
            resolved[id(raw)] = mention
    told = [date.fromisoformat(m.iso) for m in resolved.values() if m.iso and m.precision == "day"]
    writing = max(told) if told else reference
    for raw in future:
        if (mention := resolve_relative(raw, text, writing, "corpus", "back")) is not None:
            resolved[id(raw)] = mention
    return resolved


def timeline_reference(relative: list[RawMention], text: str, span: tuple[date, date],
                       timeline: Mapping[str, int]) -> date:
    """The reference day for the relative days of an undated article that names no day: the
    corpus span's last day, moved by whole weeks (up to two either way) when that puts the
    article's weekdays on the days the corpus's dated articles name most (`timeline`: ISO day ->
    mentions). Reports of one story tell the same days; the span's end stays unless another week
    has at least two mentions and twice those of the span's own week (in a corpus that names every
    day about as often, no week stands out and nothing moves). Then moved by up to six days when
    that puts the weekdays it tells in the past in a shorter run (`_compact_reference`)."""
    scores = {}
    for weeks in (0, 1, -1, 2, -2):
        reference = span[1] + timedelta(days=7 * weeks)
        scores[reference] = sum(timeline.get(mention.iso, 0) for mention in
                                resolve_from_reference(relative, text, reference).values() if mention.iso)
    best = max(scores, key=scores.get)  # the first of equal scores: the span's own week comes first
    base = scores[span[1]]
    chosen = best if scores[best] >= max(2, 2 * base) and best != span[1] else span[1]
    return _compact_reference(relative, text, chosen, timeline)


def _told_days(relative: list[RawMention], text: str, reference: date) -> list[date]:
    """The weekdays an undated article tells in the past or present, counted back from `reference`."""
    return [date.fromisoformat(m.iso) for raw in relative if raw.groups.get("weekday")
            and (m := resolve_from_reference([raw], text, reference).get(id(raw))) is not None
            and len(m.iso) == 10 and clause_tense(text, raw.match.start(), raw.match.end()) != "future"]


def _compact_reference(relative: list[RawMention], text: str, reference: date,
                       timeline: Mapping[str, int]) -> date:
    """`reference`, or a day within six days of it from which the weekdays the article tells in the
    past fall in a run at least three days shorter. A report tells one story's days in a row ("the
    strike began early Friday ... by Saturday noon ... the minister, sworn in on Sunday": Friday to
    Sunday, not a Sunday six days before that Friday); the days the corpus names (`timeline`),
    then the nearness to `reference`, decide between equally short runs."""
    def spread(days: list[date]) -> int:
        return (max(days) - min(days)).days if days else 0

    told = {reference: _told_days(relative, text, reference)}
    if spread(told[reference]) == 0:
        return reference
    for shift in (*range(1, 7), *range(-1, -7, -1)):
        candidate = reference + timedelta(days=shift)
        told[candidate] = _told_days(relative, text, candidate)
    best = min(told, key=lambda r: (spread(told[r]), -sum(timeline.get(d.isoformat(), 0) for d in told[r]),
                                    abs((r - reference).days)))
    # only a clearly shorter run moves it: "announced on Monday ... on Friday, shares rose" is told out
    # of order as often as in it, and a day's difference says nothing
    return best if spread(told[best]) <= spread(told[reference]) - 3 else reference


