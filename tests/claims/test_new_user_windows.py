"""New users are counted over windows: two counts whose sentences state the same window ("in two
days", "in its first week") are compared with full confidence, so they conflict when they disagree;
counts that state no window stay possible discrepancies. Stories of our own."""

import pytest

from claims_fixtures import story_claims


def articles(*bodies: str) -> dict[str, str]:
    return {f"0{i}_outlet.md": f"---\ntitle: Story {i}\nsource: Outlet {i} (invented)\npublished: 2026-01-21\n---\n{body}\n"
            for i, body in enumerate(bodies, start=1)}


@pytest.mark.parametrize("bodies", [
    ("Pinto said it had added 650,000 new users in two days.",
     "The company said about 3 million people joined Pinto over two days."),
    ("Velo Bank signed up 120,000 new customers in its first week, the bank said.",
     "Velo Bank gained 200,000 new customers in its first week."),
    ("The gym chain Fitly gained 5,000 new members in a month after its price cut.",
     "The gym chain Fitly added 8,000 new members in a month, its founder said."),
])
def test_new_users_over_a_stated_window_conflict(tmp_path, bodies):
    claims = story_claims(tmp_path, articles(*bodies))
    rows = claims[claims.metric.str.startswith("new_users")]
    assert list(rows.status) == ["conflict"], claims[["entity", "metric", "values", "status", "reason"]].to_string()


def test_new_users_without_a_window_stay_a_possible_discrepancy(tmp_path):
    claims = story_claims(tmp_path, articles("Pinto signed up 700,000 new users.", "Pinto gained 3 million new users."))
    rows = claims[claims.metric.str.startswith("new_users")]
    assert list(rows.status) == ["discrepancy"] and "windows" in rows.reason.iloc[0]
