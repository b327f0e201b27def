"""A central bank named plainly "Bank of" its country ("the Bank of Canada", "the Bank of Korea") is that country, as
"Canada's central bank" is (claims/institution_names.PLAIN_BANK_OF), so the two articles' rates are compared; a
commercial bank of the same shape ("Bank of China", "Bank of Ireland") stays itself. Stories of our own: two rate
decisions, two commercial banks."""

import pytest

from claims_fixtures import table, two_outlets


@pytest.mark.parametrize("first, second", [
    ("Canada's central bank cut its key rate to 4.25% on Thursday.",
     "The Bank of Canada lowered its benchmark rate to 4.5% on Thursday."),
    ("Korea's central bank held its policy rate at 3.5% on Tuesday.",
     "The Bank of Korea kept its benchmark rate at 3.25% on Tuesday, economists said."),
])
def test_a_plain_bank_of_a_country_is_the_country(tmp_path, first, second):
    claims = two_outlets(tmp_path, first, second)
    rows = claims[claims.metric == "interest_rate"]
    assert len(rows) == 1 and rows.iloc[0].status == "conflict", table(claims)


@pytest.mark.parametrize("first, second, country", [
    ("Bank of China made a net profit of $31 billion in 2025.",
     "Bank of China's net profit was $31 billion in 2025.", "China"),
    ("Bank of Ireland made a net profit of €1.1 billion in 2025.",
     "Bank of Ireland's net profit was €1.1 billion in 2025.", "Ireland"),
])
def test_a_commercial_bank_is_not_its_country(tmp_path, first, second, country):
    claims = two_outlets(tmp_path, first, second)
    assert country not in set(claims.entity), table(claims)
