"""A figure told in a clause that a date's "when" opens is that date's, also through a verb of saying ("in November,
when it said it knew of 8 battery fires": November's 8), so a later count by another outlet is the next period of a
series, not a conflict (claims/date_phrases.py, when_date).
Stories of our own: a car recall, a food scare."""

import pytest

from claims_fixtures import dated_outlets, table


@pytest.mark.parametrize("earlier, later", [
    ("Corvane first disclosed the defect in November, when it said it knew of 8 battery fires in the Sela.",
     "Corvane said it now knows of 30 battery fires in the Sela."),
    ("Brisket Foods first spoke about the scare in January, when it said it had traced 40 illnesses to one plant.",
     "Brisket Foods has traced 95 illnesses to the plant, it said."),
])
def test_a_count_told_when_a_date_is_that_dates(tmp_path, earlier, later):
    claims = dated_outlets(tmp_path, ("2026-03-10", earlier), ("2026-03-11", later))
    assert not (claims.status == "conflict").any() and (claims.series != "").any(), table(claims)
