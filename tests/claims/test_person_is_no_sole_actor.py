""""The company" after a sentence that names a person in full ("Chief executive Priya Nair says lending has grown")
points back to the article's company, not to a part of that person's name ("Priya"): a person named in full is an
actor of that sentence, so it has no sole actor for the anaphor to take (sole_actor). A sentence before that names
one company and nobody else still gives "the company" to it. Stories of our own: a bank, a food maker, a
grocery app."""

import pytest

from claims_fixtures import table, two_outlets


@pytest.mark.parametrize("first, second, owner", [
    ("Drennan Bank said on Monday that profit rose.\nChief executive Priya Nair says lending has grown sharply since "
     "2024.\nThe bank employs around 4,000 people.", "Drennan Bank employs about 4,000 people.", "Drennan Bank"),
    ("Velmora Foods said on Monday that it would open a new plant.\nChief executive Mark Olsen says demand has grown "
     "sharply since 2024.\nThe company employs around 900 people.", "Velmora Foods employs about 900 people.",
     "Velmora Foods"),
])
def test_the_company_after_a_named_person_is_the_articles(tmp_path, first, second, owner):
    claims = two_outlets(tmp_path, first, second)
    assert list(claims.entity) == [owner] and claims.status.iloc[0] == "agreement", table(claims)


def test_the_company_after_a_sentence_naming_one_company_is_that_company(tmp_path):
    claims = two_outlets(tmp_path, "Shoppers have tried many grocery apps, and few have grown as fast as Pellmo.\n"
                                   "The app has about 900,000 users.", "Pellmo has about 900,000 users.")
    assert list(claims.entity) == ["Pellmo"] and claims.status.iloc[0] == "agreement", table(claims)
