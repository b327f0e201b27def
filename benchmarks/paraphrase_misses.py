"""Upkeep of `KNOWN_MISSES` in `tests/claims/test_paraphrase.py` (the tuning rows the ledger still misses, each a
strict xfail), so that a fix or a spent check half is recorded the same way every session.

    .venv/bin/python benchmarks/paraphrase_misses.py stale [STORY ...]   # drop entries that now pass; list new misses
    .venv/bin/python benchmarks/paraphrase_misses.py spend check26      # print entries for a check half's misses

`stale` rewrites the test file in place (only whole entries of one line are dropped; an entry written over several
lines is reported instead) and prints the tuning rows that fail without an entry (a regression to look at). `spend`
reads a check half's rows: run it only when that half is being spent into tuning, before its folders are moved, and
paste its lines at the end of `KNOWN_MISSES` (their indexes are the rows' order in the story, as in tuning)."""

from __future__ import annotations

import argparse
import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import claims_paraphrase as paraphrase  # noqa: E402

TEST_FILE = ROOT / "tests" / "claims" / "test_paraphrase.py"


def known_misses(text: str) -> tuple[dict, int, int]:
    """The `KNOWN_MISSES` dict of the test file's text, with the character span of its literal."""
    start = text.index("KNOWN_MISSES = {")
    end = text.index("\n}\n", start) + 3
    return ast.literal_eval(text[start + len("KNOWN_MISSES = "):end].strip()), start, end


def outcomes(half: str, stories: list[str] | None = None) -> dict[tuple[str, int], tuple[bool, dict]]:
    """(story, row index) -> (recovered, gold row) for a half's stories (all of them by default)."""
    folder = paraphrase.STORIES / half
    gold = paraphrase.read_gold(folder)
    found = {}
    for story in stories or sorted({g["story"] for g in gold}):
        rows = [g for g in gold if g["story"] == story]
        _, _, recovered = paraphrase.story_outcome(folder / story, rows)
        found.update({(story, i): (ok, row) for i, (ok, row) in enumerate(zip(recovered, rows))})
    return found


def entry(story: str, index: int, row: dict) -> str:
    """One `KNOWN_MISSES` line for a missed gold row, its reason read from the row's status and note."""
    why = "joined" if row["status"] == "distinct" else "not yet keyed alike"
    reason = f"{why} ({row['status']}): {row['note']}"
    return f"    ({story!r}, {index}): {reason!r},"


def stale(stories: list[str]) -> int:
    text = TEST_FILE.read_text(encoding="utf-8")
    known, start, end = known_misses(text)
    found = outcomes("tuning", stories or None)
    passing = {key for key, (ok, _) in found.items() if ok and key in known}
    kept, left = [], set(passing)
    for line in text[start:end].split("\n"):
        key = next((k for k in passing if line.startswith((f"    ({k[0]!r}, {k[1]}):", f'    ("{k[0]}", {k[1]}):'))), None)
        if key is not None and line.rstrip().endswith(","):
            left.discard(key)
            continue
        kept.append(line)
    TEST_FILE.write_text(text[:start] + "\n".join(kept) + text[end:], encoding="utf-8")
    print(f"dropped {len(passing) - len(left)} entries that now pass: {sorted(passing - left)}")
    if left:
        print(f"passing but written over several lines, drop by hand: {sorted(left)}")
    new = sorted(key for key, (ok, _) in found.items() if not ok and key not in known)
    print(f"missed without an entry (look at these): {new}")
    return 1 if new or left else 0


def spend(half: str) -> int:
    print(f"    # {half}, spent (its misses at the current commit)")
    for (story, index), (ok, row) in sorted(outcomes(half).items()):
        if not ok:
            print(entry(story, index, row))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("stale", help="drop entries of rows that now pass").add_argument("stories", nargs="*")
    commands.add_parser("spend", help="entries for a check half being spent").add_argument("half")
    args = parser.parse_args(argv)
    return stale(args.stories) if args.command == "stale" else spend(args.half)


if __name__ == "__main__":
    sys.exit(main())
