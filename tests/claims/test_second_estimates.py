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


@pytest.mark.parametrize("body, change, level", [
    ("Ren Kato's net worth jumped $3 billion to $24 billion on Monday.", "up $3 billion", "$24 billion"),
    ("Tolva's revenue fell $200 million to $1.1 billion in 2024.", "down $200 million", "$1.1 billion"),
    ("Pinto's valuation rose $500 million to $4 billion after the round.", "up $500 million", "$4 billion"),
])
def test_a_sum_a_measure_changed_by_is_not_its_level(tmp_path, body, change, level):
    claims = story_claims(tmp_path, {"a.md": article(body)})
    changed, reached = claims[claims["values"] == change], claims[claims["values"] == level]
    assert len(changed) == len(reached) == 1 and changed.metric.iloc[0] != reached.metric.iloc[0], \
        claims[["entity", "metric", "values"]].to_string()


@pytest.mark.parametrize("body", [
    "Pinto is a photo app. By Wednesday, the app had climbed to No. 1 on the App Store, Sensor Tower said.",
    "Pinto is a photo app. The app now has 40 million users, Appfigures said.",
])
def test_a_source_quoted_after_the_clause_is_not_what_the_app_refers_to(tmp_path, body):
    claims = story_claims(tmp_path, {"a.md": article(body)})
    assert set(claims.entity) == {"Pinto"}, claims[["entity", "metric", "values"]].to_string()


@pytest.mark.parametrize("title, body, owner", [
    ("Inside Brightly's advertising push", "The app's monthly user base has grown to about 40 million, Brightly told reporters.", "Brightly"),
    ("Chipmaker beats estimates", "The chipmaker's second-quarter sales came to $8.1 billion, Quell reported.", "Quell"),
    ("Pinto's return", "The app was dark for 5 hours before it returned.", "Pinto"),
])
def test_the_reporter_after_the_clause_owns_it_when_it_is_what_the_article_is_about(tmp_path, title, body, owner):
    text = f"---\ntitle: {title}\nsource: Outlet (invented)\npublished: 2025-01-17\n---\n{body}\n"
    claims = story_claims(tmp_path, {"a.md": text})
    assert set(claims.entity) == {owner}, claims[["entity", "metric", "values"]].to_string()


def test_a_person_with_a_title_is_the_person_named_in_full(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Lina Ortiz, the retail heiress, is worth $12 billion, according to the Meridian List."),
        "b.md": article("Ms Ortiz has a fortune of about $12.5 billion."),
        "c.md": article("Dr Ortiz's net worth is $7 billion, the Corbel Index estimates."),
    })
    rows = claims[claims.metric == "net_worth"]
    assert list(rows.entity) == ["Lina Ortiz"] and rows.status.iloc[0] == "conflict", claims[["entity", "values"]]
