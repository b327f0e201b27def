"""The set a figure is ranked in, set beside it ("fined Corvo €40 million, one of the largest penalties imposed in
Europe this year", "raised $300 million, the biggest round raised in Asia this year"), is no scope of the figure:
the fine is not a European one, and two outlets' accounts of it are one claim (claims/figure_scope.py, ranking_set).
A place the figure's own words name stays its scope. Stories of our own: a privacy fine, a start-up's round, a chat
app's users."""

import pytest

from claims_fixtures import table, two_outlets


@pytest.mark.parametrize("first, second", [
    ("The regulator fined Corvo €40 million for sharing location data, one of the largest penalties imposed in Europe "
     "this year.", "Corvo must pay a €40m fine, the regulator said."),
    ("Plumeo raised $300 million from investors, the biggest round raised by a start-up in Asia this year.",
     "Plumeo said it had raised $300m from investors led by Harrow Capital."),
])
def test_the_set_a_figure_is_ranked_in_is_no_scope(tmp_path, first, second):
    claims = two_outlets(tmp_path, first, second)
    assert (claims.status == "agreement").any() and set(claims.scope) == {""}, table(claims)


def test_a_place_the_figure_names_stays_its_scope(tmp_path):
    claims = two_outlets(tmp_path, "Corvo has 3 million users in Germany, one of its largest markets in Europe.",
                         "The company did not comment.")
    assert set(claims.scope) == {"Germany"}, table(claims)
