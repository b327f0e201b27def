"""A toll or a rate a state, provincial or national body gives, in a sentence that names no place, is that wider
area's: it is not given to the town the headline names for another reason ("27 heatstroke deaths confirmed as
Banda touches 48.6°C" and "The state health department on Sunday confirmed 27 deaths"). Stories of our own: a heat
wave, a flood, an outbreak."""

import pytest

from claims_fixtures import article, story_claims


@pytest.mark.parametrize("title, body, value, town", [
    ("27 heatstroke deaths confirmed as Vellapur touches 48.6C",
     "The state health department on Sunday confirmed 27 deaths from heatstroke since May 10.", "27", "Vellapur"),
    ("Floods cut off Orsk as the toll rises",
     "The national disaster agency said 40 people had died in the floods by Friday.", "40", "Orsk"),
    ("Measles returns to Kessel school",
     "Provincial health authorities have confirmed 112 measles cases this year.", "112", "Kessel"),
])
def test_a_wider_body_s_toll_is_not_the_headline_town_s(tmp_path, title, body, value, town):
    claims = story_claims(tmp_path, {"a.md": article(title, "2026-05-18", body, "Wire"),
                                     "b.md": article("Other", "2026-05-18", "Nothing else was reported.", "Paper")})
    toll = claims[claims["values"].str.contains(value)]
    assert len(toll) == 1 and town not in toll.entity.iloc[0], claims[["entity", "metric", "values"]].to_string()


def test_a_town_s_own_toll_under_its_headline_stays_the_town_s(tmp_path):
    claims = story_claims(tmp_path, {"a.md": article("Floods cut off Orsk", "2026-05-18",
                                                     "Twelve people died in the floods on Friday, the mayor said.", "Wire"),
                                     "b.md": article("Other", "2026-05-18", "Nothing else was reported.", "Paper")})
    toll = claims[claims["values"] == "12"]
    assert list(toll.entity) == ["Orsk"], claims[["entity", "metric", "values"]].to_string()
