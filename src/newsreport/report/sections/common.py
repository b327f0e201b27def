"""What the report's sections share: the section list and headings, the build manifest, and
the helpers that cite corpus text and name sources and frames."""

from __future__ import annotations

import json
import re

import pandas as pd

from newsreport.corpus.loader import short_doc_ids
from newsreport.report.document import Report, esc
from newsreport.report.scale import VALUES_PER_CLAIM

SECTIONS = (
    ("summary", "Executive summary"),
    ("corpus", "The corpus"),
    ("figures", "The figures"),
    ("narratives", "The narratives"),
    ("claims", "Claim ledger and timeline"),
    ("methods", "Methods and validation"),
    ("sources", "Appendix A. Sources"),
    ("quotes", "Appendix B. Quote index"),
    ("tables", "Appendix C. Data tables"),
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


ACTOR_TYPES = ("platform", "company", "e-commerce", "brand", "organization", "product")


TITLE_MAX_NAMES = 3  # actors a generated title names at most
# a corpus whose top actor is absent from this share of its articles is about more than that actor
TITLE_UNCOVERED_SHARE = 0.25


def top_entity(rep: Report) -> str:
    """The actors the corpus is about (for the generated title), among entities typed as a platform,
    company, brand, organization or product (never a place, court or person): the most mentioned, with
    any tied with it ("TikTok and Xiaohongshu": picking one by table order would say more than the
    counts), then, while at least `TITLE_UNCOVERED_SHARE` of the articles name none of those, the
    actor most mentioned in those articles (a corpus of two stories names both). Else the owners of
    claim figures reported by the most articles."""
    counts = rep.table("entity_counts")
    if not counts.empty and "entity" in counts and "type" in counts:
        actors = counts[counts["type"].isin(ACTOR_TYPES) & (counts["mentions"] > 0)]
        totals = actors.groupby("entity")["mentions"].sum().sort_values(ascending=False, kind="stable")
        if len(totals):
            chosen = [str(name) for name in totals[totals == totals.iloc[0]].index[:TITLE_MAX_NAMES]]
            n_docs = max(len(rep.documents), actors["doc"].nunique())
            while len(chosen) < TITLE_MAX_NAMES:
                covered = set(actors.loc[actors["entity"].isin(chosen), "doc"])
                rest = actors[~actors["doc"].isin(covered)]
                if rest.empty or rest["doc"].nunique() < TITLE_UNCOVERED_SHARE * n_docs:
                    break
                chosen.append(str(rest.groupby("entity")["mentions"].sum()
                                  .sort_values(ascending=False, kind="stable").index[0]))
            return chosen[0] if len(chosen) == 1 else ", ".join(chosen[:-1]) + " and " + chosen[-1]
    # no configured or recognized actor: the owners of the ledger's figures, by how many articles report
    # figures of theirs (ties all named: two companies each in both articles are both the story)
    sources = rep.table("claim_sources")
    if not sources.empty and {"entity", "doc"} <= set(sources.columns):
        owned = sources[sources["entity"].fillna("").astype(str) != ""]
        reach = owned.groupby("entity")["doc"].nunique().sort_values(ascending=False, kind="stable")
        if len(reach):
            tied = [str(name) for name in reach[reach == reach.iloc[0]].index[:TITLE_MAX_NAMES]]
            return tied[0] if len(tied) == 1 else ", ".join(tied[:-1]) + " and " + tied[-1]
    return ""


HEADLINE_KINDS = ("count", "money", "percent", "multiple")


def period_stated(rep: Report, row) -> bool:
    """Whether a figure's period is stated: not the publication month standing in for a sentence that
    gives no time (the figures table fills it in), unless a date of that month is in the sentence."""
    return bool(periods_stated(rep, pd.DataFrame([dict(row)])).iloc[0])


def periods_stated(rep: Report, figures: pd.DataFrame) -> pd.Series:
    """`period_stated` for every row of `figures` (doc, sentence_id, period columns) at once."""
    period = figures["period"].astype(object).where(figures["period"].notna(), "").astype(str)
    docs = rep.documents
    published = figures["doc"].map(dict(zip(docs["doc"], docs["published"].astype(object).fillna("").astype(str)))
                                   if "published" in docs else {}).fillna("")
    filled_in = (period != "") & (published != "") & pd.Series(
        [p.startswith(x) for p, x in zip(published, period)], index=figures.index, dtype=bool)
    table = rep.table("figures")
    if not table.empty and "sentence_id" in table:  # a date of that very month in the sentence states it
        dated = table[table["kind"].isin(["date", "year"])]
        said = set(zip(dated["sentence_id"], dated["date"].astype(str)))
        filled_in &= ~pd.Series([(s, p) in said for s, p in zip(figures["sentence_id"], period)],
                                index=figures.index, dtype=bool)
    return (period != "") & ~filled_in


def what_counted(rep: Report, figures: pd.DataFrame) -> pd.Series:
    """What each figure counts, for a table: the claim ledger's owner and measure where the figure is a
    high-confidence claim ("Hushly's monthly active users": the ledger reads "it" and "the app" from the
    parse); the ledger's measure alone where it read the figure but not its owner with confidence ("staff (at
    risk)"); else the figures step's counted words without the name it took from near the number. A name read
    from the neighbourhood is often another party's ("closing 86 of its 212 pubs" after a sentence about the
    buyer), and a table that names no owner says nothing false."""
    from newsreport.claims.vocabulary import load_vocabulary
    from newsreport.claims.wording import claim_label, measure_name, scope_phrase

    subjects = figures["subject"].astype(object).where(figures["subject"].notna(), "").astype(str)
    units = figures["unit"].astype(object).where(figures["unit"].notna(), "").astype(str) if "unit" in figures \
        else pd.Series("", index=figures.index)
    unowned = pd.Series([without_near_name(s, u) for s, u in zip(subjects, units)], index=figures.index)
    sources = rep.table("claim_sources")
    if sources.empty or not {"doc", "start", "end", "confidence", "kind"} <= set(sources):
        return unowned
    vocabulary = load_vocabulary()
    read = sources[(sources["kind"] != "date") & sources["start"].notna()]
    said = {}
    for r in read.to_dict("records"):
        if isinstance(r.get("reason"), str) and GUESSED_MEASURE.search(r["reason"]):
            continue  # a measure read from words near the figure is no better than the figures step's own words
        scope = scope_phrase(str(r["scope"]) if isinstance(r["scope"], str) else "")
        sure = r["confidence"] == "high" and isinstance(r["entity"], str) and r["entity"]
        said[(r["doc"], int(r["start"]), int(r["end"]))] = (claim_label(r["metric"], r["entity"], vocabulary) if sure
                                                             else measure_name(r["metric"], vocabulary, dated=False)) + scope
    return pd.Series([said.get((d, int(b), int(e)), s) for d, b, e, s in
                      zip(figures["doc"], figures["start"], figures["end"], unowned)], index=figures.index)


GUESSED_MEASURE = re.compile(r"measure is named near the figure|measure is the one named earlier")
NEAR_NAME = re.compile(r"^(?:[A-Z][\w&.'’-]*\s+)+(?=[a-z])")  # "Lantern Taverns staff": a name, then the counted words


def without_near_name(subject: str, unit: str) -> str:
    """The figures step's subject without the name it put before the counted words ("Lantern Taverns staff" ->
    "staff"); a subject that opens with the figure's own unit ("Americans using TikTok") is kept whole."""
    if unit and subject.startswith(unit):
        return subject
    return NEAR_NAME.sub("", subject)


def missing(what: str) -> str:
    """A short note for an analysis that produced nothing for this corpus."""
    return f'<p class="callout">No {esc(what)} were found in this corpus.</p>'


def with_source_refs(rep: Report, text: str) -> str:
    """Escape generated text and turn the short document ids it names ('001', 'eu_roundup') into links
    to the source list (S2, ...), so prose and tables name sources the same way."""
    html_text = esc(text)
    for doc, short in sorted(short_doc_ids(list(rep.documents["doc"])).items(), key=lambda kv: -len(kv[1])):
        # a whole token only: "001 says" yes, "5,000" or "1.001" no
        # the link is made only where the id occurs: making it marks the source as cited (Appendix A)
        html_text = re.sub(rf"(?<![\w,.-]){re.escape(short)}(?![\w-]|[,.]\d)",
                           lambda _, doc=doc: rep.source_ref(doc), html_text)
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
    if not rep.detailed:  # in a large corpus, a figure many articles repeat is one headline, with its count
        key = pd.Series("", index=chosen.index)
        for column in ("kind", "value", "low", "high", "unit", "subject"):  # whole columns: fast on thousands of rows
            key = key + "|" + chosen[column].astype(str).str.lower().where(chosen[column].notna(), "")
        chosen["documents"] = key.map(chosen.groupby(key)["doc"].nunique())
        chosen = chosen[~key.duplicated()]
    return chosen.head(limit).sort_values(["doc", "start"], kind="stable")


def claim_values_html(rep: Report, claim_id: str, sources: pd.DataFrame) -> str:
    """Every source value of one claim, each cited, with its document; in a large corpus the first
    few, then how many more (a figure repeated by hundreds of articles is one claim)."""
    rows = sources[sources["claim_id"] == claim_id]
    shown = rows
    if not rep.detailed:  # each distinct value once (a conflict shows every side), its first report cited
        shown = rows.drop_duplicates("display") if "display" in rows else rows
        shown = shown.head(VALUES_PER_CLAIM)
    more = (f"; and {len(rows) - len(shown):,} more reports in data/claim_sources.csv"
            if len(shown) < len(rows) else "")
    return "; ".join(f"{cite_row(rep, row)} ({rep.source_ref(row['doc'])})" for _, row in shown.iterrows()) + more


def strongest_sentences(rep: Report, frame: str, limit: int = 3) -> pd.DataFrame:
    """The sentences carrying `frame` with the highest dictionary score (ties: document order)."""
    sentences = rep.table("frames_sentences")
    if sentences.empty:
        return sentences
    rows = sentences[(sentences["frame"] == frame) & (sentences["present"] == 1)]
    rows = rows.sort_values(["dict_score", "doc", "start"], ascending=[False, True, True], kind="stable")
    # the same sentence reprinted by several articles (wire copy) is one piece of evidence
    text = rows["sentence_id"].map(rep.sentences.set_index("sentence_id")["text"]) if not rep.sentences.empty else None
    return (rows[~text.duplicated()] if text is not None else rows).head(limit)


def claim_about(claim: pd.Series) -> str:
    """What a claim is about, in the words of the claims config with its place ("the day Xiaohongshu
    reached No. 1 on the App Store in the US"); '' for a claim with no measure."""
    from newsreport.claims.vocabulary import load_vocabulary
    from newsreport.claims.wording import claim_label, scope_phrase

    metric = claim.get("metric")
    if not isinstance(metric, str) or not metric:
        return ""
    entity = claim.get("entity") if isinstance(claim.get("entity"), str) else ""
    scope = claim.get("scope") if isinstance(claim.get("scope"), str) else ""
    return claim_label(metric, entity, load_vocabulary()) + scope_phrase(scope)


def conflict_text(rep: Report, claim: pd.Series, sources: pd.DataFrame) -> str:
    """A conflict explained: the claims step's explanation, naming every source, for a corpus shown
    document by document; in a large corpus (where a conflict can span hundreds of sources) the
    values reported and how many sources give each."""
    if rep.detailed:
        return with_source_refs(rep, claim["explanation"])
    rows = sources[sources["claim_id"] == claim["claim_id"]]
    column = "display" if "display" in rows else "quote"
    per_value = rows.groupby(column, sort=False)["doc"].nunique().sort_values(ascending=False, kind="stable")
    about = claim_about(claim)
    period = claim.get("period")
    period = f" ({esc(period)})" if isinstance(period, str) and period else ""
    values = "; ".join(f"{esc(value)} ({n:,} source{'s' if n != 1 else ''})"
                       for value, n in per_value.head(VALUES_PER_CLAIM).items())
    others = len(per_value) - VALUES_PER_CLAIM
    values += f"; and {others:,} other value{'s' if others != 1 else ''}" if others > 0 else ""
    return (f"Sources disagree on {esc(about) or 'one measure'}{period}: {values} "
            f"(most reported first).")
