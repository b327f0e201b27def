"""A second source's value for the quantity the sentence before states ("Appfigures said it was
downloaded 1.6 million times. Sensor Tower put the figure at 2.9 million"): the placeholder takes
that quantity's owner and measure with full confidence, so two estimators that disagree are a
conflict, not a possible discrepancy; a placeholder without an estimator's words stays doubtful.
Stories of our own."""

import pytest

from claims_fixtures import story_claims


def article(body: str) -> str:
    return f"---\ntitle: Pinto counts\nsource: Outlet (invented)\npublished: 2025-01-17\n---\n{body}\n"


@pytest.mark.parametrize("body, first, second", [
    ("Pinto was downloaded 1.6 million times in the US last week, Appfigures said. "
     "Sensor Tower put the figure at 2.9 million.", "1.6 million", "2.9 million"),
    ("Velto had 40 million monthly active users in March, the company said. "
     "Data firm Similarmetric estimates the number at about 25 million.", "40 million", "about 25 million"),
    ("Ada Quenby has a net worth of $14 billion, according to the Meridian List. "
     "The Corbel Index pegs the figure at $9 billion.", "$14 billion", "$9 billion"),
])
def test_a_second_estimator_s_value_for_the_figure_before_conflicts_with_it(tmp_path, body, first, second):
    claims = story_claims(tmp_path, {"a.md": article(body)})
    row = claims[claims["values"].str.contains(second.replace("about ", ""), regex=False)]
    assert list(row.status) == ["conflict"] and first in row["values"].iloc[0], claims[["entity", "metric", "values"]]


def test_a_placeholder_without_an_estimator_s_words_is_only_a_possible_discrepancy(tmp_path):
    claims = story_claims(tmp_path, {"a.md": article(
        "Pinto was downloaded 1.6 million times in the US last week, Appfigures said. The figure was 2.9 million a week later.")})
    assert "conflict" not in set(claims.status)
