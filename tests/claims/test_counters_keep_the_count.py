"""Who keeps a count of what happened is its source, not its owner: "The Pub Association counted 412 pub closures
in England and Wales", "Our reps count more like 2,100 people who have lost work", "its operator, Pedalgrid,
counted 1.1 million trips". So a count kept by one body and told by another outlet in the owner's name are one
claim, and no summary calls the people who lost work the union's people. A company counting a measure it owns keeps
it ("Loopa counts 12 million users"). Nor does who registers or enrols people own them. Stories of our own: a pub
trade body, a union, a bike-share system, an app, a relief centre, a school scheme."""

import pytest

from claims_fixtures import table, two_outlets


@pytest.mark.parametrize("counted, told, counter", [
    ("The Brewers' Association counted 412 pub closures in England and Wales in 2025.",
     "Some 290 pub closures were recorded in England and Wales in 2025, the Treasury said.", "Association"),
    ("Veloway's operator, Pedalgrid, counted 1.1 million trips in July.",
     "Veloway riders took 1.4 million trips in July, the city said.", "Pedalgrid"),
    ("The Kesh Valley health board recorded 142 measles cases in Kesh Valley in March.",
     "Kesh Valley had 187 measles cases in March, the ministry said.", "health board"),
])
def test_a_counter_is_not_the_owner_of_its_count(tmp_path, counted, told, counter):
    claims = two_outlets(tmp_path, counted, told)
    assert not claims.entity.str.contains(counter).any(), table(claims)
    assert {"conflict", "discrepancy"} & set(claims.status), table(claims)  # the two counts are compared


def test_people_a_union_counts_are_not_the_union_s(tmp_path):
    claims = two_outlets(tmp_path, "Administrators say 1,240 jobs are at risk at Marlow Stores, but the union Unite "
                                   "puts the figure far higher. \"Our reps count more like 2,100 people who have lost "
                                   "work,\" regional officer Ann Greaves said.",
                         "Marlow Stores collapsed on Monday.")
    counted = claims[claims["values"] == "2,100"]
    assert len(counted) == 1 and counted.entity.iloc[0] != "Unite", table(claims)


@pytest.mark.parametrize("sentence, value, lister", [
    ("At the town hall, which has become a relief centre, the Red Cross has registered 1,250 people.", "1,250",
     "Red Cross"),
    ("The Kessel Council has enrolled 340 pupils in its catch-up scheme this term.", "340", "Kessel Council"),
])
def test_who_puts_people_on_a_list_does_not_own_them(tmp_path, sentence, value, lister):
    claims = two_outlets(tmp_path, sentence, "Nothing else was reported.")
    listed = claims[claims["values"] == value]
    assert len(listed) == 1 and lister not in listed.entity.iloc[0], table(claims)


def test_a_company_counting_its_own_users_owns_them(tmp_path):
    claims = two_outlets(tmp_path, "Loopa counts 12 million users in Brazil, the company said.",
                         "Loopa has 12 million users in Brazil.")
    assert list(claims.entity) == ["Loopa"] and list(claims.status) == ["agreement"], table(claims)
