"""The day a company raised or announced a funding round is one event, however each article tells it ("announced on
Monday that it had raised $450 million", "has raised $450 million in a new round, the company said on Tuesday", "closed
a $38 million round on Monday", "the round announced on April 13"): two days for it conflict (claims/funding_days.py,
the `funding_announced` event of config). Not a round: prices or concerns raised, a round planned, a takeover closed.
Stories of our own: a video app's maker, a lender, a battery start-up, a food-delivery app."""

import pytest

from claims_fixtures import dated_outlets, table


@pytest.mark.parametrize("first, second", [
    (("2026-03-11", "Loopra Labs, the company behind the video app Loopra, has raised $450 million in a new funding "
                    "round, the company announced on Tuesday."),
     ("2026-03-13", "Loopra Labs announced on Monday that it had raised roughly $450 million from investors.")),
    (("2026-09-15", "Fernvale, the small-business lender, announced yesterday that it had raised $140m in fresh equity."),
     ("2026-09-17", "When Fernvale closed its new funding round on Tuesday, it became one of Europe's biggest lenders.")),
    (("2026-05-06", "Voltis said on Monday that it had secured 600 million yuan from a group of state-backed investors."),
     ("2026-05-07", "Voltis, a battery start-up, said it closed a 600 million yuan round on Tuesday.")),
    (("2026-04-14", "Alto Serra Capital led the $38 million round announced on April 13 in the delivery app Quenta."),
     ("2026-04-16", "Quenta unveiled its latest funding on April 10, a few days before its app topped the charts.")),
])
def test_two_days_for_one_funding_round_conflict(tmp_path, first, second):
    claims = dated_outlets(tmp_path, first, second)
    days = claims[claims.metric == "funding_announced"]
    assert list(days.status) == ["conflict"], table(claims)


@pytest.mark.parametrize("first, second", [
    (("2026-03-11", "Loopra raised prices on Tuesday, the company said."),
     ("2026-03-13", "Loopra raised its fees on Monday, angering creators.")),
    (("2026-03-11", "Lawmakers raised concerns about Loopra on Tuesday."),
     ("2026-03-13", "Loopra said on Monday that it plans to raise $450 million next year.")),
    (("2026-10-26", "The Light Up appeal had raised €5.1 million by Sunday, the charity said this afternoon."),
     ("2026-10-27", "A Mayo club said on Saturday its members had raised €42,000 with a 24-hour sponsored walk.")),
    (("2026-04-02", "Harbourline Bank closed its $2.4-billion takeover of its smaller rival on Tuesday."),
     ("2026-04-03", "Harbourline Bank said on Wednesday that it would raise $500 million if regulators agree.")),
])
def test_no_round_raised_is_no_funding_day(tmp_path, first, second):
    claims = dated_outlets(tmp_path, first, second)
    assert "funding_announced" not in set(claims.metric), table(claims)
