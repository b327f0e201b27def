"""A level a company gave "in its last quarterly report" is the level at the end of the quarter that report covers:
an article of November is compared with another's "at the end of September", not dated by its own month. Stories of
our own: a streaming service, a bank, a gym chain; not a quarter's revenue, nor a quarter nobody else gives."""

import pytest

from claims_fixtures import article, rows_of, story_claims


def two_articles(tmp_path, first: str, second: str):
    return story_claims(tmp_path, {"a.md": article("One", "2026-11-04", first, outlet="Wire"),
                                   "b.md": article("Two", "2026-11-05", second, outlet="Paper")})


def table(claims) -> str:
    return claims[["entity", "metric", "scope", "period", "status", "values"]].to_string()


@pytest.mark.parametrize("first, second, value", [
    ("Tellyhub has 48 million subscribers worldwide, it reported in its last quarterly filing.",
     "Tellyhub said its global subscriber base stood at 55 million at the end of September.", "48 million"),
    ("Harwick Bank had 7.1 million customers, according to its latest quarterly results.",
     "Harwick Bank had 6.2 million customers at the end of September, the regulator said.", "7.1 million"),
    ("Pulse Gyms counts 2.4 million members, it said in its most recent earnings report.",
     "Pulse Gyms had 1.9 million members at the end of September.", "2.4 million"),
])
def test_a_level_from_the_last_quarterly_report_is_the_quarter_ends(tmp_path, first, second, value):
    claims = two_articles(tmp_path, first, second)
    assert list(rows_of(claims, value).period) == ["2026-09"] and list(rows_of(claims, value).status) == ["conflict"], \
        table(claims)


@pytest.mark.parametrize("first, second, value", [
    # a quarter's revenue is dated as quarters are, not moved to a month
    ("Tellyhub's revenue was $2.1 billion, the company said in its last quarterly report.",
     "Tellyhub had revenue of $2.6 billion in September.", "$2.1 billion"),
    # no other source gives a quarter's end: the report's quarter is not guessed
    ("Harwick Bank had 7.1 million customers, according to its latest quarterly results.",
     "Harwick Bank had 6.2 million customers in October, the regulator said.", "7.1 million"),
])
def test_a_quarters_sum_or_an_unmatched_quarter_is_not_dated_by_the_report(tmp_path, first, second, value):
    claims = two_articles(tmp_path, first, second)
    assert "2026-09" not in set(rows_of(claims, value).period) and "conflict" not in set(claims.status), table(claims)
