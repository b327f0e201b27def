"""The day an app topped a chart of apps that names no store ("the top of Brazil's free-apps chart", "No. 1 among
free apps in Mexico") is an app ranking like one on the App Store: two articles giving two days conflict, and the
claim names the chart. Stories of our own: a social app, a game, a payments app."""

import pytest

from claims_fixtures import dated_outlets, table


@pytest.mark.parametrize("first, second", [
    (("2026-04-14", "Chirra, a two-year-old social app, reached the top of Brazil's free-apps chart on Sunday, as "
                    "users went looking for somewhere else to post."),
     ("2026-04-15", "Its social app, Chirra, climbed to No. 1 among free apps in Brazil on Saturday, pushing aside "
                    "the banking apps.")),
    (("2026-10-07", "Duskfall, the studio's new game, hit No. 1 on Japan's paid-apps chart on Monday, its publisher "
                    "said."),
     ("2026-10-09", "The game topped the paid-apps chart in Japan on October 4, according to Appmetric.")),
    (("2026-02-11", "Pesito became the top app on Mexico's app download chart on Tuesday, the company said."),
     ("2026-02-12", "Pesito reached No. 1 on the app download chart in Mexico on February 8, data firm Tallyfield said.")),
])
def test_the_day_an_app_topped_a_chart_no_store_names_is_a_ranking(tmp_path, first, second):
    claims = dated_outlets(tmp_path, first, second)
    ranked = claims[claims.metric.str.startswith("app_ranking")]
    assert set(ranked.status) == {"conflict"}, table(claims)
    assert ranked.metric.str.contains("chart").all(), table(claims)


def test_the_same_day_on_such_a_chart_agrees(tmp_path):
    claims = dated_outlets(tmp_path, ("2026-04-14", "Chirra reached the top of Brazil's free-apps chart on Sunday."),
                           ("2026-04-15", "Chirra hit No. 1 on Brazil's free-apps chart on April 12."))
    assert set(claims[claims.metric.str.startswith("app_ranking")].status) == {"agreement"}, table(claims)

