"""Two small keys read the way news writes them: a funding round's name before the amount's noun ("a $200 million
Series C investment in Fenwick") owns nothing, the company invested in does (names.ROUND_NAME); a place's
"inhabitants" are its population (config synonyms). Stories of our own: two start-ups, a country, a city."""

import pytest

from claims_fixtures import table, two_outlets


@pytest.mark.parametrize("sentence, owner", [
    ("Arcadia led a $200 million Series C investment in Fenwick.", "Fenwick"),
    ("Kestrel Ventures led a $60 million Series B investment in Orbly, the start-up said.", "Orbly"),
])
def test_a_round_name_owns_nothing(tmp_path, sentence, owner):
    claims = two_outlets(tmp_path, sentence, "The weather was fine.")
    assert "Series" not in " ".join(claims.entity) and owner in set(claims.entity), table(claims)


@pytest.mark.parametrize("first, second, status", [
    ("Zembla's population reached 48 million in 2025.", "Zembla had 51 million inhabitants in 2025, the UN estimates.",
     "conflict"),
    ("The population of Marova is 3.2 million, census figures show.", "Marova has 3.2 million inhabitants.",
     "agreement"),
])
def test_inhabitants_are_the_population(tmp_path, first, second, status):
    claims = two_outlets(tmp_path, first, second)
    assert list(claims[claims.metric == "population"].status) == [status], table(claims)
