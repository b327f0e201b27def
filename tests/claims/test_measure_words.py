"""Measures named in other words: people an app reaches over a day or a month are its daily or
monthly users; "earnings" is the net profit, never earnings per share or operating profit; workers a
company has are its staff, workers who strike are not; trips are rides. Stories of our own, from
several kinds of business."""

import pytest

from claims_fixtures import story_claims


def article(title: str, published: str, body: str) -> str:
    return f"---\ntitle: {title}\nsource: Outlet (invented)\npublished: {published}\n---\n{body}\n"


def metric_of(claims, value: str) -> set:
    return set(claims[claims["values"].str.contains(value, regex=False)].metric)


@pytest.mark.parametrize("first, second, metric", [
    ("Calyx, the photo app, said it has 31 million people opening it every day.",
     "Calyx's daily active users number about 30 million.",
     "daily_active_users"),
    ("The podcast app Dorn reaches 12 million people a month, the company said.",
     "Dorn has 12.5 million monthly active users.", "monthly_active_users"),
    ("News site Peral has a monthly audience of 88 million, its owner said.",
     "Peral counted 90 million monthly active users in May.", "monthly_active_users"),
])
def test_people_an_app_reaches_in_a_day_or_month_are_its_daily_or_monthly_users(tmp_path, first, second, metric):
    claims = story_claims(tmp_path, {"a.md": article("One", "2025-06-02", first),
                                     "b.md": article("Two", "2025-06-03", second)})
    agreed = claims[claims.status == "agreement"]
    assert list(agreed.metric) == [metric], claims[["entity", "metric", "status", "values"]].to_string()


def test_people_without_a_window_are_not_users(tmp_path):
    claims = story_claims(tmp_path, {"a.md": article("Plant", "2025-06-02", "Norrick Energy employs 3,200 people.")})
    assert metric_of(claims, "3,200") == {"staff"}


@pytest.mark.parametrize("first, second", [
    ("Marlow Bank reported a net profit of £820 million for the first quarter.",
     "Marlow Bank's first-quarter earnings came in at £815 million."),
    ("Tolva, the retailer, posted net income of $1.2 billion in 2024.", "Tolva's 2024 earnings were $1.25 billion."),
    ("Chipmaker Quell said its third-quarter net profit was $4 billion.",
     "Quell's earnings for the third quarter reached about $4.1 billion."),
])
def test_earnings_are_the_net_profit(tmp_path, first, second):
    claims = story_claims(tmp_path, {"a.md": article("One", "2025-05-02", first),
                                     "b.md": article("Two", "2025-05-03", second)})
    assert list(claims[claims.status == "agreement"].metric) == ["net_profit"], \
        claims[["entity", "metric", "status", "values"]].to_string()


@pytest.mark.parametrize("text, value, metric", [
    ("Quell reported earnings per share of $1.20 for the quarter.", "$1.20", "net_profit"),
    ("Tolva's operating profit was $2 billion in 2024.", "$2 billion", "net_profit"),
    ("Marlow Bank's pre-tax profit rose to £1.1 billion in 2024.", "£1.1 billion", "net_profit"),
    ("Tolva's operating earnings came to $900 million in 2024.", "$900 million", "net_profit"),
])
def test_per_share_operating_and_pre_tax_figures_are_not_the_net_profit(tmp_path, text, value, metric):
    claims = story_claims(tmp_path, {"a.md": article("One", "2025-05-02", text)})
    assert metric not in metric_of(claims, value)


@pytest.mark.parametrize("first, second", [
    ("Norrick Energy employs 3,200 people at its plant.", "Norrick Energy has 4,100 workers, state filings show."),
    ("The shipyard Harlo employs 900 people.", "Harlo, which has about 1,500 workers, builds ferries."),
    ("Vantor's staff numbers 2,000.", "Vantor has 3,000 workers in two countries."),
])
def test_workers_a_company_has_are_its_staff(tmp_path, first, second):
    claims = story_claims(tmp_path, {"a.md": article("One", "2025-05-02", first),
                                     "b.md": article("Two", "2025-05-03", second)})
    assert list(claims[claims.status == "conflict"].metric) == ["staff"], \
        claims[["entity", "metric", "status", "values"]].to_string()


@pytest.mark.parametrize("text, value", [
    ("About 4,000 workers at Harlo went on strike on Monday.", "4,000"),
    ("Norrick Energy laid off 300 workers in March.", "300"),
    ("Vantor will hire 500 workers next year.", "500"),
])
def test_workers_who_strike_are_laid_off_or_hired_are_not_the_staff(tmp_path, text, value):
    claims = story_claims(tmp_path, {"a.md": article("One", "2025-05-02", text)})
    assert "staff" not in metric_of(claims, value)


@pytest.mark.parametrize("first, second", [
    ("Tidewell logged 18 million rides in 2024.", "Tidewell's scooters carried riders on about 18.5 million trips in 2024."),
    ("The bike-share scheme Velo recorded 3 million rides in 2023.", "Velo counted 3.1 million trips in 2023."),
    ("Ride-hailing firm Zoomo completed 40 million rides last year.", "Zoomo's trips totalled about 41 million last year."),
])
def test_trips_and_rides_are_one_measure(tmp_path, first, second):
    claims = story_claims(tmp_path, {"a.md": article("One", "2025-02-02", first),
                                     "b.md": article("Two", "2025-02-03", second)})
    assert "agreement" in set(claims.status), claims[["entity", "metric", "status", "values"]].to_string()


@pytest.mark.parametrize("first, second", [
    ("About 4 million packages enter the US each day.", "Roughly 4 million parcels a day arrive in the US duty-free."),
    ("Some 300 trucks a day cross the border at Velt.", "About 300 trucks cross the border at Velt each day."),
    ("Around 2,000 ships a year pass through the Sarn canal.", "About 2,000 ships pass through the Sarn canal each year."),
])
def test_a_verb_the_parser_hangs_on_the_counted_noun_is_no_kind_of_thing(tmp_path, first, second):
    claims = story_claims(tmp_path, {"a.md": article("One", "2025-06-02", first),
                                     "b.md": article("Two", "2025-06-03", second)})
    assert "agreement" in set(claims.status), claims[["entity", "metric", "scope", "status", "values"]].to_string()


@pytest.mark.parametrize("first, second", [
    ("Pilots at Pelion Air accepted a 12% pay rise.", "Pelion Air's pilots won a pay increase of 12%."),
    ("Nurses at Corve Health won an 8% pay rise.", "Corve Health nurses will get a pay increase of 8 percent."),
    ("Dockers at Port Sella secured a 5% wage increase.", "Port Sella's dockers got a 5% pay rise."),
])
def test_a_pay_rise_written_two_ways_is_one_measure(tmp_path, first, second):
    claims = story_claims(tmp_path, {"a.md": article("Pay deal", "2025-06-02", first),
                                     "b.md": article("Pay deal", "2025-06-03", second)})
    assert list(claims.status) == ["agreement"], claims[["entity", "metric", "status", "values"]].to_string()


@pytest.mark.parametrize("first, second", [
    ("The union at Pelion Air had demanded a 20% pay rise.", "Pelion Air's pilots accepted a 12% pay rise."),
    ("Pelion Air offered a 9% pay increase.", "Pilots at Pelion Air agreed to a 12% pay rise."),
    ("Corve Health nurses asked for a 15% pay rise.", "Corve Health nurses won an 8% pay rise."),
])
def test_a_rise_demanded_or_offered_is_not_the_rise_agreed(tmp_path, first, second):
    claims = story_claims(tmp_path, {"a.md": article("Pay deal", "2025-06-02", first),
                                     "b.md": article("Pay deal", "2025-06-03", second)})
    assert not set(claims.status) & {"conflict", "discrepancy"}, claims[["metric", "status", "values"]].to_string()


@pytest.mark.parametrize("first, second", [
    ("Tidewell logged 18 million rides in 2024.",
     "Scooter firm Tidewell said riders took about 18.5 million trips on its scooters last year."),
    ("Kivo handled 3 million orders in 2024.", "Kivo said customers placed 3.1 million orders through its app in 2024."),
    ("Pova carried 40 billion messages in 2024.", "Pova said people sent about 41 billion messages on its app in 2024."),
])
def test_things_counted_on_its_service_are_the_speaker_s(tmp_path, first, second):
    claims = story_claims(tmp_path, {"a.md": article("Street news", "2025-03-10", first),
                                     "b.md": article("Street news", "2025-03-11", second)})
    assert list(claims.status) == ["agreement"], claims[["entity", "metric", "status", "values"]].to_string()


def test_people_hurt_on_its_premises_stay_a_count_nobody_owns(tmp_path):
    claims = story_claims(tmp_path, {"a.md": article("Safety", "2025-03-10", "Kivo said 12 people were hurt on its premises in 2024.")})
    assert set(claims.entity) == {""}


def test_a_count_read_with_another_measure_gets_no_owner_from_its(tmp_path):
    # "users sent ... messages" is read as a count of users (the subject names the measure): giving it Pova as
    # owner would set 41 billion against Pova's 45 million users
    claims = story_claims(tmp_path, {
        "a.md": article("Chat", "2025-03-10", "Pova has 45 million users."),
        "b.md": article("Chat", "2025-03-11", "Pova said users sent about 41 billion messages on its app in 2024.")})
    assert not set(claims.status) & {"conflict", "discrepancy"}, claims[["entity", "metric", "values"]].to_string()
