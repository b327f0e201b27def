"""A rival's change dated later in the article does not date the change the article is about: "Rival Dashly cut
800 jobs in January" closes a story of cuts announced this week (claims/article_periods.py). Stories of our own:
a delivery app's job cuts, a streaming service's price rise, a carmaker's output cut."""

import pytest

from claims_fixtures import table, two_outlets


@pytest.mark.parametrize("first, second", [
    ("Grocery app Grocera said on Monday it would cut about 900 jobs. Its losses widened last year. "
     "Rival Basketo cut 400 jobs in March.",
     "Grocera will shed more than 1,500 jobs, its staff union says."),
    ("Streamflix said on Thursday it would raise its prices by 8%. Subscribers have complained. "
     "Competitor Vidora raised its prices by 5% in February.",
     "Streamflix is raising its prices by 12%, according to a letter sent to subscribers."),
    ("Carmaker Velta said on Wednesday it would cut output by 20,000 cars. Demand has slowed. "
     "Rival Ostra cut its output by 15,000 cars in April.",
     "Velta is cutting output by about 40,000 cars, according to suppliers."),
])
def test_a_rivals_month_does_not_date_the_story(tmp_path, first, second):
    claims = two_outlets(tmp_path, first, second, published="2026-11-09")
    assert "conflict" in set(claims.status), table(claims)
