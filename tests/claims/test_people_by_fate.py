"""People a disaster or an outbreak touched are counted by what happened to them, whatever the noun (config
`hospitalized` (the lead's, with "treated in hospital" added), `survivors`, `trapped_people`): "31 people have been admitted to hospital" and "44 patients
were treated in hospital", "53 survivors" and "53 people survived", "12 miners were trapped" and "twelve
workers remain trapped". Stories of our own: an outbreak, a bus crash, a ferry sinking, a mine collapse, a
building collapse."""

import pytest

from claims_fixtures import article, story_claims


@pytest.mark.parametrize("first, second, metric, status", [
    ("In Altavia, 31 people have been admitted to hospital with measles, the ministry said on Monday.",
     "In Altavia, 44 patients have been treated in hospital for measles, the regional agency said on Monday.",
     "hospitalized", "conflict"),
    ("Twenty passengers were taken to hospital after the bus crash near Osby, police said on Tuesday.",
     "Near Osby, 20 people were hospitalised after the crash, officials said on Tuesday.", "hospitalized", "agreement"),
    ("On Lake Morrow, fifty-three people survived the sinking, police said on Saturday.",
     "On Lake Morrow, 61 survivors were pulled from the water, the navy said on Saturday.", "survivors", "conflict"),
    ("At the Arden mine, 12 miners were trapped by the collapse, the owner said on Wednesday.",
     "At the Arden mine, twelve workers remain trapped, the union said on Wednesday.", "trapped_people", "agreement"),
    ("In Velta, 9 people were trapped under the collapsed block, firefighters said on Friday.",
     "In Velta, 14 residents were trapped in the rubble, the mayor said on Friday.", "trapped_people", "conflict"),
])
def test_people_counted_by_what_happened_to_them(tmp_path, first, second, metric, status):
    claims = story_claims(tmp_path, {"a.md": article("Toll", "2026-10-10", first, outlet="Wire"),
                                     "b.md": article("Toll", "2026-10-10", second, outlet="Paper")})
    rows = claims[claims.metric == metric]
    assert list(rows.status) == [status], claims[["entity", "metric", "period", "status", "values"]].to_string()
