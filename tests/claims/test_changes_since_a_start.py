"""A change told as running on since a start ("Vantra's shares have fallen 11% since the boycott began", "are down 12%
since the recall") is the sum of many days, not the change of the one day another source gives ("fell 7% on
Monday"): it is keyed by its start, "since the boycott" (`rates.trading_session` reads a "since" clause the parse
leaves out of the figure's clause), so the two are never a conflict. A change told with no day still takes it.
Stories of our own: a boycotted platform, a carmaker's recall, a shipping firm during a strike."""

import pytest

from claims_fixtures import dated_outlets, table


def claims_of(tmp_path, first: str, second: str):
    return dated_outlets(tmp_path, ("2026-03-03", first), ("2026-03-06", second))


@pytest.mark.parametrize("first, second", [
    ("Vantra's shares fell 7% on Monday, the first day of the advertisers' boycott.",
     "Vantra's shares have fallen 11% since the boycott began, as more brands paused spending."),
    ("Velta's shares dropped 5% on Monday after the carmaker announced the recall.",
     "Velta's shares are down 12% since the recall was announced, wiping billions off its value."),
    ("Shares in Orvane fell 4% on Monday after the strike began.",
     "Shares in Orvane have slid 9% since the strike began last week."),
])
def test_a_change_since_a_start_is_no_rival_of_one_days_change(tmp_path, first, second):
    claims = claims_of(tmp_path, first, second)
    assert not {"conflict", "discrepancy"} & set(claims.status), table(claims)


@pytest.mark.parametrize("first, second", [
    ("Vantra's shares fell 7% on Monday, the first day of the advertisers' boycott.",
     "Vantra's shares fell 11% on the first day of the boycott, traders said."),
])
def test_a_change_told_with_no_day_still_takes_the_day_others_give(tmp_path, first, second):
    claims = claims_of(tmp_path, first, second)
    assert "conflict" in set(claims.status), table(claims)
