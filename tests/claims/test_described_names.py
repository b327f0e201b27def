"""A participle set off by a comma right after a name describes that name, even where the parser hangs
it on the main verb: in "Harlo, now worth $2 billion, competes with rival Velo, valued at $3.5 billion",
the $3.5 billion is Velo's valuation, not Harlo's. Stories of our own (payroll, delivery and robotics
start-ups)."""

import pytest

from claims_fixtures import own_outlet_article as article, story_claims


@pytest.mark.parametrize("first, rival", [
    ("Harlo, now worth $2 billion after its latest round, competes with rival Velo, valued at $3.5 billion.",
     "Velo"),
    ("Dorna, worth about $2 billion today, lost ground to Pinwheel, valued at $5 billion in May.", "Pinwheel"),
    ("Axle Robotics, now valued at $2 billion, trails Corvid, estimated at $6 billion by analysts.", "Corvid"),
])
def test_a_rival_described_after_a_comma_owns_its_value(tmp_path, first, rival):
    owner = first.split(",")[0]
    claims = story_claims(tmp_path, {
        "a.md": article("Round", "2026-05-01", first),
        "b.md": article("Valuation", "2026-05-02", f"{owner} is valued at $2 billion."),
    })
    ours = claims[(claims.entity == owner) & (claims.metric == "valuation")]
    assert list(ours.status) == ["agreement"], claims[["entity", "metric", "status", "values"]].to_string()
    assert rival not in set(ours.entity)
