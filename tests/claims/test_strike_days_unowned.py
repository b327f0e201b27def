"""A strike's first and last day are keyed by no owner (event_details.OWNERLESS_EVENTS): articles tell one strike
as the union's, the workers', the employer's or the place's, so two days for its start conflict whoever each
sentence names; its start and its end stay two events. "Went on an indefinite strike" starts one. Stories of our
own: port pilots, bus drivers, junior doctors."""

import pytest

from claims_fixtures import table, two_outlets


@pytest.mark.parametrize("first, second", [
    ("Harbour pilots in Velmar walked out at 6am on Tuesday, the pilots' union said.",
     "The port authority said the strike by its pilots began on Monday night."),
    ("Bus drivers at Corran Transit went on an indefinite strike from Wednesday morning, demanding a 9% rise.",
     "The strike began on Thursday, the city council said, after talks with the Transport Workers Union failed."),
    ("Junior doctors in the Lisk region went on strike on Monday, Oct. 12, the medical association said.",
     "The walkout at Lisk University Hospital started on Oct. 13, the hospital's director said."),
])
def test_two_days_for_one_strikes_start_conflict(tmp_path, first, second):
    claims = two_outlets(tmp_path, first, second, published="2026-10-16")
    rows = claims[claims.metric == "strike_start"]
    assert list(rows.status) == ["conflict"], table(claims)


def test_a_strikes_start_and_end_stay_apart(tmp_path):
    claims = two_outlets(tmp_path, "Harbour pilots in Velmar walked out on Tuesday, the union said.",
                         "The pilots' strike ended on Wednesday, the port authority said.", published="2026-10-16")
    assert "conflict" not in set(claims.status), table(claims)
    assert {"strike_start", "strike_end"} <= set(claims.metric), table(claims)
