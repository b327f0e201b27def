"""A count of a people by its name ("about 300,000 Canadians have started ...") is a count of people in that country,
as "500,000 people in Canada" is: the two are one measure, so their values are compared. Stories of our own: a cooking
app, a coding course, a first-aid course."""

import pytest

from claims_fixtures import article, joined, story_claims, table


@pytest.mark.parametrize("first, second, values", [
    ("Sizzla says 500,000 people in Canada have started its cooking classes since January.",
     "A survey suggests that about 300,000 Canadians have started cooking classes on Sizzla since January.",
     ("500,000", "about 300,000")),
    ("Pathwise said 80,000 people in Nigeria have enrolled in its coding course this year.",
     "Roughly 35,000 Nigerians have enrolled in Pathwise's coding course this year, a rival estimates.",
     ("80,000", "about 35,000")),
    ("Kavo said 45,000 people in Ghana have enrolled in its first-aid course since June.",
     "About 20,000 Ghanaians have enrolled in the first-aid course since June, a rival says.",
     ("45,000", "about 20,000")),
])
def test_a_people_counted_by_its_name_is_people_in_its_country(tmp_path, first, second, values):
    claims = story_claims(tmp_path, {"a.md": article("Story", "2026-05-10", first),
                                     "b.md": article("Story", "2026-05-11", second)})
    assert joined(claims, *values), table(claims)


def test_a_people_by_its_name_stays_apart_from_people_elsewhere(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Story", "2026-05-10", "Sizzla says 500,000 people in Mexico have started its cooking classes "
                                               "since January."),
        "b.md": article("Story", "2026-05-11", "A survey suggests that about 300,000 Canadians have started cooking "
                                               "classes on Sizzla since January."),
    })
    assert not joined(claims, "500,000", "about 300,000"), table(claims)
