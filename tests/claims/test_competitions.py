"""A count in one competition is not the count in all of them: "19 goals in all competitions" and "14 goals in
the league" are two measures, while a count in all competitions agrees with the same count given with no
competition ("31 goals last season"). Stories of our own: a striker, a batter, a goalkeeper."""

import pytest

from claims_fixtures import table, two_outlets


@pytest.mark.parametrize("first, second", [
    ("Ruiz scored 22 goals in all competitions last season, the club said.",
     "Ruiz scored 15 goals in the Premier League last season, more than any other winger."),
    ("Okafor scored 17 goals in all competitions last season.",
     "Okafor scored 11 league goals last season, the club said."),
    ("Patel has scored 9,800 runs in all formats for India.",
     "Patel has scored 6,200 runs in Tests for India."),
])
def test_one_competition_is_not_all(tmp_path, first, second):
    claims = two_outlets(tmp_path, first, second)
    assert not set(claims.status) & {"conflict", "discrepancy"}, table(claims)


def test_all_competitions_agrees_with_no_competition_named(tmp_path):
    claims = two_outlets(tmp_path, "Varga scored 28 goals in all competitions last season.",
                         "Varga scored 28 goals last season, the club said.")
    assert "agreement" in set(claims.status), table(claims)
