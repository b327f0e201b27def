"""A company that detected unusual, suspicious or unauthorised activity on its systems discovered the breach that
day: two days for it disagree. Stories of our own: a telecom, a hospital group and a retailer."""

import pytest

from claims_fixtures import article, story_claims, table


@pytest.mark.parametrize("one, other", [
    ("Corrib said its security team first detected unusual activity on one of its customer databases on Friday.",
     "Internal emails show engineers at Corrib discovered the breach on Wednesday, September 2."),
    ("St Anselm Health said it identified suspicious activity on its patient records system on Monday.",
     "St Anselm Health discovered the intrusion on Saturday, according to a regulator's report."),
    ("Marlo Retail spotted unauthorised activity on its payments servers on Tuesday.",
     "Marlo Retail detected the cyberattack on Sunday, two days earlier than it has said."),
])
def test_two_days_for_one_breach_found_conflict(tmp_path, one, other):
    claims = story_claims(tmp_path, {"a.md": article("Breach", "2026-09-09", one, outlet="Wire"),
                                     "b.md": article("Breach", "2026-09-10", other, outlet="Ledger")})
    assert (claims[claims.metric == "breach_discovered"].status == "conflict").any(), table(claims)
