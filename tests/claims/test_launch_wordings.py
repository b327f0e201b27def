"""A launch told in other words is still the launch of the thing named before: "The free-to-play game was released
worldwide on Thursday" after "Tidebound, a seafaring adventure game, ..." is Tidebound's launch; "Orbitra switched on
its Kenyan service last Sunday" is the launch of the service "launched in Kenya on Monday", and an article that leaves
out the one market the others name tells of that launch; a service that "began taking rides in Accra" launched there
(not a phone whose pre-orders began). Stories of our own: a mobile game, a phone, a satellite service, a streaming
service, a ride-hailing app, a city's lights."""

import pytest

from claims_fixtures import dated_outlets, table


@pytest.mark.parametrize("first, second", [
    (("2026-09-15", "Tidebound, a seafaring adventure game from studio Lanternfish, was downloaded 25 million times in "
                    "its first five days. The free-to-play game was released worldwide on Thursday for phones."),
     ("2026-09-15", "Tidebound launched on September 9, the studio said.")),
    (("2026-03-20", "Kestra unveiled the Z9, its new flagship phone, in Seoul. The phone was released on Tuesday in "
                    "South Korea."),
     ("2026-03-20", "The Z9 went on sale in South Korea on Wednesday, March 18.")),
])
def test_a_launch_told_in_the_passive_is_the_named_things(tmp_path, first, second):
    claims = dated_outlets(tmp_path, first, second)
    assert "conflict" in set(claims[claims.metric.str.startswith("launch")].status), table(claims)


@pytest.mark.parametrize("first, second", [
    (("2026-07-14", "Satellite internet provider Orbitra launched its service in Kenya on Monday."),
     ("2026-07-17", "Orbitra switched on its Kenyan service last Sunday, and we spent the days since testing it.")),
    (("2026-02-05", "Streaming service Lumeo launched its service in Brazil on Tuesday, the company said."),
     ("2026-02-06", "Lumeo switched on its service on Monday with 40 local films.")),
])
def test_a_service_switched_on_is_launched_and_its_one_market_holds(tmp_path, first, second):
    claims = dated_outlets(tmp_path, first, second)
    assert "conflict" in set(claims[claims.metric.str.startswith("launch")].status), table(claims)


def test_lights_switched_on_are_no_launch(tmp_path):
    claims = dated_outlets(tmp_path, ("2026-12-02", "The city switched on its Christmas lights on Monday."),
                           ("2026-12-03", "Mayor Ana Cruz switched on the Christmas lights on Tuesday evening."))
    assert not claims.metric.str.startswith("launch").any(), table(claims)


@pytest.mark.parametrize("first, second", [
    (("2026-04-08", "Ride-hailing app Zipto began taking rides in Accra on Tuesday, the company said."),
     ("2026-04-08", "Zipto launched in Accra on Monday, April 6.")),
    (("2026-02-05", "Streaming service Lumeo started operating in Chile on Tuesday."),
     ("2026-02-06", "Lumeo launched in Chile on Wednesday with 40 local films.")),
])
def test_a_service_that_began_operating_in_a_market_launched_there(tmp_path, first, second):
    claims = dated_outlets(tmp_path, first, second)
    assert "conflict" in set(claims[claims.metric.str.startswith("launch")].status), table(claims)


def test_pre_orders_taken_are_no_launch(tmp_path):
    claims = dated_outlets(tmp_path, ("2026-03-20", "Kestra began taking pre-orders for the Z9 on Monday."),
                           ("2026-03-20", "Kestra launched the Z9 on Friday, March 20."))
    assert "conflict" not in set(claims.status), table(claims)
