"""A rate's move told in points is a measure of that rate: "cut its key rate by 25 basis points" and "lowered its
benchmark rate by half a percentage point" conflict, "25 basis points" and "a quarter of a percentage point" agree,
and the moves of two rates (inflation down, unemployment up) never meet. Stories of our own: three central banks,
a jobs report, a ball game."""

import pytest

from claims_fixtures import table, two_outlets


@pytest.mark.parametrize("first, second, status", [
    ("The Reserve Bank of Norland on Wednesday cut its key lending rate by 25 basis points to 6.25 per cent.",
     "Norland's central bank lowered its benchmark interest rate by half a percentage point to 6.0% on Wednesday.",
     "conflict"),
    ("The Bank of Canada cut its policy rate by 25 basis points to 2.5% on Wednesday.",
     "The Bank of Canada lowered its key rate by a quarter of a percentage point on Wednesday, to 2.5%.", "agreement"),
    ("The Central Bank of Ostra raised its policy rate by 75 basis points on Thursday.",
     "The Central Bank of Ostra raised its policy rate by half a percentage point on Thursday.", "conflict"),
])
def test_a_rate_move_in_points_is_the_rates(tmp_path, first, second, status):
    claims = two_outlets(tmp_path, first, second)
    moves = claims[claims.metric.str.startswith("rate_move_points: interest rate")]
    assert list(moves.status) == [status], table(claims)


def test_two_rates_moves_never_meet(tmp_path):
    claims = two_outlets(tmp_path, "Inflation in Varnland fell 0.4 percentage points in June, the statistics office said.",
                         "Unemployment in Varnland rose 0.2 percentage points in June, the statistics office said.")
    assert not set(claims.status) & {"conflict", "discrepancy"}, table(claims)
    assert {"rate_move_points: inflation rate fall", "rate_move_points: unemployment rate rise"} <= set(claims.metric), \
        table(claims)


def test_points_in_a_game_are_no_rate_move(tmp_path):
    claims = two_outlets(tmp_path, "Dara Quinn scored 31 points as the Harbor Hawks beat Ostend 102-95.",
                         "Dara Quinn scored 28 points in the Harbor Hawks' win over Ostend.")
    assert not claims.metric.str.startswith("rate_move_points").any(), table(claims)
