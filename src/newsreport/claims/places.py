"""Whether a name is a place where a figure applies rather than an owner: the destination of goods
("arrive in Zembla") or a country the text writes as a place."""

from __future__ import annotations

import re

# "1.2 billion parcels entered Zembla", "were shipped to Zembla": the object is a destination (never "from", "by")
ARRIVAL_VERBS = {"enter", "arrive", "reach", "cross", "land", "flood", "pour", "ship", "send", "head", "travel",
                 "flow", "import", "come", "go", "move", "fly", "visit"}


def is_place(name: str, sentence: str, text: str = "") -> bool:
    """Whether the parse of `sentence` tags `name` as a place (a country, city or region), or the
    article `text` writes it as one ("in Zembla", "into Zembla"; the tagger misses unknown places)."""
    from newsreport.claims.parsing import parsed

    return any(e.label_ in ("GPE", "LOC") and name in (e.text, e.text.removeprefix("the ")) for e in parsed(sentence).ents) \
        or bool(text and re.search(rf"\b(?:in|into|across|throughout) {re.escape(name)}\b(?!['’])", text))


def place_words(sentence: str) -> set[str]:
    """The words of the places the parse of `sentence` tags ("United" and "States" of "the United States",
    "South" and "Korea"): a word of a place of several words is no actor, though alone it is no place."""
    from newsreport.claims.parsing import parsed

    return {word for e in parsed(sentence).ents if e.label_ in ("GPE", "LOC") for word in e.text.split()}


def place_measured_in(sentence: str, scope_words: list[str]) -> str:
    """The place a rate such as inflation is measured in, for a figure no one owns: a place of its
    scope, else the first name after "in" in its sentence that is no date ("Inflation in Ostra rose to
    3.2% in May": Ostra, though the tagger may take an unknown country for an organisation)."""
    from newsreport.claims.parsing import parsed

    subject_place = next((t for t in parsed(sentence) if t.dep_ == "pobj" and t.head.lower_ == "in" and t.pos_ == "PROPN"
                          and t.head.head.dep_ in ("nsubj", "nsubjpass")), None)
    if subject_place is not None:  # "Temperatures in Sandrapur reached 49.1C, as the heat spread across Rajmer": the
        entity = next((e for e in subject_place.doc.ents if e.start <= subject_place.i < e.end), None)  # its own place
        first = min([subject_place.i] + [c.i for c in subject_place.children if c.dep_ == "compound"])
        return entity.text if entity is not None else subject_place.doc[first:subject_place.i + 1].text  # "Ridley County"
    tagged = next((w for w in scope_words if is_place(w, sentence)), "")
    if tagged:
        return tagged
    found = [token for token in parsed(sentence)
             if token.dep_ == "pobj" and token.head.lower_ in ("in", "across", "throughout") and token.pos_ == "PROPN"
             and token.ent_type_ in ("GPE", "LOC", "ORG", "")
             and not any(a.tag_ == "VBG" and a.dep_ == "advcl" for a in token.ancestors)]  # "Speaking in Abuja, the
    # group said turnout was 26 per cent": where a source spoke, not where the rate was measured
    found.sort(key=lambda t: t.ent_type_ != "GPE")  # a town or country before a park or station in it
    entity = next((e for e in found[0].doc.ents if e.start <= found[0].i < e.end), None) if found else None
    return entity.text if entity is not None else found[0].text if found else ""  # (the whole of "in Marrow State")


# what a country owns: "Ostra's central bank", "Ostra's economy" name Ostra as a place whatever its tag
NATIONAL_BODIES = {"bank", "government", "ministry", "economy", "parliament", "statistics", "treasury", "cabinet"}


def ruling_party(noun) -> bool:
    """Whether `noun` is a country's party in power ("Vellmark's governing party", "Japan's ruling coalition"):
    its possessor is a country the tagger may not know."""
    return noun.lemma_.lower() in ("party", "coalition") and any(c.lower_ in ("ruling", "governing") for c in noun.children)


def place_named_before(document, position: int, lookback: int = 2) -> str:
    """The one place (a country, state or city the tagger knows) the sentences just before `position` name,
    for a rate whose sentence names none ("Ostra's central bank held rates. Annual inflation was 3.4% in
    March, the bank said": Ostra's inflation), else the place of the article's title; '' when the nearest
    sentence naming places names several."""
    from newsreport.claims.parsing import parsed

    for earlier in reversed(document.sentences[max(0, position - lookback):position]):
        doc = parsed(earlier.text)
        places = {e.text.removesuffix("'s").removesuffix("’s") for e in doc.ents if e.label_ == "GPE"} | {
            t.text for t in doc if t.dep_ == "poss" and t.pos_ == "PROPN" and (t.head.lemma_.lower() in NATIONAL_BODIES
                                                                           or ruling_party(t.head))}
        if places:
            return places.pop() if len(places) == 1 else ""
    from newsreport.claims.names import article_text, document_names

    names = document_names(article_text(document))
    # a headline's first word is capitalized whatever it is: a name when the article never writes it in lower case
    opening = (document.title or "").split(" ", 1)[0]
    if opening[:1].isupper() and opening.isalpha() and not re.search(rf"\b{re.escape(opening.lower())}\b", document.text):
        names = names | {opening}
    return title_place(document.title or "", names)


# what a headline says a place's figure is ("Norland economy grows 0.4%", "Canada's jobless rate rises",
# "Turnout hits record in Vellmark election"): the place is whom such a story's national figures are about
NATIONAL_MEASURES = {"economy", "election", "vote", "referendum", "inflation", "growth", "unemployment", "jobless",
                     "gdp", "budget", "census", "turnout", "rate", "poll", "polls"}


def title_place(title: str, names: frozenset = frozenset()) -> str:
    """The one place a headline names, tagged as a place or written as the owner of a national measure
    or body ("Norland's growth", "Vellmark election"; a name the tagger misses is one of the article's
    `names`); '' for none or several."""
    from newsreport.claims.names import name_of
    from newsreport.claims.parsing import parsed

    doc = parsed(title)
    places = {e.text.removesuffix("'s").removesuffix("’s") for e in doc.ents if e.label_ in ("GPE", "LOC")}
    places |= {name_of(t)[0] for t in doc if (t.pos_ == "PROPN" or t.text in names)
               and (t.dep_ in ("poss", "compound") or t.dep_ == "amod" and t.text in names)
               and t.head.lemma_.lower() in NATIONAL_MEASURES | NATIONAL_BODIES}
    return places.pop() if len(places) == 1 else ""


def place_name(word: str, names: frozenset) -> str:
    """A place from a place or nationality word: 'American' -> 'US', 'Zemblan' -> 'Zembla' when the
    corpus names Zembla (a name whose stem the word extends with a demonym ending), else the word."""
    from newsreport.claims.keys import scope_of
    from newsreport.claims.vocabulary import load_vocabulary

    scope = scope_of([word], load_vocabulary())
    if scope == "US":
        return scope
    for name in sorted(names, key=len, reverse=True):
        stem = name[:-1] if len(name) > 4 else name
        if name != word and word.startswith(stem) and word[len(stem):] in DEMONYM_ENDINGS:
            return name
    return word


DEMONYM_ENDINGS = {"n", "an", "ian", "ese", "nese", "mese", "ish", "i", "ic"}


# a place named with its kind of unit in lower case ("Altavia province", "Rajmer state", "Kerry county") is the
# place: another article writes it bare. A unit written as part of the name ("Ridley County") is left as written.
PLACE_UNIT = re.compile(r"^([A-Z][\w'-]*(?: [A-Z][\w'-]*)*) (?:province|state|district|county|region|prefecture)$")


def drop_place_units(records: list[dict]) -> None:
    """Write each owner and scope named as "X province" / "X state" as the bare place X."""
    for record in records:
        for field in ("entity", "scope"):
            if record.get(field):
                record[field] = PLACE_UNIT.sub(r"\1", str(record[field]))


def named_site(sentence: str, site_nouns: frozenset) -> str:
    """The one site a sentence names by a name and a site noun ("at the Kesargarh colliery", "The Cedar Ridge fire
    grew"): whose toll or area a disaster's figure is, rather than the district or state around it; '' for
    none or several."""
    if not site_nouns:
        return ""
    pattern = rf"(?:\b[Tt]he\s+)?\b((?:[A-Z][\w'’-]*\s+){{1,3}})(?:{'|'.join(sorted(site_nouns))})s?\b"
    found = {m.group(1).strip() for m in re.finditer(pattern, sentence)}
    found = {" ".join(f.split()[1:]) if f.split()[0] in OPENING_WORDS else f for f in found} - {""}  # "A wildfire
    # tore through ...": no name; "An Orland wildfire": Orland; "Thursday's fire": a day, no site
    found = {re.sub(rf"^(?:{DAY_WORD.pattern})['’]s\s*", "", f, flags=re.I) for f in found} - {""}
    return found.pop() if len(found) == 1 else ""


# a day written before a site is no name of it: "Thursday's fire at the Marlin factory", "Tuesday's Ashford Hall fire"
DAY_WORD = re.compile(r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Today|Yesterday|Tonight|Tomorrow|January|February"
                      r"|March|April|June|July|August|September|October|November|December)", re.I)
OPENING_WORDS = {"A", "An", "The", "This", "That", "Its", "Their", "One", "Another", "Every", "No", "Each"}
