"""A span of time that only bounds a comparison ("its second outage in 18 months", "the highest reading in
five years", "for the first time in a decade"): it says within how long something ranks first, second or
highest, not how long anything lasted, so it makes no claim."""

from __future__ import annotations

import re

# an ordinal or superlative, then "in" or "over" the figure's span, within one clause
RANKED = (r"\b(?:first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th)|only|last|highest|lowest|biggest|largest|"
          r"smallest|worst|best|deadliest|strongest|weakest|fastest|slowest|hottest|coldest|wettest|driest|most|fewest|"
          r"least|longest|shortest|sharpest|steepest|busiest|quietest|warmest|coolest)\b")
WINDOW_BEFORE = re.compile(RANKED + r"[^.;,:()]{0,60}?\b(?:in|over|for)\s+(?:the\s+)?(?:(?:past|last|previous|preceding|"
                           r"nearly|almost|about|more than|over|some)\s+)*$", re.I)


def comparison_window(sentence: str, rel_start: int) -> bool:
    """Whether the figure starting at `rel_start` is the span a ranking is counted within (see the module)."""
    return bool(WINDOW_BEFORE.search(sentence[max(0, rel_start - 90):rel_start]))
