"""A bare count of things keeps the verb that says what was done to them (claims/acted_measures.py): things made
are not things sold, printed copies are not copies sold, seedlings planted are not seedlings grown; a verb that only
holds, reports or reaches them ("has", "said", "reached") keys nothing; a noun of the act ("deliveries", "sales")
names the same measure as the verb with its things; a relative "where" clause says where a count applies. Stories of
our own: carmakers, farm machinery, publishers, orchards, retailers, scooters, forestry, phone makers."""

import pytest

from claims_fixtures import article, story_claims
from newsreport.claims.acted_measures import derives


def keyed(tmp_path, first: str, second: str):
    return story_claims(tmp_path, {"a.md": article("Story", "2026-10-10", first, outlet="Wire"),
                                   "b.md": article("Story", "2026-10-10", second, outlet="Paper")})


def statuses(claims) -> list[str]:
    return sorted(claims.status)


@pytest.mark.parametrize("first, second", [
    ("Pellworth built 40,000 tractors in 2025, the company said.",
     "Pellworth sold 31,000 tractors in 2025, the company said."),
    ("Harrow Books printed 2 million copies of the memoir in 2025, the publisher said.",
     "Harrow Books sold 1.2 million copies of the memoir in 2025, the publisher said."),
    ("The Ostrel orchard picked 80,000 crates of apples in 2025, it said.",
     "The Ostrel orchard exported 60,000 crates of apples in 2025, it said."),
    ("Forestry group Caledra planted 3 million seedlings in 2025, the group said.",
     "Forestry group Caledra felled 2 million seedlings in 2025, the group said."),
])
def test_things_made_are_not_things_sold(tmp_path, first, second):
    claims = keyed(tmp_path, first, second)
    assert "conflict" not in set(claims.status), claims[["entity", "metric", "period", "status", "values"]].to_string()
    assert len(set(claims.metric)) >= 2


@pytest.mark.parametrize("first, second, status", [
    # the same act, worded by a synonym: a maker's sales are its deliveries
    ("Tarvo delivered 52,000 scooters in the third quarter, the company said.",
     "Tarvo sold 41,000 scooters in the third quarter, a rival said.", "conflict"),
    ("Nordvik built 120,000 phones in 2025, the company said.",
     "Nordvik manufactured 120,000 phones in 2025, its supplier said.", "agreement"),
    # a verb that only holds or reports the things keys nothing
    ("Loma Home operates 1,200 stores in 2026, the retailer said.",
     "Loma Home has 1,200 stores in 2026, an analyst said.", "agreement"),
])
def test_one_act_however_its_verb_is_worded(tmp_path, first, second, status):
    claims = keyed(tmp_path, first, second)
    assert status in set(claims.status), claims[["entity", "metric", "period", "status", "values"]].to_string()


@pytest.mark.parametrize("first, second, status", [
    ("Tarvo delivered 52,000 scooters in the third quarter, the company said.",
     "Tarvo's third-quarter deliveries came to 47,000, its filing showed.", "conflict"),
    ("Brisholm Wines sold 64,000 crates in 2025, the winery said.",
     "Brisholm Wines' 2025 sales came to 64,000, the winery said.", "agreement"),
    ("Avel Motors produced 9,800 buses in 2025, the company said.",
     "Avel Motors' 2025 production was 9,800, the company said.", "agreement"),
])
def test_a_noun_of_the_act_meets_the_verb_and_its_things(tmp_path, first, second, status):
    claims = keyed(tmp_path, first, second)
    assert status in set(claims.status), claims[["entity", "metric", "period", "status", "values"]].to_string()


@pytest.mark.parametrize("noun, verb, derived", [
    ("deliveries", "deliver", True), ("production", "produce", True), ("shipments", "ship", True),
    ("cancellations", "cancel", True), ("orders", "order", True), ("sales", "sell", True),
    ("completions", "complete", True), ("closures", "close", True), ("launches", "launch", True),
    ("companies", "compare", False), ("vehicles", "deliver", False), ("sales", "sail", False),
    ("buildings", "build", False),  # a thing built, not the act
])
def test_a_noun_derived_from_a_verb(noun, verb, derived):
    assert derives(noun, verb) is derived


@pytest.mark.parametrize("text, place", [
    ("Korvin has grown fast in Spain, where it sold 9,000 bikes in 2025, the company said.", "Spain"),
    ("The storm was worst in Ohio, where crews repaired 3,400 power lines in two days, the utility said.", "Ohio"),
    ("Halvard opened a plant in Mexico, where it built 14,000 vans in 2025, the company said.", "Mexico"),
])
def test_a_where_clause_says_where_its_count_applies(tmp_path, text, place):
    claims = story_claims(tmp_path, {"a.md": article("Story", "2026-10-10", text, outlet="Wire")})
    assert place in set(claims.scope), claims[["entity", "metric", "scope", "period", "values"]].to_string()


@pytest.mark.parametrize("text, value", [
    ("After three quarters, Tarvo has delivered about 140,000, the company said.", "140,000"),
    ("In its first six months, the Korvin app has been downloaded some 2 million times, its maker said.", "2 million"),
    ("Over two seasons, Halden FC sold nearly 80,000, the club said.", "80,000"),
])
def test_a_span_of_time_is_not_what_a_count_without_a_noun_counts(tmp_path, text, value):
    claims = story_claims(tmp_path, {"a.md": article("Story", "2026-10-10", text, outlet="Wire")})
    counts = claims[claims["values"].str.contains(value)]
    assert not counts.metric.str.match(r"(?:quarters|months|seasons)\b").any(), claims[["entity", "metric", "values"]]


@pytest.mark.parametrize("first, second, status", [
    ("At Orrin airport, 340 flights were pushed back on Friday because of fog, the operator said.",
     "At Orrin airport, 340 flights were delayed on Friday because of fog, the airline group said.", "agreement"),
    ("In Halden, 2,600 planned operations were put off by the strike on Tuesday, the health board said.",
     "In Halden, 3,100 planned operations were postponed by the strike on Tuesday, the union said.", "conflict"),
    ("The regulator shut down 120 betting websites in 2026, it said.",
     "The regulator closed 120 betting websites in 2026, a minister said.", "agreement"),
])
def test_an_outcome_said_by_a_verb_and_its_particle_is_that_outcome(tmp_path, first, second, status):
    claims = keyed(tmp_path, first, second)
    statuses = {s.replace("discrepancy", "conflict") for s in claims.status}
    assert status in statuses, claims[["entity", "metric", "period", "status", "values"]].to_string()
