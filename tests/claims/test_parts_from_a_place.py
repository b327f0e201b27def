"""A part said to come from a place ("Of Vinto's May downloads, 2.4 million came from Brazil") counts that place's
share: the place is the part's scope, not its owner, and the part is not the whole another article gives
(claims/structure.py: a place after "from" is no owner; a company after it still is: "messages come from Brisko").
A capitalised word that opens the sentence ("Of", "For") is no part of the name after it
(claims/article_names.py, OPENING_WORDS). Stories of our own: an app's downloads and sign-ups, a company's sales."""

import pytest

from claims_fixtures import article, rows_of, story_claims, table, two_outlets


@pytest.mark.parametrize("part, whole, value, owner, place", [
    ("Of Vinto's May downloads, 2.4 million came from Brazil, Sensor Lab said.",
     "Vinto was downloaded about 6 million times in May, according to Sensor Lab.", "2.4 million", "Vinto", "Brazil"),
    ("Of Kestra's first-quarter sales, $1.2 billion came from China, the company said.",
     "Kestra's sales reached $4 billion in the first quarter, the company said.", "$1.2 billion", "Kestra", "China"),
    ("Of the new users Pondo signed up last week, 900,000 came from India, Appwise said.",
     "Pondo signed up about 3 million new users last week, Appwise said.", "900,000", "Pondo", "India"),
])
def test_a_part_from_a_place_is_that_places_not_the_wholes(tmp_path, part, whole, value, owner, place):
    claims = story_claims(tmp_path, {"a.md": article(f"{owner} has a record month", "2026-06-10", part, "Wire"),
                                     "b.md": article(f"{owner} grows", "2026-06-11", whole, "Paper")})
    assert not (claims.status == "conflict").any(), table(claims)
    part = rows_of(claims, value)  # kept as a claim (not dropped), the owner's, scoped to the place
    assert set(part.entity) == {owner} and set(part.scope) == {place}, table(claims)


def test_a_company_after_from_is_still_the_owner(tmp_path):
    claims = two_outlets(tmp_path, "About 40 million messages a day come from Brisko, the company said.",
                         "Brisko sends some 40 million messages a day, it said.")
    assert (claims.status == "agreement").any(), table(claims)
