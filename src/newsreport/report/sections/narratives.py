"""The narratives section: per frame, its reach, strongest documents, cues and keyword-in-context
evidence; tone by frame; the entities mentioned."""

from __future__ import annotations

import pandas as pd

from newsreport.narratives.charts import ENTITY_CHART_ROWS
from newsreport.report.document import Report, esc, percent, plural, signed
from newsreport.report.sections import toplists
from newsreport.report.sections.common import (frame_label, frame_labels, heading, manifest, missing,
                                               strongest_sentences)


def min_sentences(rep: Report) -> int:
    """How many frame-carrying sentences make a document carry the frame, from the frames config
    the build used."""
    from newsreport.narratives.config import load_frames

    path = (manifest(rep).get("parameters") or {}).get("frames_config") or None
    return load_frames(path).min_sentences


def section(rep: Report) -> str:
    """Per frame: how much of the corpus carries it, where it is strongest, its cues and evidence."""
    docs = rep.table("frames_docs")
    parts = [heading("narratives")]
    if docs.empty:
        return parts[0] + missing("frame cues")
    sentences = rep.table("frames_sentences")
    labels = frame_labels(rep)
    n_sentences = sentences["sentence_id"].nunique() if not sentences.empty else 0
    frames = list(dict.fromkeys(docs["frame"]))
    parts.append(f"<p>Each sentence was scored for {plural(len(frames), 'frame')} "
                 f"({', '.join(esc(frame_label(f, labels)) for f in frames)}) {scored_with(sentences, frames, labels)}"
                 f". A document carries a frame "
                 f"when at least {plural(min_sentences(rep), 'of its sentences', 'of its sentences')} "
                 f"{'does' if min_sentences(rep) == 1 else 'do'}; the share below is the share of its sentences.</p>")
    cues = rep.table("frame_cues")
    for frame in frames:
        rows = docs[docs["frame"] == frame]
        carried = sentences[(sentences["frame"] == frame) & (sentences["present"] == 1)] if n_sentences else sentences
        strongest = rows.sort_values(["share", "doc"], ascending=[False, True], kind="stable").iloc[0]
        cue_counts = cues[cues["frame"] == frame]["cue"].str.lower().value_counts().head(5) if not cues.empty else []
        cue_text = ", ".join(f"<em>{esc(c)}</em> ({n})" for c, n in getattr(cue_counts, "items", lambda: [])())
        if carried.empty:
            hits = int((cues["frame"] == frame).sum()) if not cues.empty else 0
            frame_rows = sentences[sentences["frame"] == frame] if n_sentences else sentences
            parts.append(f"<h3>{esc(frame_label(frame, labels))}</h3><p>No sentence of the {n_sentences:,} carries "
                         f"this frame: {why_no_sentence(frame_rows, hits)}.</p>")
            continue
        parts.append(
            f"<h3>{esc(frame_label(frame, labels))}</h3><p>{plural(len(carried), 'sentence')} of {n_sentences:,} "
            f"({percent(len(carried), n_sentences)}) {'carries' if len(carried) == 1 else 'carry'} this frame, in "
            f"{int(rows['present'].sum()):,} of {plural(len(rows), 'document')}. "
            f"It is strongest in {rep.source_ref(strongest['doc'])}, where "
            f"{percent(strongest['share'], 1)} of sentences carry it "
            f"({strongest['per_1000_words']:.1f} cue hits per 1,000 words)."
            + (f" Most frequent cues: {cue_text}." if cue_text else "") + "</p>")
        evidence = keyword_in_context(rep, frame, cues)
        if not evidence.empty:
            parts.append(rep.exhibit(
                evidence[["Source", "Before", "Cue", "After"]],
                f"Keyword in context: the sentences that carry {esc(frame_label(frame, labels))} most strongly, "
                f"with the first cue matched in each.", f"kwic_{frame}",
                cells={"Source": lambda r: rep.source_ref(evidence.loc[r.name, "doc"]),
                       "Cue": lambda r: rep.cite(r["Cue"], evidence.loc[r.name, "doc"], evidence.loc[r.name, "start"],
                                                 evidence.loc[r.name, "end"], evidence.loc[r.name, "sentence_id"])},
                note="Every cue hit: data/frame_cues.csv.", style="kwic"))
    if rep.detailed:  # one row per document: for a corpus read document by document
        parts.append(rep.chart("frame_heatmap", "Share of each document's sentences carrying each frame.",
                               "Heatmap with documents as rows and frames as columns; cell values are shares of sentences."))
    parts.append(toplists.frames_by_week_chart(rep))
    parts.append(rep.chart("frame_position", "Where in each article the frames appear (relative position, 0 = start).",
                           "Dot plot of frame-carrying sentences by relative position within each article."))
    parts.append(rep.chart("top_cues", "Most frequent cues of each frame.", "Bar charts of cue counts per frame."))
    tone = rep.table("tone")
    if not tone.empty and "compound" in tone:
        parts.append(tone_paragraph(rep, tone, frames, labels))
    parts.append(rep.chart("tone_by_frame", "Sentence tone (VADER compound score, −1 to +1) by frame.",
                           "Box plot of VADER compound tone of sentences, grouped by the frame they carry."))
    counts = rep.table("entity_counts")
    if not counts.empty:
        parts.append(entities_paragraph(counts, rep.table("entity_cooccurrence")))
    parts.append(rep.chart("entity_counts", f"Mentions of the most mentioned names ({entity_kinds(counts, ENTITY_CHART_ROWS)}), aliases merged"
                           + (", split by document." if toplists.colour_per_document(rep) else ", all documents."),
                           "Bar chart of entity mention counts per document."))
    return "\n".join(parts)


def scored_with(sentences: pd.DataFrame, frames: list, labels: dict) -> str:
    """How the frames were decided, from `frames_sentences.decided_by`: a frame added to the config, or
    whose cues changed since training, is decided by its dictionary alone."""
    decided = (sentences.drop_duplicates("frame").set_index("frame")["decided_by"].astype(str)
               if "decided_by" in sentences and not sentences.empty else pd.Series(dtype=str))
    alone = [f for f in frames if decided.get(f, "").startswith("dictionary")]
    if not alone:
        return "with a cue dictionary and a classifier trained on hand-coded sentences (see Methods)"
    if len(alone) == len(frames):
        return "with a cue dictionary (no trained classifier decides any of them; see Methods)"
    named = ", ".join(esc(frame_label(f, labels)) for f in alone)
    return (f"with a cue dictionary and a classifier trained on hand-coded sentences; {named} "
            f"{'is' if len(alone) == 1 else 'are'} decided by the dictionary alone (see Methods)")


def why_no_sentence(frame_rows: pd.DataFrame, hits: int) -> str:
    """Why a frame marks no sentence, from what each method did (`frames_sentences` rows of the frame):
    its cues absent, present but under the dictionary's threshold, or one method marking sentences that
    the configured final flag does not keep."""
    dictionary = int(frame_rows["dict_present"].sum()) if "dict_present" in frame_rows else 0
    classifier = int(frame_rows["clf_present"].sum()) if "clf_present" in frame_rows else 0
    scored = "clf_score" in frame_rows and bool(frame_rows["clf_score"].notna().any())  # a trained classifier ran
    if not hits:
        said = "none of its cues occurs in this corpus"
    elif not dictionary:
        said = (f"its cues match {plural(hits, 'time')} but no sentence's cue weights reach the dictionary's "
                f"threshold")
    else:
        said = f"the dictionary marks {plural(dictionary, 'sentence')}"
    if not scored:
        return said + ("" if not dictionary else ", but the final flag keeps none")
    if not dictionary and not classifier:
        return said + ", and the classifier marks none either"
    decided = str(frame_rows["decided_by"].iloc[0]) if "decided_by" in frame_rows and len(frame_rows) else ""
    return (said + f", the classifier {'marks ' + plural(classifier, 'sentence') if classifier else 'none'}; the final flag"
            + (f" (<code>final_method: {esc(decided)}</code>)" if decided else "") + " keeps none")


def keyword_in_context(rep: Report, frame: str, cues: pd.DataFrame, width: int = 70) -> pd.DataFrame:
    """For the sentences carrying `frame` most strongly: the first cue matched in each, with up to
    `width` characters of the same sentence before and after it."""
    rows = []
    sentences = rep.sentences.set_index("sentence_id")
    for _, row in strongest_sentences(rep, frame).iterrows():
        hits = cues[(cues["sentence_id"] == row["sentence_id"]) & (cues["frame"] == frame)].sort_values("start")
        if hits.empty:
            continue
        hit, sentence = hits.iloc[0], sentences.loc[row["sentence_id"]]
        a, b = int(hit["start"]) - int(sentence["start"]), int(hit["end"]) - int(sentence["start"])
        text = sentence["text"]
        before = text[max(0, a - width):a]
        after = text[b:b + width]
        rows.append({"Source": f"S{rep.doc_number(row['doc'])}",
                     "Before": ("…" if a > width else "") + before, "Cue": text[a:b],
                     "After": after + ("…" if len(text) - b > width else ""),
                     "doc": row["doc"], "sentence_id": row["sentence_id"], "start": int(hit["start"]), "end": int(hit["end"])})
    return pd.DataFrame(rows)


def tone_paragraph(rep: Report, tone: pd.DataFrame, frames: list, labels: dict) -> str:
    """Mean tone of the sentences of each frame, most positive first."""
    means = []
    for frame in frames:
        if frame in tone:
            subset = tone[tone[frame] == 1]["compound"]
            if len(subset):
                means.append((subset.mean(), frame, len(subset)))
    if not means:
        return ""
    means.sort(reverse=True)
    text = "; ".join(f"{esc(frame_label(f, labels))} {signed(m)} ({plural(n, 'sentence')})" for m, f, n in means)
    overall = tone["compound"].mean()
    return (f"<p>Tone, measured with VADER's compound score (−1 most negative, +1 most positive), averages "
            f"{signed(overall)} over all {len(tone):,} sentences. By frame, from most to least positive: {text}.</p>")


def entities_paragraph(counts: pd.DataFrame, pairs: pd.DataFrame) -> str:
    """The most-mentioned entities across the corpus, and the pairs most often named in one sentence."""
    totals = counts.groupby("entity")["mentions"].sum().sort_values(ascending=False, kind="stable").head(6)
    docs = counts[counts["mentions"] > 0].groupby("entity")["doc"].nunique()
    text = ", ".join(f"{esc(e)} ({plural(int(n), 'mention')} in {plural(int(docs.get(e, 0)), 'document')})"
                     for e, n in totals.items())
    together = ""
    if not pairs.empty:
        top = pairs.sort_values(["sentences", "entity_a", "entity_b"], ascending=[False, True, True],
                                kind="stable").head(3)
        together = (" Named together in the same sentence most often: "
                    + "; ".join(f"{esc(r.entity_a)} and {esc(r.entity_b)} ({plural(int(r.sentences), 'sentence')})"
                                for r in top.itertuples()) + ".")
    return f"<p>The names mentioned most ({entity_kinds(counts, len(totals))}), with aliases merged: {text}.{together}</p>"


def entity_kinds(counts: pd.DataFrame, top: int) -> str:
    """What the `top` most mentioned entities are, from their types: 'organizations and platforms',
    'places', 'people', joined by semicolons (a list naming countries is not 'organizations')."""
    if counts.empty or "type" not in counts:
        return "of any kind"
    totals = counts.groupby(["entity", "type"])["mentions"].sum().sort_values(ascending=False, kind="stable")
    types = set(totals.head(top).index.get_level_values("type").astype(str))
    kinds = (["organizations and platforms"] if types - {"place", "person"} else []) \
        + (["places"] if "place" in types else []) + (["people"] if "person" in types else [])
    return "; ".join(kinds) or "of any kind"
