"""What happened to things no config measure names keys them apart, whatever synonym the article uses:
flights delayed are not flights cancelled ("scrapped", "axed", "had ... cancelled"), cars recalled are not
cars sold, and "the recall covers 90,000 vehicles" counts vehicles recalled as "is recalling 120,000
vehicles" does."""

import pytest

from claims_fixtures import article, story_claims


@pytest.mark.parametrize("first, second", [
    ("A further 3,400 flights were delayed, the carrier Norda said.", "The airline Norda scrapped 1,900 flights, a consumer group said."),
    ("About 800 trains were delayed by the storm, the operator Railo said.", "Railo cancelled 300 trains on the day, the union said."),
    ("The port of Velm said 40 sailings were postponed.", "The port of Velm axed 25 sailings on Tuesday, the ferry firm said."),
])
def test_things_delayed_and_things_cancelled_are_two_measures(tmp_path, first, second):
    claims = story_claims(tmp_path, {"a.md": article("Delays", "2026-06-26", first, "Wire"),
                                     "b.md": article("Cancellations", "2026-06-26", second, "Daily")})
    assert "conflict" not in set(claims.status), claims[["entity", "metric", "status", "values"]].to_string()


@pytest.mark.parametrize("first, second", [
    ("The airline Norda cancelled about 1,200 flights on Friday.", "The airline Norda had about 1,200 flights cancelled on Friday."),
    ("Railo scrapped 300 trains on Tuesday, the operator said.", "Railo cancelled 300 trains on Tuesday, a union said."),
    ("The carmaker Tavora is recalling about 120,000 vehicles worldwide.", "Tavora's global recall covers roughly 120,000 vehicles."),
])
def test_one_outcome_in_other_words_is_one_measure(tmp_path, first, second):
    claims = story_claims(tmp_path, {"a.md": article("One", "2026-06-26", first, "Wire"),
                                     "b.md": article("Two", "2026-06-26", second, "Daily")})
    agreed = claims[claims.status == "agreement"]
    assert len(agreed) == 1 and claims.metric.str.contains("recall|cancelled").any(), \
        claims[["entity", "metric", "status", "values"]].to_string()


@pytest.mark.parametrize("first, second", [
    ("The carmaker Tavora is recalling about 120,000 vehicles.", "The carmaker Tavora sold 90,000 vehicles in May."),
    ("The retailer Brisk closed 120 stores this year.", "The retailer Brisk has 400 stores across the country."),
])
def test_things_recalled_or_closed_are_not_all_the_things(tmp_path, first, second):
    claims = story_claims(tmp_path, {"a.md": article("Recall", "2026-06-26", first, "Wire"),
                                     "b.md": article("Sales", "2026-06-26", second, "Daily")})
    assert "conflict" not in set(claims.status) and "agreement" not in set(claims.status), \
        claims[["entity", "metric", "status", "values"]].to_string()
