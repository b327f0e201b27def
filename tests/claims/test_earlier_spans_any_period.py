"""An earlier level told as a span back ("up from 51 million a year earlier", "down from 3.4% the previous
month") is dated by its figure's own period less the span, whatever that period is (a month, a quarter, a
year, not only a day): the two make a series, never a conflict, and the earlier level agrees with another
article's value for that period. Stories of our own: a streamer's subscribers, a country's inflation, an
airline's passengers."""

import pytest

from claims_fixtures import story_claims


def article(body: str) -> str:
    return f"---\ntitle: The figures\nsource: Outlet (invented)\npublished: 2026-10-20\n---\n{body}\n"


@pytest.mark.parametrize("entity, sentence, earlier, other", [
    ("Lumeo", "Lumeo said its subscriber base stood at 55 million at the end of September, up from 51 million a year "
     "earlier.", "2025-09", "Lumeo had 51 million subscribers in September 2025."),
    ("Spain", "Inflation in Spain was 3.1% in May, down from 3.4% the previous month, the statistics office said.",
     "2026-04", "Spain's inflation rate was 3.4% in April 2026."),
    ("Ostravia", "Ostravia carried 2.1 million passengers in the third quarter, up from 1.8 million a year earlier.",
     "2025-Q3", "Ostravia carried 1.8 million passengers in the third quarter of 2025."),
])
def test_an_earlier_level_a_span_back_makes_a_series_and_agrees_with_its_period(tmp_path, entity, sentence, earlier, other):
    claims = story_claims(tmp_path, {"a.md": article(sentence), "b.md": article(other)})
    rows = claims[claims.entity == entity]
    shown = rows[["entity", "metric", "period", "status", "series", "values"]].to_string()
    assert "conflict" not in set(rows.status) and rows.series.all(), shown
    assert list(rows[rows.period == earlier].status) == ["agreement"], shown
