"""Quarterly results in any corpus: a sum "for the quarter" or a "quarterly" one whose sentence names
no quarter is the quarter the company is reporting, as other articles of that week give it; and an
undated figure never joins the period of an earlier level it was compared with. Stories of our own:
a food maker, an airline, a bank."""

import pytest

from claims_fixtures import story_claims


def article(title: str, published: str, body: str) -> str:
    return f"---\ntitle: {title}\nsource: Outlet (invented)\npublished: {published}\n---\n{body}\n"


@pytest.mark.parametrize("name, named, unnamed", [
    ("Marlo Foods", "Marlo Foods reported third-quarter revenue of $2.1 billion on Wednesday.",
     "Marlo Foods' revenue for the quarter came in at $2.4 billion, the company said."),
    ("Ferrum Air", "Ferrum Air posted second-quarter net profit of $95 million on Tuesday.",
     "Ferrum Air's quarterly net profit was $140 million, it said."),
    ("Bank Osterholm", "Bank Osterholm said its first-quarter revenue was €1.8 billion.",
     "Bank Osterholm's revenue this quarter reached €1.2 billion."),
])
def test_a_sum_for_the_quarter_is_the_quarter_reported_that_week(tmp_path, name, named, unnamed):
    claims = story_claims(tmp_path, {"a.md": article(f"{name} results", "2025-04-24", named),
                                     "b.md": article(f"{name} in numbers", "2025-04-25", unnamed)})
    conflicts = claims[claims.status == "conflict"]
    assert len(conflicts) == 1 and conflicts.iloc[0].period.endswith(("Q1", "Q2", "Q3")), \
        claims[["entity", "metric", "period", "status", "values"]].to_string()


def test_a_quarter_reported_months_apart_is_not_assumed(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Marlo Foods results", "2025-04-24", "Marlo Foods reported third-quarter revenue of $2.1 billion."),
        "b.md": article("Marlo Foods in numbers", "2025-08-01", "Marlo Foods' revenue for the quarter came in at $2.4 billion.")})
    assert "conflict" not in set(claims.status), claims[["metric", "period", "status", "values"]].to_string()


@pytest.mark.parametrize("earlier, undated", [
    ("Net profit at Marlo Foods rose to $310 million, from $280 million in the same quarter last year.",
     "Marlo Foods' quarterly net profit was $305 million."),
    ("Ferrum Air carried 1.3 million passengers in May, up from 1.1 million in May 2024.",
     "Ferrum Air carries about 1.15 million passengers a month."),
    ("Bank Osterholm's deposits grew to €40 billion, from €36 billion at the end of 2024.",
     "Bank Osterholm holds €37 billion in deposits."),
])
def test_an_undated_figure_does_not_join_an_earlier_levels_period(tmp_path, earlier, undated):
    # "$305 million" joined "$280 million in the same quarter last year" and was said to agree with it
    claims = story_claims(tmp_path, {"a.md": article("Results", "2025-06-10", earlier),
                                     "b.md": article("Numbers", "2025-06-11", undated)})
    joined = claims[claims["values"].str.contains(";", regex=False)]
    assert joined.empty or not joined["values"].str.contains(r"\$280|1\.1 million;|€36", regex=True).any(), \
        claims[["entity", "metric", "period", "status", "values"]].to_string()


def test_a_quarter_is_written_out_in_the_claims_explanation(tmp_path):
    # the conflict read "Sources disagree on Marlo Foods's revenue in 2024-Q3"
    claims = story_claims(tmp_path, {
        "a.md": article("Marlo Foods results", "2025-04-24", "Marlo Foods reported third-quarter revenue of $2.1 billion."),
        "b.md": article("Marlo Foods in numbers", "2025-04-25", "Marlo Foods' revenue for the quarter came in at $2.4 billion.")})
    conflict = claims[claims.status == "conflict"].iloc[0]
    assert "in the third quarter of 2024" in conflict.explanation and "-Q3" not in conflict.explanation
    # the quarter the second article leaves unnamed is said to be inferred, not stated
    assert "(“the quarter”: the one other sources report that week)" in conflict.explanation
