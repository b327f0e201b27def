"""An event dated in a relative clause of its noun belongs to whoever had it: "Waveline, the chat service, suffered a
14-hour outage that began on Monday" is Waveline's outage, even in an article about the rival that gained from it,
so another article's day for it disagrees. Stories of our own: a chat app's outage, a bank's outage."""

import pytest

from claims_fixtures import article, story_claims, table


@pytest.mark.parametrize("first, second", [
    (article("Tallinn's Parley rides the Waveline blackout", "2026-03-06",
             "Parley's moment came when Waveline, the chat service used by two billion people, suffered a 14-hour "
             "outage that began on Monday. Parley gained millions of users."),
     article("Waveline outage", "2026-03-04", "Waveline went down on Tuesday afternoon and stayed down for 14 hours.")),
    (article("Nordbank wins customers", "2026-05-08",
             "Nordbank signed up 20,000 customers after Hollin Bank had an outage that began on Tuesday. Nordbank "
             "said it was ready."),
     article("Hollin Bank outage", "2026-05-08", "Hollin Bank's online banking went down on Wednesday, May 6.")),
])
def test_an_event_a_name_had_is_its_own(tmp_path, first, second):
    claims = story_claims(tmp_path, {"a.md": first, "b.md": second})
    assert "conflict" in set(claims.status), table(claims)
