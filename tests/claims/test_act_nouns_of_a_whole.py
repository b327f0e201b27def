"""A noun of an act ("deliveries", "sales", "production") takes the measure of the owner's things that act counts
(acted_measures.key_by_acts). Where the owner counts those things both under a kind and as a whole ("12,000 electric
buses", "30,000 buses"), the act's noun counts the whole: "Brekka's production reached 26,000" is its buses built.
Where only kinds are counted ("electric", "petrol"), the noun says no more than itself. Stories of our own: a bus
maker, a phone maker, a scooter maker."""

import pytest

from claims_fixtures import table, two_outlets


@pytest.mark.parametrize("first, second, whole", [
    ("Brekka built 12,000 electric buses in 2025. In all, Brekka built 30,000 buses in 2025.",
     "Brekka's production reached 26,000 in 2025.", "buses"),
    ("Nokra delivered 3 million foldable phones in 2025. In all, it delivered 40 million phones in 2025.",
     "Nokra's deliveries totalled 36 million in 2025, analysts said.", "phones"),
    ("Voltra sold 20,000 electric scooters in Spain in 2025. Worldwide, it delivered 90,000 scooters in 2025.",
     "Voltra's sales in Spain totalled 15,000 in 2025.", "scooters"),
])
def test_an_act_noun_counts_the_whole(tmp_path, first, second, whole):
    claims = two_outlets(tmp_path, first, second)
    kinds = set(claims.metric) - {whole}  # the kind counted apart ("electric_buses"), and no act noun left
    assert whole in set(claims.metric) and len(kinds) == 1 and kinds.pop().endswith(f"_{whole}"), table(claims)


def test_kinds_without_a_whole_leave_the_noun(tmp_path):
    claims = two_outlets(tmp_path, "Voltra sold 20,000 electric scooters in Spain in 2025. It sold 9,000 petrol "
                                   "scooters in Spain in 2025.", "Voltra's sales in Spain totalled 15,000 in 2025.")
    assert "sales" in set(claims.metric), table(claims)
