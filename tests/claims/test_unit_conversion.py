"""One length, mass or area written in two units is one quantity: "1.2 kilometres" and "1,200 metres" agree,
"1,150 kilograms" and "about 2.4 tonnes" conflict, and the reader sees each value in the unit its article used.
Stories of our own: a bridge, a satellite, a bushfire."""

import pytest

from claims_fixtures import table, two_outlets


@pytest.mark.parametrize("first, second", [
    ("The new Harlow bridge is 1.2 kilometres long, the council said.",
     "The Harlow bridge is 1,200 metres long, engineers said."),
    ("The Kelso fire has burnt 48,000 hectares, the fire service said.",
     "The Kelso fire has burnt 480 square kilometres, the fire service said."),
    ("The Kelso fire has burnt 48,000 hectares, the fire service said.",
     "The Kelso fire has burnt about 120,000 acres, the fire service said."),
])
def test_one_quantity_in_two_units_agrees(tmp_path, first, second):
    claims = two_outlets(tmp_path, first, second)
    assert list(claims.status) == ["agreement"], table(claims)


def test_two_masses_in_two_units_conflict_and_keep_their_units(tmp_path):
    claims = two_outlets(tmp_path, "The Sentra-5 satellite weighs 1,150 kilograms, Orbitra said.",
                         "The Sentra-5 satellite weighs about 2.4 tonnes, the launch operator said.")
    assert list(claims.status) == ["conflict"], table(claims)
    assert claims["values"].iloc[0] == "1,150 kilograms; about 2.4 tonnes", table(claims)
