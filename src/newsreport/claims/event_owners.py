"""Whose event a strike, a court's decision or a deal is, where the clause's subject is the wrong owner:
workers strike at their employer ("Dock workers at Harlo went on strike": Harlo's strike), and a
court's ruling or hearing belongs to the party before it ("The Supreme Court ruled against Vessa":
Vessa's ruling), as other articles name them ("the Harlo strike", "the court's decision on Vessa");
a deal is the buyer's, the name that agrees or announces it ("Kivo struck a deal to buy Pell": Kivo's) or
that takes over ("the takeover of Pell by Kivo");
a law signed or passed is the law's, not its signer's ("President Tal signed the Vessa ban into law");
an app removed from a store is the app's, not the store owner's ("Apple removed Zivo from its App Store");
a ban is what is banned ("Scootly has been banned in Vellmar since Oct. 15": Scootly's)."""

from __future__ import annotations

import re

STRIKE_EVENTS = ("strike_start", "strike_end")
FROM_ARTICLE = "its entity is not named in its clause, so it is taken from the article"  # an event owner's doubt
COURT_EVENTS = ("hearing", "ruling")
BAN_WORD = re.compile(r"\b(?:ban|block)\b", re.I)  # "The block came into force": an app's ban
COURT = re.compile(r"\b(?:court|judges?|justices?|tribunal|panel)\b", re.I)
NAME = r"((?:[A-Z][\w&'’.-]*)(?:\s+[A-Z][\w&'’.-]*)*)"
# "pilots at Pelion Air"; "workers at Kivo's rival Pell" are Pell's
EMPLOYER = re.compile(rf"\b(?:at|of)\s+(?:the\s+)?(?:(?:[A-Z][\w&.-]*\s+)*[A-Z][\w&.-]*\s?['’]s\s+(?:[a-z-]+\s+){{0,2}})?{NAME}")
DEAL_EVENTS = ("deal_agreed",)
BUYER = re.compile(rf"{NAME}\s+(?:\w+\s+){{0,2}}?(?:agree[sd]?|announce[sd]?|struck|strikes|reached|reaches|signed|unveiled|"
                   rf"will (?:buy|acquire|pay)|would (?:buy|acquire|pay)|plans to (?:buy|acquire))\b")
# "the $2.8 billion takeover of Brindle by Kelso", "Brindle's acquisition by Kelso": the buyer after "by"
BUYER_BY = re.compile(rf"\b(?:takeover|acquisition|purchase|buyout)\b[^.;]{{0,60}}?\bby\s+(?:the\s+)?{NAME}")
SHUTDOWN_EVENTS = ("service_shutdown",)
# "Apple removed the video app Zivo from its App Store": the app removed, not the store's owner
REMOVED = re.compile(rf"\b(?:removed|pulled|took down|delisted)\s+(?:the\s+|its\s+)?(?:[a-z-]+\s+){{0,3}}?{NAME}\s+(?:from|off)\b")
BAN_EVENTS = ("ban_takes_effect",)
# "Scootly has been banned in Vellmar since Oct. 15": what is banned, not where
BANNED_SUBJECT = re.compile(rf"{NAME}\s+(?:has been|have been|had been|was|were|is|are|remains|remained|stays|stayed)\s+"
                            rf"(?:\w+\s+)?banned\b")
# "India banned the Chinese short-video app Zapp on Tuesday": the app banned, not the government
BANNED_APP = re.compile(rf"\b(?:banned|blocked|banning|blocking|bans|blocks)\b[^.;]{{0,40}}?\bapps?\s+{NAME}")
# "ruled against Vessa", "the decision on Vessa", "heard arguments in the Vessa case", "heard Vessa's appeal",
# "upheld the law that bans Vessa", "upheld the Vessa ban", "blocked Vessa's ban", "ruled that the Vessa ban"
PARTY = re.compile(rf"\b(?:against|for|on|in|of|over)\s+(?:the\s+)?{NAME}|\b(?:bans?|banning|outlaws?)\s+(?:the\s+)?"
                   rf"(?:[a-z-]+\s+){{0,2}}?{NAME}|\bhe(?:ard|ars|ar|aring)\s+(?=[A-Z][\w&.-]*\s?['’]s\b){NAME}"
                   rf"|\b(?:upheld|uphold|upholds|blocked|blocks|block|overturned|overturns|struck down|strikes down)\s+(?:the\s+)?"
                   rf"{NAME}(?:['’]s)?\s+(?:ban|law|act|order|rule|appeal|challenge)\b"
                   # what a court ruled of: "ruled on Thursday that the Vidlo ban could go ahead"
                   rf"|\b(?:ruled|rules|decided|found|held)\b[^.;]{{0,30}}?\bthat\s+(?:the\s+)?{NAME}")
# who brought the case, when the clause names no party above: "listed the petition filed by Zingo for hearing on
# April 28" (in "the lawsuit brought by NetGuild against Ohio's law" the law's state is named first)
FILER = re.compile(rf"\b(?:petitions?|pleas?|appeals?|challenges?|case|suits?|lawsuits?|complaints?)\s+(?:filed|brought|"
                   rf"lodged|launched)\s+by\s+(?:the\s+)?{NAME}")


CALENDAR = re.compile(r"^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|^(?:Jan(?:uary)?|Feb(?:ruary)?|March|April|May|June|July|"
                      r"Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?$")  # "ruled on Friday"
LAW_EVENTS = ("law_signed", "law_passed")
# who signs or passes a law is not what the law is about: "President Tal signed the Vessa ban into law"
LAWMAKER = re.compile(r"^(?:President|Governor|Gov\.|Prime Minister|Premier|Chancellor|Mayor|King|Queen|Senator|Sen\.)\b"
                      r"|\b(?:parliament|congress|senate|lawmakers|legislature|council|assembly|house|senators)\b", re.I)
NAME_BEFORE_OF = re.compile(r"\b[A-Z][\w&.-]*\s+$")
SUBJECT_OF_LAW = re.compile(rf"\b(?:the\s+)?{NAME}\s+(?:ban|law|act|bill|rules?)\b|\b(?:ban(?:ning|s)?|on|against|gives|give)\s+{NAME}")


# "Kivo agreed to pay $1.9 billion for Pell": the payer is the buyer
PAYER = re.compile(rf"{NAME}\s+(?:[a-z]+\s+){{0,3}}?(?:pay|pays|paid|paying)\b[^;]{{0,60}}?\bfor\s+(?:the\s+)?{NAME}")


def buyer(sentence: str, entity: str, names: frozenset) -> str:
    """The buyer of "the takeover of Pell by Kivo" or "Kivo agreed to pay $1.9 billion for Pell" when
    `entity` is the one bought (a deal's price is the buyer's, as its day is); else `entity`."""
    for match in PAYER.finditer(sentence):
        if match.group(2).startswith(entity) and match.group(1).split()[0] in names and match.group(1) != entity:
            return match.group(1)
    for match in BUYER_BY.finditer(sentence):
        name = re.sub(r"['’]s$", "", match.group(1))
        if name.split()[0] in names and name != entity and re.search(rf"\b{re.escape(entity)}\b", sentence[:match.start(1)]):
            return name
    return entity


APPROVAL_EVENTS = ("approval",)
# what a regulator approved, not the regulator: "The FDA approved Meridell's drug Torvexa on Thursday" (the last
# name of the object), "Torvexa, cleared by regulators last Thursday", "Torvexa, the treatment regulators approved"
APPROVED = re.compile(rf"\b(?:approved|cleared|authori[sz]ed)\s+(?:[\w'’-]+\s+){{0,4}}?{NAME}(?=\s+(?:on|in|last|late|early|for|as|to|,|\.)|[,.;]|$)"
                      rf"|{NAME},\s+(?:(?:which|that|the|a|an)\s+[^,.;]{{0,50}}?)?(?:approved|cleared|authori[sz]ed)\b"
                      # a licence given to someone: "granted Radio Halo its licence", "a permit for Kestra Gold"
                      rf"|\b(?:granted|issued|awarded|gave)\s+{NAME}\s+(?:its|a|an|the)\s"
                      rf"|\blicen[cs]e\s+(?:to|for)\s+{NAME}")
# a regulator that gave a licence or permit its clause says is someone else's ("The Broadcasting Authority approved its
# licence on Tuesday"): the licence holder, named before, owns the approval, not the regulator
THEIR_LICENCE = re.compile(r"\b(?:its|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:licen[cs]es?|permits?)\b")
REGULATOR = re.compile(r"\b(?:Authority|Commission|Regulator|Agency|Ministry|Department|Bank|Board|Office|Council|"
                       r"Administration|Bureau|FDA|EMA|MHRA)\b")


FINE_EVENTS = ("fine_imposed",)
# the party fined, not the regulator: "fined Hollin Bank $40 million", "a penalty on Snapwise", "Snapwise will appeal the
# £12m penalty" ("was fined by the regulator": the subject already)
FINED_PARTY = re.compile(rf"\bfined\s+(?:the\s+)?{NAME}|\b(?:fine|penalty)\b[^.;]{{0,30}}?\b(?:on|against)\s+(?:the\s+)?{NAME}"
                         rf"|{NAME}\s+(?:will\s+|would\s+|plans\s+to\s+|has\s+|had\s+)?(?:appeal|appeals|appealed|challenge[sd]?|"
                         rf"contest(?:s|ed)?|pay|pays|paid)\s+(?:the\s+|a\s+|its\s+)?(?:\S+\s+){{0,2}}?(?:fine|penalty)\b")


def event_owner(rule_name: str, entity: str, clause: str, names: frozenset, sentence: str = "",
                places: set[str] = frozenset()) -> str:
    """The owner of a strike (the employer after "at") or of a court's ruling or hearing (the party
    after "against", "on", "in" ..., not one of `places`) written in `clause`, or of a deal (the name agreeing to it, in
    `sentence`), when that is one of the corpus's `names`; else `entity` unchanged."""
    if rule_name in DEAL_EVENTS:
        pattern, clause = BUYER, sentence or clause
    elif rule_name in LAW_EVENTS and (not entity or LAWMAKER.search(entity)):
        pattern, clause = SUBJECT_OF_LAW, sentence or clause
    elif rule_name in SHUTDOWN_EVENTS:
        pattern = REMOVED
    elif rule_name in APPROVAL_EVENTS:
        approved = [n for m in APPROVED.finditer(sentence or clause) for n in m.groups()
                    if n and n.split()[0] in names and not CALENDAR.match(n.split()[0])]
        if REGULATOR.search(entity) and THEIR_LICENCE.search(clause) and not approved:
            return ""  # (the article's actor, by `events`)
        pattern, clause = APPROVED, sentence or clause
    elif rule_name in FINE_EVENTS:
        pattern, clause = FINED_PARTY, sentence or clause
    elif rule_name in BAN_EVENTS:
        pattern = BANNED_SUBJECT if BANNED_SUBJECT.search(clause) else BANNED_APP
    elif rule_name in STRIKE_EVENTS:
        pattern = EMPLOYER
    elif rule_name in COURT_EVENTS and (not entity or is_court(entity, sentence or clause)):
        pattern, clause = PARTY, f"{clause} {sentence}"  # the party may stand in a relative clause ("the law that bans Vessa")
    else:
        return entity
    matches = list(BUYER_BY.finditer(clause)) if rule_name in DEAL_EVENTS else []
    filers = list(FILER.finditer(clause)) if rule_name in COURT_EVENTS else []
    for match in matches + list(pattern.finditer(clause)) + filers:
        if match.group(0).startswith("of ") and NAME_BEFORE_OF.search(clause[:match.start()]):
            continue  # "the Ministry of Information", "the Bank of Zembla": the tail of a longer name, no party
        name = re.sub(r"['’]s$", "", next(g for g in match.groups() if g))
        if name.split()[0] in names and not COURT.search(name) and not CALENDAR.match(name.split()[0]) \
                and not LAWMAKER.search(name) and not (rule_name in COURT_EVENTS and name in places and match.group(0).startswith("in ")):  # "users in Zembla"
            return name
    return entity


# "passed a law banning the messaging app Ashgrove", "a ban on Pexa": what a ban falls on
BANNED = re.compile(rf"\b(?:ban(?:s|ned|ning)?|block(?:s|ed|ing)?|outlaw(?:s|ed|ing)?|prohibit(?:s|ed|ing)?)\s+(?:on\s+|of\s+)?(?:the\s+)?"
                    rf"(?:[a-z-]+\s+|[A-Z]\w*-[a-z][\w-]*\s+){{0,3}}?(?![A-Z]\w*-[a-z]){NAME}|{NAME}(?:['’]s)?\s+ban\b")  # ("Oslo-based video app Zipp")  # "the Vidlo ban", "Vidlo's ban"


def is_court(entity: str, text: str) -> bool:
    """Whether `entity` is a court, or a judge its `text` names by title ("Justice Ellen Moss heard the matter")."""
    return bool(COURT.search(entity)) or bool(entity) and bool(
        re.search(rf"\b(?:Justice|Judge|Magistrate|Chief Justice)\s+{re.escape(entity)}\b", text))


def court_party(rule_name: str, entity: str, clause: str, document, position: int, names: frozenset, vocabulary) -> str:
    """Whose a court's hearing or ruling is when the court was read as its owner: what is banned for "upheld
    the ban", else the article's main actor when its title names it (in an article titled "What the Flicka
    decision means", "The Supreme Court's 9-0 decision came on Sept. 11" is Flicka's ruling); `entity` otherwise."""
    from newsreport.claims.keys import canonical_entity, main_entity

    if rule_name not in COURT_EVENTS or not is_court(entity, clause):
        return entity
    if BAN_WORD.search(clause):
        return canonical_entity(banned_before(document, position, names), vocabulary)
    main = main_entity(document, vocabulary)
    return main if main and not COURT.search(main) and main in (document.title or "") else entity


def banned_anywhere(document, names: frozenset) -> set[str]:
    """Every name the article's title or text writes as banned ("a ban on Zipclip", "the Vidlo ban")."""
    found = set()
    for text in (document.title or "", document.text):
        for match in BANNED.finditer(text):
            name = re.sub(r"^(?:The|A|An)\s+", "", re.sub(r"['’]s$", "", match.group(1) or match.group(2))).rstrip(".")
            if name and name.split()[0] in names and not CALENDAR.match(name.split()[0]) and not LAWMAKER.search(name):
                found.add(name)
    return found


# the source a sentence cites: "according to the Commerce Department", ", Sensorly said."
SOURCE_PHRASE = re.compile(r"\b(?:according to|citing|data from|figures from)\b[^,.;]*|,\s*(?:[A-Z][\w&.-]*\s+){1,4}"
                           r"(?:said|says|reported|reports|told\b[^,.;]*)\s*[.;]?\s*$")


def ban_owner(document, position: int, vocabulary) -> str:
    """Whose "the ban" of sentence `position` is: the name banned just before ("a law banning Ashgrove.
    The ban takes effect on October 1"), else the actor named before ("Brisk goes dark ... The ban took
    effect on Sunday"), unless the article never writes that actor as banned while the ban's sentence names
    another one ("who has 80,000 followers on Zipclip, the ban that starts Feb. 15", in an article about the
    app people move to): then '' (whose it is stays unsaid rather than wrong)."""
    from newsreport.claims.keys import antecedent, canonical_entity
    from newsreport.claims.names import CALENDAR_WORD, article_text, document_names
    from newsreport.claims.parsing import parsed

    names = document_names(article_text(document))
    banned = banned_before(document, position, names)
    if banned:
        return canonical_entity(banned, vocabulary)
    found = antecedent(document, position, vocabulary)
    if found in {canonical_entity(b, vocabulary) for b in banned_anywhere(document, names)}:
        return found
    people = {t.text for e in parsed(document.sentences[position].text).ents if e.label_ == "PERSON" and len(e) > 1
              for t in e}  # "Maya Torres" (a one-word PERSON is as often an app the tagger does not know)
    told = SOURCE_PHRASE.sub("", document.sentences[position].text)  # who reports it is no candidate
    others = [w for w in re.findall(r"\b[A-Z][\w-]*", told)
              if w in names and w not in people and w not in found.split() and not CALENDAR_WORD.match(w)
              and not any(p.search(w) for _, p in vocabulary.places)]
    return "" if others else found


def banned_before(document, position: int, names: frozenset) -> str:
    """What "the ban" of sentence `position` falls on: the last name banned in it or the two sentences
    before ("Veldor's parliament passed a law banning the messaging app Ashgrove. The ban takes effect
    on October 1": Ashgrove's ban, not Veldor's, whatever the sentence before names first); '' for none."""
    for sentence in reversed(document.sentences[max(0, position - 2):position + 1]):
        for match in reversed(list(BANNED.finditer(sentence.text))):
            name = re.sub(r"^(?:The|A|An)\s+", "", re.sub(r"['’]s$", "", match.group(1) or match.group(2))).rstrip(".")
            if not name:  # ("the scooter firm Zipp." ends a sentence; "The Vidlo ban" opens one)
                continue
            if name.split()[0] in names and not CALENDAR.match(name.split()[0]) and not LAWMAKER.search(name):
                return name
    return ""


def named_after(entity: str, sentence: str, day_end: int) -> bool:
    """Whether `sentence` names `entity` only after the day that ends at `day_end`: no owner of a rule that takes
    effect then ("The new fares took effect on Monday, with Metrorail trains running ...")."""
    first = re.search(rf"\b{re.escape(entity.split()[0])}\b", sentence)
    return first is not None and first.start() >= day_end
