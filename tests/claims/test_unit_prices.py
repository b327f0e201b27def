"""What one unit of a thing costs its buyer ("costs about $9,000 apiece", "each bus costs €560,000") is its price, one
measure with "priced at"; what a unit costs to make stays its cost. Stories of our own."""

import pytest

from claims_fixtures import own_outlet_article as article, story_claims


@pytest.mark.parametrize("priced, costs", [
    ("Helix Robotics said its new warehouse robot would be priced at $42,000.",
     "Helix Robotics' robot costs about $42,000 apiece, the company said."),
    ("Kestrel Drones priced its survey drone at $18,500.",
     "Kestrel Drones' survey drone costs $18,500 per unit, the company said."),
    ("Sorrel Audio will price its studio headphones at $1,200.",
     "Sorrel Audio's headphones cost $1,200 each, the company said."),
])
def test_what_a_unit_costs_is_its_price(tmp_path, priced, costs):
    claims = story_claims(tmp_path, {
        "a.md": article("Launch", "2026-03-10", priced),
        "b.md": article("Review", "2026-03-11", costs),
    })
    assert list(claims[claims.metric == "price"]["status"]) == ["agreement"]


def test_what_a_unit_costs_to_make_is_not_its_price(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Launch", "2026-03-10", "Helix Robotics said its new warehouse robot would be priced at $42,000."),
        "b.md": article("Margins", "2026-03-11", "Each Helix Robotics robot costs about $42,000 to build, analysts say."),
    })
    assert not any(claims.status.isin(["conflict", "discrepancy", "agreement"]))
