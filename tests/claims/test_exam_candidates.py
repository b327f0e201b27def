"""Students who appeared for, took, sat or wrote an exam are one count however the verb is worded
(claims/fates.py `people_verb`); those who must still take one, or registered for it, are others. Stories of
our own: a state board's results, a driving-test agency, a university entrance test."""

import pytest

from claims_fixtures import article, story_claims


def claims_of(tmp_path, *bodies):
    return story_claims(tmp_path, {f"{i}.md": article("Results", "2026-05-14", body, outlet=f"Outlet{i}")
                                   for i, body in enumerate(bodies)})


@pytest.mark.parametrize("first, second, status", [
    ("A total of 12.1 lakh students appeared for the examinations, held in March, the board said.",
     "Over 12 lakh students took the examinations in March, officials said.", "agreement"),
    ("About 48,000 students sat the entrance test in March, the university said.",
     "Some 61,000 students wrote the entrance test in March, the coaching centres said.", "conflict"),
])
def test_students_who_sat_an_exam_are_one_count(tmp_path, first, second, status):
    claims = claims_of(tmp_path, first, second)
    rows = claims[claims.metric.str.endswith(": sit")]
    assert list(rows.status) == [status] or status == "conflict" and list(rows.status) == ["discrepancy"], \
        claims[["entity", "metric", "period", "status", "values"]].to_string()


def test_students_still_to_sit_an_exam_are_another_count(tmp_path):
    claims = claims_of(tmp_path, "Over 12 lakh students took the examinations in March, officials said.",
                       "About 90,000 students must take supplementary exams, the board said.")
    assert not claims.status.isin(["conflict", "discrepancy", "agreement"]).any(), \
        claims[["entity", "metric", "period", "status", "values"]].to_string()
