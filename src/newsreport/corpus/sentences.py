"""Sentence splitting with pysbd, aligned back to exact character offsets of the document body."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import pysbd

TERMINAL = tuple('.!?:;"”’\')')
# pysbd's time grows with the square of the input: a line longer than this is cut at likely sentence
# ends (". " before a capital) into pieces of about this size first. Article paragraphs are far shorter.
LONG_LINE_CHARS = 3000
LIKELY_SENTENCE_END = re.compile(r'[.!?]["”’)]?\s+(?=["“‘(]?[A-Z0-9])')


@dataclass(frozen=True)
class Sentence:
    """A sentence (or a heading line) of one document: `text == body[start:end]`."""

    sentence_id: str
    doc: str
    index: int
    start: int
    end: int
    text: str
    kind: str  # "sentence" or "heading"


@lru_cache(maxsize=1)
def segmenter() -> pysbd.Segmenter:
    """pysbd's English segmenter, made once per process."""
    return pysbd.Segmenter(language="en", clean=False)


def kept_regions(text: str, excluded) -> list[tuple[int, int]]:
    """The `[start, end)` regions of `text` outside the excluded spans."""
    regions, cursor = [], 0
    for span in sorted(excluded, key=lambda s: s.start):
        if span.start > cursor:
            regions.append((cursor, span.start))
        cursor = max(cursor, span.end)
    if cursor < len(text):
        regions.append((cursor, len(text)))
    return regions


def line_pieces(line: str) -> list[tuple[int, str]]:
    """`line` as (offset, piece) parts of at most about LONG_LINE_CHARS, cut after likely sentence ends
    (or at whitespace, or hard, when there is none), so a huge one-line file is split in linear time."""
    pieces, start = [], 0
    while len(line) - start > LONG_LINE_CHARS:
        window_end = start + LONG_LINE_CHARS
        ends = [m.end() for m in LIKELY_SENTENCE_END.finditer(line, start + 1, window_end)]
        if not ends:
            ends = [m.end() for m in re.finditer(r"\s+", line[start + 1:window_end])]
            ends = [start + 1 + e for e in ends]
        cut = ends[-1] if ends else window_end
        pieces.append((start, line[start:cut]))
        start = cut
    pieces.append((start, line[start:]))
    return pieces


def segment_line(line: str) -> list[tuple[int, int]]:
    """Offsets of pysbd's sentences inside one line, found in order so repeats map correctly."""
    if len(line) > LONG_LINE_CHARS:
        return [(offset + start, offset + end) for offset, piece in line_pieces(line)
                for start, end in segment_line(piece)]
    spans, cursor = [], 0
    for piece in segmenter().segment(line):
        piece = piece.strip()
        if not piece:
            continue
        found = line.find(piece, cursor)
        if found < 0:  # pysbd altered the text; fall back to the rest of the line
            rest = line[cursor:]
            found = cursor + len(rest) - len(rest.lstrip())
            piece = rest.strip()
        spans.append((found, found + len(piece)))
        cursor = found + len(piece)
    return joined_clock_times(line, spans)


# pysbd ends a sentence at "p.m." before a capital; a time zone after the clock time goes on with it
# ("shortly after 5 p.m. Eastern time on Oct. 13", "at 9 a.m. GMT on Friday")
CLOCK_END = re.compile(r"\b[ap]\.m\.$", re.I)
ZONE_START = re.compile(r"^(?:Eastern|Central|Mountain|Pacific|Atlantic|Alaska|Hawaii|GMT|UTC|BST|CET|CEST|ET|PT|CT|MT|"
                        r"EST|EDT|PST|PDT|CST|CDT|AEST|AEDT|IST|JST|local time)\b")


def joined_clock_times(line: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` with a sentence cut after a clock time ("5 p.m.") joined to the piece that starts with its
    time zone ("Eastern time on Oct. 13.")."""
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if joined and CLOCK_END.search(line[joined[-1][0]:joined[-1][1]]) and ZONE_START.match(line[start:end]):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


# A wire dateline opening a paragraph: a place in capitals, a day or an agency, a dash ("SHANGHAI, Jan 14
# (Reuters) -", "WASHINGTON (AP) —", "NEW YORK, March 3 -"). It is a line of its own: parsed with the
# sentence after it, the place reads as that sentence's subject.
DATELINE = re.compile(r"[A-Z][A-Z.'’]+(?:[ /-][A-Z][A-Z.'’]+)*"
                      r"(?=,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b|\s*\()"  # a day or an agency must follow
                      r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b)?(?:\s*\([^()\n]{1,30}\))?\s*[-—–]+(?=\s+\S)")


def dateline_end(line: str) -> int:
    """Where a dateline opening `line` ends (0 when there is none)."""
    found = DATELINE.match(line)
    return found.end() if found else 0


def line_kind(line: str) -> str:
    """A short line with no closing punctuation is a heading (titles, section names, bylines)."""
    stripped = line.strip()
    return "heading" if not stripped.endswith(TERMINAL) and len(stripped.split()) <= 15 else "sentence"


def split_sentences(text: str, doc: str, excluded=()) -> list[Sentence]:
    """Split `text` into sentences, one line (paragraph) at a time, skipping excluded spans.

    Sentence ids are `{doc}:s{index:03d}`, stable as long as the text is.
    """
    sentences = []
    for region_start, region_end in kept_regions(text, excluded):
        for line in re.finditer(r"[^\n]+", text[region_start:region_end]):
            line_text = line.group()
            if not line_text.strip():
                continue
            base = region_start + line.start()
            kind = line_kind(line_text)
            dateline = dateline_end(line_text)
            if dateline:
                index = len(sentences)
                sentences.append(Sentence(f"{doc}:s{index:03d}", doc, index, base, base + dateline,
                                          text[base:base + dateline], "heading"))
                skipped = len(line_text[dateline:]) - len(line_text[dateline:].lstrip())
                base, line_text = base + dateline + skipped, line_text[dateline + skipped:]
            for start, end in segment_line(line_text):
                index = len(sentences)
                sentences.append(Sentence(f"{doc}:s{index:03d}", doc, index, base + start, base + end,
                                          text[base + start:base + end], kind))
    return sentences
