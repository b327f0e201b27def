"""Narrative frames per sentence and per document, with the words that carry them.

Method 1 (dictionary): the cues of `config/frames.yaml` found in a sentence, each with its offsets into
the document text; the sentence's score is the sum of the weights of its distinct cues.
Method 2 (classifier): a logistic regression per frame over the sentence's embedding and its dictionary
score, trained on hand-coded sentences (`newsreport.narratives.classifier`).
The config's `final_method` decides how the two give the final `present` flag; a frame without a usable
trained classifier (e.g. one added in the config) is decided by its dictionary, and `decided_by` says so.
Frame names come from the config only: a frame added there appears in every table here.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from newsreport.corpus.loader import Corpus, load_corpus
from newsreport.errors import ParameterError
from newsreport.narratives.config import APOSTROPHES, FrameConfig, compile_cue, load_frames  # noqa: F401  (re-export)
from newsreport.narratives.tone import sentence_tone

CUE_COLUMNS = ["doc", "sentence_id", "frame", "cue", "start", "end", "quote"]
SENTENCE_COLUMNS = ["doc", "sentence_id", "start", "end", "frame", "dict_score", "cues", "clf_score",
                    "dict_present", "clf_present", "present", "decided_by"]
DOC_COLUMNS = ["doc", "frame", "present", "share", "per_1000_words", "n_sentences", "mean_tone", "label"]
LEVELS = ("sentence", "doc")


def as_frames(frames) -> FrameConfig:
    """A FrameConfig from a FrameConfig, a path to a frames YAML, or None (the default config)."""
    return frames if isinstance(frames, FrameConfig) else load_frames(frames)


def as_corpus(corpus) -> Corpus:
    """A Corpus from a Corpus or a corpus folder path."""
    return corpus if isinstance(corpus, Corpus) else load_corpus(corpus)


_CUE_WORDS: dict[int, tuple[object, list]] = {}


def cue_words(frame) -> list[tuple[str | None, bool, object]]:
    """Each cue of `frame` with a word it cannot match without (its longest literal piece, lower-case
    unless the cue is case-sensitive), or None for a regex cue: a cue whose word is not in a sentence
    need not be searched for, and most sentences hold few of a frame's words."""
    kept = _CUE_WORDS.get(id(frame))
    if kept is None or kept[0] is not frame:
        words = []
        for cue in frame.cues:
            folded = bool(cue.pattern.flags & re.IGNORECASE)
            literal = None
            if compile_cue(cue.term, False, not folded).pattern == cue.pattern.pattern:  # not a regex cue
                pieces = re.split(rf"[\s*{APOSTROPHES}]+", cue.term.strip())
                literal = max(pieces, key=len) or None
                literal = literal.lower() if literal and folded else literal
            words.append((literal, folded, cue))
        kept = _CUE_WORDS[id(frame)] = (frame, words)
    return kept[1]


def sentence_cue_hits(text: str, frame) -> list[tuple[str, int, int]]:
    """Cue hits of one frame in `text` as `(cue term, start, end)`, offsets into `text`.

    Where cues overlap ("supreme court" and "court*") the longer match wins, so a phrase is counted once.
    """
    lowered = text.lower()
    candidates = []
    for word, folded, cue in cue_words(frame):
        if word is not None and word not in (lowered if folded else text):
            continue
        for match in cue.pattern.finditer(text):
            if match.end() > match.start():
                candidates.append((match.end() - match.start(), match.start(), match.end(), cue.term))
    kept = []
    for _, start, end, term in sorted(candidates, key=lambda c: (-c[0], c[1], c[3])):
        if all(end <= s or start >= e for _, s, e in kept):
            kept.append((term, start, end))
    return sorted(kept, key=lambda hit: (hit[1], hit[2]))


def cue_hits(corpus, frames=None) -> pd.DataFrame:
    """Every cue found in every kept sentence: `doc, sentence_id, frame, cue, start, end, quote`, where
    `start`/`end` are offsets into the document text and `quote` is the text there."""
    corpus, frames = as_corpus(corpus), as_frames(frames)
    rows = []
    for document in corpus.documents:
        for sentence in document.sentences:
            for name, frame in frames.frames.items():
                for term, start, end in sentence_cue_hits(sentence.text, frame):
                    rows.append({"doc": document.doc, "sentence_id": sentence.sentence_id, "frame": name,
                                 "cue": term, "start": sentence.start + start, "end": sentence.start + end,
                                 "quote": document.text[sentence.start + start:sentence.start + end]})
    return pd.DataFrame(rows, columns=CUE_COLUMNS)


def dictionary_score(hits: list[tuple[str, int, int]], frame) -> float:
    """Sum of the weights of the distinct cues among `hits` (a cue repeated in a sentence counts once)."""
    weights = {cue.term: cue.weight for cue in frame.cues}
    return float(sum(weights[term] for term in {term for term, _, _ in hits}))


def combine(dict_present: pd.Series, clf_present: pd.Series, final_method: str) -> pd.Series:
    """The final 0/1 flag from the two methods' flags, by the config's `final_method`."""
    if final_method == "dictionary":
        return dict_present.copy()
    if final_method == "classifier":
        return clf_present.copy()
    if final_method == "either":
        return (dict_present | clf_present).astype(int)
    if final_method == "both":
        return (dict_present & clf_present).astype(int)
    raise ParameterError(f"final_method: unknown value {final_method!r}")


def classifier_status(frames: FrameConfig) -> dict[str, str]:
    """Per frame, what decides its final flag: the config's `final_method`, or "dictionary (<why>)" when
    the frame has no usable trained classifier. Reads the model file, loads no embedding model."""
    if frames.model_path is None:
        return {name: "dictionary" for name in frames.names}
    from newsreport.narratives.classifier import load_model

    model = load_model(frames.model_path)
    status = {}
    for name, frame in frames.frames.items():
        why = model.usable(frame)
        status[name] = f"dictionary ({why})" if why else frames.final_method
    return status


def classifier_training_docs(frames: FrameConfig) -> set[str]:
    """Ids of the documents whose hand coding trained the classifier (empty without a classifier)."""
    if frames.model_path is None:
        return set()
    from newsreport.narratives.classifier import load_model

    return load_model(frames.model_path).trained_docs


def sentence_frames(corpus, frames=None, classifier: bool = True) -> pd.DataFrame:
    """One row per kept sentence and frame: `doc, sentence_id, start, end, frame, dict_score, cues,
    clf_score, dict_present, clf_present, present, decided_by`.

    `cues` lists the matched words ("; "-separated, in text order); `clf_score` is the classifier's
    probability (empty for a frame without a usable classifier); `decided_by` names what gave `present`.
    With `classifier=False` no model is loaded and every frame is decided by its dictionary.
    """
    corpus, frames = as_corpus(corpus), as_frames(frames)
    if not classifier:
        frames = frames.without_classifier()
    sentences = [s for document in corpus.documents for s in document.sentences]
    status = classifier_status(frames)
    rows = []
    for sentence in sentences:
        for name, frame in frames.frames.items():
            hits = sentence_cue_hits(sentence.text, frame)
            score = dictionary_score(hits, frame)
            rows.append({
                "doc": sentence.doc, "sentence_id": sentence.sentence_id, "start": sentence.start,
                "end": sentence.end, "frame": name, "dict_score": score,
                "cues": "; ".join(sentence.text[s:e] for _, s, e in hits), "clf_score": np.nan,
                "dict_present": int(bool(hits) and score >= frame.threshold), "clf_present": 0,
                "decided_by": status[name]})
    table = pd.DataFrame(rows, columns=SENTENCE_COLUMNS)
    trained = [name for name in frames.names if not status[name].startswith("dictionary")]
    if trained and sentences:
        add_classifier_scores(table, [s.text for s in sentences], frames, trained)
    table["present"] = table["dict_present"]
    for name in trained:
        rows_frame = table["frame"] == name
        table.loc[rows_frame, "present"] = combine(table.loc[rows_frame, "dict_present"],
                                                   table.loc[rows_frame, "clf_present"], frames.final_method)
    return table.astype({"dict_present": int, "clf_present": int, "present": int})


def add_classifier_scores(table: pd.DataFrame, texts: list[str], frames: FrameConfig, trained: list[str]) -> None:
    """Fill `clf_score` and `clf_present` of `table` (rows in sentence order, frames in config order) for
    the frames in `trained`, embedding each sentence once."""
    from newsreport.narratives.classifier import feature_matrix, load_model
    from newsreport.narratives.embeddings import embed

    model = load_model(frames.model_path)
    vectors = embed(texts, model.embedding_package)
    for name in trained:
        rows_frame = table["frame"] == name
        frame_model = model.frames[name]
        probability = frame_model.probability(feature_matrix(vectors, table.loc[rows_frame, "dict_score"]))
        threshold = frames.classifier_thresholds.get(name, frame_model.threshold)
        table.loc[rows_frame, "clf_score"] = probability
        table.loc[rows_frame, "clf_present"] = (probability >= threshold).astype(int)


def doc_frames(corpus, frames=None, sentences: pd.DataFrame | None = None,
               classifier: bool = True, hits: pd.DataFrame | None = None,
               tone: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per document and frame: `doc, frame, present, share, per_1000_words, n_sentences, mean_tone`.

    `n_sentences`: kept sentences carrying the frame; `share`: that over all kept sentences; `present`: 1
    when `n_sentences` reaches the config's `document.min_sentences`; `per_1000_words`: dictionary cue hits
    per 1,000 words of kept text; `mean_tone`: mean VADER compound of the sentences carrying the frame
    (empty when none does); `label`: the frame's label from the config. Pass `sentences` (from
    `sentence_frames`), `hits` (from `cue_hits`) and `tone` (from `sentence_tone`) to avoid recomputing them.
    """
    corpus, frames = as_corpus(corpus), as_frames(frames)
    if sentences is None:
        sentences = sentence_frames(corpus, frames, classifier=classifier)
    hits = cue_hits(corpus, frames) if hits is None else hits
    tone = (sentence_tone(corpus) if tone is None else tone).set_index("sentence_id")["compound"]
    rows = []
    for document in corpus.documents:
        n_kept = len(document.sentences)
        for name in frames.names:
            rows_here = sentences[(sentences["doc"] == document.doc) & (sentences["frame"] == name)]
            carrying = rows_here[rows_here["present"] == 1]
            n_hits = int(((hits["doc"] == document.doc) & (hits["frame"] == name)).sum())
            words = document.word_count
            rows.append({
                "doc": document.doc, "frame": name,
                "present": int(len(carrying) >= frames.min_sentences),
                "share": len(carrying) / n_kept if n_kept else 0.0,
                "per_1000_words": 1000.0 * n_hits / words if words else 0.0,
                "n_sentences": len(carrying),
                "mean_tone": float(tone.loc[carrying["sentence_id"]].mean()) if len(carrying) else np.nan,
                "label": frames.frames[name].label,
            })
    return pd.DataFrame(rows, columns=DOC_COLUMNS)


def frames_table(corpus, level: str = "sentence", frames_config=None) -> pd.DataFrame:
    """The table `python -m newsreport frames` writes: `sentence_frames` or `doc_frames` of `corpus`
    (a Corpus or folder) with the frames of `frames_config` (a path, FrameConfig or None = default)."""
    if level not in LEVELS:
        raise ParameterError(f"--level: must be one of {', '.join(LEVELS)}, not {level!r}")
    corpus, frames = as_corpus(corpus), as_frames(frames_config)
    sentences = sentence_frames(corpus, frames)
    if level == "sentence":
        return sentences
    return doc_frames(corpus, frames, sentences=sentences)


def frame_positions(corpus, sentences: pd.DataFrame, bins: int = 5) -> pd.DataFrame:
    """Where frames sit in each article: per document, frame and fifth (by default) of the article's
    kept sentences, the share of those sentences carrying the frame.
    Columns `doc, frame, position_bin, position_mid, share`; `position_mid` is the bin's centre (0-1)."""
    relative = {}
    for document in corpus.documents:
        last = max(len(document.sentences) - 1, 1)
        for sentence in document.sentences:
            relative[sentence.sentence_id] = sentence.index / last
    table = sentences.copy()
    table["position"] = table["sentence_id"].map(relative)
    table["position_bin"] = np.minimum((table["position"] * bins).astype(int), bins - 1)
    grouped = (table.groupby(["doc", "frame", "position_bin"], sort=False)["present"].mean()
               .rename("share").reset_index())
    grouped["position_mid"] = (grouped["position_bin"] + 0.5) / bins
    return grouped[["doc", "frame", "position_bin", "position_mid", "share"]]


def top_cues(hits: pd.DataFrame, n: int = 10) -> pd.DataFrame:
    """The `n` most frequent matched words per frame (lower-cased quotes): `frame, quote, hits, docs`."""
    if hits.empty:
        return pd.DataFrame(columns=["frame", "quote", "hits", "docs"])
    table = hits.assign(quote=hits["quote"].str.lower().str.replace(r"\s+", " ", regex=True))
    counted = (table.groupby(["frame", "quote"]).agg(hits=("doc", "size"), docs=("doc", "nunique"))
               .reset_index().sort_values(["frame", "hits", "quote"], ascending=[True, False, True]))
    return counted.groupby("frame", sort=False).head(n).reset_index(drop=True)


def keyword_in_context(corpus, hits: pd.DataFrame, width: int = 60, per_frame: int = 5) -> pd.DataFrame:
    """Evidence table: for each frame, up to `per_frame` cue hits with `width` characters of context
    either side taken from the document text. Columns `frame, doc, sentence_id, start, end, left, cue, right`."""
    corpus = as_corpus(corpus)
    texts = {d.doc: d.text for d in corpus.documents}
    rows = []
    for frame, group in hits.groupby("frame", sort=False):
        for hit in group.drop_duplicates("sentence_id").head(per_frame).itertuples():
            text = texts[hit.doc]
            rows.append({"frame": frame, "doc": hit.doc, "sentence_id": hit.sentence_id, "start": hit.start,
                         "end": hit.end,
                         "left": " ".join(text[max(0, hit.start - width):hit.start].split()),
                         "cue": text[hit.start:hit.end],
                         "right": " ".join(text[hit.end:hit.end + width].split())})
    return pd.DataFrame(rows, columns=["frame", "doc", "sentence_id", "start", "end", "left", "cue", "right"])


def tone_with_frames(corpus, sentences: pd.DataFrame) -> pd.DataFrame:
    """Sentence tone (`newsreport.tone.sentence_tone`) with one 0/1 column per frame: does the sentence
    carry it (final `present` flag of `sentences`)."""
    corpus = as_corpus(corpus)
    tone = sentence_tone(corpus)
    flags = sentences.pivot(index="sentence_id", columns="frame", values="present")
    frame_names = list(dict.fromkeys(sentences["frame"]))
    for name in frame_names:
        tone[name] = tone["sentence_id"].map(flags[name]).fillna(0).astype(int)
    return tone
