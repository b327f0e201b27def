"""What a relative clause after the counted people says happened to them is part of the measure, as a participle
is (claims/fates.py `relative_fate`): "residents who were evacuated" are residents evacuated; "customers whose
accounts were frozen" are customers a harm reached, not all the owner's customers; a count of all it holds
("holds records on 40 million patients") is not the count affected. Stories of our own: floods, a bank outage,
a data breach, an airline strike, a ferry sinking, a landslide, marches, vigils and protests. Also: people
join a march or are "out of their homes" whatever the verb."""

import pytest

from claims_fixtures import article, story_claims


def keyed(tmp_path, first: str, second: str):
    return story_claims(tmp_path, {"a.md": article("Story", "2026-10-10", first, outlet="Wire"),
                                   "b.md": article("Story", "2026-10-10", second, outlet="Paper")})


def table(claims) -> str:
    return claims[["entity", "metric", "period", "status", "values"]].to_string()


@pytest.mark.parametrize("first, second, status", [
    ("In Tarvel, 8,000 residents who were evacuated from the river bank spent the night in schools, officials said.",
     "In Tarvel, 9,500 residents were evacuated from the river bank, the mayor said.", "conflict"),
    ("Near Corran, 40 hikers who were stranded by the landslide were flown out, the rescue service said.",
     "Near Corran, 40 hikers stranded by the landslide were flown out on Sunday, police said.", "agreement"),
    ("At Brisa port, 1,300 passengers who were stranded by the ferry strike slept in the terminal, the port said.",
     "At Brisa port, about 2,000 passengers were stranded by the ferry strike, the union said.", "conflict"),
])
def test_people_a_relative_clause_says_were_acted_on_are_counted_as_with_a_participle(tmp_path, first, second,
                                                                                      status):
    claims = keyed(tmp_path, first, second)
    joined = claims[claims["values"].str.count(";") == 1]  # (a running toll nobody owns: a possible discrepancy)
    assert [s.replace("discrepancy", "conflict") for s in joined.status] == [status], table(claims)


@pytest.mark.parametrize("first, second", [
    ("Korvex Bank holds accounts for some 9 million customers in total, its annual report says.",
     "Korvex Bank said 1.2 million customers whose accounts were frozen by the outage could not pay."),
    ("Halvern Health's platform holds records on some 40 million patients in total, its report says.",
     "Halvern Health said about 2.6 million patients whose records were taken were told by letter."),
    ("Skylark Air flies some 30 million passengers a year, the airline says.",
     "Skylark Air said 140,000 passengers whose flights were cancelled by the strike got refunds."),
])
def test_people_whose_things_were_hit_are_not_all_the_owner_s_people(tmp_path, first, second):
    claims = keyed(tmp_path, first, second)
    assert "conflict" not in set(claims.status), table(claims)
    assert claims.metric.str.endswith(": affected").any(), table(claims)


@pytest.mark.parametrize("first, second, status", [
    ("Halvern Health said 2.6 million patients whose data was stolen would get letters.",
     "About 2.6 million patients were affected by the Halvern Health breach, the regulator said.", "agreement"),
    ("Korvex Bank said 1.2 million customers whose cards were blocked by the glitch got refunds.",
     "Korvex Bank said the glitch affected 900,000 customers.", "conflict"),
    ("Orrin Water said 30,000 households whose supply was cut by the burst main got bottled water.",
     "Orrin Water said 30,000 households were affected by the burst main.", "agreement"),
])
def test_people_whose_things_were_hit_meet_the_people_affected(tmp_path, first, second, status):
    claims = keyed(tmp_path, first, second)
    statuses = {s.replace("discrepancy", "conflict") for s in claims[claims.metric.str.endswith(": affected")].status}
    assert status in statuses, table(claims)


@pytest.mark.parametrize("first, second, status", [
    ("In Tarvel, 12,000 people joined the march against the new motorway, police said.",
     "In Tarvel, 30,000 people took part in the march against the new motorway, organisers said.", "conflict"),
    ("About 5,000 people took part in the candlelit vigil on Sunday, police said.",
     "The candlelit vigil on Sunday drew about 5,000 people, the council said.", "agreement"),
    ("Some 800 people joined the tractor protest over fuel prices, police said.",
     "The tractor protest over fuel prices attracted 2,000 people, the farmers' union said.", "conflict"),
])
def test_people_who_join_or_take_part_in_a_march_are_its_crowd(tmp_path, first, second, status):
    claims = keyed(tmp_path, first, second)
    statuses = {s.replace("discrepancy", "conflict") for s in claims[claims.metric == "attendance"].status}
    assert status in statuses, table(claims)


@pytest.mark.parametrize("first, second, status", [
    ("In Tarvel, 4,000 residents were ordered out of their homes by the flood, officials said.",
     "In Tarvel, 4,000 people were evacuated because of the flood, the mayor said.", "agreement"),
    ("In Corran, some 900 people remained out of their homes after the landslide, police said.",
     "In Corran, 1,200 people were displaced by the landslide, the council said.", "conflict"),
    ("In Brisa, 2,500 residents were kept out of their homes by the wildfire, officials said.",
     "In Brisa, 2,500 residents were evacuated because of the wildfire, the fire service said.", "agreement"),
])
def test_people_out_of_their_homes_are_displaced_however_they_got_there(tmp_path, first, second, status):
    claims = keyed(tmp_path, first, second)
    statuses = {s.replace("discrepancy", "conflict") for s in claims[claims.metric == "displaced_people"].status}
    assert status in statuses, table(claims)
