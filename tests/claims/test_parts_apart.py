"""Counts that are a part of another are keyed apart from it: the self-employed are no one's staff ("also uses about
3,000 self-employed couriers" beside "employs about 1,200 people"), things picked out by an act are not all the things
("translating 18 million posts a day" beside "its members write about 60 million posts a day":
claims/acted_measures.PICKING_ACTS), and things or people from abroad are a part of the whole ("4,300 foreign labels
took part" beside "12,000 brands took part": claims/measure_details.divisible_detail). Stories of our own: delivery
apps, a translation marketplace, social apps and forums, two shopping festivals."""

import pytest

from claims_fixtures import joined, table, two_outlets


@pytest.mark.parametrize("first, second, values", [
    ("QuickBasket cuts jobs. QuickBasket employs about 1,200 people, the company said.",
     "QuickBasket cuts jobs. QuickBasket also uses about 3,000 self-employed couriers nationally, who are not counted "
     "in its figures.", ("1,200", "3,000")),
    ("Ridero expands in Spain. Ridero has 900 employees there, its filing shows.",
     "Ridero expands in Spain. Ridero also relies on about 8,000 self-employed drivers nationally, who are not on its "
     "payroll.", ("900", "8,000")),
    ("Lingofy raises money. Lingofy employs 400 staff.",
     "Lingofy raises money. Lingofy also uses some 2,500 self-employed translators worldwide, who are paid per job.",
     ("400", "2,500")),
])
def test_the_self_employed_are_no_staff(tmp_path, first, second, values):
    claims = two_outlets(tmp_path, first, second)
    assert not joined(claims, *values), table(claims)


@pytest.mark.parametrize("first, second, values", [
    ("Varanda said it is now translating 18 million posts a day.",
     "Varanda has 31 million monthly users, and its members write about 60 million posts a day.", ("18 million", "60 million")),
    ("Chirpa said it is now reviewing 5 million posts a day.",
     "Chirpa has 20 million users, and its members write about 50 million posts a day.", ("5 million", "50 million")),
    ("Lumo said it is now flagging 1 million comments a day.",
     "Lumo has 9 million users, and its members write about 12 million comments a day.", ("1 million", "12 million")),
])
def test_things_picked_out_by_an_act_are_not_all_of_them(tmp_path, first, second, values):
    claims = two_outlets(tmp_path, first, second)
    assert not joined(claims, *values), table(claims)


@pytest.mark.parametrize("first, second, values", [
    ("Vibely's festival set records. For the festival as a whole, Vibely has reported that about 12,000 brands took part.",
     "Vibely's festival set records. Foreign brands were well represented: some 4,300 foreign labels took part, many "
     "selling through bonded warehouses.", ("12,000", "4,300")),
    ("Kestra's sale set records. For the sale as a whole, Kestra has reported that about 9,000 sellers took part.",
     "Kestra's sale set records. Overseas sellers were well represented: some 2,000 overseas merchants took part, "
     "many shipping from Shenzhen.", ("9,000", "2,000")),
])
def test_foreign_ones_are_a_part_of_the_whole(tmp_path, first, second, values):
    claims = two_outlets(tmp_path, first, second)
    assert not joined(claims, *values), table(claims)
