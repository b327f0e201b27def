"""A day written inside its ranking phrase ("took the top spot on Sunday on Apple's US App Store") is the ranking's
day (claims/event_phrases.py: a ranking's words may wrap their day), and a sentence naming two stores gives each day
the store nearest it ("No. 1 on the App Store on Sunday, and as of Monday third on Google Play": claims/event_details.py).
Stories of our own: a Korean app's climb, a game's launch week, a chatbot's first days."""

import pytest

from claims_fixtures import article, story_claims, table


@pytest.mark.parametrize("app, first, second", [
    ("Dallim", "Dallim reached No. 1 among free apps on Apple's App Store in the United States on Saturday.",
     "Dallim took the top spot on Sunday on Apple's US App Store for free apps, and as of Monday it was third on "
     "Google Play's US chart."),
    ("Quillo", "Quillo became the most downloaded free app on the App Store in the US on Tuesday.",
     "Quillo climbed to No. 1 on Wednesday on the US App Store, overtaking rival chat apps."),
    ("Tarnish", "The game Tarnish hit No. 1 on Google Play in Japan on Friday, its publisher said.",
     "Tarnish took first place on Thursday on Google Play in Japan."),
])
def test_a_day_inside_the_ranking_phrase_dates_the_ranking(tmp_path, app, first, second):
    claims = story_claims(tmp_path, {
        "a.md": article(f"{app} tops the charts", "2026-02-10", first, outlet="Wire"),
        "b.md": article(f"{app}'s climb", "2026-02-11", second, outlet="Journal")})
    ranking = claims[claims.metric.str.startswith("app_ranking")]
    assert list(ranking.status) == ["conflict"] and set(ranking.entity) == {app}, table(claims)


def test_each_day_takes_the_store_nearest_it(tmp_path):
    claims = story_claims(tmp_path, {"a.md": article(
        "Dallim's climb", "2026-02-11", "After ranking first on Google Play on Monday, Dallim reached No. 1 on the App "
        "Store on Tuesday.", outlet="Journal")})
    stores = dict(zip(claims[claims.metric.str.startswith("app_ranking")].metric,
                      claims[claims.metric.str.startswith("app_ranking")]["values"]))
    assert "February 10" in stores.get("app_ranking: the App Store", ""), table(claims)
