"""An app and the company an article says owns it ("ReelRush, the short-video app owned by Singapore-based Lumora
Technologies"): the app's audience and days told of its owner are the app's, so two articles that name one or the
other still disagree or agree; the owner's own revenue stays its own. Stories of our own: two app bans, an app's
users, a video app's revenue."""

import pytest

from claims_fixtures import dated_outlets, joined, table


@pytest.mark.parametrize("first, second, days", [
    (("2026-03-03", "Indonesia's ban on ReelRush, the short-video app owned by Singapore-based Lumora Technologies, "
                    "took effect on Monday."),
     ("2026-03-04", "Lumora Technologies said the ban, which took effect on Tuesday, was unlawful."),
     ("March 2, 2026", "March 3, 2026")),
    (("2026-07-08", "The Indian ban on Drifto took effect on Monday. Drifto's parent company, Kaiyun, called it unfair."),
     ("2026-07-08", "Kaiyun said the ban, which took effect on Tuesday, would be challenged in court."),
     ("July 6, 2026", "July 7, 2026")),
])
def test_an_apps_day_told_of_its_owner_is_the_apps(tmp_path, first, second, days):
    claims = dated_outlets(tmp_path, first, second)
    assert joined(claims, *days), table(claims)


def test_an_apps_users_told_of_its_owner_agree(tmp_path):
    claims = dated_outlets(
        tmp_path, ("2026-06-01", "Zapp, owned by Shenzhen-based Kaiyun Tech, has about 40 million users, it said."),
        ("2026-06-02", "Kaiyun Tech has 40 million users, according to the filing."))
    assert "agreement" in set(claims.status), table(claims)


def test_the_owners_revenue_stays_its_own(tmp_path):
    claims = dated_outlets(
        tmp_path, ("2026-06-01", "Heron, the short-video app owned by Lakeview Media, made revenue of $300 million "
                                 "last year."),
        ("2026-06-02", "Lakeview Media reported revenue of $2.1 billion last year."))
    assert not joined(claims, "300 million", "2.1 billion"), table(claims)
