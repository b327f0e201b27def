"""Two measures news reports often give twice: a government's budget deficit as a share of its economy ("a deficit of
4.8% of GDP"; config `budget_deficit`, never a trade or current-account deficit) and a prison term a court gave ("sentenced
to 12 years", "jailed for 15 years"; config `prison_sentence`, never the time someone spent in prison). Stories of our
own: two budgets, a fraud trial, a corruption case."""

import pytest

from claims_fixtures import table, two_outlets


@pytest.mark.parametrize("first, second", [
    ("Ostmark's budget deficit reached 4.8% of GDP in 2025, the finance ministry said.",
     "Ostmark ran a deficit of 3.9% of GDP last year, the statistics office said."),
    ("Tessaly's fiscal deficit came in at 6.1% of GDP in 2025, the treasury said.",
     "Tessaly's budget deficit was 5.2% of GDP in 2025, the central bank said."),
])
def test_a_budget_deficit_told_twice_conflicts(tmp_path, first, second):
    claims = two_outlets(tmp_path, first, second, published="2026-03-10")
    assert "conflict" in set(claims[claims.metric == "budget_deficit"].status), table(claims)


def test_a_trade_deficit_is_no_budget_deficit(tmp_path):
    claims = two_outlets(tmp_path, "Brevland's trade deficit widened to 3.1% of GDP in 2025.",
                         "Brevland's budget deficit was 5.2% of GDP in 2025.", published="2026-03-10")
    assert "conflict" not in set(claims.status), table(claims)


@pytest.mark.parametrize("first, second", [
    ("Judge Mara Wells sentenced Tom Brisk to 12 years in prison on Monday.", "Tom Brisk was jailed for 15 years on Monday."),
    ("A court sentenced Ivo Marsh to eight years in prison for fraud on Friday.",
     "Ivo Marsh was given a five-year prison sentence for fraud on Friday."),
])
def test_two_prison_terms_are_compared(tmp_path, first, second):
    claims = two_outlets(tmp_path, first, second)
    terms = claims[claims.metric == "prison_sentence"]
    assert len(terms) == 1 and set(terms.status) & {"conflict", "discrepancy"}, table(claims)


def test_time_spent_in_prison_is_no_sentence(tmp_path):
    claims = two_outlets(tmp_path, "He spent 3 years in prison before the appeal.", "The appeal took 2 years.")
    assert "prison_sentence" not in set(claims.metric), table(claims)
