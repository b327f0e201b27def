"""Counts whose own words say what they are, apart from the count beside them: a bare count a relative clause defines
("about 9 million who open the app daily" after "15 million monthly users": daily users), and a count a rule requires
("requiring 5,000 subscribers instead of 1,000", "needs 100,000 signatures"), which is the rule's bar, not what anyone
has; the level a rule replaced ("instead of 1,000") is no level now. Stories of our own: a social app, a bank's app, a
news site, a video platform, a union, a petition."""

import pytest

from claims_fixtures import joined, rows_of, table, two_outlets


@pytest.mark.parametrize("first, second, daily, whole", [
    ("Northwind estimates that Pexo has about 30 million monthly users in Brazil, and about 11 million who open the app "
     "daily.", "Pexo has 30 million monthly users in Brazil, the company said.", "11 million", "30 million"),
    ("Kora Bank says its app has 6 million monthly users, and 2.5 million who use it every day.",
     "The Kora Bank app has about 6 million monthly users, according to the bank.", "2.5 million", "6 million"),
    ("The Daily Lantern site has 40 million monthly readers, and about 9 million who visit it each day, its owner said.",
     "The Daily Lantern has some 40 million monthly readers, its owner said.", "9 million", "40 million"),
])
def test_a_count_its_relative_clause_defines_is_not_the_count_before_it(tmp_path, first, second, daily, whole):
    claims = two_outlets(tmp_path, first, second)
    assert not joined(claims, daily, whole) and "conflict" not in set(claims.status), table(claims)


@pytest.mark.parametrize("first, second, value", [
    ("The lawyer said the ban would silence 170 million American users who rely on Vidora to share videos.",
     "Vidora has about 170 million users in the US, the company said.", "170 million"),
    ("Tavi has 3 million sellers who share their shops on the app, the company said.",
     "Tavi has about 3 million sellers, according to its annual report.", "3 million"),
])
def test_a_count_with_its_own_noun_is_not_what_its_relative_clause_says(tmp_path, first, second, value):
    """"170 million American users who rely on the app to share videos" are users (not a share price, read from "share");
    a clause defines only a bare count ("9 million who open the app daily")."""
    claims = two_outlets(tmp_path, first, second)
    assert len(rows_of(claims, value)) == 1 and rows_of(claims, value).n_sources.iloc[0] == 2, table(claims)


@pytest.mark.parametrize("first, second, required, held", [
    ("Tavi has raised the bar for its partner programme, requiring 5,000 subscribers instead of 1,000.",
     "Tavi, the video app, has 14 million subscribers, the company said.", "5,000", "14 million"),
    ("The Carrow dockers' union needs at least 40,000 members to force a national vote, its leader said.",
     "The Carrow dockers' union has 52,000 members, its leader said.", "40,000", "52,000"),
    ("The Fair Fares petition needs 100,000 signatures to be debated in parliament.",
     "The Fair Fares petition has 240,000 signatures, its organisers said.", "100,000", "240,000"),
])
def test_a_count_a_rule_requires_is_not_a_count_anyone_has(tmp_path, first, second, required, held):
    claims = two_outlets(tmp_path, first, second)
    assert not joined(claims, required, held) and "conflict" not in set(claims.status), table(claims)


def test_a_required_count_agrees_across_articles(tmp_path):
    claims = two_outlets(tmp_path, "Tavi has raised the bar for its partner programme, requiring 5,000 subscribers "
                                   "instead of 1,000.",
                         "Tavi raised its earnings threshold to 5,000 subscribers, angering smaller creators.")
    assert "agreement" in set(rows_of(claims, "5,000").status) and not rows_of(claims, "1,000").shape[0], table(claims)
