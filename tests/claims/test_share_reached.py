"""Shares of a whole that a programme or a response reached are measures of their own (config `pass_rate`,
`vaccination_rate`): an exam board's pass rate ("a pass rate of 87.3%", "89.1% of students
passed"), a place's vaccination coverage ("vaccination coverage fell to 78%", "78% of children are fully
vaccinated"), (A fire's containment was tried: the parser hangs "was 15% contained" on
the adjective, and most wordings made no claim.) Stories of our own: school
exams, a driving test, a measles outbreak, a flu campaign."""

import pytest

from claims_fixtures import article, story_claims


@pytest.mark.parametrize("first, second, metric, status", [
    ("The RBSE declared the Class 10 results this year, with a pass rate of 87.3%.",
     "The RBSE's Class 10 pass rate was 95.8% this year, the board said.", "pass_rate: class 10", "conflict"),
    ("The Driving Standards Agency's pass rate was 48.2% in 2025.",
     "In 2025, the Driving Standards Agency's pass rate was 48.2%.", "pass_rate", "agreement"),
    ("Vaccination coverage in Altavia fell to 78% last year.",
     "Vaccination coverage in Altavia was 84% last year, the ministry said.", "vaccination_rate", "conflict"),
    ("In Kerran, flu vaccine uptake among over-65s was 71% last winter.",  # the part of a population: its own measure
     "Flu vaccine uptake among over-65s stood at 71% last winter in Kerran, the ministry said.", "vaccination_rate: over-65s", "agreement"),
])
def test_a_share_reached_is_a_measure(tmp_path, first, second, metric, status):
    claims = story_claims(tmp_path, {"a.md": article("Share", "2026-07-14", first, outlet="Wire"),
                                     "b.md": article("Share", "2026-07-14", second, outlet="Paper")})
    rows = claims[claims.metric == metric]
    assert list(rows.status) == [status], claims[["entity", "metric", "scope", "period", "status", "values"]].to_string()
