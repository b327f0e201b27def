"""An owner telling a change it will make to something of its own announces it: "said on Thursday it would raise its
prices by 8%" is the size of the rise, compared with another source's size for it (claims/modality.announced_change),
as announced job cuts are. Others' forecast ("analysts said Velta would cut output") and a change on a condition stay
possibilities. Stories of our own: a streaming service's prices, a carmaker's output, an airline's fares."""

import pytest

from claims_fixtures import table, two_outlets


@pytest.mark.parametrize("first, second", [
    ("Streamflix said on Thursday it would raise its prices by 8%.",
     "Streamflix is raising its prices by 12%, according to a letter sent to subscribers."),
    ("Carmaker Velta said on Wednesday it would cut output by 20,000 cars.",
     "Velta is cutting output by about 40,000 cars, according to suppliers."),
    ("Aerlow said on Monday it would increase its fares by 5%.",
     "Aerlow is raising fares by 9%, travel agents said."),
])
def test_an_announced_change_conflicts_with_another_size(tmp_path, first, second):
    claims = two_outlets(tmp_path, first, second, published="2026-11-09")
    assert "conflict" in set(claims.status), table(claims)


@pytest.mark.parametrize("first, second", [
    ("Analysts said Velta would cut output by 60,000 cars.", "Velta is cutting output by about 20,000 cars, the company said."),
    ("Streamflix would raise its prices by 15% if the tax passes, the company said.",
     "Streamflix is raising its prices by 8%, according to a letter sent to subscribers."),
])
def test_a_forecast_or_a_condition_is_no_announced_change(tmp_path, first, second):
    claims = two_outlets(tmp_path, first, second, published="2026-11-09")
    assert "conflict" not in set(claims.status), table(claims)
