"""The claim ledger and timeline section: conflicts first, each explained, then agreements and
series, the user-numbers chart and the dated events."""

from __future__ import annotations

import pandas as pd

from newsreport.report.document import Report, esc, plural
from newsreport.report.scale import rows_note
from newsreport.report.sections import toplists
from newsreport.report.sections.toplists import colour_per_document
from newsreport.report.sections.common import claim_values_html, cite_row, conflict_text, heading, missing

STATUS_WORDS = {"conflict": ("a conflict", "conflicts"), "discrepancy": ("a possible discrepancy", "possible discrepancies"),
                "agreement": ("an agreement", "agreements"), "series": ("a series", "series"),
                "single": ("a single report", "single reports")}


def agreement_example(claims: pd.DataFrame, sources: pd.DataFrame) -> str:
    """' (here, “over 589 billion” agrees with “593 billion”)': an agreement of this corpus whose
    sources give different values, or '' when there is none."""
    for claim_id in claims.loc[claims["status"] == "agreement", "claim_id"]:
        rows = sources[sources["claim_id"] == claim_id]
        if rows["display"].astype(str).nunique() < 2:
            continue
        # the words as written (a display such as "down over $589 billion" is not a quote)
        quoted = list(dict.fromkeys(" ".join(str(q).split()) for q in rows.drop_duplicates("display")["quote"]))
        if len(quoted) >= 2:
            return f" (here, “{esc(quoted[0])}” agrees with “{esc(quoted[1])}”)"
    return ""


def doubtful_measures() -> str:
    """The measures the claims config marks doubtful, named as its own words say (": in
    config/metrics.yaml, price and rank"), so the sentence holds for whatever config a user runs; said
    to be the config's list, not measures this corpus reports."""
    from newsreport.claims.vocabulary import load_vocabulary

    names = [m.name.replace("_", " ") + (" (when its sentence states no window)" if m.window_doubt else "")
             + (" (only in sentences with the words its config entry lists)" if m.doubt_when else "")
             for m in load_vocabulary().metrics if m.doubt]
    listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1] if names else ""
    return f": in config/metrics.yaml, {listed}" if names else ""


def section(rep: Report) -> str:
    """The ledger (conflicts first, each explained), series, and the timeline of events."""
    claims = rep.table("claims")
    sources = rep.table("claim_sources")
    parts = [heading("claims")]
    if claims.empty:
        parts.append(missing("claims comparable across sources"))
    else:
        drawn = claims["part_of"].map(lambda v: isinstance(v, str) and v != "") if "part_of" in claims \
            else claims["status"] != claims["status"]
        status_counts = claims[~drawn]["status"].value_counts()  # an agreement drawn from a conflict is counted apart
        parts.append(
            "<p>Figures that describe the same thing — the same entity, measure, scope and period — were grouped "
            f"into claims. Of {plural(int((~drawn).sum()), 'claim')}, "
            + ", ".join(f"{status_counts.get(s, 0):,} {'are' if status_counts.get(s, 0) != 1 else 'is'} "
                        f"<span class='status-{s}'>{STATUS_WORDS[s][int(status_counts.get(s, 0) != 1)]}</span>"
                        for s in STATUS_WORDS)
            + (f". Within the conflicts and possible discrepancies, {plural(int(drawn.sum()), 'group')} of sources "
               f"{'gives' if drawn.sum() == 1 else 'give'} values that agree with each other; "
               f"{'it is' if drawn.sum() == 1 else 'they are'} listed with the agreements" if drawn.any() else "")
            + ". A conflict means values that cannot both be true after allowing for their qualifiers"
            + agreement_example(claims, sources)
            + "; a series is the same measure at different times. A conflict is listed as such only when the "
              "entity and measure of both values were read from their sentences' structure and nothing else casts "
              f"doubt on the pair (a measure the config marks doubtful{doubtful_measures()}; articles far apart in "
              "time); otherwise it is a possible discrepancy, with the reason.</p>")
        conflicts = claims[claims["status"] == "conflict"]
        listed = conflicts if rep.detailed else toplists.top_claims(conflicts, rep.top_n)
        if len(conflicts):
            items = "".join(f"<li>{conflict_text(rep, row, sources)} Sources: "
                            f"{claim_values_html(rep, row['claim_id'], sources)}</li>"
                            for _, row in listed.iterrows())
            note = rows_note(len(listed), len(conflicts), "conflict", "data/claims.csv", "with the most sources")
            parts.append(f"<h3>Conflicts</h3><ol>{items}</ol>" + (f"<p>{note}</p>" if note else ""))
        doubtful = claims[claims["status"] == "discrepancy"]
        if len(doubtful):
            shown_doubtful = doubtful if rep.detailed else doubtful.sort_values("n_sources", ascending=False,
                                                                                kind="stable").head(rep.top_n)
            items = "".join(f"<li>{conflict_text(rep, row, sources)} Why only possible: "
                            f"{esc(str(row['reason']))}. Sources: {claim_values_html(rep, row['claim_id'], sources)}</li>"
                            for _, row in shown_doubtful.iterrows())
            note = rows_note(len(shown_doubtful), len(doubtful), "discrepancy", "data/claims.csv",
                             "with the most sources")
            parts.append(f"<h3>Possible discrepancies to check</h3><ol>{items}</ol>" + (f"<p>{note}</p>" if note else ""))
        order = {status: n for n, status in enumerate(STATUS_WORDS)}
        ledger = claims[claims["status"] != "single"].copy()
        ledger["order"] = ledger["status"].map(order)
        ledger = ledger.sort_values(["order", "entity", "metric", "period"], kind="stable")
        n_compared = len(ledger)
        if not rep.detailed:
            ledger = toplists.top_claims(ledger, rep.top_n)
        if len(ledger):
            from newsreport.claims.vocabulary import load_vocabulary
            from newsreport.claims.wording import measure_name

            vocabulary = load_vocabulary()
            quoted = rep.table("claim_sources")  # claims whose values are dates: events, named by their type
            dated = set(quoted.loc[quoted["kind"] == "date", "claim_id"]) if "kind" in quoted else set(ledger["claim_id"])
            shown = pd.DataFrame({"Status": ledger["status"], "Entity": ledger["entity"],
                                  "Measure": [measure_name(m, vocabulary, c in dated) for m, c in
                                              zip(ledger["metric"], ledger["claim_id"])],
                                  "Scope": ledger["scope"].astype(object).fillna("").astype(str) if "scope" in ledger else "",
                                  "Period": ledger["period"].astype(object).fillna("").astype(str).replace("", "not stated"),
                                  "Sources": ledger["n_sources"], "Values as reported": ledger["values"]},
                                 index=ledger.index)
            parts.append(rep.exhibit(
                shown, "Claim ledger: claims reported by more than one source or at more than one time, conflicts first.",
                "claim_ledger", cells={
                    "Status": lambda r: f"<span class='status-{esc(r['Status'])}'>{esc(r['Status'])}</span>",
                    "Values as reported": lambda r: claim_values_html(rep, ledger.loc[r.name, "claim_id"], sources)},
                note=rows_note(len(ledger), n_compared, "claim", "data/claims.csv",
                               f"with the most sources (at most {rep.top_n} per status)") + " "
                + "All claims, including single-source ones: data/claims.csv; their quotes: data/claim_sources.csv."))
        parts.append(rep.chart("user_numbers", "Reported user numbers over time, by measure; each point labelled with "
                               + ("its source." if colour_per_document(rep) else "how many sources report it."),
                               "Line and point chart of reported user counts over time, one line per measure."))
    events = rep.table("events")
    if events.empty:
        parts.append(missing("dated events"))
    else:
        dated = events.sort_values(["date", "doc", "start"], kind="stable")
        relative = dated["date_basis"].isin(["resolved-from-publication", "resolved-from-context",
                                             "resolved-from-corpus"])
        from_corpus = int((dated["date_basis"] == "resolved-from-corpus").sum())
        how = (f"; {plural(int(relative.sum()), 'date')} written relatively (such as “yesterday”) "
               f"{'was' if int(relative.sum()) == 1 else 'were'} resolved against the article's publication date, "
               f"or its own dates when it has none" if relative.any() else "")
        how += (f" ({from_corpus:,} of them, in undated articles, against the corpus's publication dates)"
                if from_corpus else "")
        parts.append(f"<h3>Timeline</h3><p>The articles date {plural(len(dated), 'event')} between "
                     f"{esc(dated['date'].iloc[0])} and {esc(dated['date'].iloc[-1])}, including each dated "
                     f"article's publication date{how}. Events are typed from the vocabulary in "
                     f"<code>config/metrics.yaml</code>; a date of no listed type is an “other dated event”.</p>")
        parts.append(rep.chart("timeline", "Timeline of dated events, " + ("coloured by source." if colour_per_document(rep)
                                                                      else "marker area by number of sources."),
                               "Timeline chart with events as labelled points along a date axis, coloured by source document."))
        if not rep.detailed:
            parts.append(toplists.top_events_table(rep, dated))
            return "\n".join(parts)
        shown = pd.DataFrame({"Date": dated["date"], "Event": dated["label"].fillna(""),
                              "Source": [f"S{rep.doc_number(d)}" for d in dated["doc"]],
                              "Date basis": dated["date_basis"].fillna(""), "Quote": dated["quote"]}, index=dated.index)
        parts.append(rep.exhibit(shown, "Dated events in the order they happened.", "events", cells={
            "Source": lambda r: rep.source_ref(dated.loc[r.name, "doc"]),
            "Quote": lambda r: cite_row(rep, dated.loc[r.name])}))
    return "\n".join(parts)
