"""The end of an exemption told by its noun ("the end of the duty-free treatment of small imports on Thursday", "the
closure of the loophole on Tuesday") is the day the exemption ended, as "ended the duty exemption yesterday" is
(config `law_takes_effect`), so two days for it conflict. Stories of our own: a parcel duty exemption, a de minimis
loophole, an e-book tax exemption."""

import pytest

from claims_fixtures import article, dated_outlets, story_claims, table


@pytest.mark.parametrize("first, second", [
    (("2026-05-02", "Australia ended a long-standing duty exemption for low-value imported parcels yesterday."),
     ("2026-05-04", "Australia's shoppers are paying more. The end of the duty-free treatment of small imports on "
                    "Thursday has set up a test for shopping apps.")),
    (("2026-03-04", "Zembla closed the de minimis loophole for small parcels on Monday, March 2."),
     ("2026-03-05", "Zembla's shoppers are unhappy. The closure of the loophole on Tuesday, March 3, angered them.")),
    (("2026-01-10", "Norland abolished its tax exemption for e-books on Friday, Jan. 9."),
     ("2026-01-12", "Norland's publishers were surprised by the abolition of the e-book tax exemption on Thursday, "
                    "Jan. 8.")),
])
def test_the_end_of_an_exemption_told_by_its_noun_is_its_day(tmp_path, first, second):
    claims = dated_outlets(tmp_path, first, second)
    assert "conflict" in set(claims.status), table(claims)


def test_the_end_of_something_else_is_no_rule_ending(tmp_path):
    claims = story_claims(tmp_path, {"a.md": article("Story", "2026-05-04", "The end of the season on Saturday drew "
                                                     "a record crowd.", outlet="Wire")})
    assert not any(str(m).startswith("law_takes_effect") for m in claims.metric), table(claims)
