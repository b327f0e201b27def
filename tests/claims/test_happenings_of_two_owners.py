"""An account that names no thing ("Pacific Basin Grid peaked on Wednesday") is not given the thing of another
account whose subject names another owner ("demand on the Sonoran Grid Authority's network peaked on Tuesday"): two
owners, two happenings, never a conflict (claims/occurrence_subjects.py, `occurrences.unify_occurrences`). A subject
with no owner named ("the river crested") is still the same happening (tests/claims/test_occurrences.py). Stories of
our own: two grids in a heatwave, two rivers in a flood, two ports in a storm."""

import pytest

from claims_fixtures import table, two_outlets


@pytest.mark.parametrize("first, second", [
    ("Electricity demand on the Sonoran Grid Authority's network peaked at 31.4 gigawatts on Tuesday.",
     "Pacific Basin Grid, which serves Nevada, peaked at 31 gigawatts on Wednesday as the heat spread west."),
    ("Water on the Elmar Basin Authority's lower reaches crested at 6.1 metres on Sunday, officials said.",
     "Lake Corrin, which feeds the upper canal, crested on Monday, the agency said."),
    ("Traffic at the Kessel Port Authority's container terminal peaked on Friday, the port said.",
     "Brannock Harbour, which handles grain, peaked on Saturday as ships queued."),
])
def test_happenings_of_two_named_owners_are_two(tmp_path, first, second):
    claims = two_outlets(tmp_path, first, second)
    happenings = claims[claims.metric.str.startswith("occurrence: ")]  # both days kept, each its own happening
    assert len(happenings) == 2 and not (claims.status == "conflict").any(), table(claims)
