"""An unowned figure whose scope is a place another article names as the owner of the same measure is that place's
figure: "the wildfire near Corran has burned 12,000 hectares" and "the Corran fire had scorched about 20,000 hectares"
count one fire's area (scope_owners.scope_as_owner). A place no other article names as an owner stays a scope.
Stories of our own: two wildfires, a rain storm."""

import pytest

from claims_fixtures import table, two_outlets


@pytest.mark.parametrize("first, second", [
    ("The wildfire near Corran has burned 12,000 hectares as of Monday, firefighters said.",
     "The Corran fire had scorched about 20,000 hectares by Monday, satellite data showed."),
    ("The wildfire near Bexley has burned 5,000 acres as of Friday, officials said.",
     "The Bexley fire had scorched about 9,000 acres by Friday, satellite data showed."),
])
def test_a_place_written_as_scope_and_as_owner_is_one_key(tmp_path, first, second):
    claims = two_outlets(tmp_path, first, second)
    assert len(claims[claims.metric == "area"]) == 1 and "conflict" in set(claims.status), table(claims)


def test_a_place_nobody_names_as_owner_stays_a_scope(tmp_path):
    claims = two_outlets(tmp_path, "The wildfire near Corran has burned 12,000 hectares as of Monday, firefighters said.",
                         "Heavy rain fell in Dunmore on Monday, officials said.")
    assert "Corran" not in set(claims.entity), table(claims)
