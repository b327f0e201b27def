"""Figure extraction: the seed articles' figures, read as a human reads them, and robustness."""

from datetime import date

import pandas as pd
import pytest
from hypothesis import given, settings, strategies as st

from newsreport.figures.gold import match_gold, score_against_gold
from newsreport.figures.extractor import KINDS, QUALIFIERS, TABLE_COLUMNS, Figure, extract, figures_table
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


def test_no_figure_outside_the_gold_list(seed_figures):
    scores = score_against_gold(seed_figures, GOLD).set_index("kind")
    assert scores.loc["all", "gold"] == len(read_csv(GOLD))
    assert scores.loc["all", "extra"] == 0 and scores.loc["all", "f1"] == 1.0


# ---- not figures

@pytest.mark.parametrize("text", [
    "Trailing closely behind were TikTok's own photo-sharing app, Lemon8, and OpenAI's ChatGPT.",
    "Published: Jan. 16, 2025  2:19 a.m.  GMT+8",
    "00:00\n00:00/00:00\nListen to this article 1x",
    "the topic #TikTok Refugee on Xiaohongshu",
    "during the Covid-19 pandemic",
    "1. First point\n2. Second point",
    "One user described the current atmosphere on the platform as lively.",
])
def test_names_and_chrome_are_not_counted(text):
    numbers = [f for f in extract(text, date(2025, 1, 16)) if f.kind != "date"]
    assert numbers == [], numbers


def test_seed_chrome_yields_no_figures(seed_figures, seed_corpus):
    caixin = seed_corpus.by_id("003_bfb1782506840f65")
    chrome_quotes = set(seed_figures[seed_figures.doc == caixin.doc].quote)
    assert not chrome_quotes & {"00:00", "1x", "30 seconds", "8"}


# ---- the other examples

def test_indian_digit_grouping():
    figure = extract("the number had been less than 7,00,000 the day before")[0]
    assert (figure.value, figure.qualifier) == (700000, "less_than")


def test_number_words_and_fractions():
    three = extract("nearly three million Americans signed up")[0]
    assert (three.value, three.qualifier, three.unit) == (3e6, "approx", "Americans")
    third = extract("a third of the users left")[0]
    assert third.kind == "ratio" and abs(third.value - 1 / 3) < 1e-9


def test_ranges_and_falls():
    span = extract("shares could rise 5 to 10 million")[0]
    assert (span.low, span.high, span.qualifier) == (5e6, 10e6, "range")
    fell = extract("Revenue fell 2.1% last quarter.")[0]
    assert (fell.value, fell.direction, fell.kind) == (2.1, "down", "percent")


def test_no_1_is_a_rank():
    assert extract("It became the No. 1 free app.")[0].kind == "rank"


def test_dates_without_publication_stay_unresolved():
    figure = extract("Yesterday the app topped the charts.")[0]
    assert figure.kind == "date" and figure.date == ""


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


# ---- robustness

@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789 ,.-%$£٣１２\u00a0\u2009abcmkMBnoe\n"
                                             "JanuaryFridaytopNo.")) , max_size=200)
       | st.text(max_size=200))
def test_extract_never_raises_and_spans_match(text):
    for figure in extract(text, date(2025, 1, 14)):
        assert isinstance(figure, Figure)
        assert 0 <= figure.start < figure.end <= len(text)
        assert figure.quote == text[figure.start:figure.end]


def test_extract_handles_empty_long_and_unicode_digits():
    assert extract("") == []
    long_text = "Over 15,000 staff, including 5,000 moderators. " * 4000
    assert len(extract(long_text)) == 8000
    arabic = extract("about ٣ million users")
    assert arabic and arabic[0].value == 3e6
    fullwidth = extract("１２ percent of users")
    assert fullwidth and fullwidth[0].value == 12
    assert extract("over\u00a015,000\u2009staff")[0].value == 15000
