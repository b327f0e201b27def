"""A figure whose owner was read as the dateline's city ("LIMA, March 9 (Andes Wire) - A quake struck southern
Peru, ... injuring more than 300") belongs to the one place its sentence names, not to nobody: its toll meets
the other articles' toll for that place."""

import pytest

from claims_fixtures import article, story_claims


@pytest.mark.parametrize("first, second, place", [
    ("LIMA, March 9 (Andes Wire) - A magnitude 7.1 earthquake struck southern Peru early on Tuesday, killing at "
     "least 23 people and injuring more than 300, the civil defence agency said.",
     "The government of Peru said 412 people had been injured in the earthquake.", "Peru"),
    ("NEW DELHI, July 4 (Asia Wire) - Floods swept through Assam on Thursday, killing 12 people and injuring "
     "more than 80, officials said.", "Officials in Assam said 85 people had been injured in the floods.", "Assam"),
    ("TOKYO, Sept 1 (Pacific Wire) - A typhoon hit Okinawa on Sunday, killing three people and injuring more than "
     "60, officials said.", "Officials in Okinawa said 64 people had been injured in the typhoon.", "Okinawa"),
])
def test_a_dateline_city_gives_way_to_the_place_its_sentence_names(tmp_path, first, second, place):
    claims = story_claims(tmp_path, {"a.md": article("Quake", "2027-03-09", first, "Wire"),
                                     "b.md": article("Toll", "2027-03-10", second, "Daily")})
    hurt = claims[claims.metric == "injuries"]
    assert list(hurt.entity) == [place] and list(hurt.status) == ["agreement"], \
        claims[["entity", "metric", "status", "values"]].to_string()
