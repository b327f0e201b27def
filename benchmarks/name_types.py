#!/usr/bin/env python3
"""How the gazetteer check retypes the names spaCy's recognizer proposes: for each corpus folder given
(article files, searched recursively), the names whose type differs between spaCy's majority label
alone and `corpus.discovery.name_types`, with their label counts, for a reader to judge.

    .venv/bin/python benchmarks/name_types.py seeds ../shared/devcorpus/partB/corpus tests/claims/paraphrase
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path

from newsreport.corpus.discovery import COUNTRY_OR_CITY, entity_candidates, name_types
from newsreport.corpus.loader import load_corpus


def article_folders(root: Path) -> list[Path]:
    """`root` and every folder under it that holds article files directly."""
    folders = {p.parent for p in root.rglob("*") if p.suffix in (".md", ".txt", ".html") and p.name != "README.md"}
    return sorted(folders)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+", type=Path)
    args = parser.parse_args(argv)
    changed, names_seen = [], 0
    for root in args.folders:
        for folder in article_folders(root):
            with tempfile.TemporaryDirectory() as tmp:  # only the articles: a README or gold CSV is no article
                corpus_dir = Path(tmp)
                for path in folder.iterdir():
                    if path.suffix in (".md", ".txt", ".html") and path.name != "README.md":
                        (corpus_dir / path.name).write_bytes(path.read_bytes())
                candidates = entity_candidates(load_corpus(corpus_dir))
            typed = name_types(candidates)
            names_seen += len(typed)
            for name, group in candidates.groupby("name", sort=False):
                labels = Counter(group["type"])
                plain = Counter({("place" if k == COUNTRY_OR_CITY else k): v for k, v in labels.items()})
                plain_type = max(plain, key=plain.get)
                if plain_type != typed[name]:
                    changed.append((str(folder), name, plain_type, typed[name], dict(labels)))
    for folder, name, before, after, labels in changed:
        print(f"{folder}\t{name}\t{before} -> {after}\t{labels}")
    print(f"{len(changed)} of {names_seen} proposed names retyped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
