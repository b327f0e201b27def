"""A percentage written before the noun it sizes names its own measure: "a 2% commission", "an 11% referral fee", "a 21 per
cent allocation", "a 25% tariff", "a 5% stake" are the commission, the fee, the allocation, the tariff and the stake, and
two articles giving one of them two values disagree. A change ("a 5% rise") is growth, read elsewhere; a percentage
with no noun of its own ("60% of its readers are students") is a share of something the key cannot name: no claim."""

from __future__ import annotations

import re

from newsreport.claims.counted import CHANGE_NOUNS

# nouns of a change (`counted.CHANGE_NOUNS`, and these) or a comparison: their percentages move or compare another
# measure, which they do not name
NAMING_NO_MEASURE = CHANGE_NOUNS | {"boost", "plunge", "slide", "premium", "lead", "margin", "chance", "probability",
                                    "likelihood", "majority", "share"}
PERCENT_WORDS = re.compile(r"^(?:%|per\s*cent|percent|cent|pc)\s+", re.I)


def percent_noun(counted: str, synonyms: dict) -> str:
    """The measure a percentage's own noun names ("% referral fee" -> 'referral_fee'), '' for none or a change."""
    words = PERCENT_WORDS.sub("", counted).split() if PERCENT_WORDS.match(counted or "") else []
    words = [w for w in words if re.fullmatch(r"[a-z][a-z-]*", w)]
    if not words or words[-1] in NAMING_NO_MEASURE or words[-1].endswith("ing"):
        return ""
    return "_".join(synonyms.get(w, w) for w in words)


def without_percent(counted: str) -> str:
    """The counted words without the percent sign or words the figure is written with ("% commission" -> "commission"):
    a growth keyed by its noun ("cut its 30% commission to 15%") is the commission's, whatever the figure's notation."""
    return re.sub(r"(?:^|\s)(?:%|per\s*cent|percent|cent)(?=\s|$)", " ", counted or "").strip()
