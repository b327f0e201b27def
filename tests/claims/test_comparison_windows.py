"""A span of time that only bounds a comparison ("its second outage in 18 months", "the highest reading in five
years", "for the first time in a decade") says within how long something ranks, not how long anything lasted: it
makes no claim (claims/windows.py), so it never conflicts with the length of the event. A plain length is still compared.
Stories of our own: a cloud outage, a rail strike, a power cut."""

import pytest

from claims_fixtures import table, two_outlets


@pytest.mark.parametrize("first, second", [
    ("Nimbo Cloud says its outage on Monday lasted about four hours.",
     "The outage was Nimbo Cloud's second in the region in 18 months."),
    ("The strike at Velder Rail lasted three days, the union said.",
     "It was the longest strike at Velder Rail in 12 years, the union said."),
    ("The blackout in Pernau lasted six hours on Friday.",
     "Pernau had its worst blackout in nearly two decades on Friday, lasting six hours."),
])
def test_a_comparison_window_is_no_duration(tmp_path, first, second):
    claims = two_outlets(tmp_path, first, second)
    assert "conflict" not in set(claims.status), table(claims)
    assert not claims["values"].str.contains("months|years|decades").any(), table(claims)


def test_a_plain_length_is_still_compared(tmp_path):
    claims = two_outlets(tmp_path, "Nimbo Cloud says its outage on Monday lasted about four hours.",
                         "Nimbo Cloud's outage on Monday lasted nine hours, a monitoring firm said.")
    compared = claims[claims["values"].str.contains("4 hours") & claims["values"].str.contains("9 hours")]
    assert set(compared.status) & {"conflict", "discrepancy"}, table(claims)
