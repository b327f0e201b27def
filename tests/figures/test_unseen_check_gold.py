"""The invented articles of the unseen check and the tuning set keep a well-formed gold: every quote is a
literal substring of its body, a quote has no more rows than occurrences, and every digit of every body
lies inside a gold figure quote or a gold negative (so an extractor's extra on a digit is a real error)."""

import csv
import re
from pathlib import Path

import pytest

HERE = Path(__file__).parent
FOLDERS = [folder for folder in (HERE / "unseen_check", HERE / "unseen_check_s9", HERE / "unseen_tuning",
                                 HERE / "unseen_tuning2", HERE / "unseen_tuning3", HERE / "unseen_tuning4")
           if folder.exists()]


def bodies(folder: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8").split("\n---\n", 1)[1]
            for p in sorted((folder / "corpus").glob("*.txt"))}


def rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.mark.parametrize("folder", FOLDERS, ids=[f.name for f in FOLDERS])
def test_gold_quotes_are_literal_and_cover_every_digit(folder):
    texts = bodies(folder)
    covered = {name: [False] * len(text) for name, text in texts.items()}
    seen: dict[tuple, int] = {}
    for row in rows(folder / "gold_figures.csv"):
        text = texts[row["doc"]]
        key = (row["doc"], row["quote"], row["value"])
        start = -1
        for _ in range(seen.get(key, 0) + 1):
            start = text.find(row["quote"], start + 1)
        seen[key] = seen.get(key, 0) + 1
        assert start >= 0, f"{row['doc']}: quote {row['quote']!r} not in the body (or more rows than occurrences)"
        covered[row["doc"]][start:start + len(row["quote"])] = [True] * len(row["quote"])
    for row in rows(folder / "gold_negatives.csv"):
        text = texts[row["doc"]]
        assert row["text"] in text, f"{row['doc']}: negative {row['text']!r} not in the body"
        for match in re.finditer(re.escape(row["text"]), text):
            covered[row["doc"]][match.start():match.end()] = [True] * len(row["text"])
    for name, text in texts.items():
        for match in re.finditer(r"\d+", text):
            assert all(covered[name][match.start():match.end()]), \
                f"{name}: digits {text[max(0, match.start() - 20):match.end() + 10]!r} in no gold row"
