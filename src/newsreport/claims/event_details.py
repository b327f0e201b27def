"""What tells one dated event of a type from another besides its owner (`event_detail`): the store of an
app ranking, the kind of rule that takes effect, the kind of vote held; and the event types keyed by
that detail rather than by an owner."""

from __future__ import annotations

import re

from newsreport.claims.store_places import STORE_NAMES
from newsreport.claims.vocabulary import span_gap

RULE_EVENTS = {"law_takes_effect"}  # keyed by the kind of rule (its detail), not by an owner
# a vote is the place's, not a candidate's ("unseat the mayor in Tuesday's election", "she won the
# November 3 vote"): keyed by the kind of vote alone; repairs are told as the maker's, its dealers' or the
# model's ("dealers will replace the sensor", "repairs don't start until"), a report as "the regulator's" or "the
# agency's" as often as by its publisher's name; a disaster is told by the places it struck, each article naming
# others (a district, an island, a town): keyed by none; so is a rocket's liftoff, told as the rocket's, the
# mission's, the launch operator's or the satellite owner's; and a recall's announcement, told as the maker's or as
# the day a regulator said it
OWNERLESS_EVENTS = {"election", "repairs_start", "made_public", "recall_announced", "disaster_struck", "liftoff",
                    "trial_start"}  # (a story's trial: "the trial" is the one "the trial accusing Pellam" names)
RULE_NOUNS = re.compile(r"\b(rules?|rulebooks?|laws?|orders?|tariffs?|exemption|loophole|regulations?|polic(?:y|ies)|act|restrictions?|taxing|levying|"
                        r"curbs?|prices?|fares?|fees?|charges?|tax(?:es)?|dut(?:y|ies)|levy|levies|caps?|terms|waivers?|"
                        r"schemes?|controls|sanctions|requirements?|mandates?|guidelines|changes?|limits?)\b", re.I)
# one kind of rule under its words: "loophole" is an exemption, an act a law, "curbs" restrictions, a plural the rule
RULE_KINDS = {"loophole": "exemption", "rulebook": "rule", "rulebooks": "rule", "guidelines": "rule", "tariff": "tariffs",
              "act": "law", "rules": "rule", "laws": "law",
              "orders": "order", "regulations": "regulation", "policies": "policy", "restriction": "restrictions",
              "curb": "restrictions", "curbs": "restrictions", "prices": "price", "fares": "fare", "fees": "fee",
              "charges": "charge", "taxes": "tax", "duties": "duty", "levies": "levy", "caps": "cap", "waivers": "waiver",
              "schemes": "scheme", "controls": "restrictions", "requirements": "requirement", "mandates": "mandate",
              "limits": "limit", "taxing": "tax", "levying": "levy"}  # (a tax by its verb: "will begin taxing")
ASIDE = re.compile(r",\s+(?:which|that|who|whose)\b[^,;]*,")  # a relative clause set off by commas
# a runoff or a referendum is not the first round of an election held weeks before it
VOTE_WORDS = re.compile(r"\b(?:(referend(?:um|a|ums)|plebiscites?)|(run-?offs?|second round)|(by-elections?)|"
                        r"elections?|vote|polls)\b", re.I)
VOTE_KINDS = ("referendum", "runoff", "by-election")  # the groups of VOTE_WORDS; any other word: an election


# a chart of apps no store names ("the free-apps chart", "an app download chart"; clause words are joined by spaces:
# "free - apps"), and the words that make a chart a store's ("Apple's free-app chart")
APP_CHART = re.compile(r"\b(?:(free|paid)(?: - |[- ])apps?\b|apps?(?: - |[- ])(?:downloads?(?: - |[- ]))?charts?\b)", re.I)
STORE_MAKER = re.compile(r"\b(?:Apple|Google|iPhones?|iOS|Android)\b")
# a name that launched something (satellites, a rocket): whose liftoff it is
LAUNCHER = re.compile(r"\b((?:[A-Z][\w-]+ )*[A-Z][\w-]+) (?:\w+ly )?launch(?:ed|es)\b")


def event_detail(rule, clause: str, at: tuple[int, int] | None = None) -> str:
    """What distinguishes one event of a type from another: the store of an app ranking, the kind
    of rule that takes effect (tariffs and an exemption are two events; an act is a law), the kind of
    vote (an election, its runoff, a referendum: with `at`, the date's span in `clause`, the vote word
    nearest to it), the name that launched a rocket's payload. An app chart no store names is named by its kind
    ("the free-apps chart")."""
    if rule.name == "app_ranking":  # a chart of apps no store names: "the top of the free-apps chart"
        chart = APP_CHART.search(clause) if not STORE_MAKER.search(clause) else None
        # with `at`, the store nearest the day ("topped Google Play on Friday and reached No. 1 in Apple's store by Monday")
        stores = [(span_gap(*at, m.start(), m.end()) if at else 0, name) for pattern, name in STORE_NAMES
                  for m in pattern.finditer(clause)]
        return min(stores, key=lambda s: s[0])[1] if stores else "" \
            or (f"the {chart.group(1).lower()}-apps chart" if chart and chart.group(1) else "an app chart" if chart else "")
    if rule.name == "law_takes_effect":  # with `at`, the rule noun nearest the day ("paid double fares as the new
        nouns = list(RULE_NOUNS.finditer(clause))  # price, which has been in force since Tuesday": the price's day)
        if at is not None:  # not a noun of a relative clause set off around it ("The exemption, which lets goods skip
            asides = [m.span() for m in ASIDE.finditer(clause) if not m.start() <= at[0] < m.end()]  # duties, will close")
            nouns = [n for n in nouns if not any(a <= n.start() < b for a, b in asides)] or nouns
            nouns = [n for n in nouns if n.end() <= at[0]] or nouns  # named before its day ("on May 20, a new rule")
            nouns.sort(key=lambda m: span_gap(at[0], at[1], m.start(), m.end()))
        return RULE_KINDS.get(nouns[0].group(1).lower(), nouns[0].group(1).lower()) if nouns else ""
    if rule.name == "liftoff":  # "Velora launched 12 satellites", "Rival Orbix launched 20": two liftoffs
        named = LAUNCHER.search(clause)
        return named.group(1) if named else ""
    if rule.name == "election":
        words = list(VOTE_WORDS.finditer(clause))
        if at is not None:
            words.sort(key=lambda m: span_gap(at[0], at[1], m.start(), m.end()))
        kinds = [kind for kind, group in zip(VOTE_KINDS, words[0].groups()) if group] if words else []
        return kinds[0] if kinds else "election"
    return ""
