"""How well a vaccine or a treatment worked in its trial is a measure of its own (config `efficacy`): "91%
effective" and "78% efficacy" are compared; an "effective tax rate" or a share of people a vaccine reached is not
efficacy. Stories of our own: a vaccine maker, a drug trial, a malaria net."""

import pytest

from claims_fixtures import table, two_outlets


@pytest.mark.parametrize("first, second, status", [
    ("The vaccine was 91% effective in the trial, Norvax said.",
     "Norvax's vaccine showed 78% efficacy in the late-stage trial.", "conflict"),
    ("Halvern Pharma said its migraine pill was 64 per cent effective in a trial of 900 patients.",
     "Halvern Pharma's pill had an efficacy of 64% in the trial.", "agreement"),
    ("The Tessel net had an effectiveness of 45% against malaria, Tessel said.",
     "Tessel said its net was 70% effective against malaria.", "conflict"),
])
def test_efficacy_is_compared(tmp_path, first, second, status):
    claims = two_outlets(tmp_path, first, second)
    rows = claims[claims.metric == "efficacy"]
    assert list(rows.status) == [status], table(claims)


@pytest.mark.parametrize("first, second", [
    ("Halden's effective tax rate was 21% in 2025.", "Halden paid an effective tax rate of 19% in 2025."),
    ("Norvax's vaccine reached 78% of adults in Brevland.", "Norvax said its vaccine was 91% effective."),
])
def test_other_percentages_are_not_efficacy(tmp_path, first, second):
    claims = two_outlets(tmp_path, first, second)
    assert not set(claims.status) & {"conflict", "discrepancy"}, table(claims)
