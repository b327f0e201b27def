"""A relative clause after a tie to another party ("Orvel, its longtime rival, which has a market value of $8bn";
"Kestra, its parent, which reported revenue of $9.2 billion") tells of the name the tie is set beside: a party is not its own
rival, parent or partner, whatever the parse hangs the tie on (claims/relatives.py, relative_owner). Stories of our
own: two grocers, a courier and its parent, a streaming app and its rival."""

import pytest

from claims_fixtures import rows_of, table, two_outlets


@pytest.mark.parametrize("sentence, value, owner", [
    ("By that measure Pantrio is now worth more than Orvel, its longtime rival, which has a market value of about $8.1bn.",
     "$8.1 billion", "Orvel"),
    ("Swiftbox is smaller than Kestra Group, its parent, which reported revenue of $9.2 billion last year.",
     "$9.2 billion", "Kestra"),
    ("Streamlo now trails Vidora, its biggest competitor, which has 210 million monthly users.",
     "210 million", "Vidora"),
])
def test_the_relative_clause_tells_of_the_rival(tmp_path, sentence, value, owner):
    claims = two_outlets(tmp_path, sentence, "The company said little else on Monday.")
    assert set(rows_of(claims, value).entity) == {owner}, table(claims)
