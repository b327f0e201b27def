"""A place named in a locative phrase says where something happened, not whose figure it is
(claims/locatives.py): arrests made near a station, fans hurt outside a ground, protesters detained outside
a tower, mourners gathered around a square own nothing. A toll whose place is only guessed from the sentences
before it keys with the same toll another article gives with no place (claims/guessed_places.py). Stories of
our own: a protest, a cup final, a vigil, a flood, an election, a factory fire."""

import pytest

from claims_fixtures import article, dated_outlets, story_claims

COLUMNS = ["entity", "metric", "scope", "period", "status", "values"]


@pytest.mark.parametrize("body, landmark", [
    ("Police said 23 arrests were made near Harrow Road Station on Saturday.", "Harrow"),
    ("About 300 fans were injured outside Kelso Park before the final.", "Kelso"),
    ("Police said 40 protesters were detained outside Meridian Tower.", "Meridian"),
    ("Some 5,000 people gathered around Union Square for the vigil.", "Union"),
])
def test_a_landmark_near_a_count_owns_none_of_it(tmp_path, body, landmark):
    claims = story_claims(tmp_path, {"a.md": article("Story", "2026-10-18", body)})
    assert len(claims), body
    assert not any(landmark in str(e) for e in claims.entity), claims[COLUMNS].to_string()


# each second article also gives an earlier toll of another place, so no single owner of the measure is taken
@pytest.mark.parametrize("first, second", [
    ("The river burst its banks in Rajmer on Monday. Officials said 17 people had died.",
     "Officials said 17 people had died, most of them swept away as they slept. On Sunday, 4 people died in Tarsa."),
    ("Fans clashed with stewards before the final in Glasgow. Police said 45 people had been arrested.",
     "Police said 45 people had been arrested by the final whistle. On Friday, 9 people were arrested in Dundee."),
    ("Voters queued for hours at polling stations across Kenya on Tuesday. Police said 26 people had been arrested.",
     "Police said 26 people had been arrested for ballot offences. On Monday, 4 people were arrested in Uganda."),
    ("A fire tore through a garment factory in Dhaka on Sunday night. Officials said 12 people had died.",
     "Officials said 12 people had died, most of them trapped on the upper floors. On Saturday, 3 people died in Chittagong."),
])
def test_a_toll_whose_place_is_guessed_joins_the_unplaced_one(tmp_path, first, second):
    claims = dated_outlets(tmp_path, ("2026-10-18", first), ("2026-10-18", second))
    assert "agreement" in set(claims.status), claims[COLUMNS].to_string()


def test_a_toll_whose_own_sentence_names_its_place_keeps_it(tmp_path):
    claims = dated_outlets(tmp_path, ("2026-10-18", "Police said 31 people had been arrested in Ostrava."),
                           ("2026-10-18", "Police said 31 arrests were made. On Friday, 12 people were arrested in Brno."))
    assert "Ostrava" in set(claims.entity), claims[COLUMNS].to_string()
