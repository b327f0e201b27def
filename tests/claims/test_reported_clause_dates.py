"""A date phrase hanging from the counted noun dates its figure even when the whole clause is what
someone said ("Dravik's workforce of about 9,000 at the end of last year will shrink by 1,200 jobs,
the company said"): the clause the sentence's reporting verb governs is not another clause below the
noun. Stories of our own."""

import pytest

from claims_fixtures import story_claims


def article(body: str) -> dict[str, str]:
    return {"01_outlet.md": f"---\ntitle: Story\nsource: Outlet (invented)\npublished: 2026-01-20\n---\n{body}\n"}


@pytest.mark.parametrize("body, quote, period", [
    ("Dravik's workforce of about 9,000 at the end of last year will shrink by 1,200 jobs, the company said.",
     "9,000", "2025-12"),
    ("Velto's revenue of $2 billion in 2024 was a record, the company said.", "$2 billion", "2024"),
    ("Harbin Rail's fleet of 310 trains in March 2025 needs replacing, the operator said.", "310", "2025-03"),
])
def test_a_date_of_the_counted_noun_dates_the_figure_inside_reported_speech(tmp_path, body, quote, period):
    claims = story_claims(tmp_path, article(body), partial=True)
    row = claims[claims["values"].str.contains(quote, regex=False)]
    assert list(row.period) == [period], claims[["entity", "metric", "period", "values"]].to_string()
