"""Figures that look like one measure but are not, kept apart so they never conflict: a part of the
staff named after "including", earnings per share beside net income, a strike at a rival named in a
possessive, youth unemployment or core inflation beside the headline rate. Stories of our own."""

import pytest

from claims_fixtures import story_claims


def article(body: str) -> str:
    return f"---\ntitle: Business news\nsource: Outlet (invented)\npublished: 2025-01-15\n---\n{body}\n"


@pytest.mark.parametrize("first, second", [
    ("Kivo employs 5,000 people, including 2,000 engineers.", "Kivo has 5,100 employees."),
    ("Harlo has 12,000 staff, including 3,000 in sales.", "Harlo employs about 12,000 people."),
    ("Lumen Bank employs 9,000 people, such as 4,000 tellers.", "Lumen Bank has 9,100 employees."),
    ("Kivo's earnings per share were $1.20 in 2024.", "Kivo's net income was $300 million in 2024."),
    ("Quell earned $2.10 a share in 2024.", "Quell's 2024 earnings came to $900 million."),
    ("Marlow Bank's net profit was £800 million, or 45p a share, in 2024.", "Marlow Bank earned £810 million in 2024."),
    ("Workers at Kivo went on strike on Jan. 5.", "Workers at Kivo's rival Pell went on strike on Jan. 9."),
    ("Pilots at Pelion Air walked out on Jan. 6.", "Pilots at Pelion Air's partner Skyra walked out on Jan. 8."),
    ("Unemployment in Ostra fell to 5% in December.", "Youth unemployment in Ostra was 14% in December."),
    ("Inflation in Ostra was 3% in December.", "Core inflation in Ostra was 2.1% in December."),
    ("Nordland's jobless rate was 4% in December.", "Unemployment among young people in Nordland was 11% in December."),
])
def test_look_alikes_never_conflict(tmp_path, first, second):
    claims = story_claims(tmp_path, {"a.md": article(first), "b.md": article(second)}, partial=True)
    assert not set(claims.status) & {"conflict", "discrepancy"}, \
        claims[["entity", "metric", "period", "status", "values"]].to_string()


def test_the_whole_rate_still_agrees_with_itself(tmp_path):
    claims = story_claims(tmp_path, {"a.md": article("Unemployment in Ostra fell to 5% in December."),
                                     "b.md": article("Ostra's unemployment rate was 5% in December.")})
    assert list(claims.status) == ["agreement"], claims[["entity", "metric", "status", "values"]].to_string()


@pytest.mark.parametrize("text, value, thing", [
    ("Pova said users sent 41 billion messages on its app in 2024.", "41 billion", "messages"),
    ("Pova's users watched 2 billion videos in 2024.", "2 billion", "videos"),
    ("Pova users posted 10 million photos a day.", "10 million", "photos_per_day"),
])
def test_things_people_made_are_counted_as_the_things_not_the_people(tmp_path, text, value, thing):
    claims = story_claims(tmp_path, {"a.md": article(text), "b.md": article("Pova has 45 million users.")})
    assert set(claims[claims["values"].str.contains(value)].metric) == {thing}, \
        claims[["entity", "metric", "values"]].to_string()
