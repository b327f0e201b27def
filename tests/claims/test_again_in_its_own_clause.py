""""Again" says an event is told again (each day its own event, never a conflict) only in that event's own clause:
in "Rail fares will go up again next spring, the government announced on Wednesday" the fares rise again, the
announcement is one, so another source's day for it is compared (claims/events.py, REPEATED read in the clause).
Stories of our own: a fare rise, a water bill rise, a tax announced; and walkouts begun again."""

import pytest

from claims_fixtures import dated_outlets, table


@pytest.mark.parametrize("first, second", [
    (("2026-11-18", "Rail fares in Corland will go up again next spring, the government announced on Wednesday."),
     ("2026-11-23", "When ministers unveiled the annual rail fare rise last Tuesday, commuters groaned.")),
    (("2026-03-06", "Bus fares in Dunmore will rise again in April, ministers announced on Thursday."),
     ("2026-03-09", "When ministers unveiled the bus fare rise last Wednesday, passengers complained.")),
    (("2026-10-16", "Fuel duty will climb once more in January, the treasury announced on Thursday."),
     ("2026-10-20", "When the treasury unveiled the duty rise last Wednesday, hauliers were furious.")),
])
def test_again_in_another_clause_leaves_the_announcement_one_event(tmp_path, first, second):
    claims = dated_outlets(tmp_path, first, second)
    announced = claims[claims.metric.str.startswith("occurrence: announce")]
    assert list(announced.status) == ["conflict"], table(claims)


@pytest.mark.parametrize("first, second", [
    (("2026-11-18", "Dockers at Port Hallam walked out again on Monday, the union said."),
     ("2026-11-18", "Dockers at Port Hallam walked out on Friday, the union said.")),
    (("2026-11-18", "The Marlow stadium's roof collapsed again on Monday."),
     ("2026-11-18", "The Marlow stadium's roof collapsed on Saturday.")),
])
def test_again_in_the_events_own_clause_is_another_event(tmp_path, first, second):
    claims = dated_outlets(tmp_path, first, second)
    assert not {"conflict", "discrepancy"} & set(claims.status), table(claims)
