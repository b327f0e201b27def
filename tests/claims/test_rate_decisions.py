"""A central bank's rate holds from the day it was set: "cut its main rate to 4.25 per cent on Thursday" and
"lowered its benchmark rate to 4.25% on Wednesday" agree on the rate (the two days are the decision's, an event
of its own), and two different rates set in one decision conflict."""

import pytest

from claims_fixtures import article, story_claims


@pytest.mark.parametrize("first, second, status", [
    ("The Bank of Calderia cut its main interest rate to 4.25 per cent on Thursday.",
     "When the Bank of Calderia lowered its benchmark rate to 4.25% on Wednesday, markets were surprised.", "agreement"),
    ("The Reserve Bank of Vardia raised its repo rate to 6.5% on Friday.",
     "The Reserve Bank of Vardia lifted the repo rate to 6.5 per cent on Thursday, its third rise this year.", "agreement"),
    ("The Reserve Bank of Nordland kept the cash rate at 3.85% on Tuesday.",
     "The Reserve Bank of Nordland held its cash rate at 4.1% on Tuesday, the bank said.", "conflict"),
])
def test_a_rate_is_compared_whatever_day_its_decision_is_given(tmp_path, first, second, status):
    claims = story_claims(tmp_path, {"a.md": article("Rates", "2027-09-24", first, "Wire"),
                                     "b.md": article("Decision", "2027-09-25", second, "Daily")})
    rates = claims[claims.metric == "interest_rate"]
    assert list(rates.status) == [status], claims[["entity", "metric", "period", "status", "values"]].to_string()
