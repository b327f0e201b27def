"""An unknown name opening a sentence right before its verb is the verb's subject, though the parser takes it for an
adverb ("Flickly averaged 210 million daily active users": no English sentence opens "Still rose ..."); the count is
the name's (claims/apposed_subjects.py, misread_subjects). An adverb opening a sentence with a comma after it keeps no
figure. Stories of our own: a video app's quarter, a delivery app's riders, a chat app's users."""

import pytest

from claims_fixtures import table, two_outlets


@pytest.mark.parametrize("first, second", [
    ("Flickly averaged 210 million daily active users in the three months, up from the previous quarter.",
     "Flickly had about 205 million daily active users in the quarter, the company said."),
    ("Ridova counted 95,000 couriers in March, the company said.", "Ridova has about 94,000 couriers, according to its filing."),
])
def test_a_name_opening_the_sentence_owns_its_count(tmp_path, first, second):
    claims = two_outlets(tmp_path, first, second)
    assert (claims.status == "agreement").any() and "" not in set(claims.entity), table(claims)


def test_an_opening_adverb_with_a_comma_owns_nothing(tmp_path):
    claims = two_outlets(tmp_path, "Meanwhile, 3 million people signed a petition against the ban.",
                         "The petition drew wide support on Monday.")
    assert set(claims.entity) == {""}, table(claims)
