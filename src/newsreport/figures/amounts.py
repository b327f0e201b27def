"""Numbers placed as figures: each number read by `find_atoms` becomes a year, a range
with its neighbour, or an amount with its unit, qualifier, direction and subject; digits that
belong to a name are dropped."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsreport.figures.ages import is_age
from newsreport.figures.fraction_numbers import (FRACTION_OF_SCALE, FRACTION_OF_SCALE_MARKS, FRACTION_READERS,
                                                 fraction_of_scale_atom, whole_and_fraction_atom)
from newsreport.figures.names import is_model_name, is_name_part, is_score, kind_noun_follows
from newsreport.figures.numbers import ATOM, Atom, read_numeral_atom, read_word_atom
from newsreport.figures.qualifiers import direction_of, qualifier_after, qualifier_before
from newsreport.figures.ranges import add_range, is_alternative, is_movement, joins_range
from newsreport.figures.scientific_numbers import SCIENTIFIC, SCIENTIFIC_GUARD, scientific_atom
from newsreport.figures.record import Figure
from newsreport.figures.subjects import subject_of
from newsreport.figures.units import noun_end, read_tail
from newsreport.figures.years import split_year_end, year_like, year_span

if TYPE_CHECKING:
    from newsreport.figures.scan import Scan


def find_atoms(scan: Scan) -> list[Atom]:
    """Every readable number of the text outside claimed spans, in text order: numbers written
    with a fraction first (`fraction_numbers`) or in scientific notation (`scientific_numbers`), then
    numerals and number words (`numbers`)."""
    atoms = []
    lower = scan.text.lower()
    if any(mark in lower for mark in FRACTION_OF_SCALE_MARKS):
        for match in FRACTION_OF_SCALE.finditer(scan.text):
            if scan.is_free(match.start(), match.end()):
                atoms.append(fraction_of_scale_atom(match))
    taken = bytearray(len(scan.text))
    for atom in atoms:
        taken[atom.start:atom.end] = b"\x01" * (atom.end - atom.start)
    readers = [(pattern, any(mark in lower for mark in marks), whole_and_fraction_atom)
               for pattern, marks in FRACTION_READERS]
    readers.append((SCIENTIFIC, SCIENTIFIC_GUARD.search(scan.text) is not None, scientific_atom))
    for pattern, possible, reader in readers:
        if not possible:
            continue
        for match in pattern.finditer(scan.text):
            if scan.is_free(match.start(), match.end()) and not any(taken[match.start():match.end()]):
                atom = reader(match)
                if atom is not None:
                    atoms.append(atom)
                    taken[atom.start:atom.end] = b"\x01" * (atom.end - atom.start)
    for match in ATOM.finditer(scan.text):
        if not scan.is_free(match.start(), match.end()) or any(taken[match.start():match.end()]):
            continue
        atom = read_word_atom(scan.text, match) if match.group("words") else read_numeral_atom(scan.text, match)
        if atom is not None:
            atoms.append(atom)
    return sorted(atoms, key=lambda a: a.start)


# Shares of a split written with a slash: "a 50/50 chance", "a 60/40 split".
SLASH_SPLIT = re.compile(r"(?<![\w/.])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\w/.])")


def find_slash_splits(scan: Scan) -> None:
    """Add the shares of splits written "60/40" (two whole numbers adding up to 100 before a word of
    sharing), in percent: one figure when the shares are equal."""
    if "/" not in scan.text:
        return
    for match in SLASH_SPLIT.finditer(scan.text):
        a, b = int(match.group("a")), int(match.group("b"))
        split = SPLIT_NOUN.match(scan.text, match.end()) or SPLIT_BEFORE.search(scan.text, max(0, match.start() - 30),
                                                                                 match.start())
        if a + b != 100 or not split or not scan.is_free(*match.span()):
            continue
        if a == b:
            scan.add(Figure(match.start(), match.end(), "", "percent", value=float(a), unit="%"))
        else:
            scan.add(Figure(match.start("a"), match.end("a"), "", "percent", value=float(a), unit="%"))
            scan.add(Figure(match.start("b"), match.end("b"), "", "percent", value=float(b), unit="%"))


def find_numbers(scan: Scan) -> None:
    """Add every number of the text not already claimed, joining neighbours into ranges."""
    find_slash_splits(scan)
    atoms = find_atoms(scan)
    index = 0
    while index < len(atoms):
        atom = atoms[index]
        partner = atoms[index + 1] if index + 1 < len(atoms) else None
        split_end = split_year_end(scan.text, atom)
        if split_end is not None:
            year = int(atom.value)
            scan.add(Figure(atom.num_start, split_end, "", "year", value=float(year),
                            date=f"{year}/{year + 1}", period=f"{year}/{year + 1}"))
            index += 2 if partner is not None and partner.num_start < split_end else 1
            continue
        if (span := year_span(scan.text, atom)) is not None:
            first, (last, span_end) = int(atom.value), span
            scan.add(Figure(atom.num_start, span_end, "", "year", low=float(first), high=float(last),
                            qualifier="range", date=f"{first}/{last}", period=f"{first}/{last}"))
            index += 2 if partner is not None and partner.num_start < span_end else 1
            continue
        if partner is not None and join_cents(scan.text, atom, partner):
            add_atom(scan, atom)  # "4 dollars 25 cents", "twelve dollars and sixty cents": one amount
            index += 2
            continue
        if partner is not None and add_split(scan, atom, partner):
            index += 2
            continue
        if partner is not None and is_score(scan.text, atom, partner):
            index += 2  # "won 3-1": a score counts nothing
            continue
        if partner is not None and re.fullmatch(r"[-–]", scan.text[atom.num_end:partner.num_start]) \
                and is_name_part(scan, atom):
            index += 2  # "ISO 9001-2", "Boeing 777-300": the number of a name
            continue
        if partner is not None and is_alternative(scan.text, atom, partner):
            read_tail(scan.text, partner)
            atom.kind, atom.unit, atom.currency = partner.kind, partner.unit, partner.currency
        elif partner is not None and is_movement(scan.text, atom, partner):
            add_atom(scan, atom)  # "rose from 3 million to 7 million": two figures
            add_atom(scan, partner)
            index += 2
            continue
        elif partner is not None and joins_range(scan.text, atom, partner):
            if is_model_name(scan.text, partner):  # "16-18 Harbour Road": an address, not a range
                index += 2
                continue
            add_range(scan, atom, partner)
            index += 2
            continue
        add_atom(scan, atom)
        index += 1
    inherit_in_parentheses(scan)


# A number word as the subject of a verb counts people or things named before: "two were injured",
# "three have died".
COUNT_SUBJECT = re.compile(r"\s+(?:were|was|are|have|had|remain|remained|died|survived|escaped|fled|"
                           r"will|would|could|did)\b", re.IGNORECASE)
# A number word whose noun is left out, told with its state after "with" ("12 were hurt, with two in
# critical condition", "won 14 seats, with three going to independents", "with five still missing"),
# or after "and" or a comma next to a count just read ("12 were cancelled and nine delayed").
WITH_COUNT_BEFORE = re.compile(r"\bwith\s+$", re.IGNORECASE)
LISTED_COUNT_BEFORE = re.compile(r"\d[\d,]*\s+(?:were\s+|was\s+)?[a-z]+(?:,|\s+and)\s+$")
COUNT_STATE_AFTER = re.compile(r"\s+(?:(?:still|later|now|also|reported|feared|believed)\s+)?(?:in|on|at|going|left|"
                               r"missing|dead|injured|hurt|wounded|killed|unaccounted|critical|(?!need|feed|seed)[a-z]{2,}ed\b)")
# ... or the object of a verb of gain or loss whose noun was just counted: "lost 11 seats and gained
# two", "signed three players and sold two", "won 12 medals but lost four appeals".
ELIDED_OBJECT_BEFORE = re.compile(r"\b(?:gained|gains|lost|loses|added|adds|won|wins|shed|sheds|cut|cuts|dropped|"
                                  r"signed|sold|bought|opened|closed|picked\s+up|took)\s+$", re.IGNORECASE)
CLAUSE_ENDS_AFTER = re.compile(r"\s*(?:[.,;)]|$)|\s+(?:and|but|while|whereas|each|apiece|more)\b")
# A number word before "of the", "of them": how many of a group ("seven of the 10 largest banks").
# and "of" a named owner's ("three of Europe's biggest banks", "two of CERN's experiments")
PART_OF_GROUP = re.compile(r"\s+of\s+(?:(?i:the|its|their|them|those|these|our|us|his|her|whom|which)\b|"
                           r"[A-Z][\w&.-]*['’]s?\s)")


# A number word before a hyphened number and the noun they both describe: "six 90-minute classes",
# "two 30-second ads", "three one-hour speeches": the word counts the noun.
COUNT_BEFORE_COMPOUND = re.compile(r"\s+(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|"
                                   r"twenty|thirty|forty|fifty|sixty|ninety)-[a-z]+\s+(?P<noun>[a-z]+s)\b")


# A parent of a number of children: "a mother of three", "father-of-two".
PARENT_OF = re.compile(r"\b(?:mother|father|mom|mum|dad|parent|grandmother|grandfather|grandparent)[\s-]of[\s-]$",
                       re.IGNORECASE)


# Cents or pence after a whole amount of money: the two numbers are one sum.
CENTS_AFTER = re.compile(r"\s*(?:cents?|pence|p)\b", re.IGNORECASE)


def join_cents(text: str, atom: Atom, partner: Atom) -> bool:
    """Whether `partner` gives the cents of the money amount `atom` ("4 dollars 25 cents"); if so,
    `atom` grows over it and takes its value."""
    read_tail(text, atom)
    if atom.kind != "money" or atom.has_scale or not re.fullmatch(r"\s+(?:and\s+)?", text[atom.end:partner.start]):
        return False
    cents = CENTS_AFTER.match(text, partner.num_end if not partner.words else partner.end)
    if cents is None or not 0 < partner.value < 100 or partner.has_scale:
        return False
    atom.value = atom.raw_value = atom.value + partner.value / 100
    atom.end = cents.end()
    return True


def add_split(scan: Scan, atom: Atom, partner: Atom) -> bool:
    """Two whole numbers joined by a dash that add up to 100 before a word of sharing, or after a verb
    of splitting, are the shares of a split, in percent: "a 60-40 split" (60% and 40%), "a 50-50 joint
    venture" (50%, once), "the vote split 55-45"."""
    text = scan.text
    if atom.words or partner.words or atom.has_scale or partner.has_scale or atom.currency \
            or text[atom.num_end:partner.num_start] not in ("-", "–") or atom.value + partner.value != 100 \
            or not (SPLIT_NOUN.match(text, partner.num_end)
                    or SPLIT_BEFORE.search(text, max(0, atom.start - 30), atom.start)):
        return False
    if atom.value == partner.value:
        scan.add(Figure(atom.num_start, partner.num_end, "", "percent", value=atom.value, unit="%"))
    else:
        scan.add(Figure(atom.num_start, atom.num_end, "", "percent", value=atom.value, unit="%"))
        scan.add(Figure(partner.num_start, partner.num_end, "", "percent", value=partner.value, unit="%"))
    return True


# ... or after a verb or noun of splitting: "the vote split 60/40", "divided 70/30 between them"
SPLIT_BEFORE = re.compile(r"\b(?:split|splits|splitting|divided|divides|shared|carved\s+up)\s+(?:of\s+)?"
                          r"(?:(?:roughly|about|almost|nearly|around)\s+)?$", re.IGNORECASE)
SPLIT_NOUN = re.compile(r"\s+(?:[a-z]+\s+)?(?:split|venture|stake|ownership|partnership|deal|basis|chance|shot|"
                        r"odds|mix|division|arrangement|share|structure)\b", re.IGNORECASE)


# A verb of spreading something out in time before "over" and a duration: the duration is the span,
# no bound ("repaid over 25 years", "phased in over three years", "spread over six months").
SPREAD_OVER = re.compile(r"\b(?:re)?(?:paid|pay|pays|paying|payable|spread|spreads|spreading|phased|phasing|"
                         r"staggered|amortized|amortised|spent|spend|spending|invested|invest|investing|"
                         r"disbursed|distributed|rolled|rolling|implemented|delivered|released|built)"
                         r"(?:\s+(?:in|out|back))?\s+$", re.IGNORECASE)


def is_period_of_amount(scan: Scan, q_start: int, start: int) -> bool:
    """Whether "over" before a duration spans the period an amount accrues over ("costs $1.7
    trillion over 66 years", "returned 12.5% a year over five years"), not "more than" ("for over
    20 years"): an amount ends a few words before it in the same clause."""
    if not re.fullmatch(r"over\s+", scan.text[q_start:start], re.IGNORECASE):
        return False
    if SPREAD_OVER.search(scan.text, max(0, q_start - 30), q_start):
        return True  # "repaid over 25 years", "phased in over three years"
    # (a share of people accrues nothing: "1 in 20 waited over 12 hours" waited more than 12 hours; a
    # share that changed does: "fell by nearly half over three decades")
    return any(figure.kind not in ("date", "year", "rank", "duration")
               and (figure.kind != "ratio" or figure.direction) and 0 <= q_start - figure.end <= 25
               and not re.search(r"[.;:]", scan.text[figure.end:q_start]) for figure in scan.figures[-3:])


# Counted spans of time that are no duration units: trading sessions, sport seasons, school terms
# ("sank 23% over two sessions", "scored 41 goals over three seasons").
SPAN_COUNT_UNITS = frozenset(("sessions", "trading sessions", "seasons", "terms", "trading days", "semesters"))


BY_BEFORE = re.compile(r"\bby\s+$", re.IGNORECASE)
AGE_GROUP_BEFORE = re.compile(r"\b(under|over)-$", re.IGNORECASE)


def _count_read_before(scan: Scan, start: int) -> bool:
    """Whether a count of a noun was read a short way before `start` in the same sentence."""
    return any(f.kind in ("count", "other") and f.unit and 0 <= start - f.end <= 60
               and not re.search(r"[.;:!?]", scan.text[f.end:start]) for f in scan.figures[-3:])


def add_atom(scan: Scan, atom: Atom) -> None:
    """Add one number as a figure (a year, or an amount with its context), unless it names a thing."""
    text = scan.text
    read_tail(text, atom)
    if atom.extra.get("term_adjective"):
        return
    if year_like(text, atom):
        digits = text[atom.num_start:atom.num_end]
        tail = re.match(r"(?:['’′]?s)?", text[atom.num_end:]).end()
        scan.add(Figure(atom.num_start, atom.num_end + tail, "", "year", value=atom.value,
                        date=digits, period=digits))
        return
    group = AGE_GROUP_BEFORE.search(text, max(0, atom.num_start - 7), atom.num_start)
    if group and re.match(r"s\b", text[atom.num_end:atom.num_end + 2]) and 0 < atom.value < 120:
        # an age group: "under-18s", "the over-65s" (a bound on age, not a count)
        scan.add(Figure(group.start(), atom.num_end + 1, "", "other", value=atom.value, unit="years old",
                        qualifier="less_than" if group.group(1).lower() == "under" else "more_than"))
        return
    if is_age(text, atom):
        atom.kind, atom.unit = "other", "years old"
    elif is_name_part(scan, atom):
        return
    if is_model_name(text, atom):
        return
    compound = COUNT_BEFORE_COMPOUND.match(text, atom.end) if atom.words and atom.kind == "count" else None
    if compound and not atom.noun_phrase and not atom.unit:
        atom.unit = compound.group("noun")  # "six 90-minute classes": six classes (the 90 minutes apart)
    if atom.kind == "count" and atom.words and not atom.has_scale and not atom.noun_phrase \
            and not atom.unit and not atom.extra.get("suspended") and not PART_OF_GROUP.match(text, atom.end) \
            and kind_noun_follows(text, atom.end) is None \
            and not PARENT_OF.search(text, max(0, atom.start - 30), atom.start) \
            and not (COUNT_SUBJECT.match(text, atom.end) and atom.value != 1) \
            and not (atom.value >= 2 and COUNT_STATE_AFTER.match(text, atom.end)
                     and (WITH_COUNT_BEFORE.search(text, max(0, atom.start - 6), atom.start)
                          or LISTED_COUNT_BEFORE.search(text, max(0, atom.start - 40), atom.start))) \
            and not (atom.value >= 2 and ELIDED_OBJECT_BEFORE.search(text, max(0, atom.start - 12), atom.start)
                     and CLAUSE_ENDS_AFTER.match(text, atom.end) and _count_read_before(scan, atom.start)) \
            and qualifier_before(text, atom.start)[0] == "exact" \
            and not (BY_BEFORE.search(text, max(0, atom.start - 4), atom.start)
                     and direction_of(text, atom.start, atom.end)):
        # a bare number word counts nothing: "the bottom three" (but "seven of the 10 banks", a hedged
        # "at least one other app" and the amount of a change, "the toll rose by four", count)
        return
    kind_end = kind_noun_follows(text, atom.end) if atom.words and not atom.noun_phrase else None
    if kind_end is not None:
        atom.end = kind_end  # "six 3-pointers": the kind noun is what is counted
    qualifier, q_start = qualifier_before(text, atom.start)
    if qualifier == "more_than" and (atom.kind == "duration" or atom.unit.lower() in SPAN_COUNT_UNITS) \
            and is_period_of_amount(scan, q_start, atom.start):
        qualifier, q_start = "exact", atom.start
    after = qualifier_after(text, atom.end)
    if after and qualifier == "exact":
        qualifier, atom.end = after
    direction = atom.direction or direction_of(text, q_start, atom.end)
    end = atom.end
    if atom.noun_phrase:
        end = noun_end(text, atom.end, atom.noun_phrase)
        after_noun = qualifier_after(text, end) if qualifier == "exact" else None
        if after_noun:  # "50 employees or fewer", "10,000 people or more"
            qualifier, end = after_noun
    figure = Figure(q_start, end, "", atom.kind, value=atom.value, unit=atom.unit,
                    qualifier=qualifier, direction=direction)
    figure.subject = subject_of(scan, atom, figure)
    scan.add(figure)


# What may stand between two amounts of one change over different spans: a span label, then "and".
# The span label may be a short phrase of time or place ("in January", "on Monday", "in the first
# half", "through the year", "in Europe"), whose words are no verb or clause word; a list comma may
# stand for "and", and "a further"/"another" may open the second amount.
_CLAUSE_WORDS = (r"(?:was|were|is|are|be|been|being|has|have|had|said|says|say|while|but|which|that|who|"
                 r"as|it|its|they|their|he|she|we|and|or|of|to|than|after|before|when|because|if)")
PAIRED_CHANGE_GAP = re.compile(
    r"\s*(?:[qmy]/[qmy]|yoy|qoq|mom|on\s+the\s+(?:day|week|month|quarter|year)|"
    r"(?:day|week|month|quarter|year)[-\s]on[-\s](?:day|week|month|quarter|year)|sequentially|"
    r"from\s+a\s+(?:week|month|quarter|year)\s+(?:earlier|ago|before)|"
    rf"(?:in|on|over|through|throughout|during|across|at|for)\s+(?:(?!{_CLAUSE_WORDS}\b)[\w'’.-]+\s+){{0,3}}?"
    rf"(?!{_CLAUSE_WORDS}\b)[\w'’.-]+)?"
    r"(?:,?\s+and(?:\s+then)?|,)\s+(?:(?:a\s+further|another)\s+)?", re.IGNORECASE)


# A second amount that is a share of something or a gap to a mark is no second change: "and 40% of
# buyers", "2% above forecasts", "3% short of the record".
COMPARED_AFTER = re.compile(r"\s+(?:of|above|below|under|over|ahead|behind|short|shy|higher|lower|more|less|"
                            r"fewer|than|off)\b", re.IGNORECASE)


# What may stand between a change and the next one whose verb is left out: a list comma or "and",
# then a name ("France's CAC 40", "the Hang Seng").
GAPPED_CHANGE = re.compile(r"\s*(?:,|;)\s*(?:and\s+)?(?:the\s+)?(?:(?:[A-Z][\w'’&.-]*|\d{1,4})(?:['’]s)?\s+){1,5}"
                           r"|\s+and\s+(?:the\s+)?(?:(?:[A-Z][\w'’&.-]*|\d{1,4})(?:['’]s)?\s+){1,5}")
# Text printed all in lower case ("the dow fell 1.2% and the nasdaq 0.8%") has no capitals to tell a
# name by: there the name follows "the" and holds no word that opens a clause.
GAPPED_CHANGE_LOWER = re.compile(r"\s*(?:,|;)?\s*(?:and\s+)?the\s+(?:(?!" + _CLAUSE_WORDS + r"\b|expects?\b|sees?\b|saw\b)"
                                 r"(?:[a-z][\w'’&.-]*|\d{1,4})(?:['’]s)?\s+){1,4}")


def inherit_in_parentheses(scan: Scan) -> None:
    """A conversion in parentheses or after a slash shares the qualifier and direction of the
    figure it converts: "over 2 million euros (US $2.2 million)"; a change restated after "or" in
    another measure shares its direction ("fell 120 points, or 0.9%")."""
    text = scan.text
    lower_case = not any(ch.isupper() for ch in text)
    numeric = sorted((f for f in scan.figures if f.kind not in ("date", "year", "rank")), key=lambda f: f.start)
    for previous, figure in zip(numeric, numeric[1:]):
        gap = text[previous.end:figure.start]
        if re.fullmatch(r"\s*\(\s*|\s*/\s*", gap) and (gap.strip() == "(" or text.rfind("(", 0, previous.start) >
                                                      text.rfind(")", 0, previous.start)):
            if figure.qualifier == "exact" and previous.qualifier != "range":
                figure.qualifier = previous.qualifier
            if not figure.direction:
                figure.direction = previous.direction
        # a change restated in another measure shares its direction: "shed 120 points, or 0.9%"
        elif re.fullmatch(r",?\s+or\s+", gap) and previous.direction and not figure.direction \
                and (previous.kind, previous.unit) != (figure.kind, figure.unit):
            figure.direction = previous.direction
        # the same change over a second span: "grew 0.3% q/q and 1.1% y/y", "rose 2% on the month and
        # 5% on the year", "fell 3% and 4% respectively", "rose 2.1% in May and 1.4% in June", "slid 4% in
        # Europe, 6% in Asia" (not a share: "and 40% of buyers")
        elif PAIRED_CHANGE_GAP.fullmatch(gap) and previous.direction and not figure.direction \
                and (previous.kind, previous.unit) == (figure.kind, figure.unit) \
                and not COMPARED_AFTER.match(text, figure.end):
            figure.direction = previous.direction
        # a change whose verb is left out after a list comma or "and": "the DAX rose 1.2%, France's
        # CAC 40 0.8% and the FTSE 100 0.5%", "the Nikkei fell 1.1% and the Hang Seng 2.3%" (names only
        # between: a lower-case word other than "the" or "and" is a verb or starts a new clause)
        elif (GAPPED_CHANGE.fullmatch(gap) or (lower_case and GAPPED_CHANGE_LOWER.fullmatch(gap))) \
                and previous.direction and not figure.direction \
                and (previous.kind, previous.unit) == (figure.kind, figure.unit) \
                and not re.match(r"\s+of\b", text[figure.end:figure.end + 4]):
            figure.direction = previous.direction
