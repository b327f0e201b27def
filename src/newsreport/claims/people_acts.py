"""What people counted did says who they are, whatever noun counts them. People counted by their part in a strike
are its strikers, whatever else the parse hangs on their phrase: "about 18,000 nurses were taking part in the 48-hour stoppage", "6,500 port workers have stayed
away since Monday's walkout". The act must follow the people's noun in their own clause (no comma between). A bare act
that leaves the event unsaid ("took part", "stayed away") takes the event the passage names: "The union says 12,000
members are taking part" after "The strike entered its fourth day" counts strikers; "45,000 people took part" after
"The march set off" counts the crowd. The sentence's own event words win, else the sentence before it; a strike
(walkout, stoppage) named with no crowd event (march, rally, match ...) makes the people strikers. People a strike is
done to (passengers, customers, fans) never strike. And "35 million people passed through Kessel Airport" counts
the airport's passengers, as "handled 31.4 million passengers" does (`travellers`); "91,000 fans packed into the
stadium" and "put the size of Tuesday's march at 8,000" count a crowd (`crowd`).
People who lost their jobs ("three lakh workers have lost their jobs", "out of work") are a cut in staff, as "cut
400 jobs" is (`jobs_lost`)."""

from __future__ import annotations

import re

BARE_ACT = re.compile(r"\b(?:(?:took|take|takes|taking|taken) part|(?:stayed|stay|stays|staying|kept|keep|keeps|keeping) "
                      r"away)\b(?!\s+(?:in|at|from)\b)", re.I)  # "took part in the ballot": the clause says in what
STRIKE_WORDS = re.compile(r"\b(?:strikes?|walk-?outs?|stoppages?|industrial action)\b", re.I)
CROWD_WORDS = re.compile(r"\b(?:march(?:es)?|rall(?:y|ies)|protests?|demonstrations?|parades?|vigils?|processions?|"
                         r"festivals?|concerts?|races?|marathons?|matches|match|games?|finals?|ceremon(?:y|ies)|"
                         r"pickets?|sit-ins?|ballots?|votes?)\b", re.I)  # (a picket line is some strikers, not all)
# people a strike or event is done to, never its strikers: "4,000 passengers stayed away as the strike began"
SERVED = {"passengers", "commuters", "travellers", "travelers", "customers", "users", "visitors", "tourists", "fans",
          "spectators", "shoppers", "consumers", "viewers", "subscribers", "followers", "patients", "voters",
          "buyers", "investors", "victims", "clients", "policyholders", "attendees"}
LEAD = 40  # characters between the figure and its act: the people's noun and an auxiliary ("nurses were")


def _act_after(pattern, tail: str):
    """The first match of `pattern` in `tail` that the people's own words lead to (no clause break before it)."""
    match = pattern.search(tail)
    return match if match and match.start() <= LEAD and not re.search(r"[,;:()—–]", tail[:match.start()]) else None


def part_taken(metric: str, reading, sentence: str, rel_end: int, before: list, vocabulary) -> str:
    """The measure of a count of people read as `metric`: 'strikers' when their clause says they struck (see the
    module); `metric` otherwise. `before`: the sentence before (a list of none or one sentence); `rel_end`: where
    the figure ends in `sentence`."""
    strikers, name = vocabulary.metric("strikers"), metric.partition(": ")[0]
    head = reading.counted.split()[-1] if reading.counted else ""
    rule = vocabulary.metric(name)
    if strikers is None or name == "strikers" or head in SERVED or not (head in vocabulary.person_nouns or
                                                                          not head and name == "attendance"):
        return metric
    if rule is not None and name != "attendance" and not any(p.search(reading.counted) for p in rule.patterns):
        return metric  # a measure its verb names ("18,000 nurses voted ..."), not the noun's own
    tail = sentence[rel_end:]
    if any(_act_after(p, tail) for p in strikers.patterns):
        return "strikers"
    if not _act_after(BARE_ACT, tail):
        return metric
    for text in [sentence] + [s.text for s in before]:
        strike, crowd = STRIKE_WORDS.search(text), CROWD_WORDS.search(text)
        if strike or crowd:
            return "strikers" if strike and not crowd else metric
    return metric


# people who pass through a place of travel are its passengers: "35 million people passed through the airport"
THROUGH_HUB = re.compile(r"^\s+(?:[\w-]+\s+){0,2}?(?:passed|pass|passes|passing|travell?ed|flew|flown) through\s+"
                         r"(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}(?:airports?|stations?|terminals?|hubs?|ports?)\b", re.I)


def travellers(metric: str, reading, sentence: str, rel_end: int, vocabulary) -> str:
    """'passengers' for people (a noun naming no group of its own: "people") counted passing through an airport,
    a station, a terminal or a port; `metric` otherwise."""
    head = reading.counted.split()[-1] if reading.counted else ""
    return "passengers" if metric == head and head in vocabulary.generic_people \
        and THROUGH_HUB.match(sentence[rel_end:]) else metric


def clause_measure(metric: str, reading, sentence: str, rel_end: int, vocabulary) -> str:
    """The config measure the words right after a count of "people" name, where the parse left them out of its phrase:
    "some 38 million people around the globe open the app in a typical month" are its monthly users; `metric`
    (the bare noun) when none does. The longest match that the people's own words lead to wins."""
    head = reading.counted.split()[-1] if reading.counted else ""
    if metric != head or head not in vocabulary.generic_people:
        return metric
    tail, found = sentence[rel_end:], []
    for rule in vocabulary.metrics:
        if "count" in rule.kinds:
            found += [(match.end() - match.start(), rule.name) for p in rule.patterns if (match := _act_after(p, tail))]
    return max(found)[1] if found else metric


# people who fill or pack a place are its crowd: "91,000 fans packed into Kellwick", "87,192 people filled the stadium"
FILLED = re.compile(r"\b(?:packed|packs|pack|packing|filled|fills|fill|filling|crammed|crams|cram|cramming)\b", re.I)
# the size of a crowd event, or its turnout, put at a number: "Police put the size of Tuesday's march at 8,000"
EVENT_SIZE = re.compile(r"\b(?:size|turnout)\s+(?:(?:of|at|for)\s+(?:the\s+|this\s+|[\w'’-]+\s+){0,3}?(\w+)\s+)?"
                        r"(?:(?:at|was|is|of)\s+)?(?:about|around|roughly|some|nearly|almost|more than|over|up to|just )*$",
                        re.I)
VOTE_WORDS = re.compile(r"\b(?:elections?|votes?|voters?|polls?|ballots?|referend(?:um|a))\b", re.I)


def crowd(metric: str, reading, sentence: str, rel_start: int, rel_end: int, before: list, vocabulary) -> str:
    """'attendance' for people who filled or packed a place, and for the size or turnout of a march, a rally or a
    match put at a number (the event named by "size of", else in the sentence or the one before, with no vote);
    `metric` otherwise."""
    head, rule = reading.counted.split()[-1] if reading.counted else "", vocabulary.metric(metric.partition(": ")[0])
    if vocabulary.metric("attendance") is None or rule is not None and "count" in rule.kinds:
        return metric  # ("turnout" of an election is a share: no count measure)
    if head in vocabulary.person_nouns and metric == head.replace(" ", "_") and _act_after(FILLED, sentence[rel_end:]):
        return "attendance"
    sized = metric in ("size", "turnout") or metric == head and head in vocabulary.generic_people  # "at 8,000 people"
    size = EVENT_SIZE.search(sentence[:rel_start]) if sized else None
    if size is None:
        return metric
    texts = [size.group(1) or ""] if size.group(1) else [sentence] + [s.text for s in before]
    named = next((t for t in texts if CROWD_WORDS.search(t) or VOTE_WORDS.search(t) or STRIKE_WORDS.search(t)), "")
    if not CROWD_WORDS.search(named) or VOTE_WORDS.search(named):
        return metric
    reading.counted = "people"  # the crowd's people: "size" names no group of them
    return "attendance"


def part_counted(metric: str, reading, vocabulary) -> str:
    """`metric` with the part of its people that the counted noun names (config `part_nouns`: "12 crew members
    aboard" are 'people_aboard: crew'), whoever owns the count; `metric` otherwise."""
    rule = vocabulary.metric(metric)
    part = next((p for p in (rule.part_nouns if rule is not None else ()) for w in reading.counted.split()
                 if w.startswith(p)), "")
    if not part:
        return metric
    reading.counted = "people"  # (the part is in the measure: the noun keys nothing more)
    return f"{metric}: {part}"


# people who lost their jobs are jobs cut, however the sentence counts them: "three lakh workers have lost their jobs",
# "putting about 300,000 workers out of jobs", "1,200 staff were made redundant" (not the staff an employer has)
JOBS_LOST = re.compile(r"\b(?:(?:lost|lose|loses|losing)\s+(?:their|his|her)\s+(?:jobs?|livelihoods?|positions?)|"
                       r"out of (?:a |their )?(?:work|jobs?|employment)|(?:made|been made|be made) redundant)\b", re.I)


def jobs_lost(metric: str, reading, sentence: str, rel_end: int, vocabulary) -> str:
    """The change in staff (config `staff`, with the growth suffix) for people counted as losing their jobs
    (`JOBS_LOST` in their own clause, right after them); `metric` otherwise."""
    head = reading.counted.split()[-1] if reading.counted else ""
    if vocabulary.metric("staff") is None or head not in vocabulary.person_nouns or head in SERVED \
            or not _act_after(JOBS_LOST, sentence[rel_end:]):
        return metric
    reading.counted = "jobs"  # (the jobs they lost: "workers" keys nothing more)
    return "staff" + vocabulary.growth_suffix


def people_acts(metric: str, reading, sentence: str, rel_start: int, rel_end: int, before: list, vocabulary) -> str:
    """The measure of a count of people read as `metric`, by what they did (see the module)."""
    metric = part_counted(jobs_lost(metric, reading, sentence, rel_end, vocabulary), reading, vocabulary)
    metric = crowd(part_taken(metric, reading, sentence, rel_end, before, vocabulary), reading, sentence, rel_start,
                   rel_end, before, vocabulary)
    return clause_measure(travellers(metric, reading, sentence, rel_end, vocabulary), reading, sentence, rel_end,
                          vocabulary)


# "fall" in an idiom of what happened to people is no fall in their number: "400 patients fell ill", "fell victim"
FELL_IDIOM = re.compile(r"^[^.;,]{0,40}?\b(?:fall|falls|fell|fallen|falling)\s+(?:ill|sick|victim|asleep|silent|"
                        r"unconscious|pregnant|foul)\b", re.I)


def fell_ill(sentence: str, rel_end: int) -> bool:
    """Whether the people counted just before `rel_end` of `sentence` fell ill, sick or victim (no change)."""
    return bool(FELL_IDIOM.match(sentence[rel_end:]))


# what people do with an app, a site, a channel or a station each day or month: "31 million people open it every
# day", "reaches 60 million people a month" (not "220 people a day come through the emergency department doors")
USING = re.compile(r"\b(?:us(?:e|es|ed|ing)|open(?:s|ed|ing)?|log(?:s|ged|ging)?\s+(?:in|on)|sign(?:s|ed|ing)?\s+in|"
                   r"visit(?:s|ed|ing)?|watch(?:es|ed|ing)?|listen(?:s|ed|ing)?|stream(?:s|ed|ing)?|play(?:s|ed|ing)?|"
                   r"access(?:es|ed|ing)?|tun(?:e|es|ed|ing)\s+in|read(?:s|ing)?|reach(?:es|ed|ing)?|check(?:s|ed|ing)?|"
                   r"scroll(?:s|ed|ing)?|engag(?:e|es|ed|ing))\b", re.I)


def uses_it(counted: str, clause: str) -> bool:
    """Whether people counted over a day or a month are an audience: an "audience" itself, or people whose clause says
    they use, open, visit, watch or are reached by something (`USING`); people who come, queue or fall ill are not."""
    return "audience" in counted.split() or bool(USING.search(clause))

