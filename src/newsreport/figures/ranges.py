"""Two neighbouring numbers read as one range: "5 to 10 million", "between 5% and 6%",
"from $75 per barrel to $45.88", "three or four years", "5-10%"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsreport.figures.ages import AGE_LEAD
from newsreport.figures.qualifiers import CHANGE_FROM, QUALIFIER_WORDS, direction_of, qualifier_before
from newsreport.figures.record import Figure
from newsreport.figures.subjects import subject_of
from newsreport.figures.units import noun_end, read_tail
from newsreport.figures.years import year_like

# a range of ages named by its group: "the 18-24 age group", "the 25-34 age bracket", "the 18-to-29
# demographic", "the 65-74 cohort"
AGE_GROUP_AFTER = re.compile(r"(?:\s*-?\s*years?[\s-]olds?)?\s+(?:age[\s-](?:groups?|brackets?|ranges?|bands?|cohorts?)|"
                             r"demographics?|cohorts?)\b", re.IGNORECASE)

if TYPE_CHECKING:
    from newsreport.figures.numbers import Atom
    from newsreport.figures.scan import Scan

# ("or" also with a guess after it, or a guess alone after a comma: "two, maybe three days", "five or
# perhaps six firms": a rough range, as "six or seven weeks")
RANGE_CONNECTOR = re.compile(
    r"\s*(?:(?P<dash>[-–—])|(?P<to>-?\s*to\s*-?|through)|(?P<and>-?\s*and)|"
    r"(?P<or>or(?:\s+(?:maybe|perhaps|possibly))?|,\s*(?:maybe|perhaps|possibly)))\s*", re.IGNORECASE)


def is_alternative(text: str, first: Atom, second: Atom) -> bool:
    """Two numerals joined by "or" are two figures sharing the second's unit: "8 or 9 euros",
    "3 or 4 percent" (number words, "three or four years", read as one rough range)."""
    if first.words or second.words or first.unit or first.currency:
        return False
    return bool(re.fullmatch(r"\s*or\s*", text[first.end:second.start], re.IGNORECASE))


def is_movement(text: str, first: Atom, second: Atom) -> bool:
    """Whether two numbers are where a change started and ended ("rose from 3 to 7 million",
    "raised the threshold from $200 to $800"): two figures, not a range. If so, each takes what
    the other writes and it leaves out: the scale ("3" is 3 million) and the unit or currency."""
    read_tail(text, first)
    read_tail(text, second)
    # from zero, it is a span of speeds or charge ("goes from 0 to 80 km/h", "charges from 0 to 80%"),
    # but growth when it ends in a scaled amount or money ("went from zero to 50 million users")
    from_zero_span = first.value == 0 and not (second.has_scale or second.currency)
    # a hedge may stand after "from": "went from fewer than 500,000 to 4.1 million", "rose from about 2%"
    _, hedge_start = qualifier_before(text, first.start)
    if not re.fullmatch(r"\s*to\s*", text[first.end:second.start], re.IGNORECASE) or from_zero_span \
            or not CHANGE_FROM.search(text[max(0, hedge_start - 50):hedge_start]):
        return False
    if second.has_scale and not first.has_scale and first.raw_value <= second.raw_value:
        first.value, first.scale, first.has_scale = first.raw_value * second.scale, second.scale, True
    if not (first.unit or first.currency) and (second.unit or second.currency):
        first.kind, first.unit, first.currency = second.kind, second.unit, second.currency
    elif not (second.unit or second.currency) and (first.unit or first.currency):
        second.kind, second.unit, second.currency = first.kind, first.unit, first.currency
    return True


def joins_range(text: str, first: Atom, second: Atom) -> bool:
    """Whether two neighbouring numbers are one range."""
    read_tail(text, first)
    read_tail(text, second)
    if year_like(text, first) or year_like(text, second):
        return False
    left = text[max(0, first.start - 40):first.start]
    gap = text[first.end:second.start]
    connector = RANGE_CONNECTOR.fullmatch(gap)
    if connector is None and re.search(r"\bfrom\s+$", left, re.IGNORECASE):
        connector = re.fullmatch(r"\s*(?:per|a|an)\s+[\w ]{1,20}?\s+(?P<to>to)\s*", gap, re.IGNORECASE)
    if connector is None and first.end != first.num_end and not first.currency:
        connector = RANGE_CONNECTOR.fullmatch(text[first.num_end:second.start])
        if connector is not None and first.unit and second.unit and first.unit != second.unit:
            connector = None
    if connector is None:
        return False
    if connector.groupdict().get("and"):
        # "between 40,000 and 50,000", "between the ages of 18 and 24"
        if not re.search(r"\bbetween\s+(?:the\s+ages\s+of\s+)?(?:(?:" + QUALIFIER_WORDS + r")\s+)?$", left,
                         re.IGNORECASE):
            return False
    if connector.groupdict().get("or"):
        if first.unit or not (first.kind == second.kind or first.kind == "count") \
                or not (first.value < second.value <= first.value * 3):
            return False
    if connector.groupdict().get("to") and not re.search(r"\bfrom\s+$", left, re.IGNORECASE) \
            and first.value > second.value and not (second.has_scale and not first.has_scale):
        return False  # a range is written low to high: "raised by 25 bps to 5.25%" is a change and a level
    if connector.groupdict().get("to") or connector.groupdict().get("dash"):
        # "rose 20 cents to $5.40", "grew by $2 billion to $40 billion": a change, then a level
        changed = first.direction or direction_of(text, first.start, first.end)
        # a change and its level are told apart by size: the bounds of a range are close ("fell by 1
        # to 1.5 points", "rise 10% to 15%"), a level dwarfs the change ("fell by 9,000 to 211,000",
        # "grew by $2 billion to $40 billion"); "rose 20 cents to $5.40" differs in unit (below)
        low = first.raw_value * second.scale if second.has_scale and not first.has_scale \
            and first.raw_value <= second.raw_value else first.value
        if (changed or re.search(r"\bby\s+$", left, re.IGNORECASE)) and abs(second.value) > 3 * abs(low):
            return False
    if connector.groupdict().get("dash") and first.value == second.value:
        return False  # equal bounds make no range: a tied score "2-2"
    if first.currency and second.currency and first.currency != second.currency:
        return False
    if first.kind != second.kind and "count" not in (first.kind, second.kind):
        return False
    if first.unit and second.unit and first.unit.lower().rstrip("s") != second.unit.lower().rstrip("s") \
            and first.kind != "money":
        return False
    return True


def add_range(scan: Scan, first: Atom, second: Atom) -> None:
    """Add the range `first`..`second`, with the scale of the second read into the first
    ("5 to 10 million"), its qualifier and, when it is the amount of a change, its direction."""
    text = scan.text
    low, high = first.value, second.value
    if second.has_scale and not first.has_scale and first.raw_value <= second.raw_value:
        low = first.raw_value * second.scale
    kind = second.kind if second.kind != "count" else first.kind
    unit = second.unit or first.unit
    group = AGE_GROUP_AFTER.match(text, second.num_end) if kind == "count" and 0 < low < high <= 120 else None
    age = (AGE_LEAD.search(text[max(0, first.start - 20):first.start]) or group) and kind == "count"
    if age:
        kind, unit = "other", "years old"  # "aged 18 to 34"
    q_start = first.start
    left = text[max(0, first.start - 40):first.start]
    between = re.search(r"\b(?:between|from)\s+$", left, re.IGNORECASE)
    if between:
        q_start = first.start - len(between.group())
    qualifier, approx_start = qualifier_before(text, q_start)
    qualifier = "approx" if qualifier == "approx" else "range"
    end = second.end
    # an age counts years; what follows it is the sentence's verb: "users aged 18 to 34 make up"
    if age and not second.noun_phrase.startswith("year"):
        second.noun_phrase = ""
    if group:
        end = group.end()  # "the 18-24 age group": the range with the group it names
    elif second.noun_phrase:
        end = noun_end(text, second.end, second.noun_phrase)
    # a range is a change only when it is the amount of one: "fell by 1 to 1.5 degrees", "sales
    # fell 10-12%" (a dash range right after its verb), not "between 2 and 3% growth"
    by = re.search(r"\bby\s+$", text[max(0, approx_start - 10):approx_start], re.IGNORECASE)
    dash = re.fullmatch(r"\s*[-–]\s*", text[first.num_end:second.start]) is not None
    figure = Figure(approx_start, end, "", kind, low=low, high=high, unit=unit, qualifier=qualifier,
                    direction=direction_of(text, approx_start, second.end) if by or dash else "")
    figure.subject = subject_of(scan, second, figure)
    scan.add(figure)
