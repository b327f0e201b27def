"""Figures become claim mentions. Each figure's sentence is parsed (`structure.read_figure`): the measure comes from
the noun it counts and its verb, the entity from the possessor or subject ("it"/"the app" resolved to the entity named
before), the scope from places in its phrase, the period from its clause's dates. Each mention carries a confidence:
`high` when entity and measure were read from its own sentence's structure, `low` (with the reason) when guessed."""

from __future__ import annotations

import re
import pandas as pd

from newsreport.claims.cells import number_cell as _number, text_cell as _text
from newsreport.claims.keys import canonical_entity, cited_source, earlier_level_year, main_entity, resolve_entity, scope_of, sentence_index
from newsreport.claims.earlier_spans import EARLIER_BY, ONE_PERIOD, span_back
from newsreport.claims.earlier_levels import compared_measure, compared_owner
from newsreport.claims.figure_period import dated_by_own_verb, month_modifier, period_from_spans, possessed_words, said_then, summed_period, tally_period, when_year
from newsreport.figures.quarters import months_quarter, yearless_quarter
from newsreport.claims.parsing import in_parsed_chunks
from newsreport.claims.offer_parts import buyers_part
from newsreport.claims.noun_measures import noun_measure
from newsreport.claims.percent_nouns import percent_noun, without_percent
from newsreport.claims.population import noun_detail, rate_part, unowned_rate, unowned_rate_owner
from newsreport.claims.neighbours import ESTIMATE_IT, VALUES_IT_AT, elided_noun, figures_by_sentence, inherit_from_compared, resolve_placeholders
from newsreport.claims.corpus_mentions import finish_mentions  # (the corpus-level part; imported from here too)
from newsreport.claims.acted_measures import acted_verb
from newsreport.claims.lasting import lasting, what_lasted
from newsreport.claims.released import released_measure  # "about 120,000 litres had leaked"
from newsreport.claims.defining_clauses import defined_measure  # "9 million who open the app daily"
from newsreport.claims.named_measures import named_for_it
from newsreport.claims.other_owners import other_owner
from newsreport.claims.fees import person_moved
from newsreport.claims.fates import drop_member_owner, group_free, people_verb
from newsreport.claims.people_acts import fell_ill, people_acts, uses_it
from newsreport.claims.modality import is_target_level
from newsreport.claims.requirements import THRESHOLD, required_count, threshold_key
from newsreport.claims.counted import no_count, measure_part_words, of_a_figure, unit_noun, verb_detail
from newsreport.claims.measure_details import divisible_detail
from newsreport.claims.places import ARRIVAL_VERBS, is_place, named_site, place_measured_in, place_name, place_named_before
from newsreport.claims.rates import count_window, trading_session, windowed
from newsreport.claims.periods import NOW, NOW_BASIS
from newsreport.claims.ranks import inherit_chart
from newsreport.claims.names import ANAPHORIC_NOUNS, document_names, related_count
from newsreport.claims.structure import read_figure
from newsreport.claims.units import physical_unit
from newsreport.claims.figure_owner import owner
from newsreport.claims.locatives import place_main, where_place
from newsreport.claims.events import cited_names, only_cited
from newsreport.claims.unnamed_owner import AMOUNT_VERBS, UNOWNED_PEOPLE, main_owns_unnamed
from newsreport.claims.vocabulary import Vocabulary, added_metric, cut_short, entity_mentions, growth_metric, load_vocabulary, nearest_metric, refined
from newsreport.claims.wording import display_value, excerpt
from newsreport.tables import records as table_records

EVIDENCE_WIDTH = 80  # longest figure-to-metric-words quote shown in an explanation
NUMERIC_KINDS = ("count", "money", "percent", "duration", "year")
INDEFINITE = re.compile(r"^(?:one|a|an|single)$", re.I)  # "one reader wrote in": not a count of 1
VAGUE = re.compile(r"^(?:(?:tens|hundreds|dozens) of |several |many |a few )?(?:thousands|millions|billions|hundreds|dozens)\b", re.I)  # "hundreds or even thousands": a magnitude
MENTION_COLUMNS = [
    "doc", "sentence_id", "start", "end", "quote", "kind", "value", "low", "high", "date", "unit", "qualifier",
    "direction", "entity", "entity_basis", "metric", "scope", "period", "period_basis", "earlier", "date_basis",
    "cited", "evidence", "context", "display", "confidence", "reason", "heading"]
UNOWNED_THING = "its sentence names no owner for it, nor where it applies"  # (reconcile and two_voices read it)

DIRECTION_VERBS = {**dict.fromkeys(("raise", "hike", "increase", "boost", "lift", "jump", "rise", "grow", "climb", "surge", "soar", "hire",
                                     "recruit", "create", "expand"), "up"),
                   **dict.fromkeys(("cut", "lower", "reduce", "slash", "trim", "drop", "fall", "decline", "plunge", "sink", "slip", "tumble",
                                    "decrease", "lay", "fire", "axe", "eliminate", "furlough", "shrink", "contract", "go", "disappear", "vanish"),
                                   "down")}  # "go", "disappear": only jobs that go are a change (verb_senses.jobs_going)
ITS_THING = re.compile(r"\b(?:on|through|via|using|in|with|aboard|across) its\b", re.I)
PER_SHARE = re.compile(r"\b(?:per|a|each) share\b|\bEPS\b", re.I)
BASE = re.compile(r"^(?:\w+ )*?(\w+?)s? base$")  # "customer base", "subscriber base": the people it counts
COUNT_OF = re.compile(r"^(?:\w+ )*?(\w+?)s? (?:numbers|count|total|tally|partners)$")  # "passenger numbers": passengers;
# "restaurant partners", "driver partners": the restaurants and drivers a platform works with
TIME_UNITS = {"second", "minute", "hour", "day", "week", "month", "year", "decade"}


def measure_of(reading, kind: str, growth: bool, sentence: str, rel_start: int, rel_end: int,
               vocabulary: Vocabulary) -> tuple[str, tuple[int, int] | None, list[str]] | None:
    """(metric, span of its words, reasons for doubt) of a figure, or None when it makes no claim. The measure is the
    config metric named in the figure's own phrase (counted noun, verb, object); else what the phrase counts ("registered
    members", "packages a day", the event a duration lasts: "a 75-day extension"); else, for counts, a metric named near
    it (low confidence). A percentage without a direction is a claim only when config names it a rate or share."""
    if kind in ("count", "money") and ESTIMATE_IT.search(sentence[:rel_start]):  # "The Index puts it at $9.6 billion"
        return "figure", reading.measure_span, []  # a placeholder: the quantity the sentence before states (neighbours)
    if kind == "money" and VALUES_IT_AT.search(sentence[:rel_start]) and vocabulary.metric("valuation") is not None:
        return refined("valuation", reading.clause_text, vocabulary), reading.measure_span, []  # "the round values it at $6 billion": its worth, whoever values it
    metric_kind = "count" if growth else kind
    windowed = {"day": "daily_active_users", "month": "monthly_active_users"}.get(reading.rate, "")
    metric, span = nearest_metric(reading.measure_text, 0, 0, metric_kind, vocabulary, in_phrase=True)
    narrower = nearest_metric(reading.clause_text, 0, 0, metric_kind, vocabulary, in_phrase=True)[0] if metric else None
    metric = narrower if narrower and (kind == "year" or narrower.refines == metric.name or cut_short(metric, reading)) else metric  # "first launched"
    own, _ = nearest_metric(reading.counted, 0, 0, metric_kind, vocabulary, in_phrase=True)
    if growth and metric is None:  # "sales grew by 12 percent" is the growth of revenue, as "revenue rose 12%" is
        money, money_span = nearest_metric(reading.measure_text, 0, 0, "money", vocabulary, in_phrase=True)
        change, change_span = nearest_metric(reading.measure_text, 0, 0, "percent", vocabulary, in_phrase=True)
        money, money_span = (change, change_span) if change is not None and change.change else \
            (money, money_span) if money is not None and not money.change else (None, None)  # a loss changes no more
        if money is not None and not money.doubt:  # prices of what, on which day: keyed by their noun as before
            metric, span = money, money_span
            own, _ = nearest_metric(reading.counted, 0, 0, "money", vocabulary, in_phrase=True)
    head = reading.counted.split()[-1] if reading.counted else ""
    if own is not None and span and metric.name != f"new_{own.name}" and not ("*" in metric.one_group and head in vocabulary.person_nouns) and not any(  # "users signed up": new users
            m.start() < span[1] and span[0] < m.end() for m in re.finditer(rf"\b{re.escape(head)}\b", reading.measure_text)):
        metric = own  # "leaving its 45 million users unable to download updates" counts users, not downloads
    if metric is not None and span and head.endswith("s") and head not in vocabulary.person_nouns | {"times"} \
            and reading.measure_text[span[0]:span[1]].lower() in vocabulary.person_nouns:  # a plural thing counted
        metric = own  # "users sent 41 billion messages" counts messages: the people who sent them name no measure
    if metric is not None:
        name = metric.name
        if name == "users" and windowed and vocabulary.metric(windowed) is not None:
            name = windowed  # "50 million people use Loopa daily" are its daily users, not its user base
        if reading.rate and not growth and not metric.user_series and kind not in ("duration", "percent"):
            name += f"_per_{reading.rate}"  # "costs $25 million a day" is not the total cost
        if kind == "money" and PER_SHARE.search(f"{sentence[max(0, rel_start - 25):rel_start]} {sentence[rel_end:rel_end + 12]}"):
            name += "_per_share"  # "earnings of $1.20 a share" is no net profit
        part = measure_part_words(reading.clause_text, vocabulary.measure_parts)  # (not a source's words)
        name += f": {' '.join(part)}" if part and metric.place_owned else divisible_detail(metric, reading.measure_text, span, sentence, reading.measure_span)
        if metric.of_object and reading.of_object:  # "accounts for 30% of all small parcels"
            name = f"{name}: " + " ".join(vocabulary.synonyms.get(w, w) for w in reading.of_object.split())
        return name, reading.measure_span, []
    counted = COUNT_OF.sub(r"\1s", BASE.sub(r"\1s", without_percent(reading.counted)))  # "subscriber base": the people
    if kind == "duration":  # "after being down for 12 hours", "14 hours after going dark": the clause says what lasted
        metric, _ = nearest_metric(f"{reading.clause_text} {what_lasted(sentence, rel_start, rel_end)}", 0, 0, metric_kind, vocabulary, in_phrase=True)
        if metric is not None:  # "the outage lasted four hours": what lasted is its verb's subject (claims.lasting)
            return metric.name, reading.measure_span, []
    if kind == "duration":  # "a 16-hour outage": what lasted, not the unit it is counted in
        words = [w for w in counted.replace("-", " ").split() if w.rstrip("s") not in TIME_UNITS] or lasting(sentence, rel_start, rel_end).split()
        return ("_".join(words) + "_duration", reading.measure_span, []) if words else None
    if kind == "percent" and not growth:  # "a 2% commission": the commission; "60% of its readers are students": none
        return (named, reading.measure_span, []) if (named := percent_noun(reading.counted, vocabulary.synonyms)) else None
    if kind == "money" and counted.split()[-1:] and counted.split()[-1] in ANAPHORIC_NOUNS \
            and vocabulary.metric("valuation") is not None:
        return "valuation", reading.measure_span, []  # "the $4 billion startup": what the company is worth
    in_noun = re.match(r"\s+in\s+([a-z-]+)(?:\s+([a-z]+))?", sentence[rel_end:]) if kind == "money" and not counted else None
    if in_noun:  # "processed $40 billion in payments", "$2 billion in new funding": what it counts
        counted = next((w for w in in_noun.groups() if w in vocabulary.money_nouns), counted)
    money_noun = kind != "money" or counted.split()[-1:] and counted.split()[-1] in vocabulary.money_nouns \
        | vocabulary.placeholders  # "pegs the figure at $9 billion": the sum before it (neighbours)
    if kind == "count" and not growth and set(counted.split()[-1:]) & vocabulary.audience_nouns and vocabulary.metric(windowed) \
            and uses_it(counted, reading.clause_text):
        return windowed, reading.measure_span, []  # "31 million people open it every day": its daily users
    if counted and kind in ("count", "money") and money_noun or growth and counted:
        name = "_".join(vocabulary.synonyms.get(w, w) for w in counted.split())  # a measure no config names
        if reading.rate and not growth:  # "4 million packages a day" is not a total
            name += f"_per_{reading.rate}"
        return name, reading.measure_span, []
    metric, span = nearest_metric(sentence, rel_start, rel_end, metric_kind, vocabulary)
    reason = "its measure is named near the figure, not in its own phrase"
    if named_for_it(sentence, span, rel_start, rel_end):  # "whose net worth Tallis estimates at $5.2 billion"
        return metric.name, span, []
    if metric is None and not counted:  # "Streamly had 9 million": the noun is left out
        metric, span = nearest_metric(sentence[:rel_start], rel_start, rel_end, metric_kind, vocabulary, in_phrase=True)
        reason = "its measure is the one named earlier in the sentence (the figure names none)"
    if metric is None or kind == "percent" and not growth:
        return None
    return metric.name, span, [reason]


def entity_of(reading, record: dict, document, position: int, sentence, metric_name: str, rule, reasons: list[str],
              names: frozenset, vocabulary: Vocabulary) -> tuple[str, str, str] | None:
    """(entity, basis, metric) of a figure: its owner read from the parse, the country a rate falls on, the article's main
    actor (it reports the measure, or no other actor is named), a nearby name (low confidence), or no owner (keyed by
    measure, place, verb). None for a share of nobody; `reasons` gets any doubt."""
    kind = _text(record.get("kind"))
    start, end = int(record["start"]), int(record["end"])
    rel_start = start - sentence.start
    entity, basis = owner(reading, document, position, rel_start, vocabulary, rule)
    if basis == "pronoun" and entity and entity in cited_names(sentence.text, vocabulary) \
            and only_cited(entity, document.text):  # (a company saying it of itself is its own source)
        reasons.append("'it' or 'the app' is taken for the source the sentence cites")  # "..., according to Appmetric"
    if kind == "duration" and reading.entity_label == "PERSON":  # "Lark promised a 90-day extension": who decides
        entity, basis = "", ""                                   # how long is not whose extension or outage it is
    if rule is not None and rule.on_target:  # "a 145% tariff on Zemblan goods": keyed by what it falls on
        place = next((place_name(w, names) for w in reading.target_words or reading.origin), "")
        entity, basis = (place, "target") if place else (entity, basis)
        metric_name += f": {reading.target_noun}" if reading.target_noun else ""  # steel's tariff is not all goods'
    moved = person_moved(sentence.text) if rule is not None and rule.person_owned else ""
    entity, basis = (canonical_entity(moved, vocabulary), "person moved") if moved else (entity, basis)  # a player's fee
    if rule is not None and rule.place_owned and not entity:  # "the jobless rate in Nordland" is Nordland's
        place = rule.tally and named_site(sentence.text, vocabulary.sites) or (reading.entity_text if basis == "place" else "") \
            or where_place(sentence.text, rel_start) or place_measured_in(sentence.text, reading.scope_words) \
            or not reading.scope_words and place_named_before(document, position)  # (not "Chinese exports": the phrase says)
        entity, basis = (place, "place") if place else (entity, basis)
    if entity and rule is None and basis == "object" and reading.owner_prep not in ("from", "by") \
            and (reading.verb in ARRIVAL_VERBS or is_place(entity, sentence.text, document.text)):
        entity, basis = "", "place"  # "700 million parcels arrive in Zembla": where a count applies, not whose
        reading.entity_text = reading.entity_text or entity
    if not entity and basis != "place":  # "Streamly said that revenue rose 12%" in an article about Streamly
        reporter = canonical_entity(cited_source(document, position), vocabulary)
        if reporter and reporter == main_entity(document, vocabulary) and not (rule is not None and rule.place_owned and not is_place(reporter, sentence.text, document.text)):  # (a body giving a turnout is its source)
            entity, basis = reporter, "reporting subject"
    if not entity:
        entity = resolve_entity(document, position, start, end, _text(record.get("subject")), vocabulary)
        named, main = {e for _, _, e in entity_mentions(sentence.text, vocabulary)}, main_entity(document, vocabulary)
        if main and (rule is None and basis == "place" and canonical_entity(reading.entity_text, vocabulary) == main
                     or place_main(main, rule, sentence.text, document, vocabulary.sites)):
            main = ""  # a country in the headline owns its inflation, not the parcels counted there
        if not entity and main and re.search(rf"\b{re.escape(main)}\b", sentence.text):
            entity = main  # a main actor no config names, named in this sentence
        if entity and entity == main and named <= {entity}:
            basis = "main entity"  # "300 flights a day were cancelled at Skyline hubs": the only actor named
        elif entity:
            basis = "nearby name"
            reasons.append("its entity is the name nearest to it, not its subject or possessor")
        elif kind == "percent" and rule is not None and not reasons and unowned_rate(rule):
            entity, basis = unowned_rate_owner(main, metric_name)  # "the pass rate among girls was 91%"
        elif kind == "percent" or any("named near" in r or "named earlier" in r for r in reasons):
            return None  # a share or rate of nobody named, or a measure guessed from nearby words
        elif kind == "count" and ITS_THING.search(reading.clause_text) and reading.counted.split()[-1:] \
                and reading.counted.split()[-1] not in vocabulary.person_nouns \
                and vocabulary.synonyms.get(reading.counted.split()[-1], reading.counted.split()[-1]) in metric_name and re.search(
                    rf"\b{re.escape(cited_source(document, position) or '@')}\s+(?:said|says|told|reported)\b", sentence.text):
            entity, basis = canonical_entity(cited_source(document, position), vocabulary), "pronoun"  # "Tidewell said
            # riders took 18 million trips on its scooters": the things counted on its service are the speaker's
        elif basis != "place" and main_owns_unnamed(rule, main, _text(record.get("qualifier")), sentence.text, names, vocabulary,
                                                             document.text):
            entity, basis = main, "main entity"  # "Its daily users number 12 million" in an article about one app
        else:  # "Customs officers process 4 million packages a day": a measure with no owner
            places = [reading.entity_text] if basis == "place" else []
            basis = "none"
            reading.scope_words = list(dict.fromkeys(reading.scope_words + places))
            people = reading.counted.split()[-1:] and reading.counted.split()[-1] in vocabulary.person_nouns and not metric_name.startswith(THRESHOLD)
            if people:  # "12 people died": tolls and counts of people affected are revised as a story goes on
                reasons.append(UNOWNED_PEOPLE)
            elif not reading.scope_words:  # "4 million packages a day enter the US": the place stands in
                reasons.append(UNOWNED_THING)
            if people_verb(reading) and rule is None and people and reading.verb not in AMOUNT_VERBS:
                metric_name = f"{metric_name.removesuffix(': affected')}: {people_verb(reading)}"  # "20 people died" is not "20 people hurt"
            elif kind == "money" and _text(record.get("qualifier")) in ("less_than", "at_most") and reading.counted \
                    and reading.counted.split()[-1] not in vocabulary.money_nouns:
                metric_name = THRESHOLD  # "parcels worth less than $500 enter duty-free": no parcel's value, a rule's bound
                reasons.append("the bound of what it counts, read as a threshold")
            elif rule is not None and reading.counted and kind != "other" and not group_free(rule, reading.counted, vocabulary) \
                    and not any(p.search(reading.counted) for p in rule.patterns) \
                    and not (kind == "duration" and all(w.rstrip("s") in TIME_UNITS for w in reading.counted.split())):
                metric_name = f"{metric_name.removesuffix(': foreign')}: {reading.counted}"  # "the dress costs $18" (not "300 residents trapped")
            elif rule is not None and not rule.on_target and not reading.counted:
                return None  # "costs $18" of nothing named: no claim
    return entity, basis, metric_name


def mention_of(record: dict, documents: dict, positions: dict, neighbours: dict, names: frozenset,
               vocabulary: Vocabulary) -> dict | None:
    """The claim mention of one figures row, or None when it makes no claim (see `claim_mentions`)."""
    document = documents.get(_text(record.get("doc")))
    kind = _text(record.get("kind"))
    if document is None or kind not in NUMERIC_KINDS + ("rank", "ratio", "other", "multiple"):  # ("other": a physical unit)
        return None  # dates are events (events.py); a multiple is a claim only of a measure config names one of
    start, end = int(record["start"]), int(record["end"])
    sentence = document.sentence_at(start)
    if sentence is None:
        return None
    position = positions[document.doc][sentence.sentence_id]
    if kind == "rank":  # "the No. 14 free app on Google Play": a chart rank on a day (claims.ranks)
        from newsreport.claims.ranks import rank_mention
        return rank_mention(record, document, sentence, position, neighbours, names, vocabulary)
    value, low, high = _number(record.get("value")), _number(record.get("low")), _number(record.get("high"))
    if kind == "ratio":  # "about a third of all parcels" is a share in percent, as "33%" would be; "less than half the
        kind, record = "percent", {**record, "unit": "%"}  # lobby's estimate" compares two figures: no value, no claim
        value, low, high = (None if v is None or of_a_figure(document.text, end) else v * 100 for v in (value, low, high))
    if kind == "count" and physical_unit(_text(record.get("unit"))):  # "a 5.9-magnitude quake"
        kind, record = "other", {**record, "kind": "other"}
    quote = document.text[start:end]
    first_word = quote.split()[0] if quote.split() else ""
    if value is low is high is None or VAGUE.match(quote) or (value == 1 and INDEFINITE.match(first_word)):
        return None  # a vague magnitude or an indefinite "one" makes no claim ("a million downloads" is one)
    direction = _text(record.get("direction"))
    growth = kind == "percent" and direction in ("up", "down")
    rel_start, rel_end = start - sentence.start, end - sentence.start
    reading = read_figure(sentence.text, rel_start, rel_end, names)
    drop_member_owner(reading, sentence.text, rel_start)  # "Desai is one of 14 lakh sellers": a member, no owner
    if reading.unnamed_holder or reading.expected or related_count(reading.counted) and not reading.entity_text \
            or reading.part and not reading.counted or kind in ("count", "duration") and no_count(sentence.text, rel_start, rel_end, value, kind):
        return None  # "in a chat room with 50,000 members": not the app's users; "including 3,000 in sales": a part
    unit = _text(record.get("unit"))
    if kind == "count" and not reading.counted and unit.isalpha() and unit.lower() in quote.lower():
        # "212 million paying subscribers" that the parser did not attach: the figures step's unit is the noun
        reading.counted, reading.measure_text = unit_noun(unit, sentence.text), f"{reading.measure_text} {unit}"
    elif kind == "other" and unit.isalpha() and unit.lower() not in reading.measure_text.lower():
        reading.measure_text += f" {unit}"  # "a magnitude 5.9 tremor": the unit read beside the number names the measure
    if kind == "count" and not reading.counted and not reading.earlier:
        elided_noun(reading, record, sentence, neighbours, names, document.sentences[max(0, position - 1):position])
    to_level = re.match(r"\s+to\s+\W?\d", sentence.text[rel_end:])  # "raise its plan by £1 to £9.99": £1 the change
    if (kind in ("percent", "count") or kind == "money" and to_level) and not direction and reading.change \
            and reading.verb in DIRECTION_VERBS and not fell_ill(sentence.text, rel_end):
        direction = DIRECTION_VERBS[reading.verb]  # "raised prices by as much as 40%", "laid off 1,000 employees":
        growth = kind == "percent" and not (reading.level or reading.earlier)  # a change the figures step left undirected
    growth = growth and not (reading.level or reading.earlier) \
        or kind == "count" and direction in ("up", "down") and reading.change \
        or kind == "money" and direction in ("up", "down") and reading.change and to_level
    # "fell to 3.1%" is a level; "net worth jumped $3 billion to $24 billion": $3 billion the change
    measure = released_measure(kind, unit, reading.verb) or defined_measure(kind, sentence.text, rel_end, vocabulary) or measure_of(reading, kind, growth, sentence.text, rel_start, rel_end, vocabulary) \
        or compared_measure(reading) or noun_measure(kind, unit, sentence.text, rel_start, rel_end, vocabulary)  # "a ransom of $4m"
    if measure is None:
        return None
    metric_name, metric_span, reasons = measure
    metric_name = people_acts(metric_name, reading, sentence.text, rel_start, rel_end, document.sentences[max(0, position - 1):position],
                              vocabulary)  # "12,000 members are taking part" in a strike: strikers
    rule = vocabulary.metric(metric_name.partition(": ")[0])
    if rule is not None and rule.doubt and (not rule.doubt_when or re.search(rule.doubt_when, sentence.text, re.I)):
        reasons.append(rule.doubt)
    if kind == "multiple":  # "subscribed 38 times": "times" counts nothing; the buyers a part is for key it apart
        reading.counted = ""
        detail = buyers_part(sentence.text, reading.clause_span[0], rel_start) if rule is not None and rule.by_buyers else ""
    else:
        detail = verb_detail(rule, reading, vocabulary.person_nouns, sentence.text, (rel_start, rel_end))
    detail = noun_detail(rule, sentence.text, rel_start, rel_end) or detail or (rate_part(rule, sentence.text, rel_start, rel_end, vocabulary) if kind == "percent" else "")
    direction = "" if growth and rule is not None and rule.change else direction  # "prices rose 3.1%": inflation of 3.1%
    metric_name, growth = metric_name + (f": {detail}" if detail else ""), growth and not (rule is not None and rule.change)
    if reading.modal:  # "would cost it $25 million a day", "expects revenue of $2 billion"
        reasons.append("the sentence says what may or is expected to happen, not what did")
        metric_name += ": target" if is_target_level(sentence.text, rel_start) else ""  # never set against a level
    setter = ""
    if kind == "money" and reading.bounded and _text(record.get("qualifier")) in ("less_than", "at_most") or required_count(kind, sentence.text, rel_start):
        # "Zembla lets parcels worth less than $800 enter duty-free": no valuation of Zembla, the bound of its rule; so "requiring 500 members"
        setter, metric_name, rule, reading.entity_text, reading.entity_basis = threshold_key(kind, reading, sentence.text)
    keyed = other_owner(entity_of(reading, record, document, position, sentence, metric_name, rule, reasons, names,
                                  vocabulary), reading, sentence.text) or compared_owner(reading)  # an earlier level takes the owner of the figure it is compared with
    if keyed is None:
        return None
    entity, basis, metric_name = keyed
    window = "" if rule is not None and rule.no_window else \
        count_window(reading.clause_text, sentence.text) if kind == "count" and not reading.rate else \
        trading_session(reading.clause_text, growth, sentence.text[rel_end:]) if kind == "percent" else ""  # "in its first week", "in after-hours trading"
    if window and rule is not None and rule.window_doubt:  # "650,000 new users in two days": the window is stated
        reasons[:] = [r for r in reasons if r != rule.doubt]
    entity = "" if setter and entity == canonical_entity(setter, vocabulary) else entity  # whose rule: where it applies
    if metric_name.startswith(THRESHOLD) and not entity and not reading.scope_words:  # a bound is keyed by where it applies
        reading.scope_words = ([setter] if setter else [n for n in sorted(names) if re.search(  # "parcels into Zembla"
            rf"\b{re.escape(n)}\b", sentence.text) and is_place(n, sentence.text, document.text)])[:1]
    spans = reading.own_period_spans if reading.earlier else reading.period_spans  # an earlier level: its own date only ("to $18 from $12 on Monday")
    nearby = neighbours.get((document.doc, sentence.sentence_id), [])
    period = when_year(sentence.text, rel_start, rel_end, document.published) or said_then(sentence.text, rel_start) or period_from_spans(
        spans, sentence, nearby, document, position, future=reading.modal, weeks=kind == "count")
    period = period or (earlier_level_year(sentence.text, rel_start, rel_end, document.published) if reading.earlier else "") \
        or months_quarter(reading.clause_text, document.published, reading.modal) \
        or yearless_quarter(reading.clause_text, document.published, reading.modal) \
        or month_modifier(reading.clause_text, document.published, reading.modal) \
        or month_modifier(possessed_words(sentence.text, reading, rel_start), document.published, reading.modal)
    # "second-quarter sales", "January downloads"; "put Pebblequest's January installs at", parsed apart
    period, summed_basis = summed_period(period, reading.clause_text, document, rule) if rule else (period, "")
    period = tally_period(period, reading, spans, sentence, nearby) if rule is not None and rule.tally else period  # a toll's day
    if rule is not None and rule.day_settles and len(period) == 10 and dated_by_own_verb(sentence.text, rel_start, rel_end, spans):
        reasons[:] = [r for r in reasons if r != rule.doubt]  # "had burned 48,000 acres by Tuesday": that day's count
    # "up from 42 a day earlier": a span back from the figure it is compared with; "up from 48 million": the period before
    shifted = span_back(sentence.text, rel_start, rel_end, True) or ONE_PERIOD if reading.earlier and not period else ""
    scope = "" if kind == "year" else scope_of([w for w in reading.scope_words if w not in reading.target_words],
                                               vocabulary)  # founded "in China" is no scope
    evidence = sentence.text[min(rel_start, metric_span[0]):max(rel_end, metric_span[1])] if metric_span else ""
    added = added_metric(metric_name, kind, direction, vocabulary) if growth else ""
    direction = "" if added else direction  # "added 700,000 users": 700,000 new users, not "up 700,000"
    row = {
        "doc": document.doc, "sentence_id": sentence.sentence_id, "start": start, "end": end, "quote": quote,
        "kind": kind, "value": value, "low": low, "high": high, "date": "", "unit": _text(record.get("unit")),
        "qualifier": "exact" if metric_name.startswith(THRESHOLD) else _text(record.get("qualifier")) or "exact",
        "direction": direction, "entity": entity,
        "entity_basis": basis, "metric": windowed(added or (growth_metric(metric_name, vocabulary) if growth else metric_name),
                                                  window, reading.verb),
        "scope": scope, "period": period, "period_basis": EARLIER_BY + shifted
        if shifted else summed_basis or "stated" if period else NOW_BASIS
        if (NOW.search(reading.clause_text) or re.search(r"\b(?:up|down) from\b", sentence.text[rel_end:]) and (
            reading.present or re.search(r"\b(?:ago|a year earlier)\b", sentence.text[rel_end:])))  # "..., up from 7 million a year ago"
        and not reading.modal else "not stated",  # "has 5 million, up from 2 million in 2021": the level now
        "earlier": reading.earlier, "date_basis": "", "cited": cited_source(document, position),
        "evidence": " ".join(evidence.split()) if len(evidence) <= EVIDENCE_WIDTH else "",
        "context": excerpt(sentence.text, rel_start, rel_end), "confidence": "low" if reasons else "high", "reason": "; ".join(reasons),
        "_label": reading.entity_label if basis in ("possessor", "subject", "object") else "", "heading": sentence.kind == "heading",
        "_acted": acted_verb(reading, vocabulary.person_nouns, rule is not None) if kind == "count" and not growth else "",
    }  # ("_acted": what was done to the things counted, "built 40,000 cars": see `acted_measures.key_by_acts`)
    row["display"] = display_value(row)
    return row


def claim_mentions(figures: pd.DataFrame, corpus, vocabulary: Vocabulary | None = None) -> pd.DataFrame:
    """One row per figure that names a measure and an owner: its provenance, keys (entity, metric, scope, period),
    readable value, citation, context and confidence. Left out: vague magnitudes, an indefinite "one", shares without
    direction, ranks naming no app store (claims.ranks), and figures whose sentence names no measure for them."""
    vocabulary = vocabulary or load_vocabulary()
    rows = finish_mentions(mention_rows(table_records(figures), corpus, vocabulary), corpus, vocabulary)
    return pd.DataFrame(rows, columns=MENTION_COLUMNS)


def mention_rows(records: list[dict], corpus, vocabulary: Vocabulary | None = None,
                 names: frozenset | None = None) -> list[dict]:
    """The rows of `claim_mentions` from figures `records` (dicts of the figures table), each read within its own
    document, before `finish_mentions`; `names`: the words the corpus uses only as names (default: read from `corpus`)."""
    vocabulary = vocabulary or load_vocabulary()
    documents = {d.doc: d for d in corpus.documents}
    positions = {doc: sentence_index(d) for doc, d in documents.items()}
    neighbours = figures_by_sentence(records)
    if names is None:
        names = document_names("\n".join(d.text for d in corpus.documents))  # names of the whole corpus
    rows = []
    for record in in_parsed_chunks(records, documents):  # sentences parsed in batches: much faster
        row = mention_of(record, documents, positions, neighbours, names, vocabulary)
        if row is not None:
            rows.append(row)
    rows = resolve_placeholders(rows, positions, vocabulary)
    inherit_from_compared(rows, documents)
    inherit_chart(rows)
    return rows

