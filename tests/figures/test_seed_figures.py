"""The seed articles' figures, read as a human reads them, against the hand-checked gold."""

import pytest

from newsreport.figures.gold import column_differences, match_gold, score_against_gold
from newsreport.figures.extractor import KINDS, QUALIFIERS, TABLE_COLUMNS, figures_table
from newsreport.tables import read_csv

from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / "gold" / "seed_figures.csv"


@pytest.fixture(scope="module")
def seed_figures(seed_corpus):
    return figures_table(seed_corpus)


def rows(table, doc_prefix, quote):
    found = table[table.doc.str.startswith(doc_prefix) & (table.quote == quote)]
    assert not found.empty, f"{quote!r} not found in {doc_prefix}"
    return found


def first(table, doc_prefix, quote):
    return rows(table, doc_prefix, quote).iloc[0]


# ---- seed facts a reader can check in the articles

def test_320_million_monthly_active_users_by_mid_2024(seed_figures):
    row = first(seed_figures, "000", "320 million monthly active users")
    assert row.kind == "count" and row.value == 320e6 and row.unit == "users"
    assert "Xiaohongshu" in row.subject and "monthly active users" in row.subject
    assert row.period == "2024-06"


def test_nearly_2_4_million_discussions_is_approx(seed_figures):
    row = first(seed_figures, "002", "nearly 2.4 million discussions")
    assert (row.value, row.qualifier, row.unit) == (2.4e6, "approx", "discussions")


def test_over_94_6_million_is_more_than(seed_figures):
    row = first(seed_figures, "002", "over 94.6 million interactions")
    assert (row.value, row.qualifier) == (94.6e6, "more_than")


def test_exceed_1_billion_in_2024_is_money_more_than(seed_figures):
    row = first(seed_figures, "002", "exceed $1 billion")
    assert (row.kind, row.value, row.unit, row.qualifier, row.period) == ("money", 1e9, "USD", "more_than", "2024")


def test_percent_shares_of_users(seed_figures):
    female = first(seed_figures, "000", "70%")
    assert (female.kind, female.value, female.unit) == ("percent", 70, "%")
    assert "female" in female.subject
    assert first(seed_figures, "000", "50%").value == 50
    assert first(seed_figures, "000", "35%").value == 35


def test_about_170_million_americans_using_tiktok(seed_figures):
    row = first(seed_figures, "002", "about 170 million Americans")
    assert (row.value, row.qualifier, row.unit) == (170e6, "approx", "Americans")
    assert row.subject == "Americans using TikTok"


def test_grow_by_20_percent_goes_up(seed_figures):
    row = first(seed_figures, "002", "20%")
    assert (row.direction, row.period) == ("up", "2023")
    assert "monthly active users" in row.subject


def test_double_its_profits_is_a_multiple(seed_figures):
    row = first(seed_figures, "002", "double")
    assert (row.kind, row.value) == ("multiple", 2)


def test_ranks_in_the_app_store(seed_figures):
    assert first(seed_figures, "001", "number one spot").value == 1
    assert first(seed_figures, "000", "second overall").value == 2
    assert first(seed_figures, "000", "top").kind == "rank"
    assert first(seed_figures, "002", "second").kind == "rank"


def test_dates_resolved_with_the_publication_year(seed_figures):
    assert first(seed_figures, "000", "January 19").date == "2025-01-19"
    assert first(seed_figures, "001", "January 13").date == "2025-01-13"
    assert first(seed_figures, "003", "Jan. 16, 2025").date == "2025-01-16"


def test_relative_dates_count_back_from_publication(seed_figures):
    # seeds/manifest.csv: 000 published 2025-01-14 (a Tuesday)
    assert first(seed_figures, "000", "Yesterday").date == "2025-01-13"
    assert first(seed_figures, "000", "Last Friday").date == "2025-01-10"


def test_staff_and_moderators(seed_figures):
    staff = first(seed_figures, "003", "over 15,000 staff")
    assert (staff.value, staff.qualifier, staff.unit) == (15000, "more_than", "staff")
    assert first(seed_figures, "003", "5,000 moderators").value == 5000
    assert first(seed_figures, "003", "15,000 staff").qualifier == "exact"


def test_user_history_with_periods(seed_figures):
    assert first(seed_figures, "002", "50 million").period == "2021-06"
    assert first(seed_figures, "002", "300 million").period == "2023"
    founded = first(seed_figures, "002", "2013")
    assert (founded.kind, founded.date) == ("year", "2013")


def test_every_gold_figure_is_found(seed_figures):
    gold = read_csv(GOLD)
    matched = match_gold(seed_figures, gold)
    missing = [(row.doc[:3], row.quote, row.kind) for row in gold[matched.isna()].itertuples()]
    assert not missing, missing


def test_every_gold_column_agrees(seed_figures, seed_corpus):
    gold = read_csv(GOLD)
    months = {d.doc: d.published.strftime("%Y-%m") for d in seed_corpus.documents if d.published}
    differences = column_differences(seed_figures, gold, months)
    assert differences.empty, differences.to_string()


def test_no_figure_outside_the_gold_list(seed_figures):
    scores = score_against_gold(seed_figures, GOLD).set_index("kind")
    assert scores.loc["all", "gold"] == len(read_csv(GOLD))
    assert scores.loc["all", "extra"] == 0 and scores.loc["all", "f1"] == 1.0

def test_seed_chrome_yields_no_figures(seed_figures, seed_corpus):
    caixin = seed_corpus.by_id("003_bfb1782506840f65")
    chrome_quotes = set(seed_figures[seed_figures.doc == caixin.doc].quote)
    assert not chrome_quotes & {"00:00", "1x", "30 seconds", "8"}


def test_table_has_the_documented_columns(seed_figures):
    assert list(seed_figures.columns) == TABLE_COLUMNS
    assert set(seed_figures.kind) <= set(KINDS)
    assert set(seed_figures.qualifier) <= set(QUALIFIERS)
    assert seed_figures.sentence_id.notna().all()


def test_other_corpus_figures(other_corpus):
    table = figures_table(other_corpus)
    temu = table[table.quote.str.startswith("92 million")]
    assert not temu.empty and temu.iloc[0].period == "2024"
    assert (table.quote == "More than 90 million people").any()
