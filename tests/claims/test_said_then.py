"""A level told in reported speech by a verb of saying the sentence dates ("The company said in 2024 that it had 11
million users in Canada", "In March 2025, the bank said it was serving about 2 million customers") is the level at
that time: a point of the series with the level now, never a conflict with it (`figure_period.said_then`). Stories
of our own: a video app, a bank, a streamer."""

import pytest

from claims_fixtures import article, story_claims, table


@pytest.mark.parametrize("said, now, period", [
    ("Loopit's owner said in 2024 that it had 11 million users in Canada.",
     "Loopit says it has more than 14 million users in Canada.", "2024"),
    ("In March 2025, Pennabank said it was serving about 2 million customers in Wales.",
     "Pennabank now serves 2.9 million customers in Wales, the bank said.", "2025-03"),
    ("Streamora told investors in 2023 that it had 6 million subscribers in Canada.",
     "Streamora has 10 million subscribers in Canada, its chief executive said.", "2023"),
])
def test_a_level_said_at_a_stated_time_is_a_point_of_the_series(tmp_path, said, now, period):
    claims = story_claims(tmp_path, {"a.md": article("Numbers", "2026-04-08", said, outlet="Wire"),
                                     "b.md": article("Numbers", "2026-04-07", now, outlet="Paper")})
    assert period in set(claims.period) and "conflict" not in set(claims.status) \
        and claims.series.astype(bool).sum() >= 2, table(claims)


def test_a_saying_verb_with_no_time_leaves_the_level_undated(tmp_path):
    claims = story_claims(tmp_path, {"a.md": article("Numbers", "2026-04-08",
                                                     "Loopit said in a statement that it had 11 million users in Canada.",
                                                     outlet="Wire")})
    assert set(claims.period) <= {"", "2026-04"}, table(claims)
