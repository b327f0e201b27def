"""Figures of another thing than the article's main actor, whose sentence names no owner the parse takes for a name:
an earlier member of a series ("The first film grossed more than $700 million" in an article on its sequel, "the
previous model sold 2 million" in one on a new phone, "its predecessor cost $1.1 billion" in one on a new stadium)
keys no claim; a thing named by a place or a name and a common noun in the possessive ("the Dublin metro's cost",
"the Harlow bridge's budget", "the Kestrel line's riders") owns its figure, not the main actor. A crowd that watched
a contest between sides is the crowd of the venue the sentence names ("A crowd of 87,192 watched Northgate beat Harrow
Vale at Kellwick Stadium"), not one side's; a crowd that watched one team or performer is theirs."""

from __future__ import annotations

import re

# "the first film", "the previous model", "the original game", "its predecessor"; not "first-quarter", "last year",
# "the first three days", "the first phase" (a part of the whole, not another member)
EARLIER_MEMBER = re.compile(r"\b(?:first|previous|original|earlier|prior|preceding|last) (?!(?:quarter|half|week|month|year|"
                            r"day|night|weekend|time|round|phase|stage|season|edition's|one|two|three|four|five|six|seven|"
                            r"eight|nine|ten|few|several)\b)[a-z-]+ (?!of\b)|\bpredecessors?\b", re.I)
# a name and a common noun in the possessive right before the measure: "The Dublin metro's cost estimate"
NAMED_THING_POSSESSOR = re.compile(r"(?:\b[Tt]he\s+|^)((?!(?:The|Its|Their|His|Her|Our|This|That|These|Those|A|An)\b)"
                                   r"(?:[A-Z][\w-]*\s+)+[a-z][a-z-]+)(?:'s|’s)\s+$")
GUESSED_OWNERS = {"main entity", "nearby name"}  # owners read from the article or a nearby name, not the sentence


# a venue named after "at": "at Kellwick Stadium", "at the Harlow Arena"
VENUE = re.compile(r"\bat (?:the )?((?:[A-Z][\w'’-]+ )*(?:Stadium|Arena|Park|Ground|Field|Bowl|Dome|Centre|Center|Hall|"
                   r"Gardens|Coliseum|Velodrome|Circuit|Speedway))\b")
WATCHING = {"watch", "see", "cheer", "witness"}
# a contest between sides, which no one side owns: "watched Northgate beat Harrow Vale", "saw Kell draw with Ardley",
# "watched Ana Ruiz win the final" (a crowd that watched one performer or team, "watched Dorran lose", is theirs)
TWO_SIDES = re.compile(r"\b(?:beat|beats|defeat|defeats|defeated|draw with|drew with|lose to|lost to|against|vs\.?|v\.?)\s+"
                       r"(?:the\s+)?[A-Z]|\b(?:final|semi-final|match|derby|game|tie|race)\b")


def other_owner(keyed, reading, sentence: str):
    """`keyed` ((entity, basis, metric) from `mentions.entity_of`) unless it gives a guessed owner to a figure of
    another thing (see the module): None for an earlier member of a series, the possessor for a named thing."""
    if keyed is not None and keyed[1] in GUESSED_OWNERS | {"pronoun"} and EARLIER_MEMBER.search(reading.measure_text):
        return None  # (also "its predecessor", "the previous model": the words that point back name another member)
    venue = VENUE.search(sentence) if keyed is not None and keyed[2] == "attendance" and keyed[1] != "place" \
        and reading.verb in WATCHING and TWO_SIDES.search(sentence) else None
    if venue:  # the crowd watched one side beat another: the match's, which its venue names (neither side's alone)
        return venue.group(1), "place", keyed[2]
    if keyed is None or keyed[1] not in GUESSED_OWNERS or reading.entity_text:
        return keyed
    possessor = NAMED_THING_POSSESSOR.search(sentence[:reading.measure_span[0]])
    if possessor and not possessor.group(1).startswith(keyed[0]):  # (the main actor's own "Shannon line's")
        return possessor.group(1).strip(), "possessor", keyed[2]
    return keyed
