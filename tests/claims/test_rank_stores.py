"""A rank is on the store named nearest after it in its clause (else before it): "ranked first on the App
Store's free chart on Tuesday, Jan. 13, and second on Google Play" is No. 1 on the App Store and No. 2 on
Google Play, never both on Google Play; "free iPhone apps" is the App Store's chart. Sentences of our own."""

import pytest

from newsreport.claims.ranks import store_of


@pytest.mark.parametrize("clause, word, store", [
    ("ranked first on the App Store's free chart on Tuesday, Jan. 13, and second on Google Play", "first",
     "the App Store"),
    ("ranked first on the App Store's free chart on Tuesday, Jan. 13, and second on Google Play", "second",
     "Google Play"),
    ("was No. 4 on Google Play and No. 9 on Apple's chart", "No. 9", "the App Store"),
    ("held the No. 1 spot among free iPhone apps in the US", "No. 1", "the App Store"),
    ("sat at No. 2 on Google Play by Friday", "No. 2", "Google Play"),
])
def test_a_rank_is_on_the_store_named_nearest_after_it(clause, word, store):
    assert store_of(clause, clause.index(word)) == store
