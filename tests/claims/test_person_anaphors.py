"""Who "his", "her" or "the 27-year-old Italian" is: the first person the nearest sentence before names (its subject,
most often), not the last one a trailing clause mentions ("Ostia signed Paulo Reis, ending a chase by manager Tom
Baird. His 22 goals ...": Reis's goals); a nationality with "the" stands for that person too (figure_owner.THE_BEFORE,
keys.antecedent). A nationality counting people ("Britons bought 2 million cars") stands for nobody named before.
Stories of our own: two football transfers, a rich investor, car buyers."""

import pytest

from claims_fixtures import table, two_outlets


@pytest.mark.parametrize("first, second, owner", [
    ("Harlow Town signed midfielder Dario Conti from Velmont in a deal agreed with their coach Peter Lund.\n"
     "The 27-year-old Italian, who scored 14 goals last season, signed a four-year contract.",
     "Dario Conti scored 14 goals last season.", "Dario Conti"),
    ("Ostia signed Paulo Reis on Monday, ending a long chase by manager Tom Baird.\n"
     "His 22 goals last season made him the league's top scorer.", "Paulo Reis scored 22 goals last season.",
     "Paulo Reis"),
    ("Investor Mara Quinn bought a stake in Telvo from its founder Sam Ode.\n"
     "Her fortune is about $3 billion, according to Forbes.", "Mara Quinn's fortune is about $3 billion.", "Mara Quinn"),
])
def test_a_person_anaphor_takes_the_person_named_first(tmp_path, first, second, owner):
    claims = two_outlets(tmp_path, first, second)
    keyed = claims[claims.status == "agreement"]
    assert list(keyed.entity) == [owner], table(claims)


def test_a_nationality_counting_people_is_no_person(tmp_path):
    claims = two_outlets(tmp_path, "Industry chief Jo Park spoke on Monday.\nBritons bought 2 million electric cars "
                                   "in 2025.", "Britons bought 1.6 million electric cars in 2025, a trade body said.")
    assert "Jo Park" not in set(claims.entity), table(claims)
