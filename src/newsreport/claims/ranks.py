"""An app's chart rank as a claim ("the No. 9 paid app on the App Store", "up from No. 71 on
March 3"): keyed by the app, the store named in the figure's clause (else the one store of the sentence
before: "It had been sitting at No. 212 on April 1") and the day it held that rank (an earlier rank told a span
back, "from No. 212 a week earlier", "two days after it was ranked No. 48", by the day of the rank it is
compared with, less the span), so ranks on several days form a series and two articles giving one rank on one day agree. A
rank is never a conflict on its own: charts (free, paid, overall, a category) and hours differ, so
two ranks of one day are a possible discrepancy to check (the `doubt` of config's `rank` metric).
A No. 1 said in words ("was the most downloaded game on Google Play by Friday") is a rank
too (`implied_rank`, from the app-ranking events of claims.events)."""

from __future__ import annotations

import re

from newsreport.claims.cells import number_cell as _number, text_cell as _text
from newsreport.claims.earlier_spans import EARLIER_BY, span_back
from newsreport.claims.store_places import STORE_NAMES, clause_places
from newsreport.claims.structure import read_figure
from newsreport.claims.vocabulary import Vocabulary

# A chart other than the store's main one (free apps): "second overall", "No. 3 in Games" are other ranks
CHART = re.compile(r"\b(overall|paid|top[- ]grossing)\b|\b(social|games?|entertainment|photo|shopping|productivity|"
                   r"news|education|finance|lifestyle|music|travel|business|utilities)\s+(?:[a-z]+\s+)?(?:apps?|charts?|category|list)",
                   re.I)
NOW = re.compile(r"\b(?:currently|now|today)\b", re.I)
# what may follow the rank of an app on a chart: not "the No. 2 economy", "the No. 3 bank"
APP_RANK_AFTER = re.compile(r"\s*(?:[,.;)]|$|(?:on|in|among|by|for|at|spot|place|position|free|paid|overall|apps?|"
                            r"games?|download(?:ed|s)?)\b)", re.I)
PRESENT = re.compile(r"\b(?:currently|now|is|are|sits|ranks|holds|remains)\b", re.I)  # a rank on the day of writing


def store_of(text: str, at: int | None = None) -> str:
    """The app store a clause names ('the App Store', 'Google Play'), '' when it names none; with `at` (a
    rank's offset in `text`), the one nearest after it, else before it ("first on the App Store's free chart
    and second on Google Play": the App Store for "first", Google Play for "second")."""
    found = [(m.start(), name) for pattern, name in STORE_NAMES for m in pattern.finditer(text)]
    if at is None or not found:
        return next((name for pattern, name in STORE_NAMES if pattern.search(text)), "")
    return min(found, key=lambda f: (f[0] < at, abs(f[0] - at)))[1]


def rank_mention(record: dict, document, sentence, position: int, neighbours: dict, names: frozenset,
                 vocabulary: Vocabulary) -> dict | None:
    """The claim mention of a rank figure, or None when its clause names no store, its owner is
    unknown, or it has no day (a stated date, or the publication day for a rank held "currently")."""
    from newsreport.claims.keys import canonical_entity, cited_source, scope_of, sentence_subject
    from newsreport.claims.figure_period import period_from_spans
    from newsreport.claims.figure_owner import owner
    from newsreport.claims.wording import display_value, excerpt

    start, end = int(record["start"]), int(record["end"])
    rel_start, rel_end = start - sentence.start, end - sentence.start
    reading = read_figure(sentence.text, rel_start, rel_end, names)
    left, right = reading.clause_span if reading.clause_span[1] > reading.clause_span[0] else (0, len(sentence.text))
    clause = sentence.text[min(left, rel_start):max(right, rel_end)]
    stores = {name for pattern, name in STORE_NAMES if pattern.search(sentence.text)}
    store = store_of(clause, rel_start - min(left, rel_start)) or (next(iter(stores)) if len(stores) == 1 else "")  # "up from No. 71 on Friday"
    # "led the Play Store on Friday. It had been at No. 88 on May 2": the one store of the
    # sentence before, for a rank of no other thing ("the No. 2 economy") on a day of its own (below)
    before = "" if store or position < 1 or not APP_RANK_AFTER.match(sentence.text, rel_end) \
        else document.sentences[position - 1].text
    store = store or store_of(before) if len({n for p, n in STORE_NAMES if p.search(before)}) == 1 else store
    if not store:
        return None  # "No. 3 in the world", "ranked second among banks": no chart of an app store
    entity, basis = owner(reading, document, position, rel_start, vocabulary)
    if not entity:  # "Loopa is the No. 14 free app on Google Play": the store is where, the subject whose
        entity, basis = canonical_entity(sentence_subject(sentence.text, names), vocabulary), "subject"
    if not entity or reading.modal:
        return None
    spans = reading.own_period_spans if reading.earlier else reading.period_spans
    period = period_from_spans(spans, sentence, neighbours.get((document.doc, sentence.sentence_id), []),
                               document, position)
    if before and not period:
        return None
    period_basis = "stated"
    now = not reading.earlier and NOW.search(sentence.text[:rel_start]) and not NOW.search(sentence.text[rel_end:])
    if (now or not period and not reading.earlier and PRESENT.search(clause)) and document.published:
        # "is currently No. 3, up from No. 40 on Monday": Monday dates the earlier rank, not this one
        period, period_basis = document.published.isoformat(), "the publication day (the sentence says it holds now)"
    back = "" if period else span_back(sentence.text, rel_start, rel_end, reading.earlier)  # "from No. 212 a week earlier"
    if back:  # dated by the day of the rank it is compared with (claims.earlier_spans)
        reading.earlier, period_basis = True, EARLIER_BY + back
    elif len(period) != 10:
        return None  # a rank changes by the day: a month or no date cannot be compared
    rule = vocabulary.metric("rank")
    chart = CHART.search(sentence.text[rel_start:rel_end + 24] + " " + reading.measure_text)
    row = {
        "doc": document.doc, "sentence_id": sentence.sentence_id, "start": start, "end": end,
        "quote": document.text[start:end], "kind": "rank", "value": _number(record.get("value")), "low": None,
        "high": None, "date": "", "unit": "", "qualifier": _text(record.get("qualifier")) or "exact", "direction": "",
        "entity": entity, "entity_basis": basis, "metric": f"rank: {store}" + (f" ({(chart.group(1) or chart.group(2)).lower()})" if chart else ""),
        "scope": scope_of([w for w in reading.scope_words if w not in STORE_WORDS], vocabulary)
        or scope_of(clause_places(sentence.text, (min(left, rel_start), max(right, rel_end)), rel_start), vocabulary)
        or scope_of(clause_places(before, (0, len(before))), vocabulary),  # "No. 7 on
        # the US App Store's free chart": the country written at the store, as for the day of a ranking
        "period": period, "period_basis": period_basis, "earlier": reading.earlier, "date_basis": "",
        "cited": cited_source(document, position), "evidence": "", "context": excerpt(sentence.text, rel_start, rel_end),
        "confidence": "low", "reason": rule.doubt if rule is not None and rule.doubt else "a chart rank",
    }
    row["display"] = display_value(row)
    return row


STORE_WORDS = {"App Store", "Apple", "Google Play", "Google", "Play"}


def inherit_chart(rows: list[dict]) -> None:
    """An earlier rank ("climbing from No. 71 on Friday") is on the chart of the rank it is
    compared with in its sentence ("ranked No. 9 among all apps on the App Store")."""
    for row in rows:
        if row["kind"] == "rank" and row["earlier"]:
            current = [o for o in rows if o["kind"] == "rank" and not o["earlier"] and o["doc"] == row["doc"]
                       and o["sentence_id"] == row["sentence_id"] and o["entity"] == row["entity"]
                       and o["metric"].startswith(row["metric"])]
            if len({o["metric"] for o in current}) == 1:
                row["metric"] = current[0]["metric"]


US_STORE = re.compile(r"\b(?:US|U\.S\.?|American|United States)(?:'s|’s)?\s+(?:Apple\s+)?(?:App\s*Store|Apple Store|Google Play|Play Store)",
                      re.I)  # "the U.S. App Store": the rank applies in the US
TOP_GROUP = re.compile(r"\btop[- ](?:\d+|ten|five|three|twenty|hundred)\b", re.I)  # "in the top 10": not No. 1


def implied_rank(event: dict, reading, vocabulary: Vocabulary, ranking, document, sentence) -> list[dict]:
    """"Was the most downloaded game on Google Play by Friday": rank No. 1 on that store that
    day, a point of the app's rank series (as "No. 1" would be); none for "the top 10"."""
    from newsreport.claims.wording import display_value

    if TOP_GROUP.search(event["context"]) or reading.modal:
        return []
    chart = CHART.search(reading.clause_text)
    rule = vocabulary.metric("rank")
    row = {**event, "kind": "rank", "value": 1.0, "unit": "", "date": "", "period": event["date"], "date_basis": "",
           "period_basis": "stated", "metric": f"rank: {event['metric'].partition(': ')[2]}"
           + (f" ({(chart.group(1) or chart.group(2)).lower()})" if chart else ""),
           "scope": "US" if US_STORE.search(event["context"]) else "",
           "confidence": "low", "reason": "; ".join(filter(None, [event["reason"], "No. 1 said in words",
                                                                    rule.doubt if rule is not None else ""]))}
    words = next((m for p in ranking.patterns for m in [p.search(sentence.text)] if m), None)
    if words is not None:  # quote the words that say No. 1 ("the most downloaded game on Google Play")
        row.update(start=sentence.start + words.start(), end=sentence.start + words.end(),
                   quote=document.text[sentence.start + words.start():sentence.start + words.end()])
    row["display"] = display_value(row)
    return [row]
