"""One figure keyed alike across wordings of its period, place and counted noun: a quarter named by
its months ("the April-to-June quarter", "the three months to June") is that quarter; a place that
is the owner itself ("the jobless rate in Nordland") is no scope; "paid subscriptions" are "paying
subscribers". Stories of our own: a retailer, a carmaker, a chipmaker; two countries; streaming."""

import datetime

import pytest

from claims_fixtures import story_claims
from newsreport.figures.quarters import months_quarter


def article(title: str, published: str, body: str) -> str:
    return f"---\ntitle: {title}\nsource: Outlet (invented)\npublished: {published}\n---\n{body}\n"


@pytest.mark.parametrize("text, published, period", [
    ("sales in the April-to-June quarter", datetime.date(2025, 8, 3), "2025-Q2"),
    ("revenue for the July-September quarter", datetime.date(2025, 5, 3), "2024-Q3"),  # Q3 2025 has not begun
    ("in the three months to December", datetime.date(2025, 2, 1), "2024-Q4"),
    ("in the quarter ended Sept. 30, 2023", datetime.date(2025, 2, 1), "2023-Q3"),
    ("in the three months ending in March", datetime.date(2025, 4, 20), "2025-Q1"),
])
def test_a_quarter_named_by_its_months_is_that_quarter(text, published, period):
    assert months_quarter(text, published) == period


@pytest.mark.parametrize("text", ["in the three months to May", "the May-to-June quarter", "from April to June"])
def test_months_that_are_no_calendar_quarter_name_none(text):
    assert months_quarter(text, datetime.date(2025, 8, 3)) == ""


@pytest.mark.parametrize("first, second", [
    ("Orvel reported revenue of $3.1 billion for the second quarter.",
     "The retailer Orvel said its sales in the April-to-June quarter were $3.1 billion."),
    ("Carmaker Velden's second-quarter revenue was $8 billion.", "Velden made $8.1 billion in revenue in the three months to June."),
    ("Quell's third-quarter revenue reached $5 billion.", "Quell's revenue in the quarter ended Sept. 30 was $5.1 billion."),
])
def test_a_quarter_written_two_ways_is_one_period(tmp_path, first, second):
    claims = story_claims(tmp_path, {"a.md": article("One", "2025-10-28", first),
                                     "b.md": article("Two", "2025-10-29", second)})
    assert list(claims.status) == ["agreement"], claims[["entity", "metric", "period", "status", "values"]].to_string()


@pytest.mark.parametrize("first, second", [
    ("Nordland's unemployment rate fell to 5.1% in April.", "The jobless rate in Nordland dropped to 5.1% in April."),
    ("Inflation in Ostra rose to 3.2% in May.", "Ostra's inflation rate was 3.2% in May."),
    ("Lenvia's unemployment rate was 7% in March.", "Unemployment in Lenvia stood at 7.1% in March."),
])
def test_a_place_that_is_the_owner_is_no_scope(tmp_path, first, second):
    claims = story_claims(tmp_path, {"a.md": article("One", "2025-06-02", first),
                                     "b.md": article("Two", "2025-06-03", second)})
    assert list(claims.status) == ["agreement"] and set(claims.scope) == {""}, \
        claims[["entity", "metric", "scope", "status", "values"]].to_string()


def test_a_place_that_is_not_the_owner_stays_its_scope(tmp_path):
    claims = story_claims(tmp_path, {"a.md": article("One", "2025-06-02", "Calyx has 32 million users in Brazil.")})
    assert set(claims.scope) == {"Brazil"}


@pytest.mark.parametrize("first, second", [
    ("Quell has 12 million paying subscribers.", "Quell counts 12.2 million paid subscriptions."),
    ("The newspaper Daily Orb has 900,000 paid subscriptions.", "Daily Orb has 910,000 paying subscribers."),
])
def test_paid_subscriptions_are_paying_subscribers(tmp_path, first, second):
    claims = story_claims(tmp_path, {"a.md": article("One", "2025-06-02", first),
                                     "b.md": article("Two", "2025-06-03", second)})
    assert "agreement" in set(claims.status), claims[["entity", "metric", "status", "values"]].to_string()


@pytest.mark.parametrize("first, second", [
    ("Inflation in Ostra rose to 3.2% in May.", "Ostra's annual inflation was 3.2% in May."),
    ("Nordland's annual inflation rate eased to 2.1% in March.", "Inflation in Nordland was 2.1% in March."),
])
def test_an_annual_rate_is_the_rate_itself(tmp_path, first, second):
    claims = story_claims(tmp_path, {"a.md": article("Prices", "2025-06-02", first),
                                     "b.md": article("Prices", "2025-06-03", second)})
    assert list(claims.status) == ["agreement"], claims[["entity", "metric", "status", "values"]].to_string()


@pytest.mark.parametrize("first, second", [
    ("Pova had 45 million monthly active users at the end of 2024.", "Pova's monthly active users reached 45 million last year."),
    ("Calyx had 12 million users in December 2024.", "Calyx had about 12.5 million users in 2024."),
    ("Quell ended 2024 with 3 million daily active users, up from 2 million.", "Quell had 3 million daily active users in 2024."),
])
def test_a_user_count_of_a_year_agrees_with_the_same_count_at_its_end(tmp_path, first, second):
    claims = story_claims(tmp_path, {"a.md": article("One", "2025-03-10", first),
                                     "b.md": article("Two", "2025-03-11", second)})
    assert "agreement" in set(claims.status), claims[["entity", "metric", "period", "status", "values"]].to_string()


@pytest.mark.parametrize("first, second", [
    ("Pova had 45 million users at the end of 2024.", "Pova had 30 million users in 2024."),  # another level: a series
    ("Pova was downloaded 5 million times in December 2024.", "Pova was downloaded 30 million times in 2024."),  # a sum
    ("Kestra's revenue was $300 million in December 2024.", "Kestra's revenue was $3 billion in 2024."),
])
def test_a_year_joins_its_end_only_for_a_user_count_that_matches(tmp_path, first, second):
    claims = story_claims(tmp_path, {"a.md": article("One", "2025-03-10", first),
                                     "b.md": article("Two", "2025-03-11", second)})
    assert len(set(claims.period)) == 2 and not set(claims.status) & {"conflict", "discrepancy", "agreement"}, \
        claims[["entity", "metric", "period", "status", "values"]].to_string()


@pytest.mark.parametrize("now, before", [
    ("Orla has 20 million users, the company said on Monday.", "Orla had 12 million users a year ago."),
    ("Kivo employs 5,000 people.", "Kivo employed 3,000 people two years ago."),
    ("Pova's app has 8 million downloads.", "Pova's app had 2 million downloads three months ago."),
])
def test_a_level_some_time_ago_is_dated_back_and_never_set_against_the_level_now(tmp_path, now, before):
    claims = story_claims(tmp_path, {"a.md": article("One", "2025-01-14", now),
                                     "b.md": article("Two", "2025-01-14", before)})
    assert not set(claims.status) & {"conflict", "discrepancy"}, \
        claims[["entity", "metric", "period", "status", "values"]].to_string()
