"""A date right after a value the figure is set against ("compares with $900 million in 2024", "against $31 billion
in 2022", "compared with 900,000 in 2019") is that value's own, as after "up from": it does not date the figure.
Stories of our own: a fintech valuation, a port's capacity, a shipping order book, a football club's wages."""

import pytest

from claims_fixtures import article, story_claims, table


@pytest.mark.parametrize("body, figure, other_period", [
    ("Fernbank's valuation of $2.1 billion compares with $900 million in 2024.", "$2.1 billion", "2024"),
    ("Kelso Port's annual capacity of 1.2 million containers compares with 900,000 in 2019.", "1.2 million", "2019"),
    ("Ostra Shipping's order book of $3 billion compares with $1.8 billion in 2023.", "$3 billion", "2023"),
    ("The club's wage bill of £210 million compares with £160 million in 2022.", "£210 million", "2022"),
])
def test_a_date_after_a_compared_value_is_its_own(tmp_path, body, figure, other_period):
    claims = story_claims(tmp_path, {"a.md": article("Figures", "2026-10-03", body, outlet="Wire")})
    rows = claims[claims["values"].str.contains(figure, regex=False)]
    assert len(rows) and other_period not in set(rows.period), table(claims)
