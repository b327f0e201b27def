"""The executive summary: five to seven findings generated from the tables, each with its numbers
and sources."""

from __future__ import annotations

import re

import pandas as pd

from newsreport.report.document import Report, esc, percent, plural, signed
from newsreport.report.scale import SERIES_POINTS
from newsreport.report.sections import toplists
from newsreport.report.sections.common import (claim_about, claim_values_html, cite_row, conflict_text, date_range,
                                               frame_label, frame_labels, heading, headline_figures, period_stated,
                                               without_near_name)

def section(rep: Report) -> str:
    """Five to seven findings generated from the tables, each with its numbers and sources."""
    findings = [f for f in (finding_corpus(rep), finding_headline(rep), finding_frames(rep), finding_conflict(rep),
                            finding_series(rep), finding_timeline(rep), finding_tone(rep)) if f]
    items = "".join(f"<li>{f}</li>" for f in findings)
    return f'{heading("summary")}<ol class="findings">{items}</ol>'


def finding_corpus(rep: Report) -> str:
    """How many articles, from when (and how many are undated), and how many publication dates are inferred."""
    docs = rep.documents
    first, last = date_range(rep)
    dated = int(docs["published"].fillna("").astype(str).str.len().gt(0).sum()) if "published" in docs else 0
    inferred = int(docs["date_basis"].fillna("").str.startswith("inferred").sum())
    when = f"published between {first} and {last}" if first and first != last else f"published {first}"
    if not first:
        span = ""
    elif dated == len(docs):
        span = f" {when}"
    else:
        span = f" ({dated:,} of them dated, {when}; {len(docs) - dated:,} undated)"
    verb = "was" if len(docs) == 1 else "were"
    inferred_text = (f"; {inferred:,} of the publication dates {'is' if inferred == 1 else 'are'} inferred from the text"
                     if inferred else "")
    return (f"<strong>{plural(len(docs), 'article')}</strong>{span} {verb} read sentence by sentence "
            f"({plural(int(docs['n_sentences'].sum()), 'sentence')}){inferred_text}.")


# "saving roughly 3,000 of the group's 4,300 staff": the figure counts a part of a whole its sentence states
PART_OF = r"\s+(?:out\s+)?of\s+(?:the|its|their|his|her|our|this|that|[\w.&-]+['’]s)\s+(?:[\w'’-]+\s+){0,2}?\d"


def part_of_a_whole(quote, context) -> bool:
    """Whether the figure `quote` is followed in its sentence `context` by "of the/its ... M": a part, not the whole."""
    if not isinstance(quote, str) or not isinstance(context, str) or quote not in context:
        return False
    return bool(re.match(PART_OF, context[context.index(quote) + len(quote):]))


def finding_headline(rep: Report) -> str:
    """The largest count the claim ledger read with confidence (whose it is and what it counts, from
    its sentence's structure), cited; else the largest count with a known subject."""
    sources = rep.table("claim_sources")
    if not sources.empty and {"confidence", "kind"} <= set(sources.columns):
        counted = sources[(sources["confidence"] == "high") & (sources["kind"] == "count") & sources["value"].notna()
                          & ~sources["metric"].astype(str).str.endswith("_growth")]
        counted = counted[[not part_of_a_whole(q, c) for q, c in zip(counted["quote"], counted["context"])]]
        if not counted.empty:
            from newsreport.claims.vocabulary import load_vocabulary
            from newsreport.claims.wording import claim_label, scope_phrase

            row = counted.loc[counted["value"].astype(float).idxmax()]
            scope = row["scope"] if isinstance(row.get("scope"), str) else ""
            owner = row["entity"] if isinstance(row.get("entity"), str) else ""  # a count nobody owns reads back empty
            label = claim_label(str(row["metric"]), owner, load_vocabulary()) + scope_phrase(scope)
            # (the largest of those read with confidence: a larger count may be a whole, or one whose owner is unsure)
            return (f"Of the counts whose owner and measure were read from their sentences, the largest is "
                    f"{cite_row(rep, row)} — {esc(label)} ({rep.source_ref(row['doc'])}).")
    top = headline_figures(rep, limit=50)
    counts = top[(top["kind"] == "count") & top["has_subject"]] if not top.empty else top
    if counts.empty:
        return ""
    row = counts.sort_values("magnitude", ascending=False, kind="stable").iloc[0]
    unit = row["unit"] if isinstance(row.get("unit"), str) else ""
    subject = without_near_name(row["subject"], unit)  # (not the name found near it: it may be another's)
    return (f"The largest count with a stated subject is {cite_row(rep, row)}"
            + (f" — {esc(subject)}" if subject.lower() != unit.lower() else "")  # ("1,900 people — people": said once)
            + (f", {esc(row['period'])}" if period_stated(rep, row) else "")
            + f" ({rep.source_ref(row['doc'])}).")


def finding_frames(rep: Report) -> str:
    """The frames ranked by share of sentences, and where the leading frame is strongest."""
    sentences = rep.table("frames_sentences")
    if sentences.empty:
        return ""
    labels = frame_labels(rep)
    n = sentences["sentence_id"].nunique()
    shares = sentences.groupby("frame")["present"].sum().sort_values(ascending=False, kind="stable")
    if shares.sum() == 0:
        return (f"None of the corpus's {n:,} sentences carries any of the {len(shares)} frames "
                f"({', '.join(esc(frame_label(f, labels)) for f in shares.index)}): neither their cues nor the "
                f"classifier mark any sentence here.")
    parts = [f"{esc(frame_label(f, labels))} {percent(c, n)}" for f, c in shares.items()]
    lead = shares.index[0]
    docs = rep.table("frames_docs")
    strongest = docs[docs["frame"] == lead].sort_values("share", ascending=False, kind="stable").iloc[0]
    return (f"By share of the corpus's {n:,} sentences, the frames rank: {'; '.join(parts)}. "
            f"{esc(frame_label(lead, labels))} is strongest in {rep.source_ref(strongest['doc'])} "
            f"({percent(strongest['share'], 1)} of its sentences).")


def finding_conflict(rep: Report) -> str:
    """How many conflicts, with the first one explained and its sources cited ('' without a ledger)."""
    claims = rep.table("claims")
    if claims.empty:
        return ""
    conflicts = claims[claims["status"] == "conflict"]
    doubtful = int((claims["status"] == "discrepancy").sum())
    to_check = (f"; {plural(doubtful, 'possible discrepancy', 'possible discrepancies')} whose reading is uncertain "
                f"{'is' if doubtful == 1 else 'are'} listed in the claims section to check" if doubtful else "")
    if conflicts.empty:
        return f"No conflict between sources was found among the {plural(len(claims), 'claim')} compared{to_check}."
    sources = rep.table("claim_sources")
    first = conflicts.iloc[0]
    return (f"<strong>{plural(len(conflicts), 'conflict')}</strong> in the reported figures{to_check}. "
            f"{conflict_text(rep, first, sources)} "
            f"({claim_values_html(rep, first['claim_id'], sources)})")


def finding_series(rep: Report) -> str:
    """The longest series (same entity, measure and scope over time) whose owner a source names, each point cited."""
    from newsreport.claims.wording import scope_phrase

    claims = rep.table("claims")
    if claims.empty:
        return ""
    # a measure nobody owns ("revenue" of an unnamed whole) reads back from the CSV as a missing entity: keep it a key
    claims = claims if "scope" in claims else claims.assign(scope="")
    claims = claims.assign(**{c: claims[c].astype(object).fillna("").astype(str) for c in ("entity", "metric", "scope")})
    series = claims[claims["status"] == "series"]
    if series.empty:
        return ""
    # a point of the series may itself be an agreement or a conflict of that period: it is a point too
    whole = claims["part_of"].astype(object).fillna("").astype(str) == "" if "part_of" in claims else True
    in_series = claims[whole & (claims["series"].astype(object).fillna("").astype(str) != "")] if "series" in claims else series
    sources = rep.table("claim_sources")
    groups = series.groupby(["entity", "metric", "scope"], sort=False)["claim_id"].apply(list)  # (US users are not global users)
    # the longest series whose owner a source names; one nobody owns may join two things' values ("the area burnt" by
    # this fire and by a fire six years before), so it is shown only when no series has an owner, with that caveat
    (entity, metric, scope), _ = max(groups.items(), key=lambda item: (item[0][0] != "", len(item[1])))
    points = in_series[(in_series["entity"] == entity) & (in_series["metric"] == metric)
                       & (in_series["scope"] == scope)].sort_values("period", kind="stable")
    n_points = len(points)
    if not rep.detailed:  # a long series of a large corpus: its first, last and evenly spaced points
        points = toplists.spread(points, SERIES_POINTS)
    cited = []
    for _, claim in points.iterrows():
        rows = sources[sources["claim_id"] == claim["claim_id"]]
        row = rows.iloc[0]
        basis = str(row.get("period_basis", "") or "")
        how = (f", the publication {basis.split()[2]}: “now”" if basis.startswith(("the publication month", "the publication day"))
               else ", no period stated" if basis.startswith("not stated") else "")  # a period the article did not give
        if len(rows) > 1:  # "at least 212 (S1) and 96 (S2) (2026-02-17)": the sources of that period, each cited
            cited.append(" and ".join(f"{cite_row(rep, r)} ({rep.source_ref(r['doc'])})" for _, r in rows.iterrows())
                         + f" ({esc(claim['period'])}{how})")
            continue
        cited.append(f"{cite_row(rep, row)} ({esc(claim['period'])}{how}, {rep.source_ref(row['doc'])})")
    n_measures = series.groupby(["entity", "metric", "scope"]).ngroups
    label = claim_about(pd.Series({"entity": entity, "metric": metric}))  # the config's words ("DeepSeek's downloads")
    label = label[:1].upper() + label[1:] if label else f"{entity} {str(metric).replace('_', ' ')}"
    label += scope_phrase(scope)
    caveat = "" if entity else " No source names whose it is, so its points may not measure one thing."
    return (f"{plural(n_measures, 'measure')} {'is' if n_measures == 1 else 'are'} reported at several points in time "
            f"— a series, not a disagreement. {esc(label)}: "
            + " → ".join(cited) + (f" ({n_points:,} points in all, in data/claims.csv)." if n_points > len(points)
                                   else ".") + caveat)


def finding_timeline(rep: Report) -> str:
    """The span of dated events and the event date reported by the most sources."""
    events = rep.table("events")
    if events.empty:
        return ""
    dated = events.sort_values(["date", "doc", "start"], kind="stable")
    # the date the stories themselves point to most: publication dates are not events in the story
    reported = dated[(dated.get("event_type", "") != "publication") & dated["start"].notna()]
    if reported.empty:
        return ""
    per_date = reported.groupby("date")["doc"].nunique().sort_values(ascending=False, kind="stable")
    span = (f"The articles date {plural(len(dated), 'event')} from {esc(dated['date'].iloc[0])} to "
            f"{esc(dated['date'].iloc[-1])}, publication dates included")
    if per_date.iloc[0] < 2:  # "the date given by the most sources ... (1 source)" would pick one at random
        return f"{span}; no date is given by more than one source."
    busiest = per_date.index[0]
    on_day = reported[reported["date"] == busiest]
    typed = on_day[on_day["event_type"].fillna("other") != "other"] if "event_type" in on_day else on_day
    row = (typed if len(typed) else on_day).iloc[0]  # name the day by what happened, when an article says
    return (f"{span}; the date given by the most sources "  # a date may be a month ("2025-03")
            f"is {esc(busiest)} ({plural(int(per_date.iloc[0]), 'source')}), e.g. {esc(str(row['label']).lower())}, "
            # the source before the quote: WeasyPrint breaks a line badly at "(expected): <a ...>"
            f"in {rep.source_ref(row['doc'])}: {cite_row(rep, row)}.")


def finding_tone(rep: Report) -> str:
    """The frames whose sentences read most and least positive (VADER)."""
    tone = rep.table("tone")
    docs = rep.table("frames_docs")
    if tone.empty or docs.empty or "compound" not in tone:
        return ""
    labels = frame_labels(rep)
    means = sorted(((tone[tone[f] == 1]["compound"].mean(), f) for f in dict.fromkeys(docs["frame"])
                    if f in tone and (tone[f] == 1).any()), reverse=True)
    if len(means) < 2:
        return ""
    (high, first), (low, last) = means[0], means[-1]
    if f"{signed(high)}" == f"{signed(low)}":  # as printed, no frame reads more positive than another
        named = " and ".join(f"the {esc(frame_label(frame, labels))}" for _, frame in means)
        return f"Sentences carrying {named} frames read alike (mean VADER tone {signed(high)})."
    return (f"Sentences carrying the {esc(frame_label(first, labels))} frame read most positive "
            f"(mean VADER tone {signed(high)}); those carrying {esc(frame_label(last, labels))} "
            f"least ({signed(low)}).")
