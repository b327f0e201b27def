"""A sell-or-ban law's deadline to sell is the day the ban starts without a sale, in either wording: "has until January
20 to sell", "gives Tangram until March 31 to divest", "must sell ... by January 19" (config `ban_takes_effect`). A
deadline to do anything else ("has until Friday to file an appeal") is no such day. Stories of our own: a video app's
owner, a foreign-owned social app, a stake in a retailer's UK arm."""

import pytest

from claims_fixtures import table, two_outlets


@pytest.mark.parametrize("first, second, status", [
    ("ByteDance must sell Clipo's US arm by January 19 or face a ban, the law says.",
     "Under the law, ByteDance has until January 20 to sell Clipo's US arm.", "conflict"),
    ("The order gives Harbin Holdings until June 30 to sell its stake in Veyra's UK arm.",
     "Harbin Holdings must sell its Veyra stake by June 30, the order says.", "agreement"),
])
def test_a_deadline_to_sell_is_the_day_a_ban_starts(tmp_path, first, second, status):
    claims = two_outlets(tmp_path, first, second)
    rows = claims[claims.metric == "ban_takes_effect"]
    assert list(rows.status) == [status], table(claims)


def test_a_deadline_to_appeal_is_no_ban(tmp_path):
    claims = two_outlets(tmp_path, "Orvane has until Friday to file an appeal, the court said.",
                         "Orvane has until Monday to file an appeal.")
    assert not (claims.metric == "ban_takes_effect").any(), table(claims)
