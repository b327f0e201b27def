"""Two sources who each put a figure nobody owns at incompatible values (engineers and a roads agency on a
landslide, a fire service and a watchdog on a spill, a charity and a broadcaster on donations) are two estimators of one
quantity: a conflict, not a possible discrepancy. The doubt stays where either figure is told in no one's
voice, and for a bare number, which labels a place ("near mile 24") rather than estimating anything.
Stories of our own: a landslide, a chemical spill, a food-bank appeal, a marathon."""

import pytest

from claims_fixtures import table, two_outlets


@pytest.mark.parametrize("first, second", [
    ("A landslide blocked the coast road near Kavu on Friday. Engineers said about 3,000 tonnes of earth had fallen.",
     "According to the provincial roads agency, some 9,000 tonnes of earth fell onto the road."),
    ("A freight train derailed near Haldor on Monday. About 80,000 litres of solvent had leaked by Tuesday, the fire "
     "service said.", "The environmental group Clear Rivers said at least 250,000 litres had leaked."),
    ("The winter appeal for the Riverside food bank closed on Sunday. More than 30,000 donations were made, "
     "the charity said.", "According to figures from the broadcaster, some 18,000 donations were made."),
])
def test_two_sources_estimates_of_one_unowned_figure_conflict(tmp_path, first, second):
    claims = two_outlets(tmp_path, first, second)
    assert "conflict" in set(claims.status), table(claims)


@pytest.mark.parametrize("first, second", [
    ("A freight train derailed near Haldor on Monday. About 80,000 litres of solvent had leaked by Tuesday.",
     "The environmental group Clear Rivers said at least 250,000 litres had leaked."),
    ("The winter appeal for the Riverside food bank closed on Sunday. More than 30,000 donations were made.",
     "According to figures from the broadcaster, some 18,000 donations were made."),
])
def test_a_figure_told_in_no_ones_voice_keeps_its_doubt(tmp_path, first, second):
    claims = two_outlets(tmp_path, first, second)
    assert "discrepancy" in set(claims.status) and "conflict" not in set(claims.status), table(claims)


def test_a_bare_number_labelling_a_place_is_no_estimate(tmp_path):
    claims = two_outlets(tmp_path, "Volunteers at the water station near mile 24 say they have run out of cups.",
                         "A doctor who worked in a medical tent near mile 20 said the tents were overwhelmed.")
    assert "conflict" not in set(claims.status), table(claims)
