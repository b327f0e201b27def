""""Today" inside a quotation is the day the words were said: '"As of today, the app is back," he said'
after "At a rally on Sunday, the president said ..." is that Sunday, not the day of writing."""

from __future__ import annotations

import re
from dataclasses import replace

from newsreport.figures.relative_days import sentence_bounds

SAY_VERB = (r"(?:said|says|told|tells|wrote|writes|posted|posts|announced|declared|added|tweeted|insisted|"
            r"spoke|speaks|stated|explained|recalled|joked)")
# the day of the saying: "said on Sunday", "told supporters at a rally on Saturday" (in the verb's
# clause), or a day fronting the sentence, "At a rally on Sunday, the president said", "On Sunday,
# she wrote" (not one of a clause about someone: "Vos, who will be sworn in on Monday, said")
SAY_THEN_DAY = re.compile(rf"\b{SAY_VERB}(?:\s+(?!(?:would|will|to|could|should|might|that|it)\b)[\w'’]+){{0,5}}?"
                          r"(?:\s+(?:on|late|early))?\s+$", re.IGNORECASE)  # (not what was said: "said it would reopen on Monday")
FRONTED_DAY = re.compile(r"^\W*(?:(?:at|in|during|after|on|late|early)\s+)?(?:[\w'’-]+\s+){0,4}?(?:on\s+)?$", re.IGNORECASE)
THEN_SAY = re.compile(rf"^[^,;:.!?]{{0,20}},\s*(?:[\w'’.-]+\s+){{1,4}}?{SAY_VERB}\b", re.IGNORECASE)
TODAY = re.compile(r"\btoday\b", re.IGNORECASE)


def in_quotation(text: str, position: int) -> bool:
    """Whether `position` lies inside quotation marks of its paragraph."""
    start = text.rfind("\n", 0, position) + 1
    before = text[start:position]
    if before.count('"') % 2:
        return True
    return before.rfind("“") > before.rfind("”")


def _said_on(text: str, day, sentence: tuple[int, int]) -> bool:
    """Whether the day mention `day` dates a verb of saying in its sentence."""
    if SAY_THEN_DAY.search(text, sentence[0], day.start):
        return True
    return FRONTED_DAY.match(text[sentence[0]:day.start]) is not None \
        and not re.search(r"\b(?:who|which|that)\b", text[sentence[0]:day.start], re.IGNORECASE) \
        and THEN_SAY.match(text[day.end:sentence[1]]) is not None


def date_quoted_today(mentions: list, text: str) -> list:
    """Date mentions (in text order) with a quoted "today" re-dated to the day its words were said:
    a day of its own sentence, or of the sentence before, that dates a verb of saying."""
    dated = list(mentions)
    for index, mention in enumerate(dated):
        if mention.end - mention.start > 14 or not TODAY.search(text, mention.start, mention.end) \
                or not in_quotation(text, mention.start):
            continue
        sentence = sentence_bounds(text, mention.start, mention.end)
        previous = sentence_bounds(text, max(0, sentence[0] - 2), max(0, sentence[0] - 1)) if sentence[0] else None
        for bounds in filter(None, (sentence, previous)):
            said = [m for m in dated[:index] + dated[index + 1:] if bounds[0] <= m.start < bounds[1]
                    and len(m.iso) == 10 and m.iso[:1] != "-" and not TODAY.search(text, m.start, m.end)
                    and _said_on(text, m, bounds)]
            if said:
                dated[index] = replace(mention, iso=said[0].iso, inferred=said[0].inferred or mention.inferred)
                break
    return dated
