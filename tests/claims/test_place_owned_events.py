"""A dated event an article gives to a place or to no one ("nurses across Velmar walked out", "It began on Tuesday
night") is the one owner's that the story's other accounts of that event type name (`event_places`): two days for
one strike's start then conflict (for an account naming no one, they are a possible discrepancy). Two named owners (a strike at one firm, another at its rival) stay apart, and an
unowned account with no owner to take is left out. "Went on an indefinite strike" starts a strike. Stories of our
own: port pilots, bus drivers, an appeal heard in a court the parse tags as a place, an app's ban."""

import pytest

from claims_fixtures import dated_outlets, table, two_outlets


@pytest.mark.parametrize("first, second, status", [
    ("Harbour pilots across Velmar walked out at 6am on Tuesday, the pilots' union said.",
     "The strike at Velmar Port Services began on Monday night, the company said.", "conflict"),
    ("Bus drivers at Corran Transit went on an indefinite strike from Wednesday morning, demanding a 9% rise.",
     "It began on Thursday, according to the city council, when the night shift walked out.", "discrepancy"),
    ("A hearing at the Lagos federal court has been set for Nov. 9, the company's lawyers said.",
     "Pelmo's appeal against the fine goes before the federal court on Nov. 2.", "conflict"),
    ("The ban on the video app Zapp in Orvia took effect on Monday, Oct. 12, the ministry said.",
     "Orvia's ban took effect on Oct. 11, a day before it was due, in a rush to stop the app.", "conflict"),
])
def test_an_event_told_by_its_place_or_by_no_one_is_the_named_owners(tmp_path, first, second, status):
    """(one named by no one, only doubtfully: "It began on Thursday" may be another strike)"""
    claims = two_outlets(tmp_path, first, second, published="2026-10-16")
    rows = claims[claims.metric.isin(["strike_start", "ban_takes_effect", "hearing"])]
    assert list(rows.status) == [status], table(claims)


def test_an_unowned_account_with_no_owner_to_take_is_left_out(tmp_path):
    claims = dated_outlets(tmp_path, ("2026-10-16", "The strike began on Tuesday, the union said."),
                           ("2026-10-16", "It began on Wednesday, according to managers."))
    assert "strike_start" not in set(claims.metric), table(claims)


def test_two_named_owners_stay_apart(tmp_path):
    claims = two_outlets(tmp_path, "Drivers at Corran Transit walked out on Tuesday, Oct. 13.",
                         "Drivers at Corran Transit's rival Lisk Buses walked out on Oct. 14.", published="2026-10-16")
    assert "conflict" not in set(claims.status), table(claims)
