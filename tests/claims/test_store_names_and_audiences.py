"""Wordings of app coverage found on a probe story of our own (a wire story, an explainer and a feature on
one app's surge), each shown on several kinds of app and store:
- "Google's Play Store" and "the Play Store" are Google Play: a No. 1 there is a day on that chart;
- "4 million Americans now open Kivu every day": a country's people counted over a day are the app's daily
  users there, as "4 million daily active users in the US" are."""

import pytest

from claims_fixtures import article, story_claims


@pytest.mark.parametrize("first, second", [
    ("Kivu became the most downloaded free app on Google Play in the US on Sunday, Feb. 8.",
     "Kivu climbed to the top spot among free apps in Google's Play Store in the US on Saturday, Feb. 7."),
    ("The running app Trackly climbed to No. 1 among free apps on the Play Store in the US on March 3.",
     "Downloads soared as the running app Trackly hit No. 1 on Google Play in the US on March 4."),
    ("The game Stackfall topped Google's Play Store charts in Britain on May 9.",
     "Stackfall reached No. 1 on Google Play in Britain on May 10."),
])
def test_a_play_store_written_otherwise_is_google_play(tmp_path, first, second):
    claims = story_claims(tmp_path, {"a.md": article("Surge", "2026-05-12", first, "Wire"),
                                     "b.md": article("Rise", "2026-05-12", second, "Daily")})
    ranking = claims[claims.metric == "app_ranking: Google Play"]
    assert list(ranking.status) == ["conflict"], claims[["entity", "metric", "status", "values"]].to_string()


@pytest.mark.parametrize("first, second, scope", [
    ("Oda Labs says 4 million Americans now open Kivu every day.",
     "Data firm Tallymetric puts Kivu's daily active users in the US at about 2.5 million.", "US"),
    ("Some 3 million Canadians now use Pinglo each day, according to the company.",
     "Pinglo has about 1.2 million daily active users in Canada, according to Appvista.", "Canada"),
    ("The company said 9 million Indians use Chatbox every day.",
     "Chatbox has 5 million daily active users in India, Sensorly estimates.", "India"),
])
def test_a_country_s_people_counted_each_day_are_daily_users_there(tmp_path, first, second, scope):
    claims = story_claims(tmp_path, {"a.md": article("Users", "2026-02-11", first, "Wire"),
                                     "b.md": article("Estimates", "2026-02-11", second, "Daily")})
    daily = claims[claims.metric == "daily_active_users"]
    assert list(daily.status) == ["conflict"] and daily.iloc[0].scope == scope, claims[["entity", "metric", "scope", "status", "values"]].to_string()
