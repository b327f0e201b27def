"""Figures that look like one quantity but are told of another moment, rank or plan: a level before an event
("Before the outage, ... 3 million daily users") against the level after it; an earlier event dated in its subject
("Its last major outage, in 2021, lasted about six hours") against this one; the places where an app was No. 1
against those where it reached the top ten; a lite plan's price against the standard plan's. None of them is a
conflict. A plan's price told as what subscribers pay, what its owner charges or where the plan goes is one price. Stories of our own: a messaging app, a streaming service, a strike, a gym chain, a game, a broadband
operator."""

import pytest

from claims_fixtures import dated_outlets, joined, table, two_outlets


@pytest.mark.parametrize("first, second, values", [
    (("2026-03-05", "Before the outage, Parley had about 3 million daily users, most of them in the Baltic states."),
     ("2026-03-05", "Parley said it recorded 11 million daily active users on Wednesday."), ("3 million", "11 million")),
    (("2026-06-02", "Brisa counted 400,000 subscribers in Chile before the price rise, the company said."),
     ("2026-06-03", "Brisa now has about 310,000 subscribers in Chile, according to its filing."),
     ("400,000", "310,000")),
    (("2026-04-10", "Prior to the strike, Hungrio handled about 90,000 orders a day in London."),
     ("2026-04-10", "Hungrio handled 35,000 orders a day in London this week, the union said."), ("90,000", "35,000")),
])
def test_a_level_before_an_event_is_no_conflict_with_a_later_one(tmp_path, first, second, values):
    claims = dated_outlets(tmp_path, first, second)
    assert "conflict" not in set(claims[claims["values"].str.contains(values[0])].status), table(claims)


def test_two_articles_giving_the_level_before_an_event_still_conflict(tmp_path):
    claims = two_outlets(tmp_path, "Before the outage, Parley had about 3 million daily users, the company said.",
                         "Before the outage, Parley had about 6 million daily users, according to Sensory Metrics.")
    assert "conflict" in set(claims.status), table(claims)


@pytest.mark.parametrize("first, second, values", [
    ("Waveline suffered a 14-hour outage that began on Monday.",
     "Waveline's last major outage, in 2021, lasted about six hours and sent users to smaller apps.", ("14", "6")),
    ("The strike by Metrolink drivers has lasted 12 days.",
     "A strike in 2019 by the same union lasted four days.", ("12 days", "4 days")),
    ("The blackout that hit Lisbon on Monday lasted nine hours, the grid operator said.",
     "The city's previous blackout, in 2023, lasted three hours.", ("9 hours", "3 hours")),
])
def test_an_earlier_event_dated_in_its_subject_is_not_this_one(tmp_path, first, second, values):
    claims = two_outlets(tmp_path, first, second, published="2026-03-06")
    assert not joined(claims, *values), table(claims)


@pytest.mark.parametrize("first, second", [
    ("Within hours, Parley became the No. 1 free app on Apple's App Store in 40 countries, the company said.",
     "The app also broke into the top ten in 95 countries, according to chart trackers."),
    ("Skyforge topped the download charts in 42 countries in its first week.",
     "Skyforge reached the top five of the charts in 70 countries, Appmetric said."),
    ("The film was the No. 1 release in 30 markets over the weekend, the studio said.",
     "The film opened in 62 markets over the weekend."),
])
def test_places_counted_at_one_rank_are_not_those_at_another(tmp_path, first, second):
    claims = two_outlets(tmp_path, first, second)
    assert not set(claims.status) & {"conflict", "discrepancy", "agreement"}, table(claims)


def test_places_counted_at_one_rank_agree(tmp_path):
    claims = two_outlets(tmp_path, "Parley became the No. 1 free app in 40 countries, the company said.",
                         "Parley topped the App Store charts in 40 countries at the peak of the disruption.")
    assert "agreement" in set(claims.status), table(claims)


@pytest.mark.parametrize("first, second, values", [
    ("The service costs 6,500 shillings per month, on top of KSh 45,000 for the dish. A cheaper \"lite\" plan at "
     "4,800 shillings a month offers lower speeds.", "Orbitra's service costs 6,500 shillings a month.",
     ("4,800", "6,500")),
    ("Its standard plan rises to £10.99 a month, and the premium tier to £17.99 a month.",
     "Subscribers will pay £10.99 a month for the standard plan from April.", ("17.99", "10.99")),
    ("FitLoop's off-peak membership costs $19 a month.", "FitLoop charges $45 a month for its standard membership.",
     ("19", "45")),
])
def test_one_plans_price_is_not_anothers(tmp_path, first, second, values):
    claims = two_outlets(tmp_path, first, second)
    assert not joined(claims, *values), table(claims)
    assert "conflict" not in set(claims.status), table(claims)


@pytest.mark.parametrize("first, second", [
    ("Vistara will charge £10.99 a month for its standard plan, the company said.",
     "Vistara's standard plan rises by 22%, from £8.99 to £10.99 a month."),
    ("FitLoop charges $45 a month for its standard membership, the company said.",
     "FitLoop's standard membership costs $45 a month."),
    ("Lumeo's cheapest, ad-supported tier goes up to £5.99 a month, the company said.",
     "Subscribers will pay £5.99 a month for Lumeo's ad-supported tier."),
])
def test_a_plans_price_told_two_ways_agrees(tmp_path, first, second):
    claims = two_outlets(tmp_path, first, second)
    assert "agreement" in set(claims.status), table(claims)


def test_a_plan_to_raise_money_is_no_price(tmp_path):
    claims = two_outlets(tmp_path, "Nimbus unveiled a plan to raise $2 billion a year from new customers.",
                         "Nimbus charges $30 a month for its basic plan.")
    assert not joined(claims, "2 billion", "30"), table(claims)
