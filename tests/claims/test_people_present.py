"""A count of people nobody owns is keyed by what happened to them, but a verb that only says they were there
("1,400 workers were working", "guests staying at the hotel") keys nothing: it is the count "on shift" or "in the
hotel" gives. Stories of our own: a factory fire, a hotel fire, a hospital evacuation."""

import pytest

from claims_fixtures import dated_outlets, table


@pytest.mark.parametrize("one, other", [
    ("The owner said 600 workers were on shift when the fire started.",
     "According to the union, about 1,400 workers were working on the day shift when the fire started."),
    ("Police said 80 guests were in the hotel when the fire broke out.",
     "Some 150 guests were staying in the hotel when the fire broke out, the fire brigade said."),
    ("The health board said 240 nurses were on duty when the hospital was evacuated.",
     "The nurses' union said 410 nurses were working when the hospital was evacuated."),
])
def test_people_who_were_there_are_one_count(tmp_path, one, other):
    claims = dated_outlets(tmp_path, ("2026-04-17", one), ("2026-04-18", other))
    assert (claims.status.isin(["conflict", "discrepancy"])).any(), table(claims)
