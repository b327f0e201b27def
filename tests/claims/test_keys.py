"""Claim keys read from sentence structure, on sentences written for these tests in the shapes that
misled the ledger on unseen articles (issue 13): an earlier level beside the current one, another
company's figure in the same sentence, an indefinite "one", funding next to revenue, US against
worldwide counts, a year that dates another clause, pronouns, and the same event on two days.
Each rule is shown in more than one source; figures rows are built by hand (tests/claims_fixtures.py),
so these tests hold whatever the figures extractor does."""

import pytest

from claims_fixtures import shapes_corpus, shapes_figures  # noqa: F401
from newsreport.claims.ledger import build_ledger
from newsreport.claims.mentions import claim_mentions


@pytest.fixture(scope="module")
def corpus(shapes_corpus):
    return shapes_corpus


@pytest.fixture(scope="module")
def figures(shapes_figures):
    return shapes_figures


@pytest.fixture(scope="module")
def mentions(corpus, figures):
    return claim_mentions(figures, corpus)


@pytest.fixture(scope="module")
def ledger(corpus, figures):
    return build_ledger(figures, corpus)


def mention(mentions, doc, quote):
    rows = mentions[mentions.doc.str.startswith(doc) & (mentions.quote == quote)]
    assert len(rows) == 1, f"{doc} {quote!r} not one mention in\n{mentions[['doc', 'quote', 'entity', 'metric']]}"
    return rows.iloc[0]


def absent(mentions, doc, quote):
    return mentions[mentions.doc.str.startswith(doc) & (mentions.quote == quote)].empty


def test_an_earlier_level_in_the_same_sentence_is_never_a_conflict(ledger):
    # "grew to 2.3 million ..., up from about 1.4 million the week before" (a_wire),
    # "rose to 410,000 in February, up from 250,000 in January" (b_daily), "12,000, up from 9,000" (c_blog)
    counts = ledger.claims[~ledger.claims.metric.str.startswith("app_ranking")]
    assert not set(counts.status) & {"conflict", "discrepancy"}


def test_earlier_level_with_its_own_period_is_a_series_point(mentions):
    earlier, current = mention(mentions, "b_daily", "250,000"), mention(mentions, "b_daily", "410,000")
    assert (earlier.period, current.period) == ("2025-01", "2025-02")
    assert earlier.entity == current.entity == "Pictor"


def test_earlier_level_without_a_date_makes_no_claim_of_its_own(mentions):
    assert absent(mentions, "a_wire", "about 1.4 million") and absent(mentions, "c_blog", "9,000")


def test_another_companys_figure_in_the_sentence_keeps_its_own_owner(mentions):
    assert mention(mentions, "a_wire", "9 million").entity == "Streamly"  # "while rival Streamly had 9 million"
    assert mention(mentions, "a_wire", "2.3 million").entity == "Loopa"
    assert mention(mentions, "d_radio", "2.5 million").entity == "Loopa"  # "Unlike Streamly, Loopa had ..."


def test_an_indefinite_one_and_a_vague_magnitude_make_no_claim(mentions):
    # "One reader wrote in", "One user told us", "Millions of people use Loopa"
    assert absent(mentions, "a_wire", "One") and absent(mentions, "b_daily", "One")
    assert absent(mentions, "d_radio", "Millions")


def test_funding_raised_is_not_revenue(mentions):
    assert mention(mentions, "a_wire", "$700 million").metric == "funding"
    assert mention(mentions, "b_daily", "$120 million").metric == "revenue"


def test_us_and_worldwide_counts_are_different_scopes(mentions):
    assert mention(mentions, "b_daily", "40 million").scope == "US"  # "In the US, Loopa has 40 million users"
    assert mention(mentions, "a_wire", "over 300 million").scope == "global"  # "... users worldwide"


def test_daily_monthly_and_unlabelled_users_are_different_measures(mentions):
    assert mention(mentions, "b_daily", "20 million").metric == "daily_active_users"
    assert mention(mentions, "d_radio", "60 million").metric == "monthly_active_users"
    assert mention(mentions, "b_daily", "40 million").metric == "users"


def test_a_year_dating_another_clause_is_not_the_figures_period(mentions):
    # "Loopa, launched in 2013, now has over 300 million users"; "Founded in 2015, Pictor now employs 800"
    assert mention(mentions, "a_wire", "over 300 million").period == ""
    assert mention(mentions, "c_blog", "800").period == ""
    assert mention(mentions, "c_blog", "600").period == "2023"  # "In 2023, Pictor employed 600 people"


def test_it_is_the_entity_named_before(mentions):
    # "Pictor was created in Oslo. It now has 5,000 partner venues."
    venues = mention(mentions, "c_blog", "5,000")
    assert venues.entity == "Pictor" and venues.metric == "partner_venues"


def test_the_same_event_on_two_days_is_a_conflict(ledger):
    # a_wire "reached No. 1 on Apple's App Store on March 2", b_daily "topped Apple's App Store on March 4"
    ranking = ledger.claims[ledger.claims.metric == "app_ranking: the App Store"]
    assert len(ranking) == 1 and ranking.iloc[0].entity == "Loopa" and ranking.iloc[0].status == "conflict"
    assert "March 2" in ranking.iloc[0].explanation and "March 4" in ranking.iloc[0].explanation


def test_an_event_day_read_with_doubt_is_only_a_possible_discrepancy(corpus, figures):
    # without b_daily, what disagrees with March 2 is c_blog's "remained the top app ... on March 5",
    # a state that went on, not the day it began
    doubtful = figures[~((figures.doc.str.startswith("b_daily")) & (figures.quote == "March 4"))]
    claims = build_ledger(doubtful, corpus).claims
    ranking = claims[claims.metric == "app_ranking: the App Store"].iloc[0]
    assert ranking.status == "discrepancy" and "state went on" in ranking.reason
