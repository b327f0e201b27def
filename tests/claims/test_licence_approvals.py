"""A licence or permit approved, granted or issued is one approval, owned by whoever holds it, not the body that gave it:
"the central bank on Monday approved a digital banking licence for Salapi" and "the Bangko Sentral granted Salapi a
digital bank licence last Friday" date one event on two days; "The Communications Authority approved its licence on
March 5" is the licence holder's. A name an article introduces as an app or a company ("payments app Salapi") is no
person's, whatever a tagger reads. Stories of our own: a payments app, a satellite operator, a mine, a radio station."""

import pytest

from claims_fixtures import dated_outlets, table, two_outlets


@pytest.mark.parametrize("first, second", [
    (("2026-06-09", "Central bank grants licence to payments app Salapi. The Philippines' central bank on Monday approved "
                    "a digital banking licence for Salapi, allowing the app to take deposits."),
     ("2026-06-11", "Salapi has joined the small club of digital banks after the central bank granted Salapi a digital "
                    "bank licence last Friday.")),
    (("2026-04-02", "Mining firm Kestra Gold said the ministry issued its mining permit on Tuesday."),
     ("2026-04-03", "The ministry approved a mining permit for Kestra Gold on Wednesday, officials said.")),
])
def test_a_licence_approved_and_granted_on_two_days_conflict(tmp_path, first, second):
    claims = dated_outlets(tmp_path, first, second)
    assert "conflict" in set(claims[claims.metric == "approval"].status), table(claims)


@pytest.mark.parametrize("first, second, holder", [
    ("Orbitra is the second satellite operator to enter Kenya. The Communications Authority of Kenya approved its "
     "licence on March 5 after a long review.", "Orbitra's licence was approved on March 5, the company said.", "Orbitra"),
    ("Radio Halo will go on air in May. The Broadcasting Authority approved its licence on Tuesday.",
     "Radio Halo said its licence was granted on Tuesday.", "Radio Halo"),
])
def test_the_licence_holder_owns_the_approval_not_the_regulator(tmp_path, first, second, holder):
    claims = two_outlets(tmp_path, first, second, published="2026-03-12")
    approvals = claims[claims.metric == "approval"]
    assert set(approvals.entity) == {holder}, table(claims)
