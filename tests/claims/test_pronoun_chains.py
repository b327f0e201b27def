""""It" whose sentence before also opens on "it" points back past that sentence: both stand for the one named
before them ("Velora was set up in 2016. It began as a forum for PDF recipe cards. It is now valued at $4 billion":
Velora's valuation, not PDF's). A name inside that middle sentence is no sole actor for the second "it": the first
"it" already says who acts there. Stories of our own: a marketplace, a fintech, a brewer."""

import pytest

from claims_fixtures import table, two_outlets


@pytest.mark.parametrize("first, second, owner", [
    ("Velora was set up in Berlin in 2016 by two engineers.\nIt began as a forum for PDF recipe cards before growing "
     "into a marketplace.\nIt is now valued at more than $4 billion.", "Velora is valued at more than $4 billion.",
     "Velora"),
    ("Brindlepay was founded in Lagos in 2019.\nIt started out as a WhatsApp group for market traders.\nIt now has "
     "about 2 million users.", "Brindlepay has about 2 million users.", "Brindlepay"),
    ("Harrowgate Ales opened its first brewhouse in 1998.\nThey later took over a Heineken bottling line in Leeds.\n"
     "It now employs around 450 people.", "Harrowgate Ales employs about 450 people.", "Harrowgate Ales"),
])
def test_it_after_a_sentence_opening_on_it_is_the_one_named_before(tmp_path, first, second, owner):
    claims = two_outlets(tmp_path, first, second)
    assert list(claims[claims.status == "agreement"].entity) == [owner], table(claims)
    assert set(claims.entity) == {owner}, table(claims)


def test_a_sentence_naming_one_company_still_gives_it_to_the_next_it(tmp_path):
    # no pronoun subject in the sentence before: its one named actor is what "it" stands for
    claims = two_outlets(tmp_path, "Riders have tried many scooter apps, and few have grown as fast as Zippa.\n"
                                   "It now has about 300,000 riders.", "Zippa has about 300,000 riders.")
    assert list(claims[claims.status == "agreement"].entity) == ["Zippa"], table(claims)
