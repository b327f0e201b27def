"""A change an article leaves undated takes the one period the same article gives that measure: a data release states
its month once and then breaks it down ("Canada added 46,000 jobs in October ... Ontario added 31,000 jobs"), so the
breakdown conflicts with another article's dated figure (claims/article_periods.py). An article that gives the
measure for two periods dates nothing this way. Stories of our own: two jobs reports, a carmaker's deliveries."""

import pytest

from claims_fixtures import table, two_outlets


@pytest.mark.parametrize("first, second", [
    ("Canada's economy added 46,000 jobs in October, Statistics Canada said. Ontario added 31,000 jobs.",
     "Ontario gained 13,000 positions in October, according to the jobs report."),
    ("Britain's factories added 12,000 jobs in May, the survey said. Wales added 3,000 jobs.",
     "Wales gained 1,000 jobs in May, the survey said."),
    ("Carvo's deliveries fell by 20,000 cars in March, the company said. Its deliveries in China fell by 9,000 cars.",
     "Carvo's deliveries in China fell by 4,000 cars in March."),
])
def test_a_breakdown_takes_its_articles_period(tmp_path, first, second):
    claims = two_outlets(tmp_path, first, second, published="2026-11-09")
    assert "conflict" in set(claims.status), table(claims)


def test_two_periods_in_the_article_date_nothing(tmp_path):
    claims = two_outlets(tmp_path, "Canada added 46,000 jobs in October, after it added 12,000 jobs in September. "
                                   "Ontario added 31,000 jobs.", "Ontario gained 13,000 positions in October, according to the jobs report.",
                         published="2026-11-09")
    assert "conflict" not in set(claims.status), table(claims)
