"""The people a company serves, counted where a harm reached them, are one count whatever they are called
(claims/counted.py `verb_detail`, claims/generic_people.py `served_as_one`): "the breach affected 6 million users" and
"stole the data of 4.2 million customers" disagree; neither is the user base ("has 11 million users"). Stories of
our own: a payments app's breach, a broadband firm's outage, a gym chain's leak."""

import pytest

from claims_fixtures import article, story_claims


def claims_of(tmp_path, *bodies):
    return story_claims(tmp_path, {f"{i}.md": article("Story", "2026-10-14", body, outlet=f"Outlet{i}")
                                   for i, body in enumerate(bodies)})


@pytest.mark.parametrize("first, second, status", [
    ("Payments app Tessiv said hackers had stolen the personal data of 3.1 million customers.",
     "The breach at Tessiv affected about 5 million users, security researchers said.", "conflict"),
    ("Broadband firm Larkline said its outage had affected 800,000 customers.",
     "The outage at Larkline affected 800,000 users, the regulator said.", "agreement"),
])
def test_served_people_a_harm_reached_are_one_count(tmp_path, first, second, status):
    claims = claims_of(tmp_path, first, second)
    rows = claims[claims.metric.str.endswith(": affected")]
    assert list(rows.status) == [status], claims[["entity", "metric", "status", "values"]].to_string()


def test_users_a_harm_reached_are_not_the_user_base(tmp_path):
    claims = claims_of(tmp_path, "The breach at Tessiv affected about 5 million users, researchers said.",
                       "Tessiv has 11 million users, the company said.")
    assert not claims.status.isin(["conflict", "discrepancy", "agreement"]).any(), \
        claims[["entity", "metric", "status", "values"]].to_string()
