"""A vote's tally as a claim: "in a 6-3 decision", "the justices ruled 7-2", "the measure passed 4-3", "backing it by
four votes to three". The figures step reads no tally (two numbers joined by a dash are a range or a score), so the
claims step reads them here, from sentences that name a vote, a ruling or a decision beside them. A tally is keyed by
the votes cast: two articles giving one vote two tallies ("9-0" / "7-2") conflict, while a tally of another total is
another vote (the House's 352-65 and the Senate's 79-18; a three-judge panel's 3-0 before the Supreme Court's 9-0). An
article giving two tallies of one total tells two votes of one body (a fare rise 7-2, a route cut 5-4): its tallies
of that total are compared with none."""

from __future__ import annotations

import re

from newsreport.claims.keys import cited_source, sentence_index
from newsreport.claims.wording import excerpt
from newsreport.figures.numbers import NUMBER_WORDS  # "by four votes to three"

METRIC = "vote_tally"  # config `metrics.vote_tally`: its label; keyed "vote_tally: <N> votes cast"
# "7-2", "6–3" (not part of a date, a phone number, a ratio or a range of percentages: "10-15%", "2019-20")
DASHED = re.compile(r"(?<![\w.,/:–-])(\d{1,3})\s?[-–]\s?(\d{1,3})(?!\w|[.,]\d|[/:%–-]|\s*(?:per\s*cent|percent)\b)")
VOTES_TO = re.compile(r"\bby\s+(\w+)\s+votes?\s+to\s+(\w+)\b", re.I)  # "by four votes to three", "by 11 votes to 2"
# words that make two numbers a vote's tally when they stand beside them in the clause
VOTE_WORDS = re.compile(r"\b(?:vot(?:e|es|ed|ing)|decision|rul(?:ed|es|ing)|ballot|majority|in\s+favou?r|upheld|uphold(?:s|ing)?|"
                        r"verdict|passed|pass(?:es|ing)|approv(?:ed|es|al)|reject(?:ed|s|ion)|split|endorsed|backed)\b", re.I)
NEAR = 40  # characters either side of the tally in which a vote word must stand (the same clause, mostly)
CLAUSE_END = re.compile(r"[.;:!?]")


def tally_of(match: re.Match) -> tuple[int, int] | None:
    """(majority, minority) of a tally match; None for words that are no numbers or a tally written minority first."""
    first, second = (int(g) if g.isdigit() else NUMBER_WORDS.get(g.lower(), -1) for g in match.groups())
    if first < 0 or second < 0 or first < second or first + second < 2:
        return None
    return first, second


def beside_a_vote(text: str, start: int, end: int) -> bool:
    """Whether a vote word stands within `NEAR` characters of `[start, end)`, no clause end between."""
    before, after = text[max(0, start - NEAR):start], text[end:end + NEAR]
    before = CLAUSE_END.split(before)[-1]
    after = CLAUSE_END.split(after)[0]
    return bool(VOTE_WORDS.search(before) or VOTE_WORDS.search(after))


def document_tallies(document) -> list[dict]:
    """The tally mentions of one document (`mentions.MENTION_COLUMNS`)."""
    rows = []
    positions = sentence_index(document)
    for sentence in document.sentences:
        for pattern in (DASHED, VOTES_TO):
            for match in pattern.finditer(sentence.text):
                tally = tally_of(match)
                if tally is None or pattern is DASHED and not beside_a_vote(sentence.text, match.start(), match.end()):
                    continue
                majority, minority = tally
                start, end = sentence.start + match.start(), sentence.start + match.end()
                rows.append({
                    "doc": document.doc, "sentence_id": sentence.sentence_id, "start": start, "end": end,
                    "quote": document.text[start:end], "kind": "count", "value": float(majority), "low": float(majority),
                    "high": float(majority), "date": None, "unit": "votes", "qualifier": "exact", "direction": "",
                    "entity": "", "entity_basis": "none", "metric": f"{METRIC}: {majority + minority} votes cast", "scope": "",
                    "period": "", "period_basis": "", "earlier": False, "date_basis": "",
                    "cited": cited_source(document, positions[sentence.sentence_id]), "evidence": "",
                    "context": excerpt(sentence.text, match.start(), match.end()), "display": f"{majority}-{minority}",
                    "confidence": "high", "reason": "", "heading": sentence.kind == "heading"})
    by_total: dict[str, set] = {}
    for row in rows:
        by_total.setdefault(row["metric"], set()).add(row["value"])
    return [row for row in rows if len(by_total[row["metric"]]) == 1]  # two tallies of one total: two votes


def tally_mentions(corpus) -> list[dict]:
    """The tally mentions of every document of `corpus`."""
    return [row for document in corpus.documents for row in document_tallies(document)]


def without_tallied(mentions: list[dict], tallies: list[dict]) -> list[dict]:
    """`mentions` of figures that do not overlap a dashed tally: the figures step reads "11-4" as a range of a count (the
    count of "by 52 votes to 47" stays: "52 votes" may be told so elsewhere)."""
    spans = [(t["doc"], t["start"], t["end"]) for t in tallies if DASHED.fullmatch(t["quote"])]
    return [m for m in mentions if not any(doc == m["doc"] and start < m["end"] and m["start"] < end for doc, start, end in spans)]
