"""A count whose sentence names no owner, in an article whose headline calls its actor by a short name ("Velmar
recalls SUVs"), belongs to that actor under the full name it owns the same measure by elsewhere ("Velmar Motors
has 500,000 vehicles worldwide with faulty brakes"), so the two counts are compared. Stories of our own: a
carmaker's recall, a drugmaker's recall, a toymaker's recall."""

import pytest

from claims_fixtures import article, story_claims


@pytest.mark.parametrize("full, short, owned, unowned", [
    ("Velmar Motors", "Velmar", "Velmar Motors has about 500,000 vehicles worldwide with faulty brakes, it said.",
     "Worldwide, about 480,000 vehicles are affected, including some sold in Canada and Mexico."),
    ("Halvern Pharma", "Halvern", "Halvern Pharma has 2.4 million inhalers worldwide with a faulty valve, it said.",
     "Worldwide, some 2.3 million inhalers are affected, including some sold in Brazil."),
    ("Tobo Brands", "Tobo", "Tobo Brands has 310,000 toys worldwide with loose magnets, it said.",
     "Worldwide, roughly 300,000 toys are affected, including some sold in Japan and Australia."),
])
def test_a_headline_s_short_name_owns_what_its_full_name_owns(tmp_path, full, short, owned, unowned):
    claims = story_claims(tmp_path, {"a.md": article(f"{full} recall", "2026-05-11", owned),
                                     "b.md": article(f"{short} recalls products over safety fears", "2026-05-12",
                                                     f"{short} said the problem was found in March. {unowned}")})
    shown = claims[["entity", "metric", "scope", "status", "values"]].to_string()
    assert list(claims[claims.entity == full].status) == ["agreement"], shown
