"""A disaster's toll whose sentence names its site ("at the Halvard mine", "the Pine Hollow fire") is the site's,
not that of the district, state or dateline around it, so two articles that place it differently still compare;
and a dateline ("PORTLAND, Ore. (Coast Wire) —") names neither actor nor owner: a measure of the article's main
actor in its first sentence stays the actor's. Stories of our own: a mine collapse, a factory fire, a wildfire;
an airline's, a retailer's and a game studio's results. A place's rate (unemployment) stays the place's, whatever
site its sentence names: only a toll is a site's."""

import pytest

from claims_fixtures import article, story_claims


@pytest.mark.parametrize("site, wide, named", [
    ("Halvard", ("Six killed as mine roof collapses in Ostrava",
                 "OSTRAVA: Six miners were killed on Monday when a tunnel collapsed at the Halvard mine, officials "
                 "said."),
     ("Halvard collapse: anger grows", "The collapse at the Halvard mine killed nine miners on Monday, the company said.")),
    ("Marlin", ("Eleven dead in Ashulia fire",
                "Eleven workers died on Tuesday when a fire swept through the Marlin factory in Dhaka's Ashulia district."),
     ("Marlin fire: owners questioned", "The blaze at the Marlin factory killed 14 workers on Tuesday, police said.")),
    ("Pine Hollow", ("Oregon fire kills firefighters",
                     "Two firefighters died on Sunday battling the Pine Hollow fire in Oregon's Lane County."),
     ("Pine Hollow fire grows", "The Pine Hollow fire killed four firefighters on Sunday, the Forest Service said.")),
])
def test_a_toll_at_a_named_site_is_the_site_s(tmp_path, site, wide, named):
    claims = story_claims(tmp_path, {"a.md": article(wide[0], "2026-07-14", wide[1]),
                                     "b.md": article(named[0], "2026-07-15", named[1])})
    shown = claims[["entity", "metric", "scope", "period", "status", "values"]].to_string()
    assert list(claims[(claims.entity == site) & (claims.metric == "deaths")].status) == ["conflict"], shown


@pytest.mark.parametrize("name, own, filed", [
    ("Aerolux", "Aerolux had revenue of $4.2 billion in 2025.",
     "PORTLAND, Ore. (Coast Wire) — Annual revenue reached $3.1 billion in 2025, the company said."),
    ("Shopnest", "Shopnest had 9 million monthly active users in May.",
     "LYON, France (Euro Wire) — A busy spring lifted monthly active users to 6 million in May, the company said."),
    ("Runequest", "Runequest's maker employed 900 people at the end of 2025.",
     "KYOTO (Game Wire) — Staff numbered 600 at the end of 2025, the studio said."),
])
def test_a_dateline_names_no_other_actor(tmp_path, name, own, filed):
    claims = story_claims(tmp_path, {"a.md": article(f"{name} posts its results", "2026-06-10", own),
                                     "b.md": article(f"{name} beats its own forecast", "2026-06-11", filed)})
    shown = claims[["entity", "metric", "scope", "period", "status", "values"]].to_string()
    assert list(claims[claims.entity == name].status) == ["conflict"], shown


@pytest.mark.parametrize("place, first, second", [
    ("Ostrava", "Ostrava's unemployment rate was 6.2% in March.",
     "Unemployment in Ostrava rose to 7.1% in March after the Halvard mine closed."),
    ("Varda", "Varda's unemployment rate was 4.1% in May.",
     "Unemployment in Varda reached 5.3% in May, after the Kelso refinery closed."),
    ("Nordland", "Nordland's jobless rate was 5.5% in June.",
     "The jobless rate in Nordland climbed to 6.8% in June as the Brisk factory laid off workers."),
])
def test_a_place_s_rate_is_never_a_site_s(tmp_path, place, first, second):
    claims = story_claims(tmp_path, {"a.md": article(f"{place} economy", "2026-07-14", first),
                                     "b.md": article(f"{place} economy", "2026-07-15", second)})
    shown = claims[["entity", "metric", "scope", "period", "status", "values"]].to_string()
    assert list(claims[claims.entity == place].status) == ["conflict"], shown


@pytest.mark.parametrize("site, sentence", [
    ("Marlin", "The death toll from Thursday's fire at the Marlin factory rose to 31 yesterday, police said."),
    ("Halvard", "Rescuers have recovered 12 bodies since Monday's collapse at the Halvard mine, the company said."),
    ("Ashford Hall", "The toll from Tuesday's Ashford Hall fire reached 12 on Wednesday, the fire service said."),
])
def test_a_day_before_a_site_is_no_site_of_its_own(tmp_path, site, sentence):
    # "Thursday's fire" named the fire's day, and the toll went to a site called "Thursday's"
    claims = story_claims(tmp_path, {"a.md": article("Toll rises", "2026-04-17", sentence)})
    shown = claims[["entity", "metric", "scope", "period", "status", "values"]].to_string()
    assert not claims.entity.str.contains("day's|day’s", regex=True).any(), shown
    assert site in set(claims.entity), shown
