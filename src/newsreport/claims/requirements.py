"""A count a rule requires is the rule's bar, not a count of anyone: "requiring 5,000 subscribers to join", "creators
need at least 1,000 followers", "raised its threshold to 500 members". It is keyed as a threshold of what it counts,
by whose rule it is, never as the followers or members someone has."""

from __future__ import annotations

import re

THRESHOLD = "threshold"  # "worth less than $500": the $500 itself is the bound
# the words right before the count (a hedge between them): what the rule asks for
REQUIRED_BEFORE = re.compile(r"\b(?:requir(?:e|es|ed|ing)|needs?|needed|threshold(?:\s+(?:of|to|at))?|minimum(?:\s+of)?|"
                             r"must (?:have|reach|hit|gain))\s+(?:(?:at least|a minimum of|more than|over|no fewer than)\s+)?$",
                             re.I)


def required_count(kind: str, sentence: str, rel_start: int) -> bool:
    """Whether the count starting at `rel_start` in `sentence` is what a rule requires."""
    return kind == "count" and REQUIRED_BEFORE.search(sentence[max(0, rel_start - 60):rel_start]) is not None


def threshold_key(kind: str, reading, sentence: str) -> tuple[str, str, None, str, str]:
    """(the rule's setter, metric, no config rule, entity words, entity basis) of a bound: an amount's ("parcels worth
    less than $800 enter Zembla duty-free") is keyed by where its rule applies, its sentence's subject being the setter;
    a count's ("Vidora requires 5,000 subscribers") by its owner as any count is, else by the sentence's subject
    ("Vidora raised the bar, requiring 5,000 subscribers"), its measure a threshold of its noun."""
    from newsreport.claims.subjects import sentence_subject

    if kind == "count":
        subject = "" if reading.entity_text else sentence_subject(sentence, skip_people=True)
        return "", f"{THRESHOLD}: {reading.counted}" if reading.counted else THRESHOLD, None, \
            reading.entity_text or subject, reading.entity_basis if reading.entity_text else "subject" if subject else ""
    return reading.entity_text, THRESHOLD, None, "", ""
