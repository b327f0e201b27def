"""Figure extraction: every number in a news text, normalized, qualified and linked to what it counts.

`extract(text, published)` returns `Figure`s whose `start`/`end` are offsets into `text` and whose
`quote` is exactly `text[start:end]` (the number with its qualifier and unit words). It runs the
finders of this package in priority order over one `Scan` of the text; a finder claims the
characters of what it finds, so later finders cannot read them again:

1. clock times ("2:19 a.m.", "00:00") and digit codes ("+44 20-7946-0018") are blocked: they are
   not figures (`dates`, `names`);
2. dates ("January 19", "Jan. 16, 2025", "mid-2024", "yesterday", "last Friday") resolved against
   the publication date, else against the article's nearest explicit date (`dates`, `relative_days`);
3. ranks ("No. 1", "number one spot", "top of the charts", "second overall") and ordinals of a
   repeated event ("for the second time") (`ranks`);
4. fractions ("a third", "two-thirds", "one out of three"), vague amounts ("tens of thousands"),
   one or a few more ("a year or two"), word multiples ("double", "twice") (`word_amounts`);
5. numerals and number words with scale ("2.4 million", "$1bn", "three thousand") (`numbers`), each
   read with its currency, percent sign or unit (`units`), qualifier and direction (`qualifiers`),
   joined into ranges (`ranges`), told apart from years (`years`) and names (`names`), and given a
   subject (`subjects`) and a period (`periods`).
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import date

import pandas as pd

from newsreport.figures.amounts import find_numbers
from newsreport.figures.dates import find_dates, find_times
from newsreport.figures.names import find_codes
from newsreport.figures.periods import assign_periods
from newsreport.figures.ranks import find_ordinals, find_ranks
from newsreport.figures.record import KINDS, QUALIFIERS, TABLE_COLUMNS, Figure  # noqa: F401
from newsreport.figures.scan import Scan
from newsreport.figures.years import corpus_span, find_labelled_years, infer_missing_years
from newsreport.figures.word_amounts import find_fractions, find_multiples, find_one_or_more, find_vague


def extract(text: str, published: date | None = None) -> list[Figure]:
    """Every figure of `text`, in text order. Dates without a year take `published`'s year and
    relative dates count from it; without `published` both come from the article's own dates
    (`date_inferred` 'article'), and what the article cannot date stays open ('' or '--MM-DD')
    for `figures_table`'s corpus-level fallback."""
    if not isinstance(text, str):
        raise TypeError(f"extract() needs the text of a document as str, not {type(text).__name__}")
    scan = Scan(text, published)
    for start, end in find_times(text) + find_codes(text):
        scan.block(start, end)
    for mention in find_dates(text, published):
        if scan.is_free(mention.start, mention.end):
            kind = "year" if mention.precision == "year" and mention.iso[:1] != "-" and \
                "year" in text[mention.start:mention.end].lower() else "date"
            scan.add(Figure(mention.start, mention.end, "", kind, date=mention.iso, period=mention.iso,
                            value=float(mention.iso) if kind == "year" and mention.iso else None,
                            qualifier="range" if "/" in mention.iso else "exact",
                            date_inferred=mention.inferred))
    find_labelled_years(scan)
    find_ranks(scan)
    find_ordinals(scan)
    find_fractions(scan)
    find_vague(scan)
    find_one_or_more(scan)
    find_multiples(scan)
    find_numbers(scan)
    scan.figures.sort(key=lambda f: f.start)
    assign_periods(scan)
    return scan.figures


def figures_table(corpus) -> pd.DataFrame:
    """One row per figure for every document of a loaded `Corpus` (columns `TABLE_COLUMNS`), sorted
    by doc and start. Figures outside kept sentences (excluded page chrome) are dropped. Dates the
    articles leave without a year take one from the corpus's publication span (`date_inferred`)."""
    rows = []
    for document in corpus.documents:
        for figure in extract(document.text, document.published):
            sentence = document.sentence_at(figure.start)
            if sentence is None:
                continue
            rows.append({"doc": document.doc, "sentence_id": sentence.sentence_id, **asdict(figure)})
    table = pd.DataFrame(rows, columns=TABLE_COLUMNS)
    table = infer_missing_years(table, corpus_span(d.published for d in corpus.documents),
                                {d.doc: d.text for d in corpus.documents})
    return table.sort_values(["doc", "start"], kind="stable").reset_index(drop=True)
