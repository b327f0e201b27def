"""Wordings found on a probe story of our own in Indian business style (a government blocking a video
app; crore and lakh), each shown on several kinds of story:
- "The government on Monday blocked short-video app Zapp", "India banned the video app Zapp on Tuesday",
  "Monday's ban on Zapp": the day an app is banned, and it is the app's (not the government's) ban; a law
  "banning the app" is still the day the law passed;
- "50 lakh new sign-ups": the scale is part of the number and "sign-ups" one word, so it agrees with "5
  million users added in a day"."""

import pytest

from claims_fixtures import article, story_claims


@pytest.mark.parametrize("first, second", [
    ("NEW DELHI: The government on Monday blocked short-video app Zapp and 11 other apps. Zapp is appealing.",
     "India banned the Chinese short-video app Zapp on Tuesday. Zapp is appealing."),
    ("Vellmar's regulator banned the ride-hailing app Corvo on Sept. 10. Corvo said it would appeal.",
     "Wednesday's ban on Corvo came after months of disputes. Corvo said it would appeal."),
    ("Officials blocked the messaging app Pinglo on Friday, Sept. 11. Pinglo has not commented.",
     "Authorities in Nordland blocked the messaging app Pinglo on Sept. 12. Pinglo has not commented."),
])
def test_a_government_banning_an_app_is_the_app_s_ban_and_its_day(tmp_path, first, second):
    claims = story_claims(tmp_path, {"a.md": article("Ban", "2026-09-14", first, "Wire"),
                                     "b.md": article("Banned", "2026-09-14", second, "Daily")})
    bans = claims[claims.metric == "ban_takes_effect"]
    assert list(bans.status) == ["conflict"] and bans.iloc[0].entity in first, \
        claims[["entity", "metric", "status", "values"]].to_string()


@pytest.mark.parametrize("first, second", [
    ("Rival platform Moja saw 50 lakh new sign-ups within 24 hours, the company said.",
     "Domestic rival Moja said it had added 5 million users in a day."),
    ("The lender Kestrel has 20 lakh customers in Kerala, Kestrel said.",
     "Kestrel has about 2 million customers in Kerala, according to analysts."),
    ("Harlo Games drew 10 lakh new sign-ups in a day for its cricket game, Harlo Games said.",
     "Harlo Games added 1 million users in a day for its cricket game."),
])
def test_a_scale_word_and_a_hyphened_noun_are_read_as_written(tmp_path, first, second):
    claims = story_claims(tmp_path, {"a.md": article("Surge", "2026-07-01", first, "Wire"),
                                     "b.md": article("Rivals", "2026-07-01", second, "Daily")})
    assert "agreement" in set(claims.status), claims[["entity", "metric", "status", "values"]].to_string()
