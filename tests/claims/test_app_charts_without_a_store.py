"""The day an app topped a chart of apps that names no store ("the top of Brazil's free-apps chart", "No. 1 among
free apps in Mexico") is an app ranking like one on the App Store: two articles giving two days conflict, and the
claim names the chart; so is the top of a chart told in other words. Stories of our own: a social app, a game, a
payments app, an AI assistant, a shopping app."""

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



# the top of a chart told in other words: "the most popular free download", "claim first place" (taking a place, not a
# claim said), "the top" after the store is named, a store written "app-store", a "ranking of free apps"
@pytest.mark.parametrize("first, second", [
    (("2026-01-28", "Moqi, an AI assistant, became the most popular free download in the US on the App Store on Monday."),
     ("2026-01-27", "Moqi overtook established American assistants to claim first place on the App Store's free chart "
                    "in the US on Sunday, according to the store's public rankings.")),
    (("2026-07-14", "By Monday, Dottie had slipped to No. 3 on Google Play's US chart, two days after reaching the top on "
                    "Saturday."),
     ("2026-07-13", "Puzzle game Dottie rose to No. 1 among free games on Google Play in the US on Sunday.")),
    (("2026-02-09", "Quillo took the No. 1 spot on the main US app-store ranking of free apps on Saturday."),
     ("2026-02-10", "Quillo reached the top of the US free-apps chart on Sunday, analysts said.")),
])
def test_the_top_of_a_chart_in_other_words_is_a_ranking(tmp_path, first, second):
    claims = dated_outlets(tmp_path, first, second)
    assert set(claims[claims.metric.str.startswith("app_ranking")].status) == {"conflict"}, table(claims)


@pytest.mark.parametrize("sentence, day, saying", [
    ("Moqi overtook its rivals to claim first place on the App Store on Sunday.", "on Sunday", False),
    ("Seoul Tempest claimed the title on Sunday, beating the Wolves.", "on Sunday", False),
    ("The group claimed responsibility for the attack on Monday.", "on Monday", True),
    ("The company claimed on Monday that its app had 50 million users.", "on Monday", True),
])
def test_claiming_a_place_is_no_saying(sentence, day, saying):
    from newsreport.claims.event_phrases import said_on

    at = sentence.index(day)
    assert said_on(sentence, at, at + len(day)) is saying
