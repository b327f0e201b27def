"""New users are counted over windows: two counts whose sentences state the same window ("in two
days", "in its first week") are compared with full confidence, so they conflict when they disagree; so
are two counts that state no window, and a count that states none with the one window another article states (a
story of one surge tells one window). Stories of our own."""

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


def test_new_users_with_no_window_in_either_sentence_are_one_measure(tmp_path):
    # the claim conventions key a measure with its window; two counts that state none are one measure (in the readable
    # sets every such pair once held back was a gold conflict: benchmarks/claims_doubts.py)
    claims = story_claims(tmp_path, articles("Pinto signed up 700,000 new users.", "Pinto gained 3 million new users."))
    rows = claims[claims.metric.str.startswith("new_users")]
    assert list(rows.status) == ["conflict"], claims[["entity", "metric", "values", "status", "reason"]].to_string()


def test_a_count_with_no_window_takes_the_one_window_another_article_states(tmp_path):
    # a story of one surge tells one window (claims.gained_windows), as for downloads; in the readable sets both such
    # pairs were gold conflicts
    claims = story_claims(tmp_path, articles("Pinto said it signed up 1.8 million new users since the rival's change.",
                                             "Data from Appgauge shows Pinto picked up about 1.1 million new sign-ups in "
                                             "the first three days after the change."))
    rows = claims[claims.metric.str.startswith("new_users")]
    assert list(rows.status) == ["conflict"] and rows.metric.iloc[0].startswith("new_users: in"), \
        claims[["entity", "metric", "values", "status", "reason"]].to_string()
