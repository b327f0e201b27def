"""News events beyond the default story, typed from `config/metrics.yaml`'s vocabulary, and counts of
people a harm reached (found when check3 was spent), each on stories of several kinds:
- a storm's landfall, a regulator's approval and a company's discovery of a breach are dated events:
  two articles giving one of them different days disagree;
- "data belonging to 4.8 million customers", "the outage affected 2 million riders": people a harm
  reached are not all the people an owner has ("has 11 million customers")."""

import pytest

from claims_fixtures import article, story_claims


@pytest.mark.parametrize("first, second, days", [
    ("Hurricane Orla made landfall near Port Mara on Saturday, September 12, as a Category 3 storm.",
     "Orla came ashore late Friday, September 11, the weather service said.", {"2026-09-11", "2026-09-12"}),
    ("The Food and Drug Administration approved Celvaro's arthritis drug Pruvex on March 10.",
     "Pruvex, cleared by regulators on March 11, will cost $30,000 a year.", {"2027-03-10", "2027-03-11"}),
    ("Harlow Bank discovered the intrusion on April 19 and told customers weeks later.",
     "Harlow Bank first detected the attack on April 21, according to a filing.", {"2027-04-19", "2027-04-21"}),
])
def test_two_days_for_one_news_event_conflict(tmp_path, first, second, days):
    claims = story_claims(tmp_path, {"a.md": article("Report", "2027-09-14", first, "Wire"),
                                     "b.md": article("Update", "2027-09-15", second, "Daily")})
    conflicts = claims[claims.status == "conflict"]
    assert len(conflicts) == 1 and set(conflicts.iloc[0]["docs"].split("; ")) >= {"a", "b"}, \
        claims[["entity", "metric", "status", "values", "docs"]].to_string()


@pytest.mark.parametrize("harmed, held", [
    ("Hackers stole names and addresses belonging to 4.8 million customers of Pennor Mutual.",
     "Pennor Mutual, which has about 11 million customers, apologised."),
    ("The outage at Tessa Bank affected 2 million customers on Friday.",
     "Tessa Bank has 9 million customers across the country."),
    ("The strike by drivers at Corvo stranded 300,000 riders on Monday.",
     "Corvo has 5 million riders in Europe and adds thousands each week."),
])
def test_people_a_harm_reached_are_not_all_the_owner_s_people(tmp_path, harmed, held):
    claims = story_claims(tmp_path, {"a.md": article("Breach", "2027-05-06", harmed, "Wire"),
                                     "b.md": article("Fallout", "2027-05-07", held, "Daily")})
    assert not claims.status.isin(["conflict", "discrepancy", "agreement"]).any(), \
        claims[["entity", "metric", "status", "values"]].to_string()


@pytest.mark.parametrize("first, second", [
    ("Orvane agreed to pay roughly $1.9 billion for Tessaro, according to two people briefed on the terms.",
     "Orvane Systems said on Monday it would acquire Tessaro, a Boston security firm, for $2.4 billion in cash."),
    ("Marlo Foods will pay $300 million for Brava Snacks, the companies said.",
     "Marlo Foods said it would buy Brava Snacks for $420 million."),
    ("Harlo United paid €80 million for Dani Velez, the club confirmed.",
     "Harlo United agreed to buy Dani Velez from Vardar Athletic for €60 million, the club said."),
])
def test_a_price_paid_for_a_name_is_the_payer_s_deal_and_an_announced_deal_is_no_hypothesis(tmp_path, first, second):
    """"X agreed to pay $Y for Z" and "X said it would acquire Z for $W" state one deal's price: two prices conflict."""
    claims = story_claims(tmp_path, {"a.md": article("Deal", "2027-04-13", first, "Wire"),
                                     "b.md": article("Deal agreed", "2027-04-13", second, "Daily")})
    deal = claims[claims.metric == "deal_value"]
    assert list(deal.status) == ["conflict"] and deal.iloc[0].confidence == "high", \
        claims[["entity", "metric", "status", "confidence", "values"]].to_string()
