"""A movement of people told as a noun ("the rush", "an exodus", "the influx") is a happening whose start
is dated by "began", "started" or "kicked off": two days for it conflict (config `event_nouns`), also where the noun
goes "to" a place ("a rush of American users to HuaHua began on Saturday": a destination, not a figure moving to a
level; claims/happening_words.py `moved_figure`). Stories of our own: a migration to a foreign app, an influx of
users, an exodus of sellers."""

import pytest

from claims_fixtures import dated_outlets, table


@pytest.mark.parametrize("first, second", [
    (("2026-09-09", "Linguana said 2.6 million people have started its Mandarin course since a rush of American users "
                    "to Chinese social app HuaHua began on Saturday."),
     ("2026-09-10", "The rush started on Sunday, September 6, when HuaHua topped the US download charts.")),
    (("2026-03-04", "An exodus of sellers from Marketo to rival platforms began on Monday, merchants said."),
     ("2026-03-06", "The exodus started on Tuesday, after Marketo raised its fees.")),
    (("2026-05-12", "An influx of Brazilian users to the photo app Pinglo began on Friday, the company said."),
     ("2026-05-13", "The influx started on Saturday, when a video about the app went viral.")),
])
def test_two_days_for_the_start_of_one_movement_conflict(tmp_path, first, second):
    claims = dated_outlets(tmp_path, first, second)
    started = claims[claims.metric.str.startswith("occurrence")]
    assert list(started.status) == ["conflict"], table(claims)


def test_a_price_moving_to_a_level_is_still_no_happening(tmp_path):
    claims = dated_outlets(tmp_path, ("2026-05-12", "Vantra's shares sank to a record low on Monday."),
                           ("2026-05-13", "Vantra's shares sank to a record low on Tuesday."))
    assert not claims.metric.str.startswith("occurrence").any(), table(claims)
