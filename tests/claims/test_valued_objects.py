"""A physical quantity an estimator puts a thing at is the measure of that thing ("estimated the storm's winds at 190
km/h", "put the river's height at 7.9 metres"): the verb's object names what is measured, as "winds of 150 km/h" or
"a height of 6.2 metres" does, and the subject only reads it (noun_measures.measured_noun). A subject stated at a
level with no object ("the lake crested at 4 metres") is still that subject's level. Stories of our own: a storm,
a river, a glacier."""

import pytest

from claims_fixtures import table, two_outlets


@pytest.mark.parametrize("first, second, metric", [
    ("The storm made landfall on Monday with sustained winds of 150 km/h, the weather service said.",
     "A naval tracking centre estimated the storm's sustained winds at 190 km/h on Monday.", "wind_speed"),
    ("The Marran River reached a height of 6.2 metres on Tuesday, the water agency said.",
     "Hydrologists put the Marran River's height at 7.9 metres on Tuesday.", "height_length"),
    ("The Selva glacier has a thickness of 300 metres, the survey found.",
     "A university team measured the Selva glacier's thickness at 420 metres.", "thickness_length"),
])
def test_an_estimated_object_is_the_measure(tmp_path, first, second, metric):
    claims = two_outlets(tmp_path, first, second)
    keyed = claims[claims.metric == metric]
    assert len(keyed) == 1 and keyed.n_sources.iloc[0] == 2, table(claims)


def test_a_level_with_no_object_stays_its_subjects(tmp_path):
    claims = two_outlets(tmp_path, "Lake Orrin crested at 4 metres on Friday.",
                         "The flood board estimated the lake's depth at 9 metres on Friday.")
    assert "level_length" in set(claims.metric) and "depth" in set(claims.metric), table(claims)
    assert not claims.status.isin(["conflict", "discrepancy", "agreement"]).any(), table(claims)
