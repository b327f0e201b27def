"""Three months that make a calendar quarter, told as a window ("between April and June"), are that
quarter, as "the April-to-June quarter" and "in April, May and June" are (figures/quarters.months_quarter); a span that
is no quarter ("between March and May") is none. A sum "for the full year" in an article that names one quarter
is the year's, not the quarter's (claims/figure_period.ANNUAL). Stories of our own: a container carrier, a phone
maker, a hotel group, an airline."""

from datetime import date

import pytest

from claims_fixtures import article, story_claims
from newsreport.figures.quarters import months_quarter

COLUMNS = ["entity", "metric", "period", "status", "values"]


@pytest.mark.parametrize("text, quarter", [
    ("moved about 2.7 million TEU between April and June, according to a consultancy", "2027-Q2"),
    ("shipped 3 million phones between July and September", "2027-Q3"),
    ("sales rose 4% from April to June", ""),  # a change between two months, no window
    ("its hotels sold 1.2 million room nights between January and March 2026", "2026-Q1"),
    ("between March and May", ""),
    # the three months listed
    ("the carmaker delivered 112,000 cars in July, August and September", "2027-Q3"),
    ("the park drew 2 million visitors in April, May, and June 2026", "2026-Q2"),
    ("the bank approved 40,000 loans in October, November and December", "2027-Q4"),  # begun by publication
    ("in May, June and July", ""),  # no quarter
])
def test_a_span_of_a_quarter_s_months_is_that_quarter(text, quarter):
    assert months_quarter(text, date(2027, 10, 20)) == quarter


def test_a_span_and_a_named_quarter_are_compared(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Carrier volumes", "2027-08-05", "Norvik Line moved 3.2 million TEU in the second quarter.", outlet="Wire"),
        "b.md": article("Carrier volumes", "2027-08-06", "Norvik Line moved about 2.7 million TEU between April and June, "
                        "according to a tally by the consultancy Portwise.", outlet="Paper")})
    assert "conflict" in set(claims.status), claims[COLUMNS].to_string()


def test_a_full_year_sum_is_not_the_quarter_its_article_names(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Airline results", "2027-02-20", "Skyra carried 7.5 million passengers between October and December, "
                        "and its net income for the full year reached €310 million.", outlet="Wire"),
        "b.md": article("Airline results", "2027-02-20", "Skyra's fourth-quarter net profit was €84 million.", outlet="Paper")})
    assert not claims.status.isin(["conflict", "discrepancy", "agreement"]).any(), claims[COLUMNS].to_string()
