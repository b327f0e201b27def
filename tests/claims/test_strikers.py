"""People who join, stage or take part in a strike are strikers (config `strikers`), never new users of
anything: "4,000 people joined the strike" is no sign-up. Stories of our own: a power network's engineers,
a hospital's nurses, a carmaker's plant workers."""

import pytest

from claims_fixtures import story_claims


def article(title: str, body: str) -> str:
    return f"---\ntitle: {title}\nsource: Outlet (invented)\npublished: 2026-06-02\n---\n{body}\n"


@pytest.mark.parametrize("title, body", [
    ("Voltra Grid engineers strike", "Voltra Grid runs the national power network. The union said 4,000 people joined "
     "the strike on Monday."),
    ("Nurses walk out at Saint Anne's", "Saint Anne's Hospital is the city's largest. About 900 nurses joined the "
     "walkout, their union said."),
    ("Strike at Kestrel Motors", "Kestrel Motors builds vans in Leeds. Some 2,500 workers joined the stoppage on "
     "Tuesday."),
])
def test_people_joining_a_strike_are_strikers_not_new_users(tmp_path, title, body):
    claims = story_claims(tmp_path, {"a.md": article(title, body)})
    metrics = set(claims.metric)
    assert not any(m.startswith("new_") for m in metrics) and any(m.startswith("strikers") for m in metrics), metrics


@pytest.mark.parametrize("first, second", [
    ("About 4,000 Voltra Grid engineers went on strike on Monday.", "Some 6,000 Voltra Grid engineers walked out on Monday."),
    ("About 900 nurses at Saint Anne's Hospital went on strike on Monday.",
     "Some 1,400 nurses at Saint Anne's Hospital walked out on Monday."),
    ("About 2,500 Kestrel Motors workers went on strike on Tuesday.", "Some 4,000 Kestrel Motors workers walked out on Tuesday."),
])
def test_strikers_counted_two_ways_conflict(tmp_path, first, second):
    claims = story_claims(tmp_path, {"a.md": article("Strike", first), "b.md": article("Strike", second)})
    rows = claims[claims.metric.str.startswith("strikers")]
    assert list(rows.status) == ["conflict"], claims[["entity", "metric", "period", "status", "values"]].to_string()


@pytest.mark.parametrize("body", [
    "Stepper is a fitness app. Its users walked 2 billion steps in 2025, the company said.",
    "Trailhead runs the national park's app. Visitors walked 3 million miles on its trails last year.",
    "The charity's walkers walked 40,000 kilometres in May, the charity said.",
])
def test_distance_walked_is_no_strike(tmp_path, body):
    claims = story_claims(tmp_path, {"a.md": article("Walking", body)})
    assert not any(m.startswith("strikers") for m in claims.metric), set(claims.metric)


@pytest.mark.parametrize("first, second", [
    ("About 1,500 of the 2,000 nurses employed by Kellow Health at Riverside Hospital walked out on Monday, "
     "their union said.", "Some 600 Kellow Health nurses stopped work on Monday, the hospital group said."),
    ("Some 3,000 drivers employed by the bus operator Transvale went on strike on Friday, the union said.",
     "About 1,200 Transvale drivers downed tools on Friday, the company said."),
    ("About 700 of the 900 engineers employed by Voltra Grid at its Ashby control room walked off the job on "
     "Tuesday.", "About 300 Voltra Grid engineers stopped work on Tuesday, the company said."),
])
def test_stopped_work_counts_strikers_of_the_employer_named_after_employed_by(tmp_path, first, second):
    # people who stop work or down tools are strikers; "workers employed by X at a site" are X's, not the site's
    claims = story_claims(tmp_path, {"a.md": article("Strike", first), "b.md": article("Strike", second)})
    rows = claims[claims.metric.str.startswith("strikers")]
    assert list(rows.status) == ["conflict"], claims[["entity", "metric", "period", "status", "values"]].to_string()
