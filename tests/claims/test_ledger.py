"""The claim ledger groups figures from different articles and says where they agree, conflict or
form a series. Figures tables are built by hand from real seed text (tests/claims_fixtures.py)."""

import pandas as pd
import pytest

from claims_fixtures import FIGURE_COLUMNS, figure_row, other_figures_table, seed_figures_table  # noqa: F401
from newsreport.claims.ledger import build_ledger
from newsreport.claims.intervals import compatible, value_interval
from newsreport.claims.vocabulary import load_vocabulary

TOLERANCE = load_vocabulary().tolerance


def mention(value, qualifier="exact", kind="count"):
    return {"kind": kind, "value": value, "low": None, "high": None, "qualifier": qualifier, "date": ""}


def claim(ledger, entity, metric, period=""):
    rows = ledger.claims[(ledger.claims.entity == entity) & (ledger.claims.metric == metric)
                         & (ledger.claims.period == period) & (ledger.claims.part_of == "")]  # not an agreement drawn from it
    assert len(rows) == 1, f"expected one claim {entity}/{metric}/{period!r}, got\n{ledger.claims}"
    return rows.iloc[0]


@pytest.fixture(scope="module")
def seed_ledger(seed_corpus, seed_figures_table):
    return build_ledger(seed_figures_table, seed_corpus)


@pytest.fixture(scope="module")
def other_ledger(other_corpus, other_figures_table):
    return build_ledger(other_figures_table, other_corpus)


def test_over_100_million_agrees_with_120_million():
    assert compatible(mention(100e6, "more_than"), mention(120e6), TOLERANCE)


def test_about_45_million_conflicts_with_108_million():
    assert not compatible(mention(45e6, "approx"), mention(108e6), TOLERANCE)


def test_about_allows_ten_percent_either_way():
    low, high = value_interval(mention(45e6, "approx"), TOLERANCE)
    assert low == pytest.approx(40.5e6) and high == pytest.approx(49.5e6)


def test_over_15000_does_not_agree_with_5000():
    assert not compatible(mention(15000, "more_than"), mention(5000), TOLERANCE)


def test_app_store_number_one_date_is_a_conflict_between_001_and_sensor_tower(seed_ledger):
    rank = claim(seed_ledger, "Xiaohongshu", "app_ranking: the App Store")
    assert rank.status == "conflict"
    sources = seed_ledger.sources[seed_ledger.sources.claim_id == rank.claim_id]
    dates = dict(zip(sources.doc.str[:3], sources.date))
    assert dates["001"] == "2025-01-13"  # "On January 13, Xiaohongshu ... number one spot on Apple’s App Store"
    assert dates["003"] == "2025-01-11"  # Sensor Tower: "top position on the U.S. Apple App Store ... on January 11"
    assert "Sensor Tower" in set(sources.cited)
    assert "001 says January 13" in rank.explanation and "003 (citing Sensor Tower) says January 11" in rank.explanation


def test_yesterday_in_000_counts_as_resolved_from_publication(seed_ledger):
    sources = seed_ledger.sources
    yesterday = sources[(sources.doc.str.startswith("000")) & (sources.quote == "Yesterday")].iloc[0]
    assert yesterday.date_basis == "resolved-from-publication"
    assert "Yesterday" in claim(seed_ledger, "Xiaohongshu", "app_ranking: the App Store").explanation


def test_google_play_first_place_is_a_separate_claim(seed_ledger):
    play = claim(seed_ledger, "Xiaohongshu", "app_ranking: Google Play")
    assert play.status == "single" and "January 14" in play["values"]


def test_content_moderation_staff_15000_vs_5000_is_a_conflict(seed_ledger):
    moderation = claim(seed_ledger, "Xiaohongshu", "content_moderation_staff")
    assert moderation.status == "conflict"
    quotes = seed_ledger.sources[seed_ledger.sources.claim_id == moderation.claim_id].context
    assert any("including 5,000 moderators" in q for q in quotes)
    assert any("employs 15,000 staff for content moderation" in q for q in quotes)


def test_total_staff_over_15000_is_not_the_moderation_claim(seed_ledger):
    assert claim(seed_ledger, "Xiaohongshu", "staff")["values"] == "over 15,000"


def test_monthly_active_users_300_and_320_million_are_a_series(seed_ledger):
    mau_2023 = claim(seed_ledger, "Xiaohongshu", "monthly_active_users", "2023")
    mau_2024 = claim(seed_ledger, "Xiaohongshu", "monthly_active_users", "2024-06")
    assert (mau_2023.status, mau_2024.status) == ("series", "series")
    assert "300 million" in mau_2023["values"] and "320 million" in mau_2024["values"]
    assert "300 million" in mau_2024.series and "320 million" in mau_2023.series


def test_daily_active_users_form_a_series_2021_2022_2024(seed_ledger):
    dau = seed_ledger.claims[(seed_ledger.claims.entity == "Xiaohongshu")
                             & (seed_ledger.claims.metric == "daily_active_users")]
    assert dict(zip(dau.period, dau["values"])) == {
        "2021-06": "50 million", "2022": "over 100 million", "2024-06": "120 million"}
    assert set(dau.status) == {"series"}


def test_the_following_year_is_counted_from_the_previous_sentence(seed_ledger):
    # 002: "In June 2021, ... reached 50 million ... The following year, daily active users surpassed 100 million."
    assert claim(seed_ledger, "Xiaohongshu", "daily_active_users", "2022").n_sources == 1


def test_mau_growth_of_20_percent_is_not_mixed_with_user_counts(seed_ledger):
    growth = claim(seed_ledger, "Xiaohongshu", "monthly_active_users_growth", "2023")
    assert growth["values"] == "up 20%"


def test_shares_without_metric_change_are_left_out(seed_ledger):
    # "70% of its users are female" is a share, not a claim about user numbers
    assert "70%" not in set(seed_ledger.sources.quote)


def test_conflicts_come_first(seed_ledger):
    statuses = list(seed_ledger.claims.status)
    assert statuses[:2] == ["conflict", "conflict"]
    assert statuses == sorted(statuses, key=["conflict", "agreement", "series", "single"].index)


def test_every_source_quote_is_the_text_at_its_offsets(seed_ledger, seed_corpus):
    for row in seed_ledger.sources.itertuples():
        assert seed_corpus.by_id(row.doc).text[row.start:row.end] == row.quote


def test_other_corpus_ifood_2024_users_agree(other_ledger):
    # "iFood had 55 million monthly active users in Brazil in 2024" / "More than 50 million people in
    # Brazil used iFood every month in 2024": the counted people are the subject, iFood the object
    ifood = claim(other_ledger, "iFood", "monthly_active_users", "2024")
    assert ifood.status == "agreement" and ifood.scope == "Brazil"
    assert set(ifood.docs.split("; ")) == {"br_ifood_front", "delivery_roundup"}


def test_other_corpus_rappi_march_users_conflict(other_ledger):
    # "Rappi said it had about 30 million ...": "it" is Rappi, named earlier in the sentence
    rappi = claim(other_ledger, "Rappi", "monthly_active_users", "2025-03")
    assert rappi.status == "conflict" and rappi.scope == "Latin America"
    assert "about 30 million" in rappi.explanation and "12 million" in rappi.explanation


def test_other_corpus_ifood_2023_to_2024_is_a_series(other_ledger):
    ifood_2023 = claim(other_ledger, "iFood", "monthly_active_users", "2023")
    assert ifood_2023.status == "series"
    assert "48 million" in ifood_2023.series and "55 million" in ifood_2023.series


def test_figure_without_metric_words_is_left_out(seed_corpus):
    figures = pd.DataFrame([figure_row(seed_corpus, "001", "January 14, 2025", kind="date", date="2025-01-14")],
                           columns=FIGURE_COLUMNS)
    assert build_ledger(figures, seed_corpus).claims.empty


def test_empty_figures_table_gives_empty_ledger(seed_corpus):
    ledger = build_ledger(pd.DataFrame(columns=FIGURE_COLUMNS), seed_corpus)
    assert ledger.claims.empty and ledger.sources.empty
    assert "status" in ledger.claims.columns


@pytest.fixture(scope="module")
def extracted_ledgers(seed_corpus, other_corpus):
    """Ledgers from the real figures extractor (the CLI path), for seeds and the other corpus."""
    figures = pytest.importorskip("newsreport.figures.extractor")
    return {name: build_ledger(figures.figures_table(corpus), corpus)
            for name, corpus in (("seeds", seed_corpus), ("other", other_corpus))}


def test_extracted_seed_figures_flag_both_conflicts_and_both_series(extracted_ledgers):
    ledger = extracted_ledgers["seeds"]
    assert claim(ledger, "Xiaohongshu", "app_ranking: the App Store").status == "conflict"
    assert claim(ledger, "Xiaohongshu", "content_moderation_staff").status == "conflict"
    for metric, periods in (("monthly_active_users", ["2023", "2024-06"]),
                            ("daily_active_users", ["2021-06", "2022", "2024-06"])):
        assert [claim(ledger, "Xiaohongshu", metric, p).status for p in periods] == ["series"] * len(periods)


def test_extracted_other_corpus_agreement_conflict_series(extracted_ledgers):
    ledger = extracted_ledgers["other"]
    assert claim(ledger, "iFood", "monthly_active_users", "2024").status == "agreement"
    assert claim(ledger, "Rappi", "monthly_active_users", "2025-03").status == "conflict"
    assert claim(ledger, "iFood", "monthly_active_users", "2023").status == "series"


def test_all_compatible_answers_for_every_pair_at_once():
    # one pass gives what checking every pair gives, for values, money in two currencies and days
    import itertools
    import random

    from newsreport.claims.intervals import all_compatible

    rng = random.Random(7)
    qualifiers = ["exact", "approx", "more_than", "less_than", "at_least", "at_most"]
    for _ in range(300):
        group = [dict(mention(rng.choice([90e6, 100e6, 104e6, 120e6, 170e6]), rng.choice(qualifiers)),
                      unit=rng.choice(["users", "USD"])) for _ in range(rng.randint(1, 6))]
        pairwise = all(compatible(a, b, TOLERANCE) for a, b in itertools.combinations(group, 2))
        assert all_compatible(group, TOLERANCE) == pairwise
    days = [{"kind": "date", "unit": "date", "date": d} for d in ("2025-01", "2025-01-13", "2025")]
    assert all_compatible(days, TOLERANCE)
    assert not all_compatible(days + [{"kind": "date", "unit": "date", "date": "2025-01-14"}], TOLERANCE)
    euros = dict(mention(5e6), kind="money", unit="EUR")
    assert all_compatible([dict(mention(1e6), kind="money", unit="USD"), euros], TOLERANCE)  # never compared
