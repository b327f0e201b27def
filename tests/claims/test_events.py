"""Dated events for the timeline: dates in the text labelled with what happened, relative dates
flagged, and each document's publication date (stated or inferred)."""

import matplotlib
import pytest

from claims_fixtures import other_figures_table, seed_figures_table  # noqa: F401
from newsreport.charts import save_chart
from newsreport.claims.charts import timeline_chart, user_numbers_chart
from newsreport.claims.ledger import build_ledger
from newsreport.claims.events import events_table, key_dates, main_months


@pytest.fixture(scope="module")
def seed_events(seed_corpus, seed_figures_table):
    return events_table(seed_figures_table, seed_corpus)


def event(events, doc_prefix, quote):
    rows = events[events.doc.str.startswith(doc_prefix) & (events.quote == quote)
                  & (events.date_basis != "publication")]
    assert len(rows) == 1, f"no single event {doc_prefix} {quote!r} in\n{events}"
    return rows.iloc[0]


def test_ban_deadline_january_19_and_inauguration_january_20(seed_events):
    # 000: "the US will order it to shut down on January 19" / "his inauguration date is January 20"
    assert event(seed_events, "000", "January 19").event_type == "ban_takes_effect"
    assert event(seed_events, "000", "January 20").event_type == "inauguration"


def test_last_friday_is_the_court_hearing_resolved_from_an_inferred_publication_date(seed_events):
    hearing = event(seed_events, "000", "Last Friday")
    assert hearing.event_type == "hearing" and hearing.date == "2025-01-10"
    assert hearing.date_basis == "resolved-from-publication" and bool(hearing.inferred)


def test_app_store_and_google_play_rankings_are_separate_events(seed_events):
    assert event(seed_events, "003", "January 11").event_type == "app_ranking"
    assert event(seed_events, "003", "January 14").event_type == "app_ranking"
    assert event(seed_events, "001", "January 13").event_type == "app_ranking"


def test_a_shares_hitting_the_daily_limit_is_a_stock_move(seed_events):
    assert event(seed_events, "002", "January 14").event_type == "stock_move"


def test_every_document_has_its_publication_date_with_inferred_flag(seed_events, seed_corpus):
    published = seed_events[seed_events.date_basis == "publication"]
    assert len(published) == len(seed_corpus.documents)
    caixin = published[published.doc.str.startswith("003")].iloc[0]
    assert caixin.date == "2025-01-16" and not caixin.inferred  # "Published: Jan. 16, 2025"
    assert "Published: Jan. 16, 2025" in " ".join(caixin.quote.split())
    assert bool(published[published.doc.str.startswith("001")].iloc[0].inferred)


def test_dateline_is_not_repeated_as_an_event(seed_events):
    # 001 opens "January 14, 2025 – In a significant shift ..." — that is its publication date
    from_001 = seed_events[seed_events.doc.str.startswith("001")]
    assert list(from_001.date_basis).count("publication") == 1
    assert "January 14, 2025" not in set(from_001[from_001.date_basis != "publication"].quote)


def test_event_quotes_are_the_text_at_their_offsets(seed_events, seed_corpus):
    for row in seed_events.dropna(subset=["start"]).itertuples():
        assert seed_corpus.by_id(row.doc).text[row.start:row.end] == row.quote


def test_key_dates_include_deadline_inauguration_and_twice_reported_day(seed_events):
    marked = set(key_dates(seed_events).date)
    assert {"2025-01-19", "2025-01-20", "2025-01-13"} <= marked  # Jan 13 is reported by 000 and 001


def test_seed_events_cluster_in_january_2025(seed_events):
    assert main_months(seed_events) == ["2025-01"]


def test_other_corpus_has_publication_dates_and_the_investigation(other_corpus, other_figures_table):
    events = events_table(other_figures_table, other_corpus)
    assert set(events[events.date_basis == "publication"].date) == {"2025-05-14", "2025-04-02", "2025-05-20"}
    opened = event(events, "br_ifood", "On Wednesday")  # "CADE opened an investigation into ... iFood"
    assert opened.event_type == "investigation" and opened.label == "Investigation or regulatory action"


@pytest.mark.parametrize("which", ["seed", "other"])
def test_charts_are_saved_with_their_data(which, tmp_path, request):
    corpus = request.getfixturevalue(f"{which}_corpus")
    figures = request.getfixturevalue(f"{which}_figures_table")
    events = events_table(figures, corpus)
    ledger = build_ledger(figures, corpus)
    figure, data = timeline_chart(events, corpus)
    assert isinstance(figure, matplotlib.figure.Figure)
    assert save_chart(figure, "timeline", tmp_path, data).exists()
    assert set(data.doc) <= {d.doc for d in corpus.documents} and len(data) >= 3
    figure, data = user_numbers_chart(ledger.sources, events, corpus)
    assert save_chart(figure, "user_numbers", tmp_path, data).exists()
    assert {m.split(" (")[0] for m in data.metric} <= {"monthly_active_users", "daily_active_users", "users"}
    assert len(data) >= 3
