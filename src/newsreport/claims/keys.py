"""Claim keys from a figure's sentence: the entity it belongs to, the period it refers to, who is
cited for it, and whether a date was stated or resolved from the publication date."""

from __future__ import annotations

import re

from newsreport.claims.names import ANAPHORIC_NOUNS, GRADE, PLATFORMS, plural_common_noun, without_descriptor
from newsreport.claims.place_names import canonical_place, joined_scope
from newsreport.claims.subjects import REPORTING_VERBS, sentence_subject  # (imported from here too)
from newsreport.claims.vocabulary import Vocabulary, entity_mentions, span_gap
from newsreport.claims.wording import MONTH_NAMES
from newsreport.figures.quarters import QUARTER_PHRASES, stated_quarter

SUBJECT_REACH = 4  # an alias starting within this many characters of a sentence is its subject

_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|" \
         r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
# Period phrases near a number when the figures table leaves `period` empty.
PERIOD_PHRASES = QUARTER_PHRASES + [
    (re.compile(r"\b(?:mid|middle of)[- ]?((?:19|20)\d{2})\b", re.I), lambda m: f"{m.group(1)}-06"),
    (re.compile(r"\b(?:early|start of|beginning of)[- ]?((?:19|20)\d{2})\b", re.I), lambda m: f"{m.group(1)}-01"),
    (re.compile(r"\b(?:late|end of)[- ]?((?:19|20)\d{2})\b", re.I), lambda m: f"{m.group(1)}-12"),
    (re.compile(rf"\b({_MONTH})\.?,? ((?:19|20)\d{{2}})\b", re.I), lambda m: f"{m.group(2)}-{month_number(m.group(1)):02d}"),
    (re.compile(r"\b((?:19|20)\d{2})\b"), lambda m: m.group(1)),
]
PERIOD_PREPOSITION = re.compile(r"\b(?:in|by|during|for|as of|since|until|through|throughout|at the end of)\s+(?:the\s+)?$",
                                re.I)
FULL_DATE_BEFORE = re.compile(r"\d{1,2},?\s*$")  # "September 3, " before a year: a day, not a period
RELATIVE_YEAR = [(re.compile(r"\b(?:the )?(?:following|next) year\b|\ba year later\b", re.I), 1),
                 (re.compile(r"\b(?:the )?previous year\b|\ba year (?:earlier|before)\b", re.I), -1)]
# "according to Sensor Tower", "citing Reuters", "Shein said", "it reported" (resolved to the last subject).
CITATION = [
    re.compile(r"\baccording to (?:the )?((?:[A-Z][\w&.'’-]*)(?:\s+[A-Z][\w&.'’-]*){0,4})"),
    re.compile(r"\bciting (?:the )?((?:[A-Z][\w&.'’-]*)(?:\s+[A-Z][\w&.'’-]*){0,4})"),
    re.compile(r"\b((?:[Tt]he )?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4}) (?:said|says|reported|reports|"
               r"has learned|estimated|estimates|found)\b"),
    # "it said", "The company said 3.2 million people had signed up": the one named before
    re.compile(rf"\b(?P<pronoun>[Ii]t|they|[Tt]he (?:{'|'.join(sorted(ANAPHORIC_NOUNS, key=len, reverse=True))})) "
               r"(?:said|says|reported|reports|estimated|found)\b"),
    # "Tamsel, the maker of Crunchfield crisps, said": the name an appositive describes
    re.compile(r"\b([A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4}),\s+(?:the|a|an|its)\s[^,;]{1,60},\s+"
               r"(?:said|says|reported|reports|estimated|estimates|found)\b"),
]
WHEN_YEAR = re.compile(r"^,?\s+(?:when|as of|back in|in)\b[^.;,]{0,35}?\b((?:19|20)\d{2})\b")
HOLDS_NOW = re.compile(r"\b(?:now|currently|has|have|counts|numbers?|stands|is|are)\b", re.I)  # a level that holds now
EARLIER_REACH = 25  # characters after an earlier level in which "a year earlier" dates it


def earlier_level_year(sentence: str, start: int, end: int, published=None) -> str:
    """The year of an earlier level dated relative to the sentence's own year: '2023' for the 12
    million of "carried 14 million in 2024, up from 12 million a year earlier" (or "the previous
    year"), or the year of a "when" clause right after it ("up from 2 million when it launched in
    2021"); the same quarter a year before for a sentence that names a quarter ("third-quarter
    revenue ..., up from $280 million a year earlier": 2025-Q3 in an article of 2026); '' when no
    such phrase follows the figure."""
    after = sentence[end:end + EARLIER_REACH]
    when = WHEN_YEAR.match(sentence[end:end + 2 * EARLIER_REACH])
    if when:  # "up from 2 million when it launched in 2021"
        return when.group(1)
    for pattern, step in RELATIVE_YEAR:
        match = pattern.search(after)
        if not match or match.start() > 3:
            continue
        quarter = stated_quarter(sentence, 0, start, published)
        if quarter:
            return f"{int(quarter[:4]) + step}{quarter[4:]}"
        years = re.findall(r"\b((?:19|20)\d{2})\b", sentence[:start])
        if years:
            return str(int(years[-1]) + step)
        if published is not None and step < 0 and HOLDS_NOW.search(sentence[:start]):  # "now has 42 million, up
            # from 30 million a year earlier": a year back
            return f"{published.year - 1}-{published.month:02d}"  # from the month the level now is dated by
    return ""


SUBJECT_AT_START = re.compile(r"^((?:[A-Z][\w&.'’-]*)(?:\s+[A-Z][\w&.'’-]*){0,4})(?:,\s+(?:the|a|an)\s[^,;]{1,120},)? "
                              r"(?:is|are|was|were|said|says|has)\b")  # "Kestrel, the Lisbon start-up ..., says"


# "last year", "this month": counted from the publication date (None for an undated article)
PUBLICATION_RELATIVE = re.compile(r"\b(last|this|past) (year|month)\b", re.I)  # "the previous month": before a time named
AGO = re.compile(r"\b(a|one|two|three|four|five|\d{1,2}) (year|month)s? ago\b", re.I)
AGO_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}


def relative_to_publication(text: str, published) -> str:
    """'2024' for "last year" in an article published in 2025, '2025-01' for "this month"; ''
    when the text has no such phrase or the article is undated. ("the past year" is a span, not a
    calendar year: left out.)"""
    ago = AGO.search(text)
    if ago and published is not None:  # "12 million users a year ago": the same month that many years or months back
        count = AGO_COUNTS.get(ago.group(1).lower()) or int(ago.group(1))
        months = published.year * 12 + published.month - 1 - count * (12 if ago.group(2).lower() == "year" else 1)
        return f"{months // 12}-{months % 12 + 1:02d}"
    match = PUBLICATION_RELATIVE.search(text)
    if not match or published is None or match.group(1).lower() == "past":
        return ""
    back = 1 if match.group(1).lower() == "last" else 0
    if match.group(2).lower() == "year":
        return str(published.year - back)
    month = published.month - back  # (January's "last month" is December of the year before)
    return f"{published.year - (1 if month < 1 else 0)}-{(month - 1) % 12 + 1:02d}"


MONTH_ONLY = re.compile(rf"\b({_MONTH})\b(?!\.?\s*\d)")  # "in February", not "February 3"


def month_number(name: str) -> int:
    """1 for 'January' or 'Jan', … 12 for 'December'."""
    return next(i for i, m in enumerate(MONTH_NAMES, 1) if m.lower().startswith(name.lower()[:3]))


# ---------------------------------------------------------------- resolving entity, metric, period

def sentence_index(document) -> dict[str, int]:
    """Position of each sentence of `document` by sentence_id."""
    return {s.sentence_id: i for i, s in enumerate(document.sentences)}


def resolve_entity(document, position: int, start: int, end: int, subject: str,
                   vocabulary: Vocabulary) -> str:
    """The entity a figure at `[start, end)` of `document.text` is about: an alias in its subject,
    else the alias closest to it in its sentence (the one before on a tie), else the last alias named
    in up to `entity_lookback` earlier sentences (headings included), else ''."""
    in_subject = entity_mentions(subject, vocabulary)
    if in_subject:
        return in_subject[0][2]
    sentence = document.sentences[position]
    mentions = entity_mentions(sentence.text, vocabulary)
    if mentions:
        rel_start, rel_end = start - sentence.start, end - sentence.start
        return min(mentions, key=lambda m: (span_gap(rel_start, rel_end, m[0], m[1]), m[0] > rel_start))[2]
    # Earlier sentences: the nearest one whose subject (its first words) is an entity, as in a
    # "Who's Who" paragraph opening "Xiaohongshu, launched in 2013, ..."; else the last entity named.
    earlier_sentences = document.sentences[max(0, position - vocabulary.entity_lookback):position]
    last_named = ""
    for earlier in reversed(earlier_sentences):
        mentions = entity_mentions(earlier.text, vocabulary)
        if mentions and mentions[0][0] <= SUBJECT_REACH:
            return mentions[0][2]
        if mentions and not last_named:
            last_named = mentions[-1][2]
    return last_named


def period_from_text(document, position: int, start: int, end: int) -> tuple[str, bool]:
    """A period for a figure from its sentence: `(period, strong)`. Strong: a period phrase led by a
    preposition ("in 2023", "In June 2021", "by mid-2024"), the closest to the number; else a relative
    year ("the following year") counted from the last year named in the two sentences before.
    Weak: a bare year ("the 2024 annual report"). Years inside full dates ("September 3, 2024") are
    days, not periods. ('', False) when there is none."""
    sentence = document.sentences[position]
    rel_start, rel_end = start - sentence.start, end - sentence.start
    candidates, taken = [], []
    for pattern, to_period in PERIOD_PHRASES:
        for match in pattern.finditer(sentence.text):
            if any(s <= match.start() < e for s, e in taken):
                continue  # "June 2021" already covers its "2021"
            if match.start() < rel_end and rel_start < match.end():
                continue  # the figure itself ("2023" as a number) is not its own period
            taken.append((match.start(), match.end()))
            before = sentence.text[:match.start()]
            if FULL_DATE_BEFORE.search(before):
                continue
            strong = bool(PERIOD_PREPOSITION.search(before))
            candidates.append((not strong, span_gap(rel_start, rel_end, match.start(), match.end()),
                               to_period(match)))
    best = min(candidates) if candidates else None
    if best and not best[0]:
        return best[2], True
    for pattern, step in RELATIVE_YEAR:
        if pattern.search(sentence.text):
            for earlier in reversed(document.sentences[max(0, position - 2):position]):
                years = re.findall(r"\b((?:19|20)\d{2})\b", earlier.text)
                if years:
                    return str(int(years[-1]) + step), True
    return (best[2], False) if best else ("", False)


def claim_period(stated: str, document, position: int, start: int, end: int) -> str:
    """The period a count refers to, for grouping: a period phrase of its sentence led by a
    preposition, closest to the number ("up from 75 million in 2023"); else the figures table's
    period, unless that is only the publication month or day standing in for an unstated period (so
    undated figures of articles published on different days are still compared); else a bare year
    of the sentence; else ''."""
    in_text, strong = period_from_text(document, position, start, end)
    if strong:
        return normalize_period(in_text)
    stated = normalize_period(stated)
    published = document.published.isoformat() if document.published else ""
    if stated and not (published and published.startswith(stated)):
        return stated
    return normalize_period(in_text)


def normalize_period(period: str) -> str:
    """Periods as ISO prefixes where possible ("2024-06-30" stays, "2024-6" -> "2024-06")."""
    match = re.fullmatch(r"((?:19|20)\d{2})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", period.strip())
    if not match:
        return period.strip()
    year, month, day = match.groups()
    return year + (f"-{int(month):02d}" if month else "") + (f"-{int(day):02d}" if day and month else "")


def cited_source(document, position: int) -> str:
    """Who the sentence at `position` attributes its facts to ("Sensor Tower", "the Commission"),
    resolving "it reported" to the subject opening an earlier sentence; '' when unattributed."""
    sentence = document.sentences[position].text
    for pattern in CITATION:
        match = pattern.search(sentence)
        if not match:
            continue
        if "pronoun" in pattern.groupindex:
            for earlier in reversed(document.sentences[max(0, position - 3):position]):
                subject = SUBJECT_AT_START.match(earlier.text)
                if subject:
                    return subject.group(1)
            continue
        cited = re.sub(r"(?<=[a-z])\.$", "", match.group(1).strip())  # "Reuters." ends a sentence; "U.S." stays
        return cited.lower() if match.start(1) == 0 and " " not in cited and plural_common_noun(sentence) else cited
    return ""


def date_basis(quote: str) -> str:
    """'stated' when the figure's words give the date, 'resolved-from-publication' when they are
    relative ("yesterday", "last Friday") and need the publication date."""
    return "stated" if re.search(r"\d", quote) else "resolved-from-publication"


# Figure kinds whose subject can name the measure when the metric vocabulary has no words for it.
SUBJECT_METRIC_KINDS = ("count", "money")
SUBJECT_OWNER = re.compile(r"^((?:[A-Z][\w&.'’-]*|[0-9]+[A-Za-z][\w-]*)(?:\s+(?:[A-Z][\w&.'’-]*))*)\s+([a-z][a-z -]*[a-z])$")


def subject_parts(subject: str) -> tuple[str, str]:
    """('Vinted', 'registered members') for the subject 'Vinted registered members': a proper-noun
    owner followed by what it counts, in lower case; ('', '') when the subject is not of that shape."""
    match = SUBJECT_OWNER.match(subject.strip())
    if not match or len(match.group(2).split()) > 4:
        return "", ""
    return match.group(1), match.group(2)



# ---------------------------------------------------------------- keys from the parse (see structure)

CORPORATE_SUFFIX = re.compile(r"(?<=\w),?\s+(?:Inc\.?|Corp\.?|Corporation|Co\.|Ltd\.?|Limited|LLC|PLC|plc|Group|"
                              r"Holdings?|Air|Airways|Airlines|Technologies|Technology|Labs|AG|SA|GmbH|Company)$")
US_WORDS = {"us", "u.s.", "u.s", "usa", "united states", "america", "american", "americans", "the us", "the u.s."}
PLACE_TYPES = {"place"}


def canonical_entity(text: str, vocabulary: Vocabulary) -> str:
    """The configured name of an alias ("RedNote" -> "Xiaohongshu"), else the words themselves
    without an article, a descriptor ("Payments app Teller") or a possessive."""
    found = entity_mentions(text, vocabulary)
    if found:
        return found[0][2]
    text = re.sub(r"^(?:(?i:the|an?)|(?:When|If|Once|After|Before|Until|While|Although|Unless)(?= [A-Z]))\s+", "", text.strip())
    text = without_descriptor(text)  # "Payments app Teller"
    text = re.sub(r"(?:'s|’s|'|’)$", "", text).strip()
    return "" if GRADE.fullmatch(text) else CORPORATE_SUFFIX.sub("", text) or text  # "Skyline Airways" is "Skyline"


AGED_NAME = re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?), (?:aged )?\d{2},")


def antecedent(document, position: int, vocabulary: Vocabulary, lookback: int = 4, person: bool = False) -> str:
    """What 'it', 'the app' or 'the company' refers to: the named subject of the nearest earlier
    sentence that has one (within `lookback` sentences), else the article's main entity. With
    `person` ('he', 'her'), the first person the nearest sentence naming one names (its subject, most often:
    "Ostia signed Paulo Reis, ending a chase by manager Tom Baird. His 22 goals ...": Reis), or ''."""
    from newsreport.claims.names import article_text, document_names, known_person
    from newsreport.claims.parsing import parsed as parse

    if person:
        for earlier in reversed(document.sentences[max(0, position - lookback):position + 1]):
            people = [e.text for e in parse(earlier.text).ents if e.label_ == "PERSON"]
            if people:
                return canonical_entity(people[0], vocabulary)
        names = document_names(article_text(document))  # the tagger misses names it does not know: a two-word named subject
        for earlier in reversed(document.sentences[max(0, position - lookback):position]):
            subject = sentence_subject(earlier.text, names)
            if len(subject.split()) >= 2 and not entity_mentions(subject, vocabulary):
                return canonical_entity(subject, vocabulary)
        for earlier in reversed(document.sentences[max(0, position - lookback):position + 1]):
            aged = AGED_NAME.findall(earlier.text)  # "Halden, 51, owns ...": a name with an age is a person's
            if aged:
                return canonical_entity(aged[-1], vocabulary)
        return ""
    from newsreport.claims.event_owners import COURT, LAWMAKER
    from newsreport.claims.places import is_place
    from newsreport.claims.sole_actor import sole_actor
    from newsreport.claims.estimators import estimator_words

    names = document_names(article_text(document))
    counters = estimator_words(document.text)  # "Sensor Pulse, the download tracker, counted ... The app reached": not the tracker
    for earlier in reversed(document.sentences[max(0, position - lookback):position]):
        subject = sentence_subject(earlier.text, names, skip_people=True)  # (a court rules; a place, "Britain's kids", uses nothing)
        if subject and not (COURT.search(subject) or LAWMAKER.search(subject) or is_place(subject, earlier.text)
                            or set(subject.split()) <= counters or known_person(subject, document) or re.search(
                                rf"\b{re.escape(subject)},\s+whose\s+(?:wealth|fortune|net worth)\b", earlier.text)):
            return canonical_entity(subject, vocabulary)
        if earlier is document.sentences[position - 1]:  # (a person it is about is no company: the one other name)
            sole = sole_actor(earlier.text, vocabulary, names, subject if known_person(subject, document) else "")
            if sole:  # "... and few have benefited as much as Wisp. The app was installed ...": Wisp
                return sole
    return main_entity(document, vocabulary)


def main_entity(document, vocabulary: Vocabulary) -> str:
    """The article's main actor: the first claim-owning entity its title names (a headline names
    whom the story is about), else the one its text names most often; '' when it names none."""
    from newsreport.claims.article_names import text_name, title_name

    in_title = entity_mentions(document.title or "", vocabulary)
    named = title_name(document, vocabulary)  # "Zelda tops ChatGPT": the name the title opens with, known or not
    if named and in_title and (document.title or "").find(named) < in_title[0][0]:
        return named
    if in_title:
        return in_title[0][2]
    counts: dict[str, int] = {}
    for sentence in document.sentences:
        for _, _, entity in entity_mentions(sentence.text, vocabulary):
            counts[entity] = counts.get(entity, 0) + 1
    if not counts:
        return title_name(document, vocabulary) or text_name(document, vocabulary)
    # a name no config knows that the text writes more often than any known one (the title's first, else
    # the text's most written) is whom the story is about ("Hushly ... ahead of ChatGPT": ChatGPT is an aside)
    most = max(counts.values())
    for written in (title_name(document, vocabulary), text_name(document, vocabulary)):
        if written and written not in counts and len(re.findall(rf"\b{re.escape(written)}\b", document.text)) > most:
            return written
    return max(counts, key=lambda e: (counts[e], e))


DEMONYM = re.compile(r"(?:an|ans|ese|ish|ic|i|is|ch|ss)$")  # "American", "Chinese", "British", "Thai", "French"


def nationality(token) -> bool:
    """A nationality or group word ("Chinese", "Americans"), not a name the tagger took for one ("Zelda")."""
    return token.ent_type_ == "NORP" and (bool(DEMONYM.search(token.text)) or token.text.lower() in US_WORDS)


def scope_of(words: list[str], vocabulary: Vocabulary) -> str:
    """Where a figure applies: 'US', 'global', another named place, several joined ('Canada+US' for
    "in the US and Canada"), or '' when unstated."""
    places = []
    for word in words:
        if word.startswith("outside "):  # "12 million users outside the US": everywhere but there
            inside = scope_of([word[len("outside "):]], vocabulary)
            places += [f"outside {inside}"] if inside else []
            continue
        word = re.sub(r"^the\s+", "", word, flags=re.I)  # "the United States"
        if word.lower() in US_WORDS or word.lower().rstrip("s") in US_WORDS:
            places.append("US")
        elif canonical_place(word):  # "Britain", "British", "Britons": the UK
            places.append(canonical_place(word))
        elif word == "global":
            return "global" if not places else joined_scope(set(places))
        elif word and (word[0].isupper() or word in PLATFORMS):  # "iOS"
            places.append(canonical_entity(word, vocabulary) if not entity_mentions(word, vocabulary) else
                          entity_mentions(word, vocabulary)[0][2])
    return joined_scope(set(places))  # "in the US and Canada": North America
