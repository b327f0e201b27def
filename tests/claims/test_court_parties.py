"""A court's ruling belongs to what it ruled on, also when the ruling is told as a clause ("ruled on
Thursday that the Vidlo ban could go ahead"), and "the app" or "the company" in the next sentence is
never the court or the lawmakers the sentence before named. Stories of our own: an app ban, a merger,
a drug approval."""

import pytest

from claims_fixtures import story_claims


def article(title: str, published: str, body: str) -> str:
    return f"---\ntitle: {title}\nsource: Outlet (invented)\npublished: {published}\n---\n{body}\n"


@pytest.mark.parametrize("name, published, one, other", [
    ("Vidlo", ("2025-03-03", "2025-03-04"), "A court in Norvia upheld the government's ban on the video app Vidlo on Friday, Feb. 28.",
     "Norvia's Supreme Court ruled on Thursday that the Vidlo ban could go ahead."),
    ("Kestrel", ("2025-03-04", "2025-03-05"), "A judge ruled against the Kestrel merger on Monday, March 3.",
     "The Delmar court ruled on Tuesday that the Kestrel merger could not proceed."),
    ("Pellamed", ("2025-05-08", "2025-05-08"), "A federal court ruled against Pellamed on May 6.",
     "The appeals court ruled on May 7 that the Pellamed patent was invalid."),
])
def test_a_ruling_told_as_a_clause_is_the_partys(tmp_path, name, published, one, other):
    claims = story_claims(tmp_path, {"a.md": article(f"{name} loses in court", published[0], one),
                                     "b.md": article(f"Court rules on {name}", published[1], other)})
    rulings = claims[claims.metric == "ruling"]
    assert set(rulings.entity) == {name} and "conflict" in set(rulings.status), \
        claims[["entity", "metric", "status", "values"]].to_string()


@pytest.mark.parametrize("name, court, app", [
    ("Vidlo", "Norvia's Supreme Court ruled on Thursday that the Vidlo ban could go ahead.",
     "The app counts about 4.3 million Norvian users."),
    ("Kestrel", "The Delmar court blocked the Kestrel merger on Tuesday.",
     "The company employs 12,000 people."),
    ("Loma", "Lawmakers in Tessaly voted on Monday to ban Loma.", "The app has 2 million users in Tessaly."),
])
def test_the_app_is_never_the_court_or_the_lawmakers_named_before(tmp_path, name, court, app):
    claims = story_claims(tmp_path, {"a.md": article(f"{name} in court", "2025-05-08", f"{court} {app}")})
    counted = claims[claims.metric.isin(["users", "staff"])]
    assert set(counted.entity) == {name}, claims[["entity", "metric", "values"]].to_string()
