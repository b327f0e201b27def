"""A level told in reported speech with its present put in the past ("a spokeswoman said the platform had 4.8
million monthly users") is the level when it was said: matching no period other sources give, it is dated by its
article's publication month as "now has" would be, a point of the series (`periods.backshifted`); matching one,
it joins it as before. Stories of our own: a social app, a bank, a streamer."""

import pytest

from claims_fixtures import story_claims


def article(body: str, published: str) -> str:
    return f"---\ntitle: Numbers\nsource: Outlet (invented)\npublished: {published}\n---\n{body}\n"


@pytest.mark.parametrize("earlier, said", [
    ("Chirpa had 5.3 million monthly users in Brazil in June, the company says.",
     "A spokeswoman said Chirpa had 4.8 million monthly users in Brazil."),
    ("Pennabank had 2.4 million customers in Wales in March.", "Pennabank said it had about 2.9 million customers in Wales."),
    ("Streamora had 9.1 million subscribers in Canada in April.",
     "Its chief executive told investors that Streamora had more than 10 million subscribers in Canada."),
])
def test_a_level_said_in_the_past_tense_is_a_point_of_the_series_now(tmp_path, earlier, said):
    claims = story_claims(tmp_path, {"a.md": article(earlier, "2026-09-20"), "b.md": article(said, "2026-09-23")})
    assert "2026-09" in set(claims.period) and claims.series.astype(bool).sum() >= 2, \
        claims[["entity", "metric", "scope", "period", "status", "series", "values"]].to_string()


@pytest.mark.parametrize("earlier, said", [
    ("Chirpa had 4.8 million monthly users in Brazil in June, the company says.",
     "A spokeswoman said Chirpa had 4.8 million monthly users in Brazil."),
    ("Pennabank had 2.9 million customers in Wales in March.", "Pennabank said it had about 2.9 million customers in Wales."),
])
def test_a_level_said_in_the_past_tense_still_joins_a_period_it_matches(tmp_path, earlier, said):
    claims = story_claims(tmp_path, {"a.md": article(earlier, "2026-09-20"), "b.md": article(said, "2026-09-23")})
    assert "agreement" in set(claims.status), claims[["entity", "metric", "period", "status", "values"]].to_string()
