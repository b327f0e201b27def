"""Reconciliation: claim mentions grouped by (entity, metric, scope, period) and labelled
`conflict`, `discrepancy`, `agreement`, `series` or `single`, with the ledger's two tables.

A conflict needs two mentions from different sentences whose intervals are disjoint, both read
with high confidence, and (when neither states a period) articles published within
`UNSTATED_PERIOD_DAYS` of each other; an incompatible pair that misses any of these is a
`discrepancy`, a possible one to check, with the reason. Two values in one sentence ("2.3 million,
up from 1.4 million") are never a conflict."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from datetime import date

import pandas as pd

from newsreport.corpus.loader import short_doc_ids
from newsreport.claims.report_quarters import date_last_reports
from newsreport.claims.article_periods import date_by_article
from newsreport.claims.scope_owners import scope_as_owner
from newsreport.claims.conversions import drop_conversions
from newsreport.claims.rate_moves import key_rate_moves
from newsreport.claims.revisions import revised_apart  # a revised value is another estimate
from newsreport.claims.document_rows import DocumentRows, corpus_rows
from newsreport.claims.event_actors import witness_companies
from newsreport.claims.event_places import unplace_corpus_events
from newsreport.claims.story_events import join_corpus_story_events
from newsreport.claims.event_owners import FROM_ARTICLE, buyer
from newsreport.claims.nationalities import unify_nationalities
from newsreport.claims.unnamed_owner import UNOWNED_PEOPLE, owned_elsewhere, sole_owner
from newsreport.claims.two_voices import SETTLED_BY_TWO_VOICES, SETTLED_BY_TWO_VOICES_UNLESS_TALLY, two_voices
from newsreport.claims.rival_accounts import RIVAL_ACCOUNTS
from newsreport.claims.rule_owners import own_unowned_rules
from newsreport.claims.unit_conversion import to_base_units
from newsreport.claims.one_deal import DEAL_PRICES, key_the_one_deal
from newsreport.claims.opening_words import drop_opening_words
from newsreport.claims.intervals import agreeing_groups, all_compatible, compatible
from newsreport.claims.mentions import MENTION_COLUMNS, UNOWNED_THING, finish_mentions
from newsreport.claims.before_events import moment_doubt
from newsreport.claims.one_voice import ONE_VOICE, mark_listed, one_voice
from newsreport.claims.measure_keys import key_measures_apart
from newsreport.claims.periods import (NOW_BASIS, date_later_levels, date_the_quarter, join_event_days, join_publication_period,
                                      join_year_end, place_unstated, whole_year_rates)
from newsreport.claims.occurrences import join_kinds_told_once, join_typed_accounts, unify_occurrences
from newsreport.claims.recurring_acts import date_recurring_acts
from newsreport.claims.typed_occurrences import join_one_typed_event
from newsreport.claims.one_off_periods import join_months_of_a_year
from newsreport.claims.people import SIGNER_DOUBT, unify_event_people
from newsreport.claims.places import drop_place_units
from newsreport.claims.guessed_places import unplace_guessed_tolls
from newsreport.claims.scopes import (drop_owner_scope, join_matching_scope, scope_doubt, widen_unstated_scope,
                                     widen_wholes)
from newsreport.claims.short_names import unify_short_names
from newsreport.claims.owned_products import apps_own_figures
from newsreport.claims.units import compared_across_documents, compared_unit, name_the_scale, scale_bare_readings
from newsreport.claims.held_records import key_records_apart
from newsreport.claims.institution_names import unify_institutions
from newsreport.claims.datelines import drop_dateline_places
from newsreport.claims.vocabulary import Vocabulary, load_vocabulary
from newsreport.claims.vote_tallies import tally_mentions, without_tallied
from newsreport.claims.wording import explain, format_period
from newsreport.tables import records as table_records

UNSTATED_PERIOD_DAYS = 31
SAME_EVENT_DAYS = 7  # two days further apart are more likely two events than one event misdated
SAME_EVENT_MONTHS = 2  # the same for an event dated to a month ("launched in March 2023")
# two sources' counts or sums of one thing rarely differ fivefold (police and organisers of a march: up to about four);
# further apart, they more likely count two things ("one reader wrote in" against "600,000 new users")
FAR_APART = 5


def month_number(iso: str) -> int:
    """Months since year 0 of an ISO day or month ('2023-03' -> 24279)."""
    return int(iso[:4]) * 12 + int(iso[5:7]) - 1
STATUS_ORDER = {"conflict": 0, "discrepancy": 1, "agreement": 2, "series": 3, "single": 4}
CLAIM_COLUMNS = ["claim_id", "entity", "metric", "scope", "period", "status", "confidence", "reason", "n_sources",
                 "values", "docs", "quotes", "explanation", "series", "part_of"]
SOURCE_COLUMNS = ["claim_id", "doc", "sentence_id", "start", "end", "quote", "kind", "value", "date", "low", "high",
                  "unit", "qualifier", "display", "entity", "entity_basis", "metric", "scope", "period", "period_basis",
                  "date_basis", "cited", "confidence", "reason", "evidence", "context"]


@dataclass
class Ledger:
    """The claims (one row per entity, metric, scope and period) and their sources (one row per mention)."""

    claims: pd.DataFrame
    sources: pd.DataFrame


# a total so far, told in the perfect ("had now sold 2.1 million tickets", "has raised $4 million so far"): it
# grows, so like a tally it may have grown between articles of different days
RUNNING_TOTAL = re.compile(r"\b(?:has|have|had)\s+(?:(?:now|so far|already|by now)\s+)?(?:been\s+)?"
                           r"(?:[a-z]+ed|sold|raised|given|won|made|paid|seen|spent|drawn|brought)\b", re.I)


def running(mention: dict) -> bool:
    """Whether a mention is a total so far with no period of its own (see `RUNNING_TOTAL`)."""
    return mention.get("period_basis") == NOW_BASIS and bool(RUNNING_TOTAL.search(mention["context"] or ""))


# the people who took part in one event (config's measures counted by what the people did or by their one group: the
# strikers, the crowd, the people aboard, the signatories), counted by two articles of one story with no owner in
# either sentence, are the story's one count: the missing owner casts no doubt on the pair (in the readable sets
# every such discrepancy was a gold conflict); a tally, revised as a story goes on, and a count any owner may have
# (the jobs an economy added, a company's staff) still doubt
UNOWNED = (UNOWNED_PEOPLE, UNOWNED_THING)


def pair_doubt(first: dict, second: dict, published: dict, tolerance: dict | None = None, tally: bool = False,
               story_measure: bool = False) -> str:
    """Why an incompatible pair is only a possible discrepancy ('' when it is a conflict). A `tally`
    (a running total) with no stated period may have grown between articles of different days; a
    `story_measure` (the people who took part in one event) counted with no owner is the story's (`UNOWNED`)."""
    reasons = [r for m in (first, second) for r in m["reason"].split("; ") if r and m["confidence"] != "high"
               and not settled(r, m, second if m is first else first) and not (story_measure and r in UNOWNED)]
    voices_settle = SETTLED_BY_TWO_VOICES + (() if tally else SETTLED_BY_TWO_VOICES_UNLESS_TALLY)  # two estimators
    if any(r in voices_settle for r in reasons) and two_voices(first, second, voiced):
        reasons = [r for r in reasons if r not in voices_settle]
    reasons += [scope_doubt(first, second, tolerance)] if scope_doubt(first, second, tolerance) else []
    reasons += [moment_doubt(first, second)] if moment_doubt(first, second) else []
    if first["doc"] == second["doc"] and (first.get("heading") or second.get("heading")):
        reasons.append("one of them is the article's headline, which rounds or shortens its own text")
    if first["kind"] == "date" and second["kind"] == "date" and max(len(first["date"]), len(second["date"])) == 10 \
            and min(len(first["date"]), len(second["date"])) == 10:
        gap = abs((date.fromisoformat(first["date"]) - date.fromisoformat(second["date"])).days)
        if gap > SAME_EVENT_DAYS:
            reasons.append(f"the days are {gap} days apart and may be two different events")
    elif first["kind"] == "date" and second["kind"] == "date":  # a month against a month or a day: in months
        gap = abs(month_number(first["date"]) - month_number(second["date"]))
        if gap > SAME_EVENT_MONTHS:
            reasons.append(f"the months are {gap} months apart and may be two different events")
    values = [m["value"] for m in (first, second) if m["kind"] in ("count", "money") and m["value"] == m["value"]]
    if len(values) == 2 and min(values) > 0 and max(values) / min(values) > FAR_APART:
        reasons.append(f"the values are more than {FAR_APART} times apart, so they may count different things")
    if not first["period"] and not second["period"] and first["kind"] != "date":
        a, b = published.get(first["doc"]), published.get(second["doc"])
        if a and b and abs((a - b).days) > (0 if tally or running(first) or running(second) else UNSTATED_PERIOD_DAYS):
            apart = abs((a - b).days)
            reasons.append(f"neither states a period and the articles are {apart} day{'' if apart == 1 else 's'} apart")
    return "; ".join(dict.fromkeys(reasons))


# doubts about an event's owner that the other side of a pair settles (measured by benchmarks/claims_doubts.py:
# in the readable sets every such discrepancy was a gold conflict and no such pairing a look-alike)


def settled(reason: str, mention: dict, other: dict) -> bool:
    """Whether the other mention of a pair settles a doubt of `mention`: an event owner taken from the
    article, paired with another date of that owner's same event (in the readable sets such readings were paired
    right 37 times and never with a look-alike, and the pairs held back were gold conflicts: claims_doubts.py); a
    signing keyed by its signer, where the two days are at most a day apart (one signing misdated, not two)."""
    if mention["kind"] != "date" or other["kind"] != "date":
        return False
    if reason == FROM_ARTICLE:  # (never the source its own sentence cites: "..., according to Sensorly")
        return mention["entity"] != mention.get("cited")
    if reason == SIGNER_DOUBT and len(mention["date"]) == len(other["date"]) == 10:
        return abs((date.fromisoformat(mention["date"]) - date.fromisoformat(other["date"])).days) <= 1
    return False


ATTRIBUTION = re.compile(r"\b(?:said|says|say|saying|told|tells|according|reported|reports|estimated?|estimates|"
                         r"put|puts|putting|counted|counts|claimed|claims|reckons?|recorded|records|showed|shows|data|figures)\b",
                         re.I)


def voiced(mention: dict) -> bool:
    """Whether a mention's sentence gives its figure on someone's word ("the ministry said", "put the toll at")."""
    return bool(mention["cited"]) or bool(ATTRIBUTION.search(mention["context"] or ""))


SIDE_BY_SIDE = "one sentence states both values side by side, so they may measure different things"


def stated_value(mention: dict) -> tuple:
    """A mention's value as written down: kind, value or range or day, unit (missing ones as None)."""
    fields = (mention["kind"], mention["value"], mention["low"], mention["high"], mention["date"], mention["unit"])
    return tuple(None if isinstance(v, float) and v != v else v for v in fields)


def side_by_side(mentions: list[dict]) -> set[frozenset]:
    """Pairs of values that one sentence states together ("in 40 countries on one store and in 12 on
    another"): its writer tells them apart even where the claim's key does not, so two sources that
    repeat that sentence (wire copy) do not disagree. Not values the sentence sets against each other as
    rival accounts (`RIVAL_ACCOUNTS`): those disagree wherever they are told."""
    by_sentence: dict[tuple, set] = {}
    for mention in mentions:
        if RIVAL_ACCOUNTS.search(mention.get("context") or ""):
            continue
        by_sentence.setdefault((mention["doc"], mention["sentence_id"]), set()).add(stated_value(mention))
    return {frozenset(pair) for values in by_sentence.values() for pair in itertools.combinations(values, 2)}


def group_status(mentions: list[dict], tolerance: dict, in_series: bool, published: dict,
                 tally: bool = False, story_measure: bool = False) -> tuple[str, str]:
    """(status, reason) of one claim: `conflict` when a pair of mentions from different sentences
    cannot both be true and nothing casts doubt on it; `discrepancy` when such a pair exists but
    some reading is uncertain (the reason says which); else `agreement` (two or more documents),
    `series` (the entity and measure have other periods) or `single`. Two values some sentence
    states side by side are at most a possible discrepancy: they may measure different things."""
    doubts = []
    # a claim many articles repeat in agreement needs one pass, not every pair
    mentions_to_pair = [] if all_compatible(mentions, tolerance) else mentions
    together = side_by_side(mentions_to_pair)
    for i, first in enumerate(mentions_to_pair):
        for second in mentions_to_pair[i + 1:]:
            if (first["doc"], first["sentence_id"]) == (second["doc"], second["sentence_id"]):
                continue
            if first["kind"] != second["kind"] or compared_unit(first) != compared_unit(second):
                continue  # "3.7 billion yuan" and "$500 million" are not compared without an exchange rate, nor "120F" and "49C"
            if not compatible(first, second, tolerance):
                doubt = SIDE_BY_SIDE if frozenset((stated_value(first), stated_value(second))) in together \
                    else ONE_VOICE if one_voice(first, second, voiced) \
                    else pair_doubt(first, second, published, tolerance, tally, story_measure)
                if not doubt:
                    return "conflict", ""
                doubts.append(doubt)
    if doubts:
        return "discrepancy", doubts[0]
    if len({m["doc"] for m in mentions}) >= 2 and compared_across_documents(mentions):
        return "agreement", ""  # (not "¥3.7 billion" with "$500 million": values never compared agree on nothing)
    return ("series" if in_series else "single"), ""


def attach_unstated_days(records: list[dict], published: dict, vocabulary: Vocabulary) -> None:
    """A figure of one event with no date ("a 16-hour outage") takes the one day other sources give
    for the same entity, measure and scope ("down for seven hours on Friday") when its article was
    published within `SAME_EVENT_DAYS` after that day, so both are compared; not for counts, which
    run on from day to day (users, downloads), nor for a sum its sentence says holds now, only for durations,
    changes, sums and rates."""
    days: dict[tuple, set[str]] = {}
    for record in records:
        if record["kind"] != "date" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", record["period"] or ""):
            days.setdefault((record["entity"], record["metric"], record["scope"]), set()).add(record["period"])
    for record in records:
        key = (record["entity"], record["metric"], record["scope"])
        rule = vocabulary.metric(record["metric"].partition(": ")[0])
        running_count = record["kind"] == "count" and not record["metric"].partition(": ")[0].endswith(
            vocabulary.growth_suffix)  # downloads or members on one day are not the count a week later
        holds_now = record.get("period_basis") == NOW_BASIS and record["kind"] == "money"  # "is now worth $2.9 trillion"
        if record["period"] or record["kind"] == "date" or len(days.get(key, ())) != 1 or running_count or holds_now \
                or (rule and (rule.user_series or rule.over_time or rule.no_day)):
            continue
        day = next(iter(days[key]))
        issued = published.get(record["doc"])
        if issued and 0 <= (issued - date.fromisoformat(day)).days <= SAME_EVENT_DAYS:
            record["period"], record["period_basis"] = day, "the day other sources give (not stated here)"


def buyers_own_prices(records: list[dict], corpus) -> None:
    """Key a deal's price by its buyer where the sentence says who takes over whom ("the $2.8 billion
    takeover of Brindle by Kelso"), as "Kelso agreed to buy Brindle for $2.3 billion" is keyed."""
    owners = frozenset(w for r in records if r.get("entity") for w in str(r["entity"]).split()[:1])
    texts = {d.doc: d.text for d in corpus.documents}
    for record in records:
        if record["metric"].partition(": ")[0] in DEAL_PRICES and record.get("entity") and record["doc"] in texts:
            text = texts[record["doc"]]
            stop = text.rfind(". ", 0, int(record["start"]))
            left = stop + 2 if stop >= 0 else 0  # (the first sentence starts at 0, not 1)
            right = text.find(". ", int(record["end"]))
            record["entity"] = buyer(text[left:right if right >= 0 else len(text)], record["entity"], owners)


def partial_agreement(whole: dict, group: list[dict], vocabulary: Vocabulary, short: dict) -> dict:
    """An agreement row for the sources of a conflicting claim whose values agree with each other
    (`intervals.agreeing_groups`); `part_of` names the whole claim, whose sources list them again."""
    return {**whole, "status": "agreement", "reason": "", "n_sources": len(group),
            "confidence": "high" if all(m["confidence"] == "high" for m in group) else "low",
            "values": "; ".join(m["display"] for m in group),
            "docs": "; ".join(dict.fromkeys(m["doc"] for m in group)),
            "quotes": " | ".join(f"{short.get(m['doc'], m['doc'])}: “{m['context']}”" for m in group),
            "explanation": explain("agreement", whole["entity"], whole["metric"], whole["period"], group, vocabulary,
                                   short, whole["scope"]),
            "series": "", "_items": group, "_parent": whole}


def keyed_records(figures: pd.DataFrame, corpus, vocabulary: Vocabulary,
                  rows: list[DocumentRows] | None = None) -> list[dict]:
    """The corpus's claim mentions and event mentions, each keyed by entity, metric, scope and period
    after every corpus-wide step that changes a key, in document order."""
    if rows is None:
        rows = corpus_rows(figures, corpus, vocabulary)
    mentions = revised_apart(finish_mentions([dict(m) for r in rows for m in r.mentions], corpus, vocabulary))
    acts = {(m["doc"], m["start"], m["end"]): m.get("_acted", "") for m in mentions}  # "built 40,000 cars": 'produce'
    mentions = pd.DataFrame(mentions, columns=MENTION_COLUMNS)  # one table's types, as one corpus-wide call gives
    records = without_tallied(table_records(mentions), tallies := tally_mentions(corpus)) + tallies \
        + [dict(m) for r in rows for m in r.event_mentions]  # changed below
    buyers_own_prices(records, corpus)  # (before short names: the buyer may be named by its short form)
    texts = {d.doc: d.text for d in corpus.documents}
    key_the_one_deal(records, texts)  # "The deal is worth about A$2.4 billion" where Hanlo is the corpus's one buyer
    mark_listed(records, texts)  # "• Key point: ...": the summary list, apart from the body
    records = drop_conversions(records, texts)  # "a $310m penalty, or about US$205 million": one amount
    name_the_scale(records, texts)  # "48.6 degrees Celsius": the scale of a reading
    key_records_apart(records, texts)  # "the all-time record is 51C": not this week's value
    unify_institutions(records, texts)  # "the RBSE" / "the Rajmer Board of Secondary Education (RBSE)"; a central bank's country
    # "NEW DELHI: Sandrapur sizzled at 48.6 degrees": filed there, not measured there
    drop_dateline_places(records, {d.doc: d for d in corpus.documents})
    drop_place_units(records)  # "Altavia province" / "Altavia"
    drop_opening_words(records, texts)  # "Neighbouring Ecuador expects ..." / "Ecuador's crop"
    unplace_guessed_tolls(records, {d.doc: d for d in corpus.documents}, vocabulary)  # a toll's place from sentences before
    unify_short_names(records, [f"{d.title or ''}\n{d.text}" for d in corpus.documents])  # "Hollis" / "Hollis Bank"
    apps_own_figures(records, [d.text for d in corpus.documents])  # "Heron, the app owned by Lakeview Media": its users
    join_typed_accounts(records, vocabulary)  # "trapped by the collapse on Tuesday" / "the tunnel collapse happened"
    join_one_typed_event(records, vocabulary)  # "the governor signed it on May 3" / "signed the bill on Friday"
    unify_occurrences(records, {d.doc: d for d in corpus.documents})  # "the collapse happened" / "Monday's roof collapse"
    date_recurring_acts(records)  # "submitted its bid on Tuesday" / "lodged its offer on Thursday": several bids
    own_unowned_rules(records, texts)  # "Pellow's new fee rules came into force" / "the new terms took effect"
    join_kinds_told_once(records)  # "the rule will take effect on April 15" / "the restrictions, which take effect"
    unify_event_people(records)  # "President Dana Cole signed the order" / "Cole signed the order"
    join_corpus_story_events(records, corpus, vocabulary)  # "the High Court upheld the law" / "Vessa lost its appeal"
    unplace_corpus_events(records, corpus, vocabulary)  # "nurses across Scotland walked out": the strike's one owner
    witness_companies(records, texts)  # "Lin told lawmakers" / "Vexa chief executive Lin Hao": Vexa's hearing
    unify_nationalities(records)  # "Norwegian sales" in one article, "sales in Norway" in another
    owned_elsewhere(records, corpus, vocabulary)  # "Subscribers numbered 14 million" in an article on one company
    sole_owner(records, corpus, vocabulary)  # "The jackpot for Friday's draw" where one lottery owns every jackpot
    key_measures_apart(records, texts, acts, vocabulary.generic_people)  # cars built / cars sold; a lite plan's price
    records = key_rate_moves(records, texts, vocabulary)  # "cut its key rate by 25 basis points"
    doc_order = {d.doc: i for i, d in enumerate(corpus.documents)}
    published = {d.doc: d.published for d in corpus.documents if d.published}
    records.sort(key=lambda m: (doc_order.get(m["doc"], 0), m["start"]))
    attach_unstated_days(records, published, vocabulary)
    drop_owner_scope(records)
    whole_year_rates(records)
    scope_as_owner(records)  # "the wildfire near Corran" beside "the Corran fire"
    widen_unstated_scope(records)
    date_by_article(records)  # "Ontario added 31,000 jobs" after "Canada added 46,000 jobs in October"
    date_the_quarter(records, published, {m.name for m in vocabulary.metrics if m.over_time})
    date_last_reports(records, published, {m.name for m in vocabulary.metrics if m.over_time})  # "its last quarterly report"
    place_unstated(records, published, vocabulary.tolerance)
    widen_wholes(records)  # "26 million subscribers, 11 million of them in the US": the worldwide whole
    join_year_end(records, vocabulary.tolerance, {m.name for m in vocabulary.metrics if m.user_series})
    join_months_of_a_year(records, {m.name for m in vocabulary.metrics if m.no_day})  # a fine "in March" / "this year"
    join_publication_period(records, published, {m.name for m in vocabulary.metrics if m.over_time})
    one_event = {m.name for m in vocabulary.metrics if (m.by_fate or m.one_group) and not m.tally}  # no later level
    date_later_levels(records, published, {m.name for m in vocabulary.metrics if m.over_time} | one_event)
    join_event_days(records)
    join_matching_scope(records, vocabulary.tolerance)  # "1.1 million customers" beside "1.1 million homes in Florida"
    scale_bare_readings(records)  # after every step that changes a key
    to_base_units(records)  # "about 9 kilometers" / "about 9,000 meters": one length
    return records


def build_ledger(figures: pd.DataFrame, corpus, vocabulary: Vocabulary | None = None,
                 rows: list[DocumentRows] | None = None) -> Ledger:
    """Group the figures into claims and label them; conflicts first, then possible discrepancies,
    agreements, series and singles. `rows`: the documents' claim rows when already made (by
    `document_rows.corpus_rows`, which may read them from a cache); else made now."""
    vocabulary = vocabulary or load_vocabulary()
    records = keyed_records(figures, corpus, vocabulary, rows)
    short = short_doc_ids(corpus.documents)
    published = {d.doc: d.published for d in corpus.documents if d.published}
    groups: dict[tuple, list[dict]] = {}
    for record in records:
        groups.setdefault((record["entity"], record["metric"], record["scope"], record["period"]), []).append(record)
    periods_by_series: dict[tuple, list[str]] = {}
    for entity, metric, scope, period in groups:
        if period:
            periods_by_series.setdefault((entity, metric, scope), []).append(period)
    claims = []
    for (entity, metric, scope, period), items in groups.items():
        series_periods = sorted(periods_by_series.get((entity, metric, scope), []))
        in_series = bool(period) and len(series_periods) >= 2
        rule = vocabulary.metric(metric.partition(": ")[0])
        status, reason = group_status(items, vocabulary.tolerance, in_series, published, bool(rule and rule.tally),
                                      bool(rule and not rule.tally and (rule.by_fate or rule.one_group)))
        series_text = ""
        if in_series:
            series_text = "; ".join(
                f"{format_period(p)}: " + ", ".join(f"{m['display']} ({short.get(m['doc'], m['doc'])})"
                                                   for m in groups[(entity, metric, scope, p)])
                for p in series_periods)
        claims.append({
            "entity": entity, "metric": metric, "scope": scope, "period": period, "status": status,
            "confidence": "high" if all(m["confidence"] == "high" for m in items) else "low", "reason": reason,
            "n_sources": len(items), "values": "; ".join(m["display"] for m in items),
            "docs": "; ".join(dict.fromkeys(m["doc"] for m in items)),
            "quotes": " | ".join(f"{short.get(m['doc'], m['doc'])}: “{m['context']}”" for m in items),
            "explanation": explain(status, entity, metric, period, items, vocabulary, short, scope),
            "series": series_text, "part_of": "", "_items": items,
        })
        if status in ("conflict", "discrepancy"):  # the sources that do agree, as agreements of their own
            claims += [partial_agreement(claims[-1], group, vocabulary, short)
                       for group in agreeing_groups(items, vocabulary.tolerance)]
    claims.sort(key=lambda c: (STATUS_ORDER[c["status"]], c["entity"], c["metric"], c["scope"], c["period"]))
    source_rows = []
    for number, claim in enumerate(claims, 1):
        claim["claim_id"] = f"C{number:03d}"
    for claim in claims:
        if claim.get("_parent"):
            claim["part_of"] = claim.pop("_parent")["claim_id"]
            claim["explanation"] += f" Other sources give a value that differs ({claim['part_of']})."
        for item in claim.pop("_items"):
            source_rows.append({"claim_id": claim["claim_id"], **{k: item.get(k) for k in SOURCE_COLUMNS[1:]}})
    return Ledger(claims=pd.DataFrame(claims, columns=CLAIM_COLUMNS),
                  sources=pd.DataFrame(source_rows, columns=SOURCE_COLUMNS))
