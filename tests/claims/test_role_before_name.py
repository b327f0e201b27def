"""A person's role opening a sentence before their full name ("Singer Ama Reyes", "Striker Luis Arbo") is no part of
the owner's name: the figure is the person's, keyed with the same person named plainly elsewhere (names.
ROLE_BEFORE_PERSON). A firm whose name begins with such a word ("Coach House Books") keeps it. Stories of our own: a
concert tour, a footballer's goals, a book sale."""

import pytest

from claims_fixtures import table, two_outlets


@pytest.mark.parametrize("first, second, owner", [
    ("Singer Ama Reyes sold 1.4 million tickets for her Halo tour on the first day of sale, her promoter said.",
     "Ama Reyes sold 900,000 tickets for her Halo tour on the first day of sale, an analytics firm said.", "Ama Reyes"),
    ("Striker Luis Arbo scored 31 goals for Dunford last season, the club said.",
     "Luis Arbo scored 24 goals for Dunford last season, according to league data.", "Luis Arbo"),
])
def test_a_role_before_a_name_is_one_owner(tmp_path, first, second, owner):
    claims = two_outlets(tmp_path, first, second)
    assert "conflict" in set(claims[claims.entity == owner].status), table(claims)


def test_a_firm_named_with_a_role_word_keeps_it(tmp_path):
    claims = two_outlets(tmp_path, "Coach House Books sold 40,000 copies of the novel in 2025, the publisher said.",
                         "Coach House Books sold 25,000 copies of the novel in 2025, according to BookScan.")
    assert "Coach House Books" in set(claims.entity), table(claims)
