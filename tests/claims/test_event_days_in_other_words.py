"""One happening told in other words keeps one key, so two days for it disagree:
- a blackout is an event of its own: homes lost power, the lights went out, power was cut, a blackout struck;
- hail, frost, blizzards and rockfalls strike as storms do, and a storm that battered, lashed or pounded a place struck
  it; a bus that left the road, ran or veered off it or plunged into a ravine crashed; a fire, a quake or a stampede
  dated right after its noun ("died in the blaze on Wednesday") happened that day;
- announced, unveiled, revealed, declared and presented are one announcement;
- a company that detected unusual, suspicious or unauthorised activity on its systems discovered the breach.
Stories of our own: a heatwave grid failure, a storm, a substation fire, a hailstorm, a frost on coffee farms, a
blizzard, road crashes in Peru, Spain and Kenya, a cocoa price, a drug trial, a union ballot, a telecom, a hospital
group and a retailer."""

import pytest

from claims_fixtures import article, dated_outlets, story_claims, table


@pytest.mark.parametrize("event, one, other", [
    ("power_cut", "About 180,000 homes in the Phoenix area lost power on Tuesday afternoon as record heat pushed demand "
                  "to a high.",
     "The lights went out across west Phoenix on Monday afternoon, when the grid buckled under record demand."),
    ("power_cut", "Storm Odile cut power to 420,000 households in Brittany on Sunday.",
     "A blackout hit Brittany on Saturday night as Storm Odile brought down power lines."),
    ("power_cut", "A fire at a substation caused a power cut that plunged much of Leeds into darkness on Friday.",
     "Power went out across Leeds on Thursday evening after a fire at a substation."),
    ("disaster_struck", "A hailstorm tore through western Sydney on Wednesday afternoon, damaging thousands of homes.",
     "Residents were still clearing up after the hail that battered western Sydney on Thursday."),
    ("disaster_struck", "A severe frost struck coffee farms across southern Minas Gerais on Monday.",
     "The frost hit coffee farms across southern Minas Gerais on Sunday, growers said."),
    ("disaster_struck", "A blizzard lashed Buffalo on Friday, stranding hundreds of drivers.",
     "The blizzard that pounded Buffalo on Saturday stranded hundreds of drivers."),
    ("disaster_struck", "Seventeen people were killed when the bus left the road near Cusco on Wednesday night.",
     "The bus crashed near Cusco before dawn on Thursday, killing seventeen people."),
    ("disaster_struck", "A coach carrying 40 pensioners ran off the road near Malaga on Saturday.",
     "The coach crashed near Malaga on Sunday morning, injuring 12 pensioners."),
    ("disaster_struck", "A fuel truck veered off the road near Naivasha on Monday and caught fire.",
     "The truck crashed near Naivasha on Tuesday."),
    ("disaster_struck", "A fire broke out at the Nirmaan Apparels factory outside Dhaka at around 2pm on Thursday.",
     "Thirty-one workers died in the blaze on Wednesday at the Nirmaan Apparels factory outside Dhaka."),
    ("disaster_struck", "An earthquake struck central Ostfeld on Saturday night.",
     "Forty people died in the quake on Sunday in central Ostfeld."),
    ("disaster_struck", "A stampede on Monday at the Kumbh bathing ghat killed eleven pilgrims.",
     "Eleven pilgrims died in the stampede on Tuesday at the Kumbh bathing ghat."),
    ("occurrence: announce", "The Cocoa Board announced the new farmgate price on Thursday.",
     "The Cocoa Board unveiled the new farmgate price on Wednesday."),
    ("occurrence: announce", "Halvard presented the trial results at a cancer congress in Chicago on Sunday.",
     "Halvard revealed the trial results at a cancer congress in Chicago on Saturday."),
    ("occurrence: announce", "The dock workers' union declared the result of its ballot on Friday.",
     "The dock workers' union announced the result of its ballot on Thursday."),
    ("breach_discovered", "Corrib said its security team first detected unusual activity on one of its customer "
                          "databases on Friday.",
     "Internal emails show engineers at Corrib discovered the breach on Wednesday, September 2."),
    ("breach_discovered", "St Anselm Health said it identified suspicious activity on its patient records system on "
                          "Monday.",
     "St Anselm Health discovered the intrusion on Saturday, according to a regulator's report."),
    ("breach_discovered", "Marlo Retail spotted unauthorised activity on its payments servers on Tuesday.",
     "Marlo Retail detected the cyberattack on Sunday, two days earlier than it has said."),
])
def test_two_days_for_one_happening_told_in_other_words_conflict(tmp_path, event, one, other):
    claims = dated_outlets(tmp_path, ("2026-09-09", one), ("2026-09-10", other))
    assert (claims[claims.metric.str.startswith(event)].status == "conflict").any(), table(claims)


@pytest.mark.parametrize("body", [
    "The Labour Party lost power in 2019 after nine years in office.",
    "An outage hit Nimbra Cloud's servers on Monday, taking thousands of websites offline.",
])
def test_power_lost_in_other_senses_is_no_power_cut(tmp_path, body):
    claims = story_claims(tmp_path, {"a.md": article("Outage", "2026-07-15", body, outlet="Wire")})
    assert "power_cut" not in set(claims.metric), table(claims)


@pytest.mark.parametrize("one, other", [
    ("The fisheries directorate announced a 12% reduction in the cod quota on Thursday.",
     "When the directorate announced the new cod quota on Wednesday, fishermen were dismayed."),
    ("Rangers discovered the stranding on Bryant's Spit on Monday morning.",
     "Rangers discovered the pod on Bryant's Spit on Sunday."),
    ("The commission declared the result on Sunday night.", "The commission declared Ade Bello the winner on Monday."),
])
def test_one_event_told_of_different_things_once_per_article_is_one(tmp_path, one, other):
    claims = dated_outlets(tmp_path, ("2026-10-09", one), ("2026-10-10", other))
    assert (claims[claims.metric.str.startswith("occurrence")].status == "conflict").any(), table(claims)


def test_two_things_one_article_tells_stay_two_events(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("News", "2026-10-09", "Kaimai announced the plant's closure on Tuesday and announced its "
                                              "results on Thursday.", outlet="Wire"),
        "b.md": article("News", "2026-10-10", "Kaimai announced its results on Thursday.", outlet="Ledger")})
    assert not (claims.status == "conflict").any(), table(claims)
