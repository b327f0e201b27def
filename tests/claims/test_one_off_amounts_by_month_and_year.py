"""A one-off amount (a fine, damages, a transfer fee, a takeover's price) dated by its month in one article and by
its year in another ("in March" / "earlier this year") is one amount, compared; a running measure (revenue) is
not, nor two amounts one article tells apart, nor a month of another year. Stories of our own: a regulator, a
jury, a football transfer, a takeover, a media company's revenue."""

import pytest

from claims_fixtures import article, rows_of, story_claims


def two_articles(tmp_path, first: str, second: str):
    return story_claims(tmp_path, {"a.md": article("One", "2026-06-10", first, outlet="Wire"),
                                   "b.md": article("Two", "2026-06-11", second, outlet="Paper")})


def table(claims) -> str:
    return claims[["entity", "metric", "scope", "period", "status", "values"]].to_string()


@pytest.mark.parametrize("first, second", [
    ("The regulator fined Kestrel Water £3m in May for missing leak targets.",
     "Kestrel Water was handed a £4.5 million fine earlier this year."),
    ("A jury in Denver ordered Ostrava Labs to pay $38 million in damages in February.",
     "Ostrava Labs was hit with $83 million in damages this year, the largest verdict in the state."),
    ("Leo Varga joined Dunmore City for €40 million in January.",
     "Leo Varga joined Dunmore City for a €55 million fee this year."),
    ("Kelso Foods bought the snack maker Brindle for $2.3 billion in March.",
     "Kelso Foods acquired Brindle for $2.8 billion earlier this year."),
])
def test_an_amount_dated_by_its_month_and_by_its_year_is_compared(tmp_path, first, second):
    claims = two_articles(tmp_path, first, second)
    assert list(claims[claims.status == "conflict"].period.str.len()) == [7], table(claims)


def test_one_article_telling_a_months_fine_from_a_years_keeps_them_apart(tmp_path):
    claims = two_articles(tmp_path, "The regulator fined Kestrel Water £3m in May for missing leak targets.",
                          "Kestrel Water was fined £3m in May. Kestrel Water was also fined £9 million this year "
                          "over a separate sewage spill.")
    assert set(rows_of(claims, "£9 million").period) == {"2026"} and "conflict" not in set(claims.status), table(claims)


@pytest.mark.parametrize("first, second", [
    # a year's revenue is no month's
    ("Kelso Media reported revenue of £40 million in March.", "Kelso Media made revenue of £300 million in 2026."),
    # a month of another year
    ("The regulator fined Kestrel Water £3m in May 2025.", "Kestrel Water was handed a £4.5 million fine this year."),
])
def test_a_running_measure_or_another_years_month_is_not_joined(tmp_path, first, second):
    claims = two_articles(tmp_path, first, second)
    assert "conflict" not in set(claims.status) and "2026" in set(claims.period), table(claims)
