"""Earlier levels told as a span back from the figure they are compared with ("rose to 57 on Monday, up
from 42 a day earlier", "2.3 million on May 30, up from 1.4 million the week before", "55 million at the end
of September, up from 51 million a year earlier"): dated by that figure's period less the span (a day, a week,
a month or a year back, at the figure's own granularity), so the two make a series, never a conflict (and the
earlier level can agree with another article's count of that period)."""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, timedelta

from newsreport.claims.earlier_levels import date_before_previous, date_compared_now, drop_uncompared
from newsreport.claims.periods import NOW_BASIS, NOW_DAY
from newsreport.claims.weeks import week_before

# An earlier level dated by a span back from the figure it is compared with: "rose to 57 on Monday, up from 42
# a day earlier", "2.3 million on May 30, up from 1.4 million the week before"
EARLIER_SPAN = re.compile(r",?\s+(?:(?:a|one)\s+(day|week|month|year)\s+(?:earlier|before)|the\s+(day|week|month|year)\s+"
                          r"before|the\s+previous\s+(day|week|month|year))\b", re.I)
EARLIER_BY = "a span before the figure it is compared with: "
# A level dated by a span back from the figure of the clause it follows: "climbed to No. 1 on Tuesday, two days
# after it was ranked No. 48", "reached 900 cases on Friday, a week after it reported 310"
AFTER_SPAN = re.compile(r"\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(day|week|month|year)s?\s+"
                        r"after\s+[^,;.]{0,40}$", re.I)
SPAN_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
               "nine": 9, "ten": 10}


def span_after(before: str) -> str:
    """'2 day' for the text before a figure ending "two days after it was ranked", '' for none."""
    match = AFTER_SPAN.search(before)
    if not match:
        return ""
    count = SPAN_COUNTS.get(match.group(1).lower()) or int(match.group(1))
    return match.group(2).lower() if count == 1 else f"{count} {match.group(2).lower()}"


def span_back(sentence: str, rel_start: int, rel_end: int, earlier: bool) -> str:
    """The span an earlier level is told back from the figure it is compared with ("from No. 212 a week earlier":
    'week'; "two days after it was ranked No. 48": '2 day'), '' when it is told no such way."""
    if earlier:
        match = EARLIER_SPAN.match(sentence, rel_end)
        return next(g for g in match.groups() if g).lower() if match else ""
    return span_after(sentence[:rel_start])
SPAN_DAYS = {"day": 1, "week": 7}
# An earlier level that states no time of its own ("revenue rose to $5 billion in 2024, from $4 billion"; "the
# jobless rate climbed to 6.4% in June from 6.1%"): the period before its figure's, where that is plain
ONE_PERIOD = "one period"
ONE_PERIOD_DOUBT = "its period is taken to be the one before the figure it is compared with (it states none)"


def date_earlier_spans(rows: list[dict], published: dict | None = None) -> list[dict]:
    """Date each earlier level told as a span back ("up from 42 a day earlier") by the day of the figure
    its sentence compares it with, less that span; drop it where that figure has no day. A figure said to
    hold now ("now has 8 million, up from 4 million a week earlier") is dated by its publication day
    (`published`: doc -> day) when its sentence gives such an earlier level: the two make a series of days."""
    rows = drop_uncompared(rows)
    levels_after_a_span(rows)
    date_compared_now(rows, published or {})
    date_before_previous(rows, published or {})
    spanned = {(r["doc"], r["sentence_id"], r["entity"], r["metric"]): r["period_basis"][len(EARLIER_BY):] for r in rows
               if str(r["period_basis"]).startswith(EARLIER_BY) and r["period_basis"] != EARLIER_BY + ONE_PERIOD}
    for row in rows:
        issued = (published or {}).get(row["doc"])
        span = spanned.get((row["doc"], row["sentence_id"], row["entity"], row["metric"]))
        if not row["earlier"] and not row["period"] and row["period_basis"] == NOW_BASIS and issued is not None and span:
            # (a month or a year earlier: the publication month, so other articles' counts of that month still meet it)
            daily = span.rpartition(" ")[2] in SPAN_DAYS
            row["period"] = issued.isoformat() if daily else issued.isoformat()[:7]
            row["period_basis"] = NOW_DAY if daily else NOW_BASIS
    days = {(r["doc"], r["sentence_id"], r["entity"], r["metric"]): r["period"] for r in rows
            if not r["earlier"] and shifted_back(r["period"] or "", "year")}
    kept = []
    for row in rows:
        if str(row["period_basis"]).startswith(EARLIER_BY):
            day = days.get((row["doc"], row["sentence_id"], row["entity"], row["metric"]))
            if not day:
                continue
            span = row["period_basis"][len(EARLIER_BY):]
            row["period"] = period_before(day, row["kind"]) if span == ONE_PERIOD else shifted_back(day, span)
            if span == ONE_PERIOD:  # (a guess: at most a possible discrepancy with what others report for it)
                row["confidence"], row["reason"] = "low", "; ".join(filter(None, [row["reason"], ONE_PERIOD_DOUBT]))
            if not row["period"]:
                continue  # "a day earlier" than a month: no period of its own
        kept.append(row)
    return kept


def shifted_back(period: str, span: str) -> str:
    """`period` less one `span` (day, week, month, year) at its own granularity: '2026-09-06' less a week is
    '2026-08-30', '2026-W37' less a week '2026-W36', '2026-09' less a month '2026-08' and less a year
    '2025-09', '2026-Q3' less a year '2025-Q3', '2026' less a year '2025' ('2 day': two days); '' when the span
    is finer than the period (a day before a month) or the period is none of these."""
    count, _, span = span.rpartition(" ")  # "2 day": two days back
    for _ in range(int(count) - 1 if count else 0):
        period = shifted_back(period, span)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", period):
        day = date.fromisoformat(period)
        if span in SPAN_DAYS:
            return (day - timedelta(days=SPAN_DAYS[span])).isoformat()
        months = day.year * 12 + day.month - 1 - (12 if span == "year" else 1)
        year, month = months // 12, months % 12 + 1
        return date(year, month, min(day.day, monthrange(year, month)[1])).isoformat()
    if week_before(period):
        return week_before(period) if span == "week" else week_before(period, 52) if span == "year" else ""
    if re.fullmatch(r"\d{4}-\d{2}", period) and span in ("month", "year"):
        months = int(period[:4]) * 12 + int(period[5:]) - 1 - (12 if span == "year" else 1)
        return f"{months // 12}-{months % 12 + 1:02d}"
    if re.fullmatch(r"\d{4}(?:-Q[1-4])?", period) and span == "year":
        return f"{int(period[:4]) - 1}{period[4:]}"
    return ""


def levels_after_a_span(rows: list[dict]) -> None:
    """An undated level told a span after which the figure before it in its sentence came ("reached 900 cases on
    Friday, a week after it reported 310") is an earlier level of that figure, dated by its period less the span
    (`date_earlier_spans`); in place. Only where such a figure of the same entity and measure comes before it."""
    for row in rows:
        if row["earlier"] or row["period"] or row["period_basis"] != "not stated":
            continue
        context = row["context"]
        span = span_after(context[:context.find(row["quote"])]) if row["quote"] in context else ""
        if span and any(o is not row and not o["earlier"] and o["period"] and int(o["end"]) <= int(row["start"])
                        and (o["doc"], o["sentence_id"], o["entity"], o["metric"])
                        == (row["doc"], row["sentence_id"], row["entity"], row["metric"]) for o in rows):
            row["earlier"], row["period_basis"] = True, EARLIER_BY + span


def period_before(period: str, kind: str) -> str:
    """The period before `period` an earlier level with no time of its own refers to: the year before a year; the
    month before a month for a rate (`kind` percent: "6.4% in June from 6.1%" is May's); '' otherwise (a quarter or
    a day may be compared with a year before or with any earlier report)."""
    if re.fullmatch(r"(?:19|20)\d{2}", period):
        return str(int(period) - 1)
    if re.fullmatch(r"\d{4}-\d{2}", period) and kind == "percent":
        return shifted_back(period, "month")
    return ""


CHANGE_VERBS = {"add", "gain", "lose", "shed", "cut", "drop", "fall", "rise", "grow", "increase", "decrease", "jump", "climb",
                "plunge", "sink", "surge", "slip", "decline", "boost", "slash", "trim", "lift", "raise", "hike", "lower", "reduce",
                "soar", "tumble", "lay", "fire", "axe", "eliminate", "furlough", "hire", "recruit", "create",
                "expand", "shrink", "contract"}  # "laid off 1,000"; "the economy expanded 0.9%"
EARLIER_MARKERS = {"from"}  # "up from 12 million", "from roughly $30 million to $7 million"


def earlier_from(root) -> bool:
    """Whether the figure at `root` is an earlier level after "from" ("up from 12 million", "grew from 2 million to
    5 million", "went from 3 million to 5 million"); not the source or origin a verb of no change names ("delivers
    from 2 lakh restaurants", "imports from 40 countries", "drew applicants from 3,000 schools")."""
    for marker in (a for a in [root.head, root.head.head] if a.i != root.i):
        if marker.lower_ in EARLIER_MARKERS and marker.dep_ == "prep":
            verb = marker.head
            to_level = any(t.lower_ == "to" for t in marker.subtree) or any(c.lower_ == "to" for c in verb.children)
            return not (verb.pos_ == "VERB" and verb.lemma_.lower() not in CHANGE_VERBS and not to_level)
    return False


def compared_with(word) -> bool:
    """Whether `word` introduces a value the figure is set against ("compares with $900 million in 2024", "against
    61,000 in 2025", "versus 3.1% a year ago"): a date right after that value is its own, as after "from"."""
    return word.lower_ in ("against", "versus", "vs", "vs.") or word.lower_ in ("with", "to") \
        and word.head.lemma_.lower() == "compare"


def earlier_ends(doc, stop: set[int]) -> list[int]:
    """Where each earlier level a sentence names besides the figure's own tokens (`stop`) ends ("grew from 2 crore
    in 2024 to ...": after "2 crore"; "..., up from 900 two years ago": after "900"): a date right after it is
    that level's own."""
    ends = []
    for word in (w for w in doc if w.i not in stop and w.i + 1 not in stop):
        level = next((c for c in word.children if c.dep_ == "pobj"), None) \
            if word.lower_ == "from" or compared_with(word) else None
        if level is not None and level.i not in stop and (level.like_num or any(c.dep_ == "nummod" for c in level.children)):
            ends.append(level.idx + len(level))
        elif word.lower_ == "from" and word.i + 1 < len(doc) and doc[word.i + 1].like_num:  # "up from 900 two years
            number = doc[word.i + 2] if word.i + 2 < len(doc) and doc[word.i + 2].lower_ in SCALES else doc[word.i + 1]
            ends.append(number.idx + len(number))  # ago", parsed as one phrase: the number, and its scale word
    return ends


SCALES = {"thousand", "million", "billion", "trillion", "crore", "lakh", "%", "percent"}
