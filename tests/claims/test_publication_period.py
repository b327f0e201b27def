"""An undated figure holds when its article is published: where the other articles state one period for
the same entity, measure and scope, and the undated figure's article was published in it (that month or
year, or on that day or the next), the two are compared, so a disagreement is found
(claims/periods.join_publication_period). Sums over a year or quarter, plans and earlier levels are left
undated, and so is a figure published outside the stated period. Stories of our own: an airline's flights, a
landslide, a start-up's valuation, a phone maker's shipments; a company's revenue, a chat app's users, a
funding plan."""

import pytest

from claims_fixtures import dated_outlets

COLUMNS = ["entity", "metric", "period", "status", "values"]


@pytest.mark.parametrize("first, second", [
    (("2026-08-28", "Kelso Air flew 2,400 flights in August, the airline said."),
     ("2026-08-29", "Kelso Air flew about 1,700 flights, the airport authority said.")),
    (("2026-03-04", "The landslide killed 54 people in Varnholt on Tuesday, officials said."),
     ("2026-03-04", "The landslide in Varnholt killed at least 90 people, the Red Cross said.")),
    (("2026-04-09", "Pennio, the budgeting app, was valued at $1.4 billion in April."),
     ("2026-04-10", "Pennio's valuation is $900 million, two people familiar with the terms said.")),
    (("2026-07-30", "Veltro shipped 2.1 million phones in July, the company said."),
     ("2026-07-31", "Veltro shipped about 1.5 million phones, the research firm Canalis estimates.")),
])
def test_an_undated_figure_is_compared_in_the_period_it_was_published(tmp_path, first, second):
    claims = dated_outlets(tmp_path, first, second)
    assert "conflict" in set(claims.status), claims[COLUMNS].to_string()


@pytest.mark.parametrize("first, second", [
    # a year's revenue told undated in that year is often the last year's
    (("2026-05-12", "Ostra's revenue was $2.1 billion in 2026, the company said."),
     ("2026-05-14", "Ostra's revenue was $1.6 billion, filings show.")),
    # published two months after the stated month
    (("2026-03-30", "Chatterly had 4 million users in March."), ("2026-06-02", "Chatterly has 6 million users.")),
    # a plan's period is no reported period
    (("2026-04-02", "Tallow plans to raise a further $150 million later this year."),
     ("2026-04-03", "Tallow raised $300 million from investors.")),
    # a day's toll told three days later
    (("2026-03-04", "The landslide killed 54 people in Varnholt on Tuesday, officials said."),
     ("2026-03-06", "The landslide in Varnholt killed at least 90 people, the Red Cross said.")),
])
def test_no_period_is_given_outside_the_publication(tmp_path, first, second):
    claims = dated_outlets(tmp_path, first, second)
    assert "conflict" not in set(claims.status), claims[COLUMNS].to_string()
