"""A blackout is an event of its own: the day homes lost power, the lights went out or a power cut struck, told once
per day, so two days for it disagree. Stories of our own: a heatwave grid failure, a storm, a substation fire."""

import pytest

from claims_fixtures import article, story_claims, table


@pytest.mark.parametrize("one, other", [
    ("About 180,000 homes in the Phoenix area lost power on Tuesday afternoon as record heat pushed demand to a high.",
     "The lights went out across west Phoenix on Monday afternoon, when the grid buckled under record demand."),
    ("Storm Odile cut power to 420,000 households in Brittany on Sunday.",
     "A blackout hit Brittany on Saturday night as Storm Odile brought down power lines."),
    ("A fire at a substation caused a power cut that plunged much of Leeds into darkness on Friday.",
     "Power went out across Leeds on Thursday evening after a fire at a substation."),
])
def test_two_days_for_one_power_cut_conflict(tmp_path, one, other):
    claims = story_claims(tmp_path, {"a.md": article("Blackout", "2026-07-15", one, outlet="Wire"),
                                     "b.md": article("After the blackout", "2026-07-17", other, outlet="Ledger")})
    assert (claims[claims.metric == "power_cut"].status == "conflict").any(), table(claims)


@pytest.mark.parametrize("body", [
    "The Labour Party lost power in 2019 after nine years in office.",
    "An outage hit Nimbra Cloud's servers on Monday, taking thousands of websites offline.",
])
def test_power_lost_in_other_senses_is_no_power_cut(tmp_path, body):
    claims = story_claims(tmp_path, {"a.md": article("Outage", "2026-07-15", body, outlet="Wire")})
    assert "power_cut" not in set(claims.metric), table(claims)
