"""What a person earned is their pay, never the company's net profit (config `net_profit`: "earned" after a role
noun or a personal pronoun is no bottom line). Stories of our own: a software maker, a bank, a football club."""

import pytest

from claims_fixtures import table, two_outlets


@pytest.mark.parametrize("person", [
    "Orvane's chief executive earned $24 million in 2025.",
    "Halbrook Bank's chairman earned $9 million in 2025, the annual report shows.",
    "Dunmore's manager earned £4 million in 2025, the club said.",
])
def test_a_persons_earnings_are_no_profit(tmp_path, person):
    company = person.split("'s ")[0]
    claims = two_outlets(tmp_path, person, f"{company} made a net profit of $790 million in 2025.")
    assert "conflict" not in set(claims.status) and "discrepancy" not in set(claims.status), table(claims)
    assert len(claims[claims.metric == "net_profit"]) <= 1 and set(claims.status) <= {"single"}, table(claims)


def test_a_company_that_earned_still_reports_profit(tmp_path):
    claims = two_outlets(tmp_path, "Orvane earned $840 million in 2025, the company said.",
                         "Orvane made a net profit of $790 million in 2025.")
    assert list(claims[claims.metric == "net_profit"].status) == ["agreement"], table(claims)
