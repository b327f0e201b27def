"""A count of people (or things) whose measure is said by what happened to them, not by their noun
(claims/fates.py; config `trial_participants`, `attendance`, `power_outages`, `people_aboard`, `missing_people`,
`arrests`, `petition_signatures`, `production`, `amount_owed`): a participle after the noun ("14 cavers trapped
underground", "customers caught up in the outage"), the group the count makes up ("a trial of 2,400 volunteers",
"in front of 35,000 fans"), the noun an estimator's "which" stands for ("the crowd, which police put at 41,000"),
what they went through as the verb's object or particle ("lost power", "brought out alive"), the orders people
are under, what a debtor owes; and the look-alikes kept apart (a part's count, a broadcast audience, a school's
enrolment, a ship's cargo, a debt in taxes). Stories of our own: rescues, mine fires, clinical trials, football
matches, concerts, rallies, floods, storms, chemical leaks, bankruptcies, output of mines, fields and farms, rail
and ferry disruption, arrests at protests, petitions."""

import pytest

from claims_fixtures import article, story_claims


def keyed(tmp_path, first: str, second: str):
    return story_claims(tmp_path, {"a.md": article("Story", "2026-10-10", first, outlet="Wire"),
                                   "b.md": article("Story", "2026-10-10", second, outlet="Paper")})


@pytest.mark.parametrize("first, second, metric, status", [
    # a participle after the noun: what happened to them
    ("Divers were trying to reach 14 cavers trapped underground at Ostrel, officials said.",
     "At Ostrel, eleven people remain trapped, the rescue service said.", "trapped_people", "conflict"),
    ("Crews were racing to reach 9 miners trapped behind the fire at Corran, the union said.",
     "At Corran, nine miners were trapped by the fire, the owner said.", "trapped_people", "agreement"),
    # the group a count makes up: a trial or study
    ("Brenwick Bio said its vaccine cut infections by 60% in a trial of 2,400 volunteers.",
     "Brenwick Bio's study enrolled 2,100 adults, the journal said.", "trial_participants", "conflict"),
    ("Orlen Pharma said its drug lowered blood pressure in a trial of 900 patients.",
     "Orlen Pharma enrolled 900 people in the study, the company said.", "trial_participants", "agreement"),
    ("A study involving 640 children found that the app helped with reading, its authors said.",
     "The study enrolled 640 children in 12 towns, a teacher said.", "trial_participants", "agreement"),
    # a crowd, however it is worded
    ("Kestrel City played in front of 35,000 fans, the club said.",
     "Kestrel City's crowd, which police put at 41,000, was the largest of the season.", "attendance", "conflict"),
    ("The Harrow Symphony played to 1,800 people at its opening night, the orchestra said.",
     "The Harrow Symphony's opening night was attended by 1,800 people, a critic wrote.", "attendance", "agreement"),
    # people ordered out of their homes are people evacuated, however the order is worded
    ("In Tarvel, 8,000 residents have been ordered to leave their homes as the river rises, officials said.",
     "In Tarvel, 9,500 people are under evacuation orders, the mayor said.", "displaced_people", "conflict"),
    ("At Brisa, 2,300 people were told to evacuate after the chlorine leak, the fire service said.",
     "At Brisa, 2,300 residents remain under evacuation orders, police said.", "displaced_people", "agreement"),
])
def test_people_counted_by_what_happened_to_them_whatever_the_noun(tmp_path, first, second, metric, status):
    claims = keyed(tmp_path, first, second)
    rows = claims[claims.metric.str.partition(":")[0] == metric]  # ("trial_participants: pupils")
    assert list(rows.status) == [status], claims[["entity", "metric", "period", "status", "values"]].to_string()


@pytest.mark.parametrize("first, second", [
    ("At Marlow station, 3,000 commuters stranded by the signal failure waited for buses, the operator said.",
     "At Marlow station, about 2,000 commuters were affected by the signal failure, the union said."),
    ("About 4,000 passengers caught up in the ferry strike slept in the terminal, the port said.",
     "Some 6,000 passengers were hit by the ferry strike, the unions said."),
    ("If you were one of the 90,000 customers caught up in the outage, you may claim a refund, the regulator said.",
     "The outage affected 60,000 customers, the regulator's report said."),
])
def test_people_a_harm_reached_are_one_count_however_it_is_worded(tmp_path, first, second):
    claims = keyed(tmp_path, first, second)
    rows = claims[claims.metric.str.endswith(": affected")]
    assert len(rows) == 1 and len(rows.iloc[0]["values"].split(";")) == 2, \
        claims[["entity", "metric", "period", "status", "values"]].to_string()


def test_a_count_in_a_trial_is_no_change_of_what_the_drug_cut(tmp_path):
    claims = keyed(tmp_path, "Halden Bio said its pill cut migraine days by 40% in a trial of 1,100 patients.",
                   "Halden Bio's shares rose 12% after the results, traders said.")
    assert not claims.metric.str.contains("patients").any()
    assert list(claims[claims.metric == "trial_participants"]["values"]) == ["1,100"]


@pytest.mark.parametrize("first, second, status", [
    ("The lender Corvex owes its savers about $3.4 billion, its filing shows.",
     "Corvex owed them $2.1 billion, its chairman told staff.", "conflict"),
    ("Velmar Energy owes its bondholders about $4.1 billion, its filing shows.",
     "The court filing puts what Velmar Energy owes at about $4.1bn.", "agreement"),
    ("The city of Ardmore owes its pension fund $800 million, the auditor said.",
     "Ardmore owes $650 million to its pension fund, the mayor said.", "conflict"),
])
def test_what_a_debtor_owes_is_one_measure_however_it_is_worded(tmp_path, first, second, status):
    claims = keyed(tmp_path, first, second)
    rows = claims[claims.metric == "amount_owed"]
    assert list(rows.status) == [status], claims[["entity", "metric", "period", "status", "values"]].to_string()


def test_what_one_creditor_is_owed_is_not_what_the_debtor_owes(tmp_path):
    claims = keyed(tmp_path, "Velmar Energy owes about $4.1 billion in all, its filing shows. "
                             "Its largest lender is owed $600 million.",
                   "Velmar Energy owes $4.1 billion, the court heard.")
    assert list(claims[claims.metric == "amount_owed"].status) == ["agreement"]
    assert list(claims[claims.metric == "owed_to_creditor"]["values"]) == ["$600 million"]


@pytest.mark.parametrize("first, second, status", [
    ("Tenwick produced 2.5 million tonnes of iron ore in 2025, the company said.",
     "Tenwick, which produced about 25 lakh tonnes of iron ore in 2025, is for sale.", "agreement"),
    ("Harlan Oil pumped 2.1 million barrels last year, the ministry said.",
     "Harlan Oil's output was 1.6 million barrels last year, analysts said.", "conflict"),
    ("Pellow Farms harvested 40,000 tonnes of wheat in 2025, the group said.",
     "Pellow Farms produced 40,000 tonnes of wheat in 2025, its report shows.", "agreement"),
])
def test_what_a_mine_field_or_farm_produced_is_one_measure_in_one_unit(tmp_path, first, second, status):
    claims = keyed(tmp_path, first, second)
    rows = claims[claims.metric == "production"]
    assert list(rows.status) == [status], claims[["entity", "metric", "period", "status", "values"]].to_string()


@pytest.mark.parametrize("first, second, joined", [
    ("About 5,000 people have been told to leave the town, the fire agency said.",
     "Some 5,000 residents are under evacuation orders, officials said.", True),
    ("Fifty-three people survived the sinking, the coastguard said.",
     "Fifty-three survivors were brought ashore, a police officer said.", True),
    ("The earthquake killed 80 children, the aid agency said.",
     "The earthquake killed 300 people, the government said.", False),  # a part of the toll, keyed apart
])
def test_a_count_nobody_owns_is_keyed_by_its_noun_only_when_it_names_a_group(tmp_path, first, second, joined):
    claims = keyed(tmp_path, first, second)
    counted = claims[claims["values"].str.count(";") == 1]
    assert (len(counted) == 1) == joined, claims[["entity", "metric", "period", "status", "values"]].to_string()


@pytest.mark.parametrize("first, second, metric, status", [
    # what the counted people went through, as the verb's object or particle: power lost, hospital care, aboard
    ("In Calloway, about 300,000 customers lost power after the hurricane, the utility said.",
     "In Calloway, 300,000 homes and businesses were without power after the hurricane, officials said.",
     "power_outages", "agreement"),
    ("After the ice storm, 52,000 customers in Brannock were without electricity, the grid operator said.",
     "After the ice storm, 80,000 customers in Brannock lost power, the governor said.", "power_outages",
     "discrepancy"),  # a running toll nobody owns: two values are a possible discrepancy
    ("In Dunsby, eighteen patients have needed hospital care since the outbreak began, officials said.",
     "In Dunsby, 18 people have been admitted to hospital since the outbreak began, the clinic said.",
     "hospitalized", "agreement"),
    ("The Kestrel Star had 410 passengers aboard when it ran aground, the coastguard said.",
     "The Kestrel Star had 520 people on board when it ran aground, the ferry company said.", "people_aboard",
     "conflict"),
    ("The Kestrair jet had 182 people on board, the airline said.",
     "The Kestrair jet had 182 people aboard, investigators said.", "people_aboard", "agreement"),
    ("In Harlow, 240 homes have been lost to the floods, the council said.",
     "In Harlow, the floods destroyed 310 homes, the fire service said.", "damaged_buildings", "conflict"),
])
def test_what_counted_people_went_through_names_the_measure(tmp_path, first, second, metric, status):
    claims = keyed(tmp_path, first, second)
    rows = claims[claims.metric.str.partition(":")[0] == metric]
    assert list(rows.status) == [status], claims[["entity", "metric", "period", "status", "values"]].to_string()


@pytest.mark.parametrize("sentence, part", [
    ("Rescuers reached 4 of the 12 climbers trapped on the ridge, the park service said.", "4"),
    ("Divers freed 7 of the 30 workers trapped in the flooded tunnel, officials said.", "7"),
    ("Firefighters led 20 of the 70 workers trapped in the basement to safety, the mayor said.", "20"),
])
def test_a_part_does_not_take_what_happened_to_its_whole(tmp_path, sentence, part):
    claims = keyed(tmp_path, sentence, "The weather was calm, a forecaster said.")
    parts = claims[claims["values"] == part]
    assert not parts.metric.isin(["trapped_people", "displaced_people"]).any(), \
        claims[["entity", "metric", "period", "status", "values"]].to_string()


def test_homes_that_lost_power_are_not_homes_lost(tmp_path):
    claims = keyed(tmp_path, "In Orrin, 9,000 homes lost power in the storm, the utility said.",
                   "In Orrin, the storm damaged 40 homes, the council said.")
    assert list(claims[claims["values"] == "9,000"].metric) == ["power_outages"]


@pytest.mark.parametrize("first, second, metric", [
    # missing, however it is worded
    ("In Tarvik, 14 people are still missing after the landslide, police said.",
     "In Tarvik, 20 residents remain unaccounted for after the landslide, the mayor said.", "missing_people"),
    ("At Corran, five miners are missing after the blast, the union said.",
     "At Corran, seven workers were missing after the blast, the owner said.", "missing_people"),
    # people in shelters are people displaced
    ("In Sorrel, 6,000 people are staying in relief camps after the cyclone, officials said.",
     "In Sorrel, 4,500 people have been displaced by the cyclone, the Red Cross said.", "displaced_people"),
    ("In Penrith, 900 residents are sleeping in evacuation centres after the floods, the council said.",
     "In Penrith, 1,200 people were evacuated after the floods, police said.", "displaced_people"),
    # a vessel or vehicle carrying people: the people aboard
    ("The Marra Star, carrying 200 people, capsized on Friday, the coastguard said.",
     "The Marra Star had 240 people aboard when it capsized on Friday, survivors said.", "people_aboard"),
    ("A bus carrying 52 people overturned near Osby, police said.",
     "The bus had 45 people on board when it overturned near Osby, the operator said.", "people_aboard"),
    # people who turned out for an event, took part in a study
    ("About 40,000 people turned out for the rally in Delvin, police said.",
     "The rally in Delvin drew 65,000 people, organisers said.", "attendance"),
    ("More than 3,000 fans showed up at the Lindell parade, the city said.",
     "The Lindell parade attracted 5,000 fans, the club said.", "attendance"),
    ("All 400 participants in the Corby diet study lost weight, its authors said.",
     "The Corby diet study enrolled 350 people, a nutritionist said.", "trial_participants"),
])
def test_more_wordings_of_what_happened_to_the_people_counted(tmp_path, first, second, metric):
    claims = keyed(tmp_path, first, second)
    rows = claims[claims.metric.str.partition(":")[0] == metric]
    assert rows["values"].str.split(";").str.len().sum() == 2, \
        claims[["entity", "metric", "period", "status", "values"]].to_string()


@pytest.mark.parametrize("first, second", [
    ("About 6,000 passengers delayed by the storm slept at the airport, the airline said.",
     "Some 9,000 passengers were affected by the storm, the airport said."),
    ("Around 2,000 commuters delayed by the strike waited for buses, the council said.",
     "Roughly 2,000 commuters were caught up in the strike, the union said."),
    ("About 700 shoppers delayed by the power cut waited outside, the mall said.",
     "About 700 shoppers were affected by the power cut, the police said."),
])
def test_people_delayed_are_people_affected(tmp_path, first, second):
    claims = keyed(tmp_path, first, second)
    rows = claims[claims.metric.str.endswith(": affected")]
    assert len(rows) == 1, claims[["entity", "metric", "period", "status", "values"]].to_string()


@pytest.mark.parametrize("first, second, metric, status", [
    # people arrested or detained, however the noun or the verb is worded
    ("In Varnos, police arrested 120 people at the protest, the ministry said.",
     "In Varnos, more than 300 protesters were detained at the protest, organisers said.", "arrests", "conflict"),
    ("In Kelso, 45 people remain in custody after the raids, police said.",
     "In Kelso, officers arrested 45 people in the raids, the prosecutor said.", "arrests", "agreement"),
    ("In Dorin, 60 fans were arrested after the match, police said.",
     "In Dorin, police detained 85 people after the match, the club said.", "arrests", "conflict"),
    # people who signed a petition
    ("A petition against the Halden bypass has been signed by 120,000 people, campaigners said.",
     "About 95,000 people have signed the petition against the Halden bypass, the council said.",
     "petition_signatures", "conflict"),
    ("The Ferro Labs petition for a four-day week has 40,000 signatures, its organisers said.",
     "The Ferro Labs petition for a four-day week was signed by 40,000 workers, a union said.",
     "petition_signatures", "agreement"),
    ("The Alder School petition was signed by over 2,000 parents, the head teacher said.",
     "The Alder School petition gathered 2,600 signatures, a parent said.", "petition_signatures",
     "agreement"),  # "over 2,000" allows 2,600
    # people brought out alive are survivors
    ("At Tessel, nineteen miners were brought out alive, officials said.",
     "At Tessel, 21 miners were rescued alive, the union said.", "survivors", "conflict"),
    ("In Morro, 12 people were pulled out alive from the rubble, firefighters said.",
     "In Morro, twelve people survived the collapse, the mayor said.", "survivors", "agreement"),
    ("Off Ennis, 30 passengers were carried alive to the shore, the coastguard said.",
     "Off Ennis, 30 people survived the sinking, the ferry company said.", "survivors", "agreement"),
])
def test_people_arrested_signing_or_brought_out_alive(tmp_path, first, second, metric, status):
    claims = keyed(tmp_path, first, second)
    rows = claims[claims.metric.str.partition(":")[0] == metric]
    assert list(rows.status) == [status], claims[["entity", "metric", "period", "status", "values"]].to_string()


@pytest.mark.parametrize("first, second", [
    ("Velmar Energy owes $2 billion in back taxes, the tax office said.",
     "Velmar Energy owes its bondholders $6 billion, its filing shows."),
    ("The club Harrow Vale owes £40 million in unpaid wages, the players' union said.",
     "Harrow Vale owes its lenders £150 million, the club's accounts show."),
    ("The city of Ardmore owes $90 million in pensions to retired staff, the auditor said.",
     "Ardmore owes its bondholders $700 million, the mayor said."),
])
def test_a_debt_in_taxes_wages_or_pensions_is_not_what_the_debtor_owes_its_lenders(tmp_path, first, second):
    claims = keyed(tmp_path, first, second)
    assert not (claims.status == "conflict").any(), claims[["entity", "metric", "period", "status", "values"]].to_string()
    assert claims.metric.str.startswith("amount_owed: ").sum() == 1


@pytest.mark.parametrize("crowd, broadcast", [
    ("The Dorin derby drew 52,000 fans to the ground, the club said.",
     "The Dorin derby drew a TV audience of 3 million viewers, the broadcaster said."),
    ("The Lindell Marathon attracted 40,000 runners, the organisers said.",
     "The Lindell Marathon attracted 2 million viewers online, the streamer said."),
    ("Maren Holt played to 45,000 fans at Hollin Park, her promoter said.",
     "Maren Holt played to 9 million listeners on radio and online, the station said."),
])
def test_a_broadcast_audience_is_not_the_crowd(tmp_path, crowd, broadcast):
    claims = keyed(tmp_path, crowd, broadcast)
    rows = claims[claims.metric.str.partition(":")[0] == "attendance"]
    assert rows["values"].str.split(";").str.len().sum() == 1, \
        claims[["entity", "metric", "period", "status", "values"]].to_string()


@pytest.mark.parametrize("sentence", [
    "Carrow University enrolled 1,200 new students this autumn, its registrar said.",
    "Enrolment at Deane College fell to 9,000, the college said.",
    "The Ashby coding course has enrolled 800 students since March, its founder said.",
])
def test_a_school_or_course_enrolment_is_not_a_trial(tmp_path, sentence):
    claims = keyed(tmp_path, sentence, "The weather was calm, a forecaster said.")
    assert not claims.metric.str.startswith("trial_participants").any(), claims[["entity", "metric", "values"]]


@pytest.mark.parametrize("sentence", [
    "A Velmar ship carrying 3,000 containers ran aground off Ennis, the coastguard said.",
    "A Tessel truck carrying 40 cars overturned near Osby, police said.",
    "A Kestrair plane carrying 12 racehorses landed in Dorin, the airline said.",
])
def test_a_vehicle_carrying_things_counts_no_people_aboard(tmp_path, sentence):
    claims = keyed(tmp_path, sentence, "The weather was calm, a forecaster said.")
    assert not claims.metric.str.startswith("people_aboard").any(), claims[["entity", "metric", "values"]]


@pytest.mark.parametrize("body, cause", [
    ("In 2024 rival Zephyr Cycles recalled 41,000 scooters after 19 fires.", "19"),
    ("Mendez Foods recalled 2,000 jars of salsa following 14 illnesses.", "14"),
    ("The carmaker recalled 300,000 cars after 40 crashes, the regulator said.", "40"),
])
def test_what_led_to_an_act_is_not_what_the_act_counts(tmp_path, body, cause):
    # "recalled 41,000 scooters after 19 fires": the 19 fires were keyed with the scooters as the recall's size
    # ("41,000; 19") or as "crashes recalled"; what came before the recall is counted by its own noun
    claims = story_claims(tmp_path, {"a.md": article("Recall", "2026-03-12", body)})
    shown = claims[["entity", "metric", "values"]].to_string()
    holding = claims[claims["values"].str.split("; ").apply(lambda values: cause in values)]
    assert len(holding) == 1 and "recall" not in holding.metric.iloc[0], shown
