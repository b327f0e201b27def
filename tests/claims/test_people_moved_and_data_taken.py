"""What was done to people counted with no owner keys their count, worded either way (claims/fates.py
`people_verb`): people moved, relocated or resettled are one count; people whose data was taken, copied or
grabbed are the people a breach affected. Other acts stay apart. Stories of our own: a reservoir, a landslide
zone, a flood plain; a clinic hacked, a retailer breached, a school board's files."""

import pytest

from claims_fixtures import joined, table, two_outlets


@pytest.mark.parametrize("first, second, a, b", [
    ("The authority says 14,300 people were moved from villages in the valley before the dam filled.",
     "According to the authority, roughly 19,000 people were relocated from villages in the valley.", "14,300", "19,000"),
    ("Officials said 2,100 residents were resettled from the slide zone above the town.",
     "About 3,400 residents were moved out of the slide zone, the district office said.", "2,100", "3,400"),
    ("Some 800 families were rehoused away from the flood plain, the council said.",
     "The council said 1,500 families were relocated away from the flood plain.", "800", "1,500"),
])
def test_people_moved_worded_two_ways_are_one_count(tmp_path, first, second, a, b):
    claims = two_outlets(tmp_path, first, second)
    assert joined(claims, a, b), table(claims)


@pytest.mark.parametrize("first, second, a, b", [
    ("The clinic said personal information of about 270,000 patients had been copied from its servers.",
     "The clinic says hackers took the data of roughly 410,000 patients.", "270,000", "410,000"),
    ("Records of 1.2 million customers were taken in the attack, the retailer said.",
     "The retailer said the details of nearly 2 million customers were stolen.", "1.2 million", "2 million"),
    ("The gang grabbed the files of some 9,000 pupils, the school board said.",
     "About 15,000 pupils were affected by the breach, the school board said.", "9,000", "15,000"),
])
def test_people_whose_data_was_taken_are_those_a_breach_affected(tmp_path, first, second, a, b):
    claims = two_outlets(tmp_path, first, second)
    assert joined(claims, a, b), table(claims)


def test_people_moved_and_people_hired_stay_apart(tmp_path):
    claims = two_outlets(tmp_path, "The authority says 14,300 people were moved from villages in the valley.",
                         "The authority says 1,200 people were hired to build the new towns.")
    assert not joined(claims, "14,300", "1,200"), table(claims)
