"""People who finished a race are one count whatever noun counts them and however the finish is told: "28,400
runners finished the race", "about 22,000 official finishers", "8,200 riders completed the 160km course", "9,600
cyclists crossed the finish line" (config `finishers`, one group). Those who started are another count, and a
company that "finished the year with 5 million users" counts its users. Stories of our own: a marathon, a cycling
sportive, an app."""

import pytest

from claims_fixtures import table, two_outlets


@pytest.mark.parametrize("first, second", [
    ("Organisers of the Harbour City Marathon said 28,400 runners finished the race on Sunday.",
     "Timing firm ChipTrack counted about 22,000 official finishers of the Harbour City Marathon on Sunday."),
    ("Some 8,200 riders completed the 160km Tour de Valle course on Saturday, organisers said.",
     "About 9,600 cyclists crossed the finish line of the Tour de Valle on Saturday."),
])
def test_finishers_by_any_wording_are_one_count(tmp_path, first, second):
    claims = two_outlets(tmp_path, first, second)
    finishers = claims[claims.metric == "finishers"]
    assert len(finishers) == 1 and finishers.n_sources.iloc[0] == 2, table(claims)


def test_starters_are_not_finishers(tmp_path):
    claims = two_outlets(tmp_path, "Some 30,000 runners started the Harbour City Marathon on Sunday.",
                         "About 28,400 runners finished the Harbour City Marathon on Sunday.")
    assert not claims.status.isin(["conflict", "discrepancy", "agreement"]).any(), table(claims)


def test_a_company_finishing_the_year_counts_its_users(tmp_path):
    claims = two_outlets(tmp_path, "Loopa finished the year with 5 million users.",
                         "Loopa ended the year with 6 million users.")
    assert set(claims.metric) == {"users"}, table(claims)
