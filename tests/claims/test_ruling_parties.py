""""The ruling party's newspaper", "the ruling coalition": who governs, no court's ruling. A day in such a sentence is
not typed as a ruling (config `ruling` patterns), so the timeline never shows a "Court ruling" for a commentary. Stories
of our own: a party newspaper's commentary, a coalition's vote; and a court's ruling that stays one."""

import pytest

from claims_fixtures import dated_outlets, table


@pytest.mark.parametrize("sentence", [
    "Wednesday's commentary in the Huaxia Daily, the ruling party's flagship newspaper, praised the newcomers.",
    "The ruling coalition met on Wednesday to discuss the app's future.",
    "On Wednesday the ruling party's youth wing held a rally in support of the ban.",
])
def test_the_ruling_party_is_no_ruling(tmp_path, sentence):
    claims = dated_outlets(tmp_path, ("2026-01-16", sentence), ("2026-01-17", "Shuyin's users kept arriving."))
    assert not claims.metric.str.startswith("ruling").any(), table(claims)


def test_a_courts_ruling_stays_one(tmp_path):
    claims = dated_outlets(tmp_path, ("2026-01-16", "The court's ruling on Wednesday upheld the ban on Shuyin."),
                           ("2026-01-17", "The court ruled on Thursday that the ban on Shuyin stands."))
    assert list(claims[claims.metric.str.startswith("ruling")].status) == ["conflict"], table(claims)
