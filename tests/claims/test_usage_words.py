"""Wordings of the same measure found when check4 was spent, each shown on stories of several kinds:
- those of its users who open or visit an app each day or month are its daily or monthly users, as those who
  use it are ("About 12 million of them open it daily" / "12 million daily active users");
- British "shops" are "stores" ("will close 120 shops" / "will shut 120 stores");
- a case "to be heard" on a day is a hearing on that day ("will be heard by the court on April 27");
- gross bookings, GMV and gross merchandise value are one measure, what buyers paid through a platform."""

import pytest

from claims_fixtures import article, story_claims


@pytest.mark.parametrize("first, second, metric", [
    ("Parlo has 48 million users. About 12 million of them open it daily, the company said.",
     "Parlo has about 12 million daily active users, according to the company.", "daily_active_users"),
    ("Brightpage has 90 million users. Some 40 million of them visit it every month, its owner said.",
     "Brightpage has 40 million monthly active users, its owner said.", "monthly_active_users"),
    ("Kickoff has 10 million users. Roughly 3 million of them open it on a typical day, the league said.",
     "Kickoff has about 3 million daily active users, the league said.", "daily_active_users"),
])
def test_people_who_open_or_visit_it_each_day_or_month_are_its_users(tmp_path, first, second, metric):
    claims = story_claims(tmp_path, {"a.md": article("Usage", "2027-05-01", first, "Wire"),
                                     "b.md": article("Users", "2027-05-01", second, "Daily")})
    assert list(claims[claims.metric == metric].status) == ["agreement"], \
        claims[["entity", "metric", "status", "values"]].to_string()


@pytest.mark.parametrize("first, second", [
    ("Marrowfield will close 120 shops this year, the retailer said.", "Marrowfield said it would shut 120 stores this year."),
    ("The bakery chain Greggan plans to open 150 new shops in 2027.", "Greggan plans to open 150 new stores in 2027."),
    ("Pharmacy group Bootle had 2,200 shops at the end of 2026.", "Bootle had 2,200 stores at the end of 2026."),
])
def test_shops_are_stores(tmp_path, first, second):
    claims = story_claims(tmp_path, {"a.md": article("Shops", "2027-03-01", first, "Wire"),
                                     "b.md": article("Stores", "2027-03-01", second, "Daily")})
    assert list(claims[claims.metric.str.contains("stores")].status) == ["agreement"], \
        claims[["entity", "metric", "status", "values"]].to_string()


@pytest.mark.parametrize("first, second", [
    ("Zingo's petition will be heard by the Delhi High Court on April 27.",
     "The Delhi High Court has listed Zingo's petition for hearing on April 28."),
    ("Corvo's appeal will now be heard by the Court of Appeal on 14 May.",
     "The Court of Appeal hearing on Corvo's appeal is set for 15 May."),
    ("The challenge to the Pinglo ban is due to be heard on June 3, its lawyers said.",
     "The court has set a hearing on the Pinglo challenge for June 4, its lawyers said."),
])
def test_a_case_to_be_heard_on_a_day_is_a_hearing(tmp_path, first, second):
    # (the court of appeal, "hearing" in both, passes on the previous code too: a guard)
    claims = story_claims(tmp_path, {"a.md": article("Court", "2027-04-23", first, "Wire"),
                                     "b.md": article("Listed", "2027-04-23", second, "Daily")})
    hearings = claims[claims.metric == "hearing"]
    assert list(hearings.status) in (["conflict"], ["discrepancy"]), \
        claims[["entity", "metric", "status", "values"]].to_string()


@pytest.mark.parametrize("first, second", [
    ("Shopiq's gross merchandise value rose to $48 billion in 2026, the company said.",
     "Shopiq's GMV reached $48 billion in 2026, up from $39 billion."),
    ("Rydo's gross bookings came to $11.9 billion in the first quarter.",
     "Rydo's gross bookings reached $11.4 billion in the first quarter, the company said."),
    ("Tripzo's gross bookings were $6.2 billion in 2026, the travel site said.",
     "Tripzo's gross transaction value hit $6.2 billion in 2026."),
])
def test_gross_bookings_and_gmv_are_one_measure_apart_from_revenue(tmp_path, first, second):
    claims = story_claims(tmp_path, {"a.md": article("Sales", "2027-03-01", first, "Wire"),
                                     "b.md": article("Value", "2027-03-02", second, "Daily")})
    compared = claims[claims.metric == "gross_sales_value"]
    assert len(compared) == 1 and compared.iloc[0].status in ("agreement", "conflict"), \
        claims[["entity", "metric", "status", "values"]].to_string()
