"""Dated events of a corpus for the timeline: every date figure in the text (relative dates already
resolved by `newsreport.figures`), typed with the event vocabulary of `config/metrics.yaml` named in
the date's own clause, plus each document's publication date (flagged when it was inferred rather
than stated); and the events that are claims (`event_mentions`), for the ledger."""

from __future__ import annotations

import re

import pandas as pd

from newsreport.claims.cells import text_cell as _text
from newsreport.claims.parsing import in_parsed_chunks
from newsreport.claims.carried_charts import chart_rule
from newsreport.claims.event_actors import (RATE_EVENTS, attended_owner, attends, acting_body, actor_not_source, cited_names, only_cited, planned, sole_possessor,
                                            rate_setter, tagged_places, undergoer)
from newsreport.claims.event_owners import BAN_WORD, FROM_ARTICLE, ban_owner, court_party, event_owner, named_after
from newsreport.claims.funding_days import FUNDING_EVENT, funding_told
from newsreport.claims.event_phrases import (NEWS_RELEASED, PLAIN_SAYING, REPEATED, dates_a_plan_told, modified_noun, nearest_event, not_done, other_names_near, own_phrase, reading_doubts, said_on,
                                             told_owner, verb_event, without_asides)
from newsreport.claims.event_details import OWNERLESS_EVENTS, RULE_EVENTS, RULE_NOUNS, event_detail
from newsreport.claims.role_nouns import role_holders, role_subject
from newsreport.claims.occurrences import OCCURRENCE, figure_day, occurrence_of
from newsreport.claims.launches import canonical_launch, earlier_launch, launch_day_product, launched_name
from newsreport.claims.state_spans import state_bound
from newsreport.claims.store_places import clause_places
from newsreport.claims.keys import antecedent, canonical_entity, cited_source, date_basis, main_entity, resolve_entity, scope_of, sentence_index
from newsreport.claims.wording import excerpt
from newsreport.claims.names import article_text, document_names
from newsreport.claims.vocabulary import Vocabulary, entity_mentions, load_vocabulary, span_gap
from newsreport.tables import records as table_records

EVENT_COLUMNS = ["event_id", "date", "date_basis", "inferred", "doc", "sentence_id", "start", "end", "quote",
                 "label", "event_type", "entity", "key", "context"]
DATELINE_SENTENCES = 3  # a date equal to the publication date this early is the dateline, an event only if named
OTHER_LABEL = "Other dated event"  # never words cut from the sentence: a fragment misleads
# a clause that names its event in the words before it: "is set to open on Friday", "the ban that took effect on Sunday"
NONFINITE_CLAUSE = re.compile(r"^(?:to|starting|beginning|from|effective|that|which)\b", re.I)
# events told with the figure they move ("rose to No. 1 on Monday", "fell 8% on Friday", "cut rates to 4%"; a listing
# with its first day's move: "closed up 31% in their Nasdaq debut on Thursday")
FIGURE_EVENTS = {"app_ranking", "stock_move", "user_figure", "listing", *RATE_EVENTS}
ISO_DAY_OR_MONTH = re.compile(r"^\d{4}-\d{2}(?:-\d{2})?$")


def publication_evidence(document) -> tuple[int, int] | None:
    """Where the document's `date_basis` quotes its evidence (e.g. 'Published: Jan. 16, 2025 …'),
    as offsets into the body; None when it quotes nothing found in the text."""
    quoted = re.search(r"'([^']{4,})'", document.date_basis or "")
    if not quoted:
        return None
    # whitespace in the note is normalized; the body may hold non-breaking or double spaces
    pattern = r"\s+".join(re.escape(word) for word in quoted.group(1).split())
    match = re.search(pattern, document.text)
    return (match.start(), match.end()) if match else None


def publication_events(corpus) -> list[dict]:
    """One event per document with a publication date; `inferred` when its date_basis says so."""
    rows = []
    for document in corpus.documents:
        if document.published is None:
            continue
        inferred = (document.date_basis or "").startswith("inferred")
        span = publication_evidence(document)
        sentence = document.sentence_at(span[0]) if span else None
        rows.append({
            "date": document.published.isoformat(), "date_basis": "publication", "inferred": inferred,
            "doc": document.doc, "sentence_id": sentence.sentence_id if sentence else "",
            "start": span[0] if span else None, "end": span[1] if span else None,
            "quote": document.text[span[0]:span[1]] if span else "",
            "label": "Published (inferred)" if inferred else "Published", "event_type": "publication",
            "entity": "", "key": False, "context": document.date_basis,
        })
    return rows


def event_date_basis(document, start: int, end: int, inferred: str = "") -> str:
    """'stated' when the date's words give it; for a relative date ("on Monday"),
    'resolved-from-publication' when the article has a publication date, else
    'resolved-from-context' (the figures step dated it from the article's own dates) or
    'resolved-from-corpus' (from the publication dates of the corpus: `inferred` is 'corpus')."""
    basis = date_basis(document.text[start:end])
    if inferred == "corpus":
        return "resolved-from-corpus" if basis != "stated" else "stated, year from the corpus"
    if basis == "resolved-from-publication" and (document.published is None or inferred == "article"):
        return "resolved-from-context"
    return basis


def events_table(figures: pd.DataFrame, corpus, vocabulary: Vocabulary | None = None,
                 rows: list[dict] | None = None) -> pd.DataFrame:
    """The dated events of `corpus` from its figures table (date figures with a day or month) and the
    publication dates, sorted by date; `inferred` marks dates that rest on an inferred publication
    date, `key` marks event types flagged key in config and dates reported by two or more documents.
    `rows`: the documents' `event_rows`, when already made (`document_rows.corpus_rows`)."""
    if rows is None:
        rows = event_rows(date_records(figures), corpus, vocabulary)
    table = pd.DataFrame(rows, columns=EVENT_COLUMNS[1:])
    if table.empty:
        return pd.DataFrame(columns=EVENT_COLUMNS)
    # a day (not a month) reported by two documents is a key date of the story
    reported = table[(table.event_type != "publication") & (table.date.str.len() == 10)]
    shared_dates = set(reported.groupby("date")["doc"].nunique().loc[lambda n: n >= 2].index)
    table["key"] = table["key"] | (table.event_type != "publication") & table.date.isin(shared_dates)
    doc_order = {d.doc: i for i, d in enumerate(corpus.documents)}
    table["_doc"] = table.doc.map(doc_order)
    table = table.sort_values(["date", "_doc", "start"], na_position="first", kind="stable").drop(columns="_doc")
    table.insert(0, "event_id", [f"E{n:03d}" for n in range(1, len(table) + 1)])
    for column in ("start", "end"):
        table[column] = table[column].astype("Int64")
    return table.reset_index(drop=True)


def date_records(figures: pd.DataFrame) -> list[dict]:
    """The date figures of a figures table, as dicts."""
    return table_records(figures[figures["kind"].astype(str) == "date"]) if "kind" in figures.columns else []


def event_rows(dates: list[dict], corpus, vocabulary: Vocabulary | None = None) -> list[dict]:
    """The timeline rows of `corpus` (see `events_table`) from its date figures (`date_records`),
    without ids, key dates or order."""
    vocabulary = vocabulary or load_vocabulary()
    documents = {d.doc: d for d in corpus.documents}
    positions = {doc: sentence_index(d) for doc, d in documents.items()}
    rows = publication_events(corpus)
    for record in in_parsed_chunks(dates, documents):  # sentences parsed in batches
        document = documents.get(_text(record.get("doc")))
        iso = _text(record.get("date"))
        if document is None or not ISO_DAY_OR_MONTH.match(iso):
            continue
        start, end = int(record["start"]), int(record["end"])
        sentence = document.sentence_at(start)
        if sentence is None:
            continue
        position = positions[document.doc][sentence.sentence_id]
        published = document.published.isoformat() if document.published else ""
        rel_start, rel_end = start - sentence.start, end - sentence.start
        rule, reading = event_of(sentence.text, rel_start, rel_end, vocabulary, document_names(article_text(document)))
        rule = chart_rule(rule, reading, document, position, vocabulary)[0]  # "reached No. 1" after a store's name
        if iso == published and position < DATELINE_SENTENCES and rule is None:
            continue  # a bare dateline is already the publication event
        basis = event_date_basis(document, start, end, _text(record.get("date_inferred")))
        inferred = basis == "resolved-from-publication" and (document.date_basis or "").startswith("inferred")
        rows.append({
            "date": iso, "date_basis": basis, "inferred": inferred, "doc": document.doc,
            "sentence_id": sentence.sentence_id, "start": start, "end": end, "quote": document.text[start:end],
            "label": (rule.label + (" (expected)" if reading.modal else "")) if rule else OTHER_LABEL,
            "event_type": rule.name if rule else "other",
            "entity": event_entity(document, position, reading, vocabulary, rel_start)[0],
            "key": bool(rule and rule.key), "context": excerpt(sentence.text, rel_start, rel_end),
        })
    return rows


def key_dates(events: pd.DataFrame) -> pd.DataFrame:
    """One row per key date (date, label): labels of its key events joined, for marking time charts."""
    marked = events[events["key"].astype(bool)] if not events.empty else events
    if marked.empty:
        return pd.DataFrame(columns=["date", "label"])
    grouped = marked.groupby("date")["label"].agg(lambda labels: " / ".join(dict.fromkeys(labels)))
    return grouped.reset_index()


def main_months(events: pd.DataFrame, share: float = 0.25) -> list[str]:
    """The months ('YYYY-MM') the corpus's events cluster in: each month holding at least `share`
    of the busiest month's events."""
    if events.empty:
        return []
    counts = events.date.str[:7].value_counts()
    return sorted(counts[counts >= share * counts.max()].index)


# ---------------------------------------------------------------- dated events as claims

def event_of(sentence: str, start: int, end: int, vocabulary: Vocabulary, names: frozenset = frozenset()):
    """(rule, reading) for the date at `[start, end)` of `sentence`: the event type named in the
    date's own clause (nearest to it), and the parse reading of that clause; rule None when the
    clause names no event type."""
    from newsreport.claims.structure import read_figure

    reading = read_figure(sentence, start, end, names)
    bounded = state_bound(sentence, start, vocabulary)
    if bounded is not None:  # "was unavailable from May 8 until May 10": each day the event bounding the state
        reading.own_span = own_phrase(sentence, start, end)
        return bounded, reading
    if dates_a_plan_told(sentence, start, end) or not_done(sentence, start, end):
        return None, reading  # "said on Friday it would shut down": the day it was said; "declined to hear": none
    if (noun := modified_noun(sentence, start, end)) is not None:  # "the Jan. 19 cutoff": that noun's event or none
        return nearest_event(sentence[noun[0]:noun[1]], start - noun[0], end - noun[0], vocabulary), reading
    funding = vocabulary.event(FUNDING_EVENT)
    if funding is not None and funding_told(sentence, start, end):  # "said on Monday that it had raised $450 million"
        reading.own_span = own_phrase(sentence, start, end)
        return funding, reading
    # a statement or filing released on a day is news, not a launch ("the club's filing, released on June 30")
    named_by_verb = verb_event(sentence, start, end, vocabulary, frozenset({"launch"}) if NEWS_RELEASED.search(sentence[:start])
                               else frozenset())
    if named_by_verb is not None:  # "signed a bill on Friday, with the ban starting on May 20": each its verb's
        reading.own_span = own_phrase(sentence, start, end)
        return named_by_verb, reading
    own = own_phrase(sentence, start, end)
    reading.own_span = own  # the verb phrase above the date: where its event's owner may be named
    text, at = without_asides(sentence, start, end)  # event words of a clause set off by commas are not its day's
    if own is not None and said_on(sentence, start, end, PLAIN_SAYING) and sentence[end:end + 2] not in ("'s", "’s"):
        return None, reading  # the day it was said (not "At Thursday's hearing, Lin told ..."): the events it tells
    if own is not None:  # "shut down late on Saturday, and came back on Sunday": each day its own verb's event
        rule = nearest_event(text[at(own[0]):at(own[1])], at(start) - at(own[0]), at(end) - at(own[0]), vocabulary,
                             prefer_claims=True)
        if rule is not None and not (rule.name == "launch" and NEWS_RELEASED.search(sentence[:start])):
            return rule, reading
        if said_on(sentence, start, end):
            return None, reading  # the day it was said: the events it tells have days of their own
    left, right = reading.clause_span
    if right <= left:
        left, right = 0, len(sentence)
    left, right = min(left, start), max(right, end)
    rule = nearest_event(text[at(left):at(right)], at(start) - at(left), at(end) - at(left), vocabulary)
    if own is not None and rule is not None and rule.name == "app_ranking":
        rule = None  # "which hit No. 1 on the App Store on Saturday, fell to No. 12 by Wednesday": not its verb's
    if rule is not None and rule.name == "launch" and NEWS_RELEASED.search(sentence[:start]):
        rule = None  # a statement or results put out on a day: news about something, not a launch
    if rule is None and NONFINITE_CLAUSE.match(reading.clause_text):
        # "is set to open on Friday", "preparing to shut down its service starting Friday": the event is
        # named by the clause the infinitive or participle completes
        rule = nearest_event(text[:at(right)], at(start), at(end), vocabulary)
    return rule, reading


def event_entity(document, position: int, reading, vocabulary: Vocabulary, at: int = -1) -> tuple[str, list[str]]:
    """Whose event the date at offset `at` of sentence `position` is: the subject (or possessor) of its
    clause, "it" resolved to the entity named before, else the first name in the clause that is not a
    place ("the ban took effect and Loopa went dark"); ('', []) when the clause names none."""
    from newsreport.claims.keys import antecedent, canonical_entity
    from newsreport.claims.names import PERSONAL_PRONOUNS, is_name, name_of
    from newsreport.claims.parsing import parsed as parse

    if reading.entity_basis == "pronoun" and BAN_WORD.search(reading.entity_text or ""):
        return ban_owner(document, position, vocabulary), []
    if reading.entity_basis == "pronoun":
        person = reading.entity_text.lower() in PERSONAL_PRONOUNS  # "his inauguration": a person
        found = antecedent(document, position, vocabulary, person=person)
        found = found if person else actor_not_source(found, document, position, vocabulary)  # (not "Sensorly, a tracker")
        if found in cited_names(document.sentences[position].text, vocabulary) and only_cited(found, document.text):
            found = ""  # "the app hit No. 1, according to Sensorly": a source the article only cites is not the app
        if found or person:  # "the scooter ban in Grayport" with nothing named before: the name in its clause
            return found, []
    if reading.reported_after or reading.reported_noun:  # "the app had climbed to No. 1, Sensor Tower said": the app named before
        named = antecedent(document, position, vocabulary)
        if named and named != canonical_entity(reading.entity_text, vocabulary):
            return named, []
    told = told_owner(reading, document.sentences[position].text, at, document_names(article_text(document)))
    if told:  # "Tollo became No. 1 ... Monday, Appmetric said": the parse hung the day on "said"
        return canonical_entity(told, vocabulary), []
    store_or_place = any(p.search(reading.entity_text) for _, p in vocabulary.places)  # "topped the App Store"
    if attends(reading):  # "Vos will attend Hal Brandt's inauguration": the subject only attends
        return canonical_entity(attended_owner(document.sentences[position].text, at), vocabulary), []
    if reading.entity_text and reading.entity_basis != "pronoun" and not (store_or_place and reading.entity_basis == "object"):
        return canonical_entity(reading.entity_text, vocabulary), []
    named = entity_mentions(reading.clause_text, vocabulary)
    if named:
        return named[0][2], []
    sentence = document.sentences[position].text
    names = document_names(article_text(document))
    possessor = sole_possessor(sentence, reading.clause_span, names) or undergoer(sentence, reading.clause_span, names)
    if possessor:  # "... Council in an attack that took its systems offline on Sunday"; "suffered an outage that began"
        return canonical_entity(possessor, vocabulary), []
    spans = [reading.clause_span] + ([reading.own_span] if reading.own_span else [])
    tokens = sorted(parse(sentence), key=lambda t: (t.head.lower_ in ("in", "at", "across"), t.ent_type_ in ("GPE", "LOC")))
    cited = cited_names(sentence, vocabulary)
    for (left, right), token in ((span, token) for span in spans for token in tokens):  # a place last: "a court in
        # Zembla heard Verda's appeal" is Verda's hearing; who reports it ("according to Sensorly") is no party
        if left <= token.idx < right and is_name(token, names) and token.ent_type_ not in ("NORP", "DATE") \
                and canonical_entity(name_of(token)[0], vocabulary) not in cited \
                and (token.dep_ != "compound" or token.head.pos_ == "NOUN") and not any(p.search(name_of(token)[0]) for _, p in vocabulary.places):
            return canonical_entity(name_of(token)[0], vocabulary), []
    return "", []


def written_places(corpus, vocabulary: Vocabulary) -> set[str]:
    """Names the corpus writes as places ("in Zembla", "into Zembla") and configured places (not the other entities
    configured as never owning a figure: a person's event is the person's)."""
    found = set()
    for document in corpus.documents:
        found |= set(re.findall(r"\b(?:in|into|across|throughout) ((?:the )?[A-Z][\w.-]*)(?!['’])", document.text))
    return {re.sub(r"^the ", "", p) for p in found} | set(vocabulary.place_names)


def event_mentions(records: list[dict], corpus, vocabulary: Vocabulary | None = None,
                   names: frozenset | None = None, places: set[str] | None = None, roles: dict | None = None) -> list[dict]:
    """Claim mentions of dated events: one per figure dated to a day or a month whose clause names an event type
    that can conflict (config `conflicts: true`), keyed by the event's entity, type and detail.
    Confidence is low (with the reason) when the clause says a state went on ("maintained its
    position") or names its entity only by a guess; a day an event is set or could happen on is
    compared as written (labelled expected in the timeline). `records`: the corpus's figures, as
    dicts; `names`: the words the corpus uses only as names, `places` the names it writes as places,
    `roles` the people it names by a role (`role_nouns.role_holders`) (defaults: read from `corpus`)."""
    from newsreport.claims.wording import display_value

    vocabulary = vocabulary or load_vocabulary()
    documents = {d.doc: d for d in corpus.documents}
    if names is None:
        names = document_names("\n".join(d.text for d in corpus.documents))
    if places is None:
        places = written_places(corpus, vocabulary)
    if roles is None:  # "the striker": the one person the corpus writes "striker ..."
        roles = role_holders([d.text for d in corpus.documents])
    # sentences with a rank figure: "No. 1" is read there, not implied again
    ranked = {(str(r["doc"]), str(r["sentence_id"])) for r in records if str(r.get("kind")) == "rank"}
    dates = [r for r in records if str(r.get("kind")) == "date"]
    rows = []
    for record in in_parsed_chunks(dates, documents):  # sentences parsed in batches
        document = documents.get(_text(record.get("doc")))
        iso = _text(record.get("date"))
        if document is None or not re.match(r"^\d{4}-\d{2}(?:-\d{2})?$", iso):  # a day, or a month ("in March 2023")
            continue
        start, end = int(record["start"]), int(record["end"])
        sentence = document.sentence_at(start)
        if sentence is None:
            continue
        rel_start, rel_end = start - sentence.start, end - sentence.start
        rule, reading = event_of(sentence.text, rel_start, rel_end, vocabulary, names)
        rule, carried = chart_rule(rule, reading, document, sentence_index(document)[sentence.sentence_id], vocabulary)
        # (a day: "in March" with a figure is the figure's period, not a happening's day)
        happened = ""
        if rule is None and len(iso) == 10:  # "crossed the coast": a type the synonyms name
            rule, happened = occurrence_of(sentence.text, rel_start, rel_end, vocabulary)
        if rule is None or not (rule.conflicts or rule.agrees) or rule.name not in FIGURE_EVENTS and figure_day(
                sentence.text, rel_start, rel_end):  # "the toll in the ferry accident rose to 31 on Monday"
            continue
        detail = happened or event_detail(rule, reading.clause_text or sentence.text) or event_detail(rule, sentence.text) \
            or (carried[0] if carried else "")
        if rule.name in RULE_EVENTS and RULE_NOUNS.search(sentence.text) or rule.name == "app_ranking":  # the kind of rule (store) nearest the day
            detail = event_detail(rule, sentence.text, (rel_start, rel_end)) or detail
        if rule.name in OWNERLESS_EVENTS:  # "in the May 14 vote, forcing a runoff": the kind of vote nearest the day
            detail = event_detail(rule, sentence.text, (rel_start, rel_end)) or happened  # (or what crashed)
        if rule.name == "launch":  # "released R1 on January 20": what was launched tells launches apart
            position = sentence_index(document)[sentence.sentence_id]  # "The app arrived": what was named before
            detail = canonical_launch(launched_name(sentence.text, reading.clause_span, names, lambda: earlier_launch(
                document, position, names) or antecedent(document, position, vocabulary))
                or launch_day_product(sentence.text, document, vocabulary), vocabulary)  # "29 October: release day"
        if rule.name == "launch" and not detail and len(iso) == 10:  # "unveiled the new producer price last Wednesday":
            rule, happened = occurrence_of(sentence.text, rel_start, rel_end, vocabulary)  # no product, another happening
            detail = happened if rule is not None and rule.conflicts else ""
        if rule is None or rule.name in ("app_ranking", "law_takes_effect", "launch") and not detail:
            continue
        position = sentence_index(document)[sentence.sentence_id]
        entity, reasons = event_entity(document, position, reading, vocabulary, rel_start)
        if rule.name == "launch":  # "Loopa released Loopa Go", "Loopa Go was unveiled": keyed by what was launched
            entity, reasons = canonical_launch(detail, vocabulary), []
        owner = event_owner(rule.name, entity, reading.clause_text or sentence.text, names, sentence.text, tagged_places(sentence.text))
        entity = canonical_entity(owner, vocabulary) if owner != entity else entity
        entity = court_party(rule.name, entity, reading.clause_text or sentence.text, document, position, names, vocabulary)
        # a company's or an institution's event, never a person's named near it; a person's own, in full
        entity = canonical_entity(acting_body(rule, entity, document, position, rel_start, rel_end, names, vocabulary), vocabulary)
        if rule.name in RULE_EVENTS and (not entity or entity in places or named_after(entity, sentence.text, rel_end)) \
                or rule.name in OWNERLESS_EVENTS | {OCCURRENCE} \
                or not entity and attends(reading):  # (an event attended, of nobody named: the story's, or none)
            # "Zembla's exemption ends on May 2": the rule is what the day is about, not who sets it
            entity, reasons = "", []
        elif not entity and roles.get(role_subject(sentence.text, rel_start, rel_end)):
            entity = roles[role_subject(sentence.text, rel_start, rel_end)]  # "The striker, who signed on Friday"
        elif not entity:
            entity = resolve_entity(document, position, start, end, "", vocabulary) or main_entity(document, vocabulary)
            if entity != main_entity(document, vocabulary) or entity not in (document.title or "") \
                    or other_names_near(document, position, entity):
                # trusted where it is the article's main actor, named in its title, and no other name stands in the sentence
                # or the two before (benchmarks/claims_doubts.py); "Its rival Vinto backed the cap. The judge ruled" stays doubtful
                reasons.append(FROM_ARTICLE)
        if rule.name in RATE_EVENTS:  # a central bank's, by its country; a lender's rates, or a cut planned, are none
            entity, reasons = rate_setter(document, position, reading.clause_text or sentence.text, places), []
        if not entity and rule.name not in RULE_EVENTS | OWNERLESS_EVENTS | {OCCURRENCE} and (rule.monthly or not rule.conflicts) \
                or rule.monthly and planned(rule, reading, sentence.text, rel_start, rel_end):
            continue  # (an unowned event that conflicts takes the story's one owner of it, or none: event_places)
        reasons += reading_doubts(rule, reading, sentence.text, rel_start, rel_end, vocabulary)
        # a day an event is set, due or could happen ("could be fined on March 3") is still the day that
        # article gives for it: statements are compared as written (the timeline labels it "expected")
        again = REPEATED.search(reading.clause_text or sentence.text)  # in its own clause: "Fares will rise again, X announced"
        row = {"doc": document.doc, "sentence_id": sentence.sentence_id, "start": start, "end": end,
               "quote": document.text[start:end], "kind": "date", "value": None, "low": None, "high": None,
               "date": iso, "unit": "date", "qualifier": "exact", "direction": "", "entity": entity,
               "entity_basis": (reading.entity_basis or "nearby name") if entity else "none",
               "metric": rule.name + (f": {detail}" if detail else ""),
               # a store's charts are per country ("No. 1 on the App Store in Japan"), so is a launch ("in Germany")
               "scope": scope_of(carried[1] if carried else clause_places(sentence.text, reading.own_span if rule.name == "launch"
                                 and reading.own_span else reading.clause_span, rel_start), vocabulary)  # (a launch: its own verb's places)
               if rule.name in ("app_ranking", "launch") else "",
               # a stock move on another day is another move; so is an event said to happen again
               "period": iso[:7] if rule.monthly else "" if rule.conflicts and not again else iso,
               "period_basis": "" if rule.conflicts and not (rule.monthly or again) else "stated",
               "earlier": False, "date_basis": event_date_basis(document, start, end, _text(record.get("date_inferred"))),
               "cited": cited_source(document, position), "evidence": "",
               "context": excerpt(sentence.text, rel_start, rel_end),
               "confidence": "low" if reasons else "high", "reason": "; ".join(reasons),
               "heading": sentence.kind == "heading"}
        row["display"] = display_value(row)
        rows.append(row)
        if rule.name == "app_ranking" and (document.doc, sentence.sentence_id) not in ranked:
            from newsreport.claims.ranks import implied_rank  # ranks reads this module's store names

            rows += implied_rank(row, reading, vocabulary, rule, document, sentence)
    return rows
