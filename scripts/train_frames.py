"""Regenerate the frame classifier (`config/frames_model.json`) from hand-coded sentences.

Usage (the project's model was made with exactly this command; the devcorpus lives outside the repo):
    python scripts/train_frames.py --coding tests/gold/frames_hand_coded.csv \
        --devcorpus ../shared/devcorpus/partA:01,02,03 --devcorpus ../shared/devcorpus/partB:01,02,03 \
        --out config/frames_model.json

`--devcorpus PART:PREFIXES` adds the coded sentences of the documents of PART whose file names start with
one of PREFIXES (the development half); never pass the held-out half. Only coefficients are written.
"""

import argparse
from pathlib import Path

import pandas as pd

from newsreport.narratives.classifier import save_model
from newsreport.narratives.config import load_frames
from newsreport.narratives.training import (parse_devcorpus_argument, read_devcorpus_coding, read_project_coding,
                                            train)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--coding", action="append", default=[], help="project-format hand coding CSV")
    parser.add_argument("--devcorpus", action="append", default=[], help="PART:01,02,03 (devcorpus gold)")
    parser.add_argument("--frames-config", default=None, help="frames YAML (default config/frames.yaml)")
    parser.add_argument("--c", type=float, default=1.0, help="inverse L2 regularization strength")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    frames = load_frames(args.frames_config, require_model=False)
    parts = [read_project_coding(path, frames.names) for path in args.coding]
    sources = [f"{Path(path).name} (all documents)" for path in args.coding]
    for value in args.devcorpus:
        part, prefixes = parse_devcorpus_argument(value)
        parts.append(read_devcorpus_coding(part, prefixes, frames.names))
        sources.append(f"devcorpus {part.name} documents {','.join(prefixes) or 'all'}")
    coded = pd.concat(parts, ignore_index=True)
    model, folds = train(coded, frames, c=args.c, provenance={"trained_on": sources,
                                                               "command": "scripts/train_frames.py"})
    save_model(model, args.out)
    for name, frame_model in model.frames.items():
        print(f"{name}: {frame_model.n_positive}/{frame_model.n_sentences} positive, threshold {frame_model.threshold}")
    print(f"{len(coded)} sentences from {len(model.trained_docs)} documents -> {args.out}")


if __name__ == "__main__":
    main()
