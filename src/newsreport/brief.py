"""The report's sections, each generated from the data tables: no sentence here is written for a
particular corpus, and every corpus number is cited to its quote (see `Report.cite`)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd

from newsreport.corpus import short_doc_ids
from newsreport.report import Report, esc, number_words, percent, plural

SECTIONS = (
    ("summary", "Executive summary"),
    ("corpus", "The corpus"),
    ("figures", "The figures"),
    ("narratives", "The narratives"),
    ("claims", "Claim ledger and timeline"),
    ("methods", "Methods and validation"),
    ("sources", "Appendix A. Sources"),
    ("quotes", "Appendix B. Quote index"),
)


def heading(key: str) -> str:
    """The numbered `<h2>` of a section, with the anchor the table of contents links to."""
    titles = dict(SECTIONS)
    return f'<h2 id="sec-{key}">{esc(titles[key])}</h2>'


def manifest(rep: Report) -> dict:
    """The build manifest (`data/manifest.json`), or an empty one when run outside a build."""
    path = rep.data_dir / "manifest.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def date_range(rep: Report) -> tuple[str, str]:
    """Earliest and latest publication dates of the sources ('' when unknown)."""
    dates = sorted(d for d in rep.documents.get("published", pd.Series(dtype=str)).dropna() if str(d))
    return (dates[0], dates[-1]) if dates else ("", "")


def top_entity(rep: Report) -> str:
    """The entity mentioned most across the corpus (for the generated title)."""
    counts = rep.table("entity_counts")
    if counts.empty or "entity" not in counts:
        return ""
    value_column = "mentions" if "mentions" in counts else counts.columns[-1]
    totals = counts.groupby("entity")[value_column].sum().sort_values(ascending=False, kind="stable")
    return str(totals.index[0]) if len(totals) else ""


def title_page(rep: Report, title: str = "", from_build: str = "") -> str:
    """Title, subtitle, corpus, date range of the sources and build date."""
    first, last = date_range(rep)
    subject = top_entity(rep)
    title = title or (f"{subject} in the news: a sourced research brief" if subject else "A sourced research brief")
    n_docs = len(rep.documents)
    span = f"{first} to {last}" if first and first != last else first or "dates unknown"
    build = manifest(rep)
    corpus = Path(build.get("corpus_dir") or from_build or ".").resolve().name
    return (f'<section class="title-page"><div class="kicker">Research brief</div><h1>{esc(title)}</h1>'
            f'<p class="subtitle">How {plural(n_docs, "article")} framed the story, what figures they reported, '
            f'and where they agree or conflict.</p><dl class="meta">'
            f'<dt>Corpus</dt><dd>{esc(corpus)} ({plural(n_docs, "document")})</dd>'
            f'<dt>Sources dated</dt><dd>{esc(span)}</dd>'
            f'<dt>Built</dt><dd>{esc(build.get("build_date", ""))} with newsreport '
            f'{esc(build.get("versions", {}).get("newsreport", ""))}</dd></dl></section>')


def table_of_contents() -> str:
    """Links to every section (page numbers added in print)."""
    items = "".join(f'<li><a href="#sec-{key}">{esc(name)}</a></li>' for key, name in SECTIONS)
    return f'<nav class="toc"><h2 id="toc">Contents</h2><ol>{items}</ol></nav>'


# -- corpus -----------------------------------------------------------------------------------
def corpus_section(rep: Report) -> str:
    """What was read: documents, dates and how they were established, chrome removed, files skipped."""
    docs = rep.documents
    n_sent = int(docs["n_sentences"].sum())
    n_words = int(docs["n_words"].sum())
    inferred = docs[docs["date_basis"].fillna("").str.startswith("inferred")]
    excluded_chars = int(docs["n_excluded_chars"].sum())
    total_chars = int(docs["n_chars"].sum())
    parts = [heading("corpus"),
             f"<p>The corpus holds {plural(len(docs), 'article')} with {plural(n_sent, 'sentence')} "
             f"and {n_words:,} words of article text. "
             f"Page chrome such as audio players, paywall prompts and share buttons was set aside as excluded spans: "
             f"{excluded_chars:,} of {total_chars:,} characters ({percent(excluded_chars, total_chars)}), "
             f"kept in the source text so that every offset in this report points into the original file.</p>"]
    if len(inferred):
        parts.append(f"<p>{plural(len(inferred), 'publication date')} of {len(docs)} "
                     f"{'was' if len(inferred) == 1 else 'were'} inferred rather than stated; the basis of each "
                     f"is given in the table and in Appendix A.</p>")
    shown = pd.DataFrame({
        "Source": [f"S{rep.doc_number(d)}" for d in docs["doc"]],
        "Title": docs["title"],
        "Published": docs["published"].fillna(""),
        "Date basis": docs["date_basis"].fillna("").str.split(":").str[0],
        "Sentences": docs["n_sentences"],
        "Words": docs["n_words"],
    })
    parts.append(rep.exhibit(shown, "Documents of the corpus.", "documents",
                             cells={"Source": lambda r: rep.source_ref(docs.loc[r.name, "doc"])}))
    parts.append(rep.chart("corpus_sizes", "Article text and excluded page chrome per document.",
                           "Bar chart of words of article text per document, with the characters set aside as page chrome."))
    skipped = rep.table("skipped")
    if not skipped.empty:
        items = "".join(f"<li><code>{esc(r.file)}</code>: {esc(r.status)} — {esc(r.reason)}</li>"
                        for r in skipped.itertuples())
        parts.append(f'<div class="callout warn"><p>Files not used as given:</p><ul>{items}</ul></div>')
    return "\n".join(parts)


# -- appendices -------------------------------------------------------------------------------
def sources_appendix(rep: Report) -> str:
    """Numbered source list: title, outlet, author, date (with its basis), URL, file and hash prefix."""
    items = []
    for n, row in enumerate(rep.documents.itertuples(), 1):
        bits = [f"<strong>{esc(row.title)}</strong>"]
        for value in (row.outlet, row.author):
            if isinstance(value, str) and value:
                bits.append(esc(value))
        basis = row.date_basis if isinstance(row.date_basis, str) else ""
        bits.append(f"{esc(row.published) if isinstance(row.published, str) and row.published else 'date unknown'}"
                    + (f" ({esc(basis)})" if basis else ""))
        if isinstance(row.url, str) and row.url:
            bits.append(f'<a href="{esc(row.url)}">{esc(row.url)}</a>')
        bits.append(f"file <code>{esc(row.file)}</code>, sha256 {esc(row.sha256[:12])}…")
        items.append(f'<li id="src-{n}"><span class="qnum">S{n}</span> ' + ". ".join(bits) + "</li>")
    return (f'<section class="appendix">{heading("sources")}<ol class="sources">{"".join(items)}</ol></section>')


def quotes_appendix(rep: Report) -> str:
    """Every quote cited in the report, with the exact span highlighted in its sentence."""
    return (f'<section class="appendix">{heading("quotes")}<p>Each entry gives the source, the sentence id and '
            f'character offsets into the document text, and the sentence with the cited span highlighted. '
            f'Quotes cited in this report: {len(rep.quotes):,}.</p>{rep.quote_index()}</section>')


# -- shared helpers for sections ----------------------------------------------------------------
QUALIFIER_WORDS = {"approx": "about", "more_than": "more than", "less_than": "less than", "at_least": "at least",
                   "at_most": "at most", "range": "between", "exact": ""}
HEADLINE_KINDS = ("count", "money", "percent", "multiple")


def missing(what: str) -> str:
    """A short note for an analysis that produced nothing for this corpus."""
    return f'<p class="callout">No {esc(what)} were found in this corpus.</p>'


def with_source_refs(rep: Report, text: str) -> str:
    """Escape generated text and turn the short document ids it names ('001', 'eu_roundup') into links
    to the source list (S2, ...), so prose and tables name sources the same way."""
    html_text = esc(text)
    for doc, short in sorted(short_doc_ids(list(rep.documents["doc"])).items(), key=lambda kv: -len(kv[1])):
        # a whole token only: "001 says" yes, "5,000" or "1.001" no
        html_text = re.sub(rf"(?<![\w,.-]){re.escape(short)}(?![\w-]|[,.]\d)", rep.source_ref(doc), html_text)
    return html_text


def cite_row(rep: Report, row: pd.Series, label_column: str = "quote") -> str:
    """A table row's quote (doc, start, end, sentence_id columns), linked to the quote index; plain text
    when the row has no span (e.g. a publication date taken from metadata)."""
    if pd.isna(row["start"]) or pd.isna(row["end"]):
        return esc(row[label_column])
    return rep.cite(str(row[label_column]), row["doc"], int(row["start"]), int(row["end"]), row.get("sentence_id"))


def frame_label(frame: str, labels: dict) -> str:
    """A frame's label from the data (falls back to its name)."""
    return labels.get(frame) or frame.replace("_", " ")


def frame_labels(rep: Report) -> dict:
    """Frame name -> label, from the frames tables when they carry one."""
    docs = rep.table("frames_docs")
    if "label" in docs:
        return dict(zip(docs["frame"], docs["label"]))
    return {}


# -- figures ------------------------------------------------------------------------------------
def headline_figures(rep: Report, limit: int = 12) -> pd.DataFrame:
    """The figures a reader looks for first: counts, money, percentages and multiples with a subject,
    largest first within each kind, at most `limit`."""
    figures = rep.table("figures")
    if figures.empty:
        return figures
    chosen = figures[figures["kind"].isin(HEADLINE_KINDS)].copy()
    chosen["has_subject"] = chosen["subject"].fillna("").astype(str).str.len() > 0
    chosen["magnitude"] = chosen["value"].fillna(chosen["high"]).fillna(0).abs()
    chosen = chosen.sort_values(["has_subject", "magnitude"], ascending=[False, False], kind="stable")
    return chosen.head(limit).sort_values(["doc", "start"], kind="stable")


def figures_section(rep: Report) -> str:
    """How many figures, of what kinds and qualifiers; the headline figures, each cited; the chart."""
    figures = rep.table("figures")
    parts = [heading("figures")]
    if figures.empty:
        return parts[0] + missing("figures (numbers with units, dates or ranks)")
    kinds = figures["kind"].value_counts()
    kind_text = ", ".join(f"{n:,} {kind}" for kind, n in kinds.items())
    hedged = figures[~figures["qualifier"].fillna("exact").isin(["exact", ""])]
    parts.append(
        f"<p>The articles state {plural(len(figures), 'figure')} — numbers with their units, dates, ranks and "
        f"durations — found in {plural(figures['sentence_id'].nunique(), 'sentence')} ({kind_text}). "
        f"{plural(len(hedged), 'figure')} ({percent(len(hedged), len(figures))}) {'is' if len(hedged) == 1 else 'are'} "
        f"hedged with a qualifier such as <em>about</em>, <em>over</em> or <em>nearly</em>; the ledger in the "
        f"claims section takes these qualifiers into account when it compares sources.</p>")
    top = headline_figures(rep)
    if not top.empty:
        shown = pd.DataFrame({
            "Source": [f"S{rep.doc_number(d)}" for d in top["doc"]],
            "As written": top["quote"], "Kind": top["kind"],
            "Value": [number_words(v) if pd.notna(v) else f"{number_words(lo)}–{number_words(hi)}"
                      for v, lo, hi in zip(top["value"], top["low"], top["high"])],
            "Unit": top["unit"].fillna(""), "Qualifier": top["qualifier"].fillna(""),
            "What it counts": top["subject"].fillna(""), "Period": top["period"].fillna("").astype(str),
        }, index=top.index)
        parts.append(rep.exhibit(shown, "Headline figures: the largest counts, amounts, shares and multiples, "
                                 "each linked to its sentence.", "headline_figures",
                                 cells={"As written": lambda r: cite_row(rep, top.loc[r.name]),
                                        "Source": lambda r: rep.source_ref(top.loc[r.name, "doc"])},
                                 note="All figures: data/figures.csv."))
    parts.append(rep.chart("figures_by_kind", "Figures per document, by kind.",
                           "Stacked bar chart of the number of figures of each kind found in each document."))
    return "\n".join(parts)


# -- narratives ---------------------------------------------------------------------------------
def strongest_sentences(rep: Report, frame: str, limit: int = 3) -> pd.DataFrame:
    """The sentences carrying `frame` with the highest dictionary score (ties: document order)."""
    sentences = rep.table("frames_sentences")
    if sentences.empty:
        return sentences
    rows = sentences[(sentences["frame"] == frame) & (sentences["present"] == 1)]
    return rows.sort_values(["dict_score", "doc", "start"], ascending=[False, True, True], kind="stable").head(limit)


def narratives_section(rep: Report) -> str:
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
                 f"({', '.join(esc(frame_label(f, labels)) for f in frames)}) with a cue dictionary and, "
                 f"independently, by similarity to example sentences (see Methods). A document carries a frame "
                 f"when at least one of its sentences does; the share below is the share of its sentences.</p>")
    cues = rep.table("frame_cues")
    for frame in frames:
        rows = docs[docs["frame"] == frame]
        carried = sentences[(sentences["frame"] == frame) & (sentences["present"] == 1)] if n_sentences else sentences
        strongest = rows.sort_values(["share", "doc"], ascending=[False, True], kind="stable").iloc[0]
        cue_counts = cues[cues["frame"] == frame]["cue"].str.lower().value_counts().head(5) if not cues.empty else []
        cue_text = ", ".join(f"<em>{esc(c)}</em> ({n})" for c, n in getattr(cue_counts, "items", lambda: [])())
        if carried.empty:
            parts.append(f"<h3>{esc(frame_label(frame, labels))}</h3><p>No sentence of the {n_sentences:,} carries "
                         f"this frame: none of its cues occurs in this corpus.</p>")
            continue
        parts.append(
            f"<h3>{esc(frame_label(frame, labels))}</h3><p>{plural(len(carried), 'sentence')} of {n_sentences:,} "
            f"({percent(len(carried), n_sentences)}) carry this frame, in {int(rows['present'].sum())} of "
            f"{len(rows)} documents. It is strongest in {rep.source_ref(strongest['doc'])}, where "
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
    parts.append(rep.chart("frame_heatmap", "Share of each document's sentences carrying each frame.",
                           "Heatmap with documents as rows and frames as columns; cell values are shares of sentences."))
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
        parts.append(entities_paragraph(counts))
    parts.append(rep.chart("entity_counts", "Mentions of organizations, platforms and places per document, aliases merged.",
                           "Bar chart of entity mention counts per document."))
    return "\n".join(parts)


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
    text = "; ".join(f"{esc(frame_label(f, labels))} {m:+.2f} ({plural(n, 'sentence')})" for m, f, n in means)
    overall = tone["compound"].mean()
    return (f"<p>Tone, measured with VADER's compound score (−1 most negative, +1 most positive), averages "
            f"{overall:+.2f} over all {len(tone):,} sentences. By frame, from most to least positive: {text}.</p>")


def entities_paragraph(counts: pd.DataFrame) -> str:
    """The most-mentioned entities across the corpus."""
    value = "mentions" if "mentions" in counts else counts.columns[-1]
    totals = counts.groupby("entity")[value].sum().sort_values(ascending=False, kind="stable").head(6)
    docs = counts[counts[value] > 0].groupby("entity")["doc"].nunique()
    text = ", ".join(f"{esc(e)} ({int(n):,} mentions in {int(docs.get(e, 0))} documents)" for e, n in totals.items())
    return f"<p>The organizations and platforms mentioned most, with aliases merged: {text}.</p>"


# -- claims and timeline --------------------------------------------------------------------------
def claim_values_html(rep: Report, claim_id: str, sources: pd.DataFrame) -> str:
    """Every source value of one claim, each cited, with its document."""
    rows = sources[sources["claim_id"] == claim_id]
    return "; ".join(f"{cite_row(rep, row)} ({rep.source_ref(row['doc'])})" for _, row in rows.iterrows())


def claims_section(rep: Report) -> str:
    """The ledger (conflicts first, each explained), series, and the timeline of events."""
    claims = rep.table("claims")
    sources = rep.table("claim_sources")
    parts = [heading("claims")]
    if claims.empty:
        parts.append(missing("claims comparable across sources"))
    else:
        status_counts = claims["status"].value_counts()
        parts.append(
            "<p>Figures that describe the same thing — the same entity, measure and period — were grouped into "
            f"claims. Of {plural(len(claims), 'claim')}, "
            + ", ".join(f"{status_counts.get(s, 0):,} {'are' if status_counts.get(s, 0) != 1 else 'is'} "
                        f"<span class='status-{s}'>{s}</span>" for s in ("conflict", "agreement", "series", "single"))
            + ". A conflict means incompatible values for the same period after allowing for qualifiers "
              "(“over 100 million” agrees with “120 million”); a series is the same measure at different times.</p>")
        conflicts = claims[claims["status"] == "conflict"]
        if len(conflicts):
            items = "".join(f"<li>{with_source_refs(rep, row['explanation'])} Sources: "
                            f"{claim_values_html(rep, row['claim_id'], sources)}</li>"
                            for _, row in conflicts.iterrows())
            parts.append(f"<h3>Conflicts</h3><ol>{items}</ol>")
        order = {"conflict": 0, "agreement": 1, "series": 2, "single": 3}
        ledger = claims[claims["status"] != "single"].copy()
        ledger["order"] = ledger["status"].map(order)
        ledger = ledger.sort_values(["order", "entity", "metric", "period"], kind="stable")
        if len(ledger):
            shown = pd.DataFrame({"Status": ledger["status"], "Entity": ledger["entity"],
                                  "Measure": ledger["metric"].str.replace("_", " "),
                                  "Period": ledger["period"].fillna("").astype(str),
                                  "Sources": ledger["n_sources"], "Values as reported": ledger["values"]},
                                 index=ledger.index)
            parts.append(rep.exhibit(
                shown, "Claim ledger: claims reported by more than one source or at more than one time, conflicts first.",
                "claim_ledger", cells={
                    "Status": lambda r: f"<span class='status-{esc(r['Status'])}'>{esc(r['Status'])}</span>",
                    "Values as reported": lambda r: claim_values_html(rep, ledger.loc[r.name, "claim_id"], sources)},
                note="All claims, including single-source ones: data/claims.csv; their quotes: data/claim_sources.csv."))
        parts.append(rep.chart("user_numbers", "Reported user numbers over time, by measure; each point labelled with its source.",
                               "Line and point chart of reported user counts over time, one line per measure."))
    events = rep.table("events")
    if events.empty:
        parts.append(missing("dated events"))
    else:
        dated = events.sort_values(["date", "doc", "start"], kind="stable")
        parts.append(f"<h3>Timeline</h3><p>The articles date {plural(len(dated), 'event')} between "
                     f"{esc(dated['date'].iloc[0])} and {esc(dated['date'].iloc[-1])}, including each article's "
                     f"publication date; relative dates such as “yesterday” were resolved against the publication date "
                     f"of the article that uses them.</p>")
        parts.append(rep.chart("timeline", "Timeline of dated events, coloured by source.",
                               "Timeline chart with events as labelled points along a date axis, coloured by source document."))
        shown = pd.DataFrame({"Date": dated["date"], "Event": dated["label"].fillna(""),
                              "Source": [f"S{rep.doc_number(d)}" for d in dated["doc"]],
                              "Date basis": dated["date_basis"].fillna(""), "Quote": dated["quote"]}, index=dated.index)
        parts.append(rep.exhibit(shown, "Dated events in the order they happened.", "events", cells={
            "Source": lambda r: rep.source_ref(dated.loc[r.name, "doc"]),
            "Quote": lambda r: cite_row(rep, dated.loc[r.name])}))
    return "\n".join(parts)


# -- methods ----------------------------------------------------------------------------------------
def methods_section(rep: Report) -> str:
    """How each measure was made, the validation scores against hand coding, and the limitations."""
    parts = [heading("methods"),
             "<h3>Corpus</h3><p>Files are decoded (UTF-8, BOMs, Windows-1252 fallback), HTML pages reduced to their "
             "article text with trafilatura, and page chrome matched by the whole-line patterns of "
             "<code>config/chrome.yaml</code> set aside as excluded spans without altering the text. Sentences are "
             "split per line with pysbd; lines without closing punctuation are treated as headings.</p>",
             "<h3>Figures</h3><p>Numbers are found by rules over the exact document text: digits with grouping "
             "(including Indian grouping), number words and scales (<em>million</em>, <em>billion</em>), currencies, "
             "percentages, ranks, dates and relative dates resolved against the publication date. Each figure keeps its "
             "qualifier (<em>about</em>, <em>over</em>, <em>less than</em>), its unit or counted noun, the subject it "
             "describes and the period it refers to. Accuracy on news in general is measured by "
             "<code>benchmarks/figures_benchmark.py</code> on the NewsQuant news benchmark against published "
             "extractors.</p>"]
    parts.append(figures_validation_part(rep))
    validation = rep.table("frame_validation")
    labels = frame_labels(rep)
    parts.append("<h3>Narrative frames</h3><p>Method 1 sums the weights of the cue terms of "
                 "<code>config/frames.yaml</code> in each sentence; method 2 compares each sentence with the frame's "
                 "example sentences using the all-MiniLM-L6-v2 sentence-embedding model, offline. Thresholds were "
                 "chosen on a development split of the hand-coded sentences and are documented in the config file.</p>")
    if not validation.empty:
        parts.append(rep.exhibit(validation_view(validation, labels),
                                 "Frame detection against the hand coding of every sentence: precision (P), recall (R) "
                                 "and F1 on all sentences, and F1 on the development and held-out test splits.",
                                 "frame_validation", note="Full counts per split: data/frame_validation.csv."))
        parts.append(validation_paragraph(validation, labels))
    else:
        parts.append("<p>No hand coding exists for this corpus, so frame detection is not validated here; "
                     "treat frame shares as indicative.</p>")
    agreement = rep.table("frame_agreement")
    if not agreement.empty:
        shown = pd.DataFrame({
            "Frame": [frame_label(f, labels) for f in agreement["frame"]],
            "Both": agreement["both"], "Dictionary only": agreement["dictionary_only"],
            "Embedding only": agreement["embedding_only"], "Neither": agreement["neither"],
            "Agreement": agreement["percent_agreement"].map(lambda v: f"{100 * v:.0f}%"),
            "Cohen's κ": agreement["cohen_kappa"].round(2), "Krippendorff's α": agreement["krippendorff_alpha"].round(2)})
        parts.append(rep.exhibit(shown, "Agreement between the dictionary and embedding methods, sentence by sentence.",
                                 "frame_agreement"))
        lowest = agreement.sort_values("cohen_kappa", kind="stable").iloc[0]
        parts.append(f"<p>The two methods agree least on {esc(frame_label(lowest['frame'], labels))} "
                     f"(κ {lowest['cohen_kappa']:.2f}): {int(lowest['dictionary_only'])} sentences are marked by the "
                     f"dictionary only and {int(lowest['embedding_only'])} by the embedding only. The embedding method "
                     f"responds to topic similarity without the frame's vocabulary, the dictionary to vocabulary "
                     f"regardless of context.</p>")
    parts.append("<h3>Claims and tone</h3><p>Figures are grouped into claims by entity (aliases merged with "
                 "<code>config/entities.yaml</code>), measure (<code>config/metrics.yaml</code>) and period; an entity or "
                 "measure the config does not know is taken from the figure's subject (a proper name followed by what it counts). "
                 "Values are compared after allowing for their qualifiers. Tone is VADER's compound score per sentence, a lexicon method built for social "
                 "media text; it reads news prose as mildly positive and does not see irony.</p>"
                 "<h3>Limitations</h3><ul><li>Everything is measured on the text as published; a figure that an "
                 "article gets wrong is reported as written, with its source.</li><li>Frame cues and example "
                 "sentences encode an analyst's reading of the frames; a different corpus may need other cues "
                 "(edit the config, no code).</li><li>Publication dates marked <em>inferred</em> carry the uncertainty "
                 "of their inference into every relative date resolved against them.</li></ul>")
    return "\n".join(parts)


def figures_validation_part(rep: Report) -> str:
    """The extractor scored against hand-checked figures of this corpus, when a gold list covers it."""
    scores = rep.table("figures_validation")
    if scores.empty:
        return ("<p>No hand-checked list of figures covers this corpus, so the figures above are not "
                "validated here; spot-check them through the quote index.</p>")
    overall = scores[scores["kind"] == "all"].iloc[0]
    shown = pd.DataFrame({"Kind": scores["kind"], "In gold": scores["gold"], "Found": scores["found"],
                          "Not in gold": scores["extra"], "Precision": scores["precision"].round(2),
                          "Recall": scores["recall"].round(2)})
    return (f"<p>Against a hand-checked list of all {int(overall['gold']):,} figures in the documents it covers, "
            f"the extractor found {int(overall['found']):,} with the right value, kind and "
            f"qualifier and reported {int(overall['extra']):,} that the list does not contain "
            f"(precision {overall['precision']:.2f}, recall {overall['recall']:.2f}). The list was checked on "
            f"documents the rules were developed with, so it shows completeness, not accuracy on new text; the "
            f"benchmark measures the latter.</p>"
            + rep.exhibit(shown, "Figures found against the hand-checked list, by kind.", "figures_validation"))


def validation_paragraph(validation: pd.DataFrame, labels: dict) -> str:
    """What the validation numbers mean: the weakest frame on held-out text, and how much of the
    dictionary's score comes from cues added after reading the corpus."""
    held_out = validation[validation["split"] == "test"] if "split" in validation else validation
    methods = held_out[held_out["method"].isin(["dictionary", "embedding"])]
    if methods.empty:
        return ""
    best = methods.sort_values("f1", ascending=False, kind="stable").groupby("frame", sort=False).head(1)
    weakest = best.sort_values("f1", kind="stable").iloc[0]
    text = (f"<p>On the held-out test sentences, the weakest frame for its better method is "
            f"{esc(frame_label(weakest['frame'], labels))} (F1 {weakest['f1']:.2f}, {esc(weakest['method'])} method). ")
    a_priori = held_out[held_out["method"] == "dictionary_a_priori"].set_index("frame")["f1"]
    full = held_out[held_out["method"] == "dictionary"].set_index("frame")["f1"]
    gaps = (full - a_priori).dropna().sort_values(ascending=False)
    if len(gaps):
        frame = gaps.index[0]
        text += (f"Part of the dictionary's accuracy comes from cues added after reading this corpus: with only the "
                 f"cues written from the frame definitions beforehand, {esc(frame_label(frame, labels))} reaches F1 "
                 f"{a_priori[frame]:.2f} on the test sentences instead of {full[frame]:.2f}. ")
    return text + ("The hand coding was done by one coder following <code>docs/codebook.md</code>; expect lower "
                   "scores on a new corpus until its cues are reviewed.</p>")


def validation_view(validation: pd.DataFrame, labels: dict) -> pd.DataFrame:
    """One row per frame and method: P, R, F1 on all sentences and F1 on the dev and test splits."""
    has_split = "split" in validation
    overall = validation[validation["split"] == "all"] if has_split else validation
    rows = []
    for _, row in overall.iterrows():
        record = {"Frame": frame_label(row["frame"], labels), "Method": str(row["method"]).replace("_", " "),
                  "P": round(row["precision"], 2), "R": round(row["recall"], 2), "F1": round(row["f1"], 2)}
        for split in ("dev", "test"):
            match = validation[(validation["frame"] == row["frame"]) & (validation["method"] == row["method"])
                               & (validation["split"] == split)] if has_split else pd.DataFrame()
            record[f"F1 {split}"] = round(match.iloc[0]["f1"], 2) if len(match) else float("nan")
        rows.append(record)
    return pd.DataFrame(rows)


# -- executive summary ------------------------------------------------------------------------------
def summary_section(rep: Report) -> str:
    """Five to seven findings generated from the tables, each with its numbers and sources."""
    findings = [f for f in (finding_corpus(rep), finding_headline(rep), finding_frames(rep), finding_conflict(rep),
                            finding_series(rep), finding_timeline(rep), finding_tone(rep)) if f]
    items = "".join(f"<li>{f}</li>" for f in findings)
    return f'{heading("summary")}<ol class="findings">{items}</ol>'


def finding_corpus(rep: Report) -> str:
    docs = rep.documents
    first, last = date_range(rep)
    inferred = int(docs["date_basis"].fillna("").str.startswith("inferred").sum())
    span = f"published between {first} and {last}" if first and first != last else f"published {first}" if first else ""
    return (f"<strong>{plural(len(docs), 'article')}</strong> {span} were read sentence by sentence "
            f"({int(docs['n_sentences'].sum()):,} sentences)"
            + (f"; {inferred} of the publication dates are inferred from the text." if inferred else "."))


def finding_headline(rep: Report) -> str:
    top = headline_figures(rep, limit=50)
    counts = top[(top["kind"] == "count") & top["has_subject"]] if not top.empty else top
    if counts.empty:
        return ""
    row = counts.sort_values("magnitude", ascending=False, kind="stable").iloc[0]
    return (f"The largest count reported is {cite_row(rep, row)} — {esc(row['subject'])}"
            + (f", {esc(row['period'])}" if isinstance(row.get("period"), str) and row["period"] else "")
            + f" ({rep.source_ref(row['doc'])}).")


def finding_frames(rep: Report) -> str:
    sentences = rep.table("frames_sentences")
    if sentences.empty:
        return ""
    labels = frame_labels(rep)
    n = sentences["sentence_id"].nunique()
    shares = sentences.groupby("frame")["present"].sum().sort_values(ascending=False, kind="stable")
    parts = [f"{esc(frame_label(f, labels))} {percent(c, n)}" for f, c in shares.items()]
    lead = shares.index[0]
    docs = rep.table("frames_docs")
    strongest = docs[docs["frame"] == lead].sort_values("share", ascending=False, kind="stable").iloc[0]
    return (f"By share of the corpus's {n:,} sentences, the frames rank: {'; '.join(parts)}. "
            f"{esc(frame_label(lead, labels))} is strongest in {rep.source_ref(strongest['doc'])} "
            f"({percent(strongest['share'], 1)} of its sentences).")


def finding_conflict(rep: Report) -> str:
    claims = rep.table("claims")
    if claims.empty:
        return ""
    conflicts = claims[claims["status"] == "conflict"]
    if conflicts.empty:
        return f"No source contradicts another on any of the {plural(len(claims), 'claim')} compared."
    sources = rep.table("claim_sources")
    first = conflicts.iloc[0]
    return (f"<strong>{plural(len(conflicts), 'conflict')}</strong> between sources. "
            f"{with_source_refs(rep, first['explanation'])} "
            f"({claim_values_html(rep, first['claim_id'], sources)})")


def finding_series(rep: Report) -> str:
    claims = rep.table("claims")
    if claims.empty:
        return ""
    series = claims[claims["status"] == "series"]
    if series.empty:
        return ""
    sources = rep.table("claim_sources")
    groups = series.groupby(["entity", "metric"], sort=False)["claim_id"].apply(list)
    (entity, metric), claim_ids = max(groups.items(), key=lambda item: len(item[1]))
    points = series[series["claim_id"].isin(claim_ids)].sort_values("period", kind="stable")
    cited = []
    for _, claim in points.iterrows():
        row = sources[sources["claim_id"] == claim["claim_id"]].iloc[0]
        cited.append(f"{cite_row(rep, row)} ({esc(claim['period'])}, {rep.source_ref(row['doc'])})")
    n_measures = series.groupby(["entity", "metric"]).ngroups
    return (f"{plural(n_measures, 'measure')} {'is' if n_measures == 1 else 'are'} reported at several points in time "
            f"— a series, not a disagreement. {esc(entity)} {esc(str(metric).replace('_', ' '))}: "
            + " → ".join(cited) + ".")


def finding_timeline(rep: Report) -> str:
    events = rep.table("events")
    if events.empty:
        return ""
    dated = events.sort_values(["date", "doc", "start"], kind="stable")
    # the date the stories themselves point to most: publication dates are not events in the story
    reported = dated[(dated.get("event_type", "") != "publication") & dated["start"].notna()]
    if reported.empty:
        return ""
    per_date = reported.groupby("date")["doc"].nunique().sort_values(ascending=False, kind="stable")
    busiest = per_date.index[0]
    row = reported[reported["date"] == busiest].iloc[0]
    return (f"The articles date {plural(len(dated), 'event')} from {esc(dated['date'].iloc[0])} to "
            f"{esc(dated['date'].iloc[-1])}, publication dates included; the event date reported by the most "
            f"sources is {esc(busiest)} ({esc(row['label'])}, {plural(int(per_date.iloc[0]), 'source')}), "
            f"e.g. {cite_row(rep, row)} ({rep.source_ref(row['doc'])}).")


def finding_tone(rep: Report) -> str:
    tone = rep.table("tone")
    docs = rep.table("frames_docs")
    if tone.empty or docs.empty or "compound" not in tone:
        return ""
    labels = frame_labels(rep)
    means = sorted(((tone[tone[f] == 1]["compound"].mean(), f) for f in dict.fromkeys(docs["frame"])
                    if f in tone and (tone[f] == 1).any()), reverse=True)
    if len(means) < 2:
        return ""
    return (f"Sentences carrying the {esc(frame_label(means[0][1], labels))} frame read most positive "
            f"(mean VADER tone {means[0][0]:+.2f}); those carrying {esc(frame_label(means[-1][1], labels))} "
            f"least ({means[-1][0]:+.2f}).")
