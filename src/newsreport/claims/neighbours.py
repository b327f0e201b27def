"""Claim mentions read from the figures beside them: "the number was 150 million in 2016" takes
the measure of the figure before it, a count whose noun is left out the noun of the count before it
("4.5 million in 2024"), and an earlier level ("up from 48 million in 2023") applies where the
figure it is compared with applies."""

from __future__ import annotations

import re

from newsreport.claims.counted import HOLDING_VERBS
from newsreport.claims.cells import text_cell as _text
from newsreport.claims.structure import read_figure
from newsreport.claims.earlier_levels import follow_running_totals, gap_without_attribution, mark_previous_highs
from newsreport.claims.vocabulary import Vocabulary


def resolve_placeholders(rows: list[dict], positions: dict, vocabulary: Vocabulary) -> list[dict]:
    """"The number was 150 million in 2016": a figure whose measure is a placeholder noun takes the
    owner, measure and scope of the last figure of the same kind in its sentence or the one before
    (low confidence, with the reason); with none, it makes no claim."""
    kept = []
    for row in rows:
        if row["metric"] not in vocabulary.placeholders:
            kept.append(row)
            continue
        here = positions[row["doc"]][row["sentence_id"]]
        before = [o for o in kept if o["doc"] == row["doc"] and o["kind"] == row["kind"]
                  and 0 <= here - positions[o["doc"]][o["sentence_id"]] <= 1]
        if before:
            previous = before[-1]
            if estimate_of_the_figure_before(row) and previous["confidence"] == "high" and not previous["earlier"]:
                # "Appfigures said it was downloaded 1.6 million times. Sensor Tower put the figure at 2.9
                # million": a second estimator's value for the quantity just stated
                own_scope = row["scope"] if row["entity_basis"] not in ("none", "") else ""  # (not the estimator's name)
                row.update(entity=previous["entity"], entity_basis=previous["entity_basis"], metric=previous["metric"],
                           scope=own_scope or previous["scope"], period=row["period"] or previous["period"],
                           confidence="high", reason="")
                kept.append(row)
                continue
            row.update(entity=previous["entity"], entity_basis=previous["entity_basis"], metric=previous["metric"],
                       scope=row["scope"] or previous["scope"], confidence="low",
                       reason="; ".join(filter(None, [row["reason"], f"its measure is the one of the figure before "
                                                                     f"(“{row['quote']}” is “the {row['metric']}”)"])))
            kept.append(row)
    return kept


HEDGES = r"(?:about |around |roughly |nearly |almost |some |more than |over |just |close to )?"
ESTIMATE = re.compile(r"\b(?:puts?|putting|pegs?|pegged|placed?|places|estimated?|estimates|reckons?|reckoned)\s+"
                      rf"(?:(?:the|that|this|its|their)\s+(?:figure|number|total|count|tally)|it)\s+at\s+{HEDGES}$", re.I)
# "The Bloomberg index puts it at $9.6 billion": "it" is the quantity the sentence before states
ESTIMATE_IT = re.compile(rf"\b(?:puts?|putting|pegs?|pegged|places?|placed|estimates?|estimated|reckons?|reckoned)\s+it\s+at\s+"
                         rf"{HEDGES}\W?$", re.I)
# "the round values it at $6 billion", "the investment values Loopra at about $4 billion": what the object is worth,
# whoever values it (the round, the deal, analysts), as "is valued at" is; not a deal valued ("valued the deal at"),
# nor a person's fortune or a holding ("values Mr Park's fortune at": a net worth)
VALUES_IT_AT = re.compile(r"\bvalu(?:e|es|ing)\s+(?!(?:the |its |this |that )?(?:deal|transaction|takeover|merger|acquisition|"
                          r"purchase|combination|buyout)\b)(?!(?:[\w'’.-]+\s+){0,3}?(?:fortunes?|wealth|worth|stakes?|holdings?|"
                          rf"assets)\b)(?:[\w'’.-]+\s+){{1,3}}?at\s+{HEDGES}\W?$", re.I)


def estimate_of_the_figure_before(row: dict) -> bool:
    """Whether a placeholder figure is another source's value for the figure just stated ("Sensor
    Tower put the figure at 2.9 million", "estimates the number at about 3 million"): an estimator
    verb with "the figure/number ... at" right before it."""
    context = row["context"].replace("…", "")
    at = context.find(row["quote"])
    return at > 0 and bool(ESTIMATE.search(context[:at]))


COMPARED_REACH = 60  # "$310 million, up from $280 million", "4 million parcels a day last year, up from 1.1 million": the earlier level follows the figure it is compared with


def inherit_from_compared(rows: list[dict], documents: dict | None = None) -> None:
    """An earlier level ("up from 48 million in 2023") is a level of the figure it is compared with:
    it takes the owner and measure of the figure of its kind that ends right before it in its sentence
    ("revenue of $4.2 billion, and net income of $310 million, up from $280 million": net income), and
    that figure's scope when it states none; an attribution between them is not counted in their distance
    ("412 cases, the health department said Tuesday, up from 285")."""
    mark_previous_highs(rows)
    follow_running_totals(rows)
    for row in rows:
        if not row["earlier"]:
            continue
        before = [o for o in rows if o is not row and o["doc"] == row["doc"] and o["sentence_id"] == row["sentence_id"]
                  and not o["earlier"] and o["kind"] == row["kind"] and int(o["end"]) <= int(row["start"])]
        last = max(before, key=lambda o: int(o["end"])) if before else None
        text = documents[row["doc"]].text if documents else ""  # (`documents`: doc -> document, to read the gap)
        if last is not None and (gap_without_attribution(text[int(last["end"]):int(row["start"])]) if text else
                                 int(row["start"]) - int(last["end"])) <= COMPARED_REACH:
            row["entity"], row["metric"] = last["entity"], last["metric"]
            row["scope"] = row["scope"] or last["scope"]  # "75 million ... worldwide, up from 68 million": its scope too
        if not row["scope"]:
            row["scope"] = next((o["scope"] for o in rows if o is not row and o["doc"] == row["doc"]
                                 and o["sentence_id"] == row["sentence_id"] and not o["earlier"]
                                 and o["entity"] == row["entity"]), "")


PERIOD_NOUNS = {"second", "minute", "hour", "day", "week", "month", "quarter", "season", "year", "decade"}


def singular_period(word: str) -> bool:
    """Whether `word` is a unit of time ("quarters", "months", "year")."""
    return word.lower().removesuffix("s") in PERIOD_NOUNS


def elided_noun(reading, record: dict, sentence, neighbours: dict, names: frozenset, before: list) -> None:
    """A count whose noun is left out takes the noun (and rate) the count before it in its sentence
    counts: "3 million riders in 2023 and 4.5 million in 2024", "rival Tandem's 11 million"; the only figure
    of its sentence, held (`HOLDING_VERBS`) by "it", the noun of the last count the sentence `before` it (a list of
    none or one) names ("closed the quarter with 18.6 million paying members. In the UK alone it has 6.1 million")."""
    start = int(record["start"])
    here = neighbours.get((record["doc"], sentence.sentence_id), [])
    counts = [n for n in here if str(n.get("kind")) == "count"]
    earlier = sorted((n for n in counts if int(n["end"]) <= start), key=lambda n: -int(n["start"]))
    earlier = [(sentence, n) for n in earlier] or [
        (previous, n) for previous in before if len(here) == 1 and reading.verb in HOLDING_VERBS
        and reading.entity_basis == "pronoun" and previous.kind != "heading"
        for n in sorted(neighbours.get((record["doc"], previous.sentence_id), []), key=lambda n: -int(n["start"]))
        if str(n.get("kind")) == "count"]
    for said_in, other in earlier:
        other_reading = read_figure(said_in.text, int(other["start"]) - said_in.start,
                                    int(other["end"]) - said_in.start, names)
        if other_reading.counted.split()[-1:] and singular_period(other_reading.counted.split()[-1]):
            continue  # "after three quarters it has delivered 297,000": a span of time is not what it counts
        if other_reading.counted:  # "300,000 packages a day, while Haulo sends 250,000": a rate too
            reading.counted, reading.rate = other_reading.counted, reading.rate or other_reading.rate
            reading.measure_text = f"{reading.measure_text} {other_reading.counted}"
            return


def figures_by_sentence(figures: list[dict]) -> dict[tuple[str, int], list[dict]]:
    """Figure rows grouped by (doc, start of sentence) for looking up dates inside a period phrase."""
    grouped: dict[tuple[str, str], list[dict]] = {}
    for record in figures:
        grouped.setdefault((_text(record.get("doc")), _text(record.get("sentence_id"))), []).append(record)
    return grouped
