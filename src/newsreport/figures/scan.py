"""One document being read for figures: its text, the characters already claimed by a figure,
its sentence bounds and the figures found so far. Every finder reads and adds through it."""

from __future__ import annotations

import bisect
import re
from datetime import date

from newsreport.figures.record import Figure

SENTENCE_BREAK = re.compile(r"\n+|(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])")
# A full stop after an abbreviation does not end a sentence: "the U.S. Google Play Store",
# "Jan. 16", "No. 1", "Mr. Chew".
ABBREVIATION_END = re.compile(r"(?:\b(?:[A-Z]\.){2,}|\b(?:Mr|Mrs|Ms|Dr|St|No|Nos|Inc|Co|Corp|Ltd|Jr|Sr|vs|"
                              r"Gov|Sen|Rep|Gen|Prof|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.)$")

# A capitalized word after a lower-case word or a comma: a name, not a sentence opening.
MID_SENTENCE_CAPITAL = re.compile(r"(?<=[a-z,] )([A-Z][\w&.-]*)")


class Scan:
    """The state shared by the finders for one text: a figure's characters are claimed once."""

    def __init__(self, text: str, published: date | None):
        self.text = text
        self.published = published
        self.blocked = bytearray(len(text))
        self.figures: list[Figure] = []
        self._proper: set[str] | None = None
        self.breaks = [0] + [m.end() for m in SENTENCE_BREAK.finditer(text)
                             if m.group().startswith("\n") or not ABBREVIATION_END.search(text, max(0, m.start() - 12), m.start())
                             ] + [len(text)]

    def is_proper(self, word: str) -> bool:
        """Whether `word` is written capitalized inside a sentence somewhere in the text, which
        tells a name ("Xiaohongshu") from a common word that opens a sentence ("Analysts")."""
        if self._proper is None:
            self._proper = {m.group(1) for m in MID_SENTENCE_CAPITAL.finditer(self.text)}
        return word.strip("\"“‘(’”,;:") in self._proper

    def sentence_span(self, position: int) -> tuple[int, int]:
        """Start and end of the (rough) sentence holding `position`."""
        index = bisect.bisect_right(self.breaks, position) - 1
        index = max(0, min(index, len(self.breaks) - 2))
        return self.breaks[index], self.breaks[index + 1]

    def is_free(self, start: int, end: int) -> bool:
        return not any(self.blocked[start:end])

    def block(self, start: int, end: int) -> None:
        self.blocked[start:end] = b"\x01" * (end - start)

    def add(self, figure: Figure) -> None:
        """Keep `figure` (its quote taken from the text) and claim its characters."""
        figure.quote = self.text[figure.start:figure.end]
        self.figures.append(figure)
        self.block(figure.start, figure.end)
