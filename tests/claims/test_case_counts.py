"""Cases of an illness are one measure whatever the wording ("146 confirmed cases of measles",
"124 measles cases", "2,310 confirmed infections"), owned by the place counted (a running tally);
suspected cases stay apart from confirmed ones, and a court's cases are no illness. Stories of our
own: measles in a county, dengue in a city, cholera in a province."""

import pytest

from claims_fixtures import story_claims


def article(title: str, published: str, body: str) -> str:
    return f"---\ntitle: {title}\nsource: Outlet (invented)\npublished: {published}\n---\n{body}\n"


@pytest.mark.parametrize("place, first, second, status", [
    ("Ridley County", ("2026-04-15", "Ridley County had 146 confirmed cases of measles on Tuesday, April 14, state officials said."),
     ("2026-04-15", "Ridley County counted 124 measles cases on Tuesday, April 14."), "conflict"),
    ("Puerto Sol", ("2026-08-12", "Puerto Sol recorded 2,300 dengue cases on Monday, Aug. 10."),
     ("2026-08-12", "Puerto Sol had 2,310 confirmed infections on Monday, Aug. 10, the health ministry said."), "agreement"),
    ("Lower Vanta", ("2026-03-03", "Lower Vanta had 812 suspected cholera cases on Sunday, March 1."),
     ("2026-03-04", "Lower Vanta counted 810 suspected cases of cholera on Sunday, March 1."), "agreement"),
])
def test_cases_worded_two_ways_are_one_count(tmp_path, place, first, second, status):
    claims = story_claims(tmp_path, {"a.md": article("Outbreak", *first), "b.md": article("Outbreak", *second)})
    assert list(claims.entity) == [place] and list(claims.status) == [status], \
        claims[["entity", "metric", "period", "status", "values"]].to_string()


def test_suspected_cases_are_not_confirmed_ones(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Outbreak", "2026-03-03", "Lower Vanta had 812 suspected cholera cases on Sunday, March 1."),
        "b.md": article("Outbreak", "2026-03-04", "Lower Vanta counted 640 cases of cholera on Sunday, March 1.")})
    assert "conflict" not in set(claims.status), claims[["entity", "metric", "period", "status", "values"]].to_string()


def test_court_cases_are_no_illness(tmp_path):
    claims = story_claims(tmp_path, {"a.md": article("Suits", "2026-03-03", "Brannock Motors faces 40 court cases in Germany.")})
    assert not set(claims.metric) & {"cases", "suspected_cases"}, claims[["entity", "metric", "values"]].to_string()
