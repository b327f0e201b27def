"""One happening told with other verbs (config `event_synonyms`): a thing found that was hidden is discovered whether
an article says it was discovered, spotted, detected or come across; an order issued is the order given ("The
regulator's order ..., issued on Tuesday" / "the regulator on Monday ordered Dalmoon to ...", `happening_words`: a
participle's noun is its object). Two days for one such happening conflict. Stories of our own: an exposed server, a
shipwreck, a gas leak; a regulator's audit order, a court's directive."""

import pytest

from claims_fixtures import dated_outlets, table


@pytest.mark.parametrize("first, second", [
    (("2026-01-22", "The exposed server was first spotted on January 17 by an independent security researcher."),
     ("2026-01-23", "She came across the unsecured server on January 18 while scanning for misconfigured systems.")),
    (("2026-05-12", "A fishing crew spotted the wreck on Sunday, May 10, off Cape Dunmore."),
     ("2026-05-13", "The wreck was discovered on Saturday, May 9, by a fishing crew off Cape Dunmore.")),
    (("2026-03-04", "Engineers detected the leak at the Orvik plant on Monday, March 2."),
     ("2026-03-05", "Workers stumbled on the leak at the Orvik plant on Tuesday, March 3.")),
])
def test_a_thing_found_is_one_discovery_whatever_the_verb(tmp_path, first, second):
    claims = dated_outlets(tmp_path, first, second)
    assert "conflict" in set(claims.status), table(claims)


@pytest.mark.parametrize("first, second", [
    (("2026-07-07", "South Korea's communications regulator on Monday ordered Dalmoon to audit the content on its platform."),
     ("2026-07-08", "The regulator's order for Dalmoon to check all the content on its platform, issued on Tuesday, lands at an awkward moment.")),
    (("2026-04-10", "The High Court on Thursday ordered Pellow to stop selling the device."),
     ("2026-04-13", "The court's directive, issued on Wednesday, gives Pellow a month to comply.")),
])
def test_an_order_issued_is_the_order_given(tmp_path, first, second):
    claims = dated_outlets(tmp_path, first, second)
    assert "conflict" in set(claims.status), table(claims)


def test_a_report_issued_is_no_order(tmp_path):
    claims = dated_outlets(tmp_path, ("2026-07-07", "The regulator on Monday ordered Dalmoon to audit its platform."),
                       ("2026-07-08", "The regulator's annual report, issued on Tuesday, praised the industry."))
    assert not {"conflict", "discrepancy"} & set(claims.status), table(claims)
