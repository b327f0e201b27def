"""A founding is not a launch: a company founded in one year may launch its product, or launch it in
another market or language, years later ("founded in 2023" / "launched in English last year" are two
facts, not a conflict), while two first launches, or two foundings, of one thing in different years
conflict. A plain launch year is one of many launches: two of them are only a possible discrepancy."""

import pytest

from claims_fixtures import article, story_claims

SPLIT = [
    ("Lantern, founded in 2023 by a former broadcaster, has about 3 million listeners.",
     "The podcast app Lantern launched in English last year."),
    ("The bakery chain Rusk, founded in 2011, now has 40 shops.",
     "Rusk launched its delivery app in 2019, the chain said."),
    ("Orvel Motors was established in 2002 in Turin.",
     "Orvel Motors launched in the United States in 2018."),
]


@pytest.mark.parametrize("founded, launched", SPLIT)
def test_a_founding_year_and_a_launch_year_are_two_measures(tmp_path, founded, launched):
    claims = story_claims(tmp_path, {"a.md": article("Founded", "2026-05-04", founded, "Wire"),
                                     "b.md": article("Launched", "2026-05-04", launched, "Daily")})
    years = claims[claims.metric.str.contains("year")]
    assert set(years.metric) >= {"founding_year"} and "conflict" not in set(years.status), \
        claims[["entity", "metric", "status", "values"]].to_string()


@pytest.mark.parametrize("first, second", [
    ("The language app Lumo first launched in 2019 in Spain.", "Lumo, which first launched in 2018, has 6 million users."),
    ("The game Stackfall was originally released in 2014 on consoles.", "Stackfall, first released in 2012, sold 9 million copies."),
    ("The ride app Veloz first launched in 2016 in Lima.", "Veloz, which debuted in 2015 in Lima, now runs in 40 cities."),
])
def test_two_first_launches_in_different_years_conflict(tmp_path, first, second):
    claims = story_claims(tmp_path, {"a.md": article("First", "2026-05-04", first, "Wire"),
                                     "b.md": article("Debut", "2026-05-04", second, "Daily")})
    firsts = claims[claims.metric == "year_of_first_launch"]
    assert list(firsts.status) == ["conflict"], claims[["entity", "metric", "status", "values"]].to_string()


@pytest.mark.parametrize("first, second", [
    ("The Sahel Bank was founded in 1998.", "The Sahel Bank, set up in 1996, has 2 million customers."),
    ("Tamsel Foods was founded in 1987 in Leeds.", "Tamsel Foods, established in 1985, makes crisps."),
])
def test_two_founding_years_still_conflict(tmp_path, first, second):
    claims = story_claims(tmp_path, {"a.md": article("Bank", "2026-05-04", first, "Wire"),
                                     "b.md": article("History", "2026-05-04", second, "Daily")})
    founded = claims[claims.metric == "founding_year"]
    assert list(founded.status) == ["conflict"], claims[["entity", "metric", "status", "values"]].to_string()
