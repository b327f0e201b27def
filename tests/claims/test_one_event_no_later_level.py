"""The people at one event (a march's crowd, a strike's strikers) have no later level: a count an article leaves
undated is not that count on its publication day, so beside another article's "Saturday's march" it makes no
series ("12,000 on Saturday, then 30,000 on Tuesday" would be false). A level that moves, such as users, still
takes the publication day. Stories of our own: a march, a rally, a streaming app."""

import pytest

from claims_fixtures import table, two_outlets


@pytest.mark.parametrize("first, second", [
    ("Police put the size of Saturday's march at 12,000 people.",
     "Some 30,000 people joined the march through Halden in support of the striking teachers, the organisers said."),
    ("Police put the size of Sunday's rally at 4,000.",
     "Around 9,500 people joined the rally in Marlow, according to the organisers."),
])
def test_an_undated_crowd_is_no_later_point(tmp_path, first, second):
    claims = two_outlets(tmp_path, first, second)  # (both published Tuesday 2026-09-15)
    assert "series" not in set(claims[claims.metric == "attendance"].status), table(claims)


def test_users_still_take_the_publication_day(tmp_path):
    claims = two_outlets(tmp_path, "Streamly had 4.1 million monthly active users in June, the company said.",
                         "Streamly has 5.3 million monthly active users, the company said.")
    assert "series" in set(claims.status), table(claims)
