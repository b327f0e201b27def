"""Two numbers that look like figures of a measure and are not:
- an age bounding the people counted ("accounts of children under 13", "people over 65", "16-year-olds") is no
  count of them and never joins the count it qualifies;
- a level someone expects or means to reach ("expects to pass 5 million by the end of the year", "aims to reach
  600 stores") is a target, never set against the level reported now."""

import pytest

from claims_fixtures import article, story_claims


@pytest.mark.parametrize("first, second", [
    ("The chat app Voxa removed 1.3 million accounts belonging to children under 13 this year.",
     "Voxa has removed more than a million accounts held by young children this year."),
    ("The health service Medra vaccinated 2.1 million people over 65 in the spring.",
     "Medra gave jabs to more than 2 million older people in the spring."),
    ("The games firm Pixo banned 40,000 players aged 15 from its chat in May.",
     "Pixo banned about 40,000 young players from its chat in May."),
])
def test_an_age_is_no_count_of_the_people_it_bounds(tmp_path, first, second):
    claims = story_claims(tmp_path, {"a.md": article("Ages", "2026-09-16", first, "Wire"),
                                     "b.md": article("Counts", "2026-09-16", second, "Daily")})
    ages = [v for v in claims["values"] if any(a in v for a in ("under 13", "over 65", "; 15", "15;"))]
    assert ages == [] and "conflict" not in set(claims.status), \
        claims[["entity", "metric", "status", "values"]].to_string()


@pytest.mark.parametrize("first, second, target", [
    ("The radio app Lanta has about 3.5 million listeners a month and expects to pass 5 million by the end of the year.",
     "Lanta has about 3.5 million monthly listeners, the company said.", "5 million"),
    ("The grocer Fresca has 420 stores and aims to reach 600 stores by 2028.",
     "Fresca runs 420 stores across the country.", "600"),
    ("Zolt, the scooter firm, has 80,000 scooters and hopes to top 150,000 next year.",
     "Zolt operates 80,000 scooters in 30 cities.", "150,000"),
])
def test_a_target_level_is_not_compared_with_the_level_reported(tmp_path, first, second, target):
    claims = story_claims(tmp_path, {"a.md": article("Target", "2026-05-10", first, "Wire"),
                                     "b.md": article("Now", "2026-05-10", second, "Daily")})
    joined = claims[claims.status.isin(["conflict", "discrepancy", "agreement"])]
    assert all(target not in v.split("; ") for v in joined["values"]) and len(joined) == 1, \
        claims[["entity", "metric", "status", "values"]].to_string()
