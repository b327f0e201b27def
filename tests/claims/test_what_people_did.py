"""What people counted did says what their count measures, where the parse leaves it out of their phrase
(claims/people_acts.py): "35 million people passed through the airport" are its passengers; "38 million people
around the globe open the app in a typical month" are its monthly users. A museum's visitors are no passengers.
Stories of our own: two airports, a museum, a chat app, a fitness app."""

import pytest

from claims_fixtures import article, story_claims


def claims_of(tmp_path, *bodies):
    return story_claims(tmp_path, {f"{i}.md": article("Story", "2026-10-14", body, outlet=f"Outlet{i}")
                                   for i, body in enumerate(bodies)})


@pytest.mark.parametrize("first, second, status", [
    ("Dunmere Airport handled 18.2 million passengers in 2025, its operator said.",
     "About 24 million people passed through Dunmere Airport in 2025, the mayor said.", "conflict"),
    ("Tarnby Airport handled 9.1 million passengers in 2025, the airport said.",
     "Some 9 million people passed through Tarnby Airport in 2025, the city said.", "agreement"),
])
def test_people_who_pass_through_an_airport_are_its_passengers(tmp_path, first, second, status):
    claims = claims_of(tmp_path, first, second)
    rows = claims[claims.metric == "passengers"]
    assert list(rows.status) == [status], claims[["entity", "metric", "period", "status", "values"]].to_string()


def test_people_who_pass_through_a_museum_are_no_passengers(tmp_path):
    claims = claims_of(tmp_path, "About 2 million people passed through the Orvel Museum in 2025, its director said.")
    assert "passengers" not in set(claims.metric), set(claims.metric)


@pytest.mark.parametrize("first, second", [
    ("Chat app Wendle said on Monday that 30 million people used it each month worldwide.",
     "By the estimate of research firm Appgauge, some 22 million people around the world open Wendle in a typical "
     "month."),
    ("Fitness app Strivo said 12 million people used it every month.",
     "According to Appgauge, about 8 million people across the world open Strivo in an average month."),
])
def test_people_whose_clause_says_they_use_an_app_monthly_are_its_monthly_users(tmp_path, first, second):
    claims = claims_of(tmp_path, first, second)
    rows = claims[claims.metric == "monthly_active_users"]
    assert list(rows.status) == ["conflict"], claims[["entity", "metric", "period", "status", "values"]].to_string()


def test_people_after_a_comma_keep_their_noun(tmp_path):
    # the act must be the people's own: here "open" belongs to another clause
    claims = claims_of(tmp_path, "Some 22 million people live in the region, and most open Wendle in a typical month.")
    assert "monthly_active_users" not in set(claims.metric), set(claims.metric)


@pytest.mark.parametrize("first, second", [
    ("More than 60,000 fans packed into Harlow Park on Saturday for the derby, the club said.",
     "A crowd of 48,000 watched the derby at Harlow Park on Saturday, the league said."),
    ("Police put the size of Saturday's march at 12,000 people.",
     "Some 30,000 people joined Saturday's march, the organisers said."),
])
def test_a_place_packed_and_a_march_sized_are_crowds(tmp_path, first, second):
    claims = claims_of(tmp_path, first, second)
    values = "; ".join(claims[claims.metric == "attendance"]["values"])  # (the days may key them apart)
    assert all(n in values for n in ("60,000", "48,000")) or all(n in values for n in ("12,000", "30,000")), \
        claims[["entity", "metric", "period", "status", "values"]].to_string()


@pytest.mark.parametrize("body", [
    "Officials put the turnout in Sunday's election at 2.1 million voters.",  # a vote's turnout is no crowd
    "About 300 volunteers packed 40,000 food parcels on Friday, the charity said.",  # what they packed is counted
    "The size of the strike fund was put at 4 million euros.",
])
def test_votes_and_things_packed_are_no_crowd(tmp_path, body):
    claims = claims_of(tmp_path, body)
    assert "attendance" not in set(claims.metric), set(claims.metric)


@pytest.mark.parametrize("first, second, status", [
    ("Harrow Brewing cut 400 jobs in September, the company said on Monday.",
     "About 650 Harrow Brewing workers lost their jobs in September, the union said.", "conflict"),
    ("Skyline Air cut about 2,000 jobs in March, the airline said.",
     "Some 1,200 Skyline Air staff were made redundant in March, a pilots' union said.", "conflict"),
    ("Rivera Mills employed around 12,000 people at its peak, the company said.",
     "About 3,000 Rivera Mills workers have been out of work since the spinning halls shut, the union said.", None),
])
def test_people_who_lost_their_jobs_are_jobs_cut_not_the_staff(tmp_path, first, second, status):
    """People counted as losing their jobs ("650 workers will lose their jobs", "1,200 staff were made redundant",
    "out of work") are a cut in staff, as "cut 400 jobs" is: never a count of the staff an employer has."""
    claims = claims_of(tmp_path, first, second)
    assert not (claims.metric == "staff").sum() > 1, claims[["entity", "metric", "status", "values"]].to_string()
    statuses = set(claims[claims.metric.str.startswith("staff")].status) & {"conflict", "discrepancy", "agreement"}
    assert statuses == ({status} if status else set()), claims[["entity", "metric", "status", "values"]].to_string()


@pytest.mark.parametrize("sentence", [
    "In summer, about 220 people a day come through the emergency department doors at Harbour Hospital, its director said.",
    "Some 9,000 people a day walk through the doors of the Orvel Museum, the museum said.",
    "About 40,000 people a day cross the Kessel Bridge on foot, the city said.",
])
def test_people_a_day_who_come_or_cross_are_no_daily_users(tmp_path, sentence):
    """People counted over a day are an app's daily users only where their clause says they use, open or visit it
    ("31 million people open Loopa every day"); people who come through a hospital's doors or cross a bridge are no
    one's "daily active users" (a hospital's had been reported as its daily users)."""
    claims = claims_of(tmp_path, sentence)
    assert not claims.metric.str.contains("active_users").any(), claims[["entity", "metric", "values"]].to_string()


def test_people_who_open_an_app_each_day_are_still_its_daily_users(tmp_path):
    claims = claims_of(tmp_path, "Some 31 million people open Loopa every day, the company said.")
    assert list(claims.metric) == ["daily_active_users"], claims[["entity", "metric", "values"]].to_string()


@pytest.mark.parametrize("sentence, new_users", [
    ("About 165,000 first-year students joined public and private universities in September, the ministry said.", False),
    ("About 120 volunteers joined the rescue on Sunday, the coast guard said.", False),
    ("Some 3,000 recruits joined the police force last year, the ministry said.", False),
    ("More than 450,000 new users joined Mila in two days, the company said.", True),
    ("Some 2 million people joined in just two days, the company said.", True),
])
def test_people_who_join_an_institution_are_no_new_users(tmp_path, sentence, new_users):
    """People who "joined" a named app, or joined with nothing after the verb, are its new users; students who joined
    universities, volunteers who joined a rescue and recruits who joined the police are not (a loans board's report had
    called 165,000 university entrants its "new users")."""
    claims = claims_of(tmp_path, sentence)
    assert claims.metric.str.startswith("new_users").any() == new_users, claims[["entity", "metric", "values"]].to_string()
