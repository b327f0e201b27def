"""Wordings found on a probe story of our own (an Indian mobile operator's month, told by a business daily, a wire
and an explainer), each shown on stories of several kinds:
- an average revenue per user ("ARPU rose to Rs 212", "average revenue per user of $11.20") is no revenue: it never
  meets the company's revenue;
- a price, tariff or rate raised ("raised prepaid tariffs by 15%") is no money raised;
- "12 crore 5G users, out of the roughly 29 crore 5G subscribers in India": "5G" is one word (split, its 5 counted
  the users) and the whole after "out of" is nobody's count."""

import pytest

from claims_fixtures import article, story_claims


@pytest.mark.parametrize("first, second", [
    ("Vyom's average revenue per user (ARPU) rose to Rs 212 in the April-June quarter.",
     "Vyom's revenue rose to Rs 28,400 crore in the April-June quarter."),
    ("Streamly's average revenue per member was $11.20 in the third quarter, the company said.",
     "Streamly's revenue was $9.8 billion in the third quarter, the company said."),
    ("Kestrel Mobile's ARPU climbed to 38 euros in 2026.", "Kestrel Mobile's revenue climbed to 4.1 billion euros in 2026."),
])
def test_a_revenue_per_user_never_meets_the_revenue(tmp_path, first, second):
    claims = story_claims(tmp_path, {"a.md": article("Quarter", "2027-07-20", first, "Wire"),
                                     "b.md": article("Results", "2027-07-21", second, "Daily")})
    assert not set(claims.status) & {"conflict", "discrepancy"} and "revenue_per_user" in set(claims.metric), \
        claims[["entity", "metric", "period", "status", "values"]].to_string()


@pytest.mark.parametrize("sentence", [
    "Vyom Telecom raised prepaid tariffs by 15% on July 3, its first increase in two years.",
    "The airline raised fares by 8% on its domestic routes in March.",
    "The utility raised its rates by 12% from January, the regulator said.",
])
def test_a_price_raised_is_no_money_raised(tmp_path, sentence):
    claims = story_claims(tmp_path, {"a.md": article("Prices", "2027-07-20", sentence, "Wire")})
    assert not claims.metric.str.startswith("funding").any(), claims[["entity", "metric", "values"]].to_string()


@pytest.mark.parametrize("first, second", [
    ("Vyom now has more than 12 crore 5G users, out of the roughly 29 crore 5G subscribers in India.",
     "Vyom has about 120 million 5G users in India, the company said."),
    ("Pellar has 2 million customers, out of the 9 million broadband homes in Ostravia.",
     "In Ostravia, Pellar has about 2 million customers."),
    ("Kestrel Air flew 30 million passengers, out of the 95 million who used Spanish airports last year.",
     "Kestrel Air flew 30 million passengers last year, the airline said."),
])
def test_the_whole_after_out_of_is_nobody_s_count(tmp_path, first, second):
    claims = story_claims(tmp_path, {"a.md": article("Share", "2027-07-22", first, "Wire"),
                                     "b.md": article("Users", "2027-07-22", second, "Daily")})
    assert not set(claims.status) & {"conflict", "discrepancy"} and not claims["values"].str.contains(
        "290 million|9 million|95 million").any(), claims[["entity", "metric", "scope", "status", "values"]].to_string()
