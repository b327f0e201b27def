"""People who registered with an app, or created or opened accounts on it, signed up to it: "about 4 million people
created Parley accounts in the first 24 hours" and "more than 9 million new users joined in the first 24 hours" are one
count by two estimators; not "registered voters". Stories of our own: a messaging app, a ride-hailing app, a civic app."""

import pytest

from claims_fixtures import joined, table, two_outlets


@pytest.mark.parametrize("first, second", [
    ("Parley added more than 9 million new users in the first 24 hours of the outage, the company said.",
     "Sensory Metrics estimates that about 4 million people created Parley accounts in the first 24 hours of the outage."),
    ("Zipto signed up more than 12,000 drivers in its first week, the company said.",
     "About 4,500 drivers registered with Zipto in its first week, according to a drivers' association."),
])
def test_registering_and_opening_accounts_are_signing_up(tmp_path, first, second):
    claims = two_outlets(tmp_path, first, second)
    assert "conflict" in set(claims.status), table(claims)


def test_registered_voters_sign_up_to_nothing(tmp_path):
    claims = two_outlets(tmp_path, "The district has 40,000 registered voters, the election office said.",
                         "About 12,000 people signed up to Votely, the new civic app, the company said.")
    assert not joined(claims, "40,000", "12,000"), table(claims)
