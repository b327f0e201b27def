"""A tracker, data firm or pollster that an article introduces as such ("Mobilens, the other download tracker",
"Streamline, which tracks app usage", "analytics firm Playmeter") counts another's figure: a count it makes with
no other owner named is the article's main actor's, even when the sentence names an event that only dates it
("in the week after the Lendly outage") or sets it against what a rival tracker reported; "the app" of the next
sentence is never the tracker; and "in the week after" an event is one week, as "in the seven days after" is.
Stories of our own: a banking app after a rival's outage, a game's launch, a telehealth app in a lockdown."""

import pytest

from claims_fixtures import article, story_claims


@pytest.mark.parametrize("name, first, tracker", [
    ("Kobo", "Kobo was downloaded about 500,000 times in the UK in the seven days after the Lendly outage, "
             "according to AppTrace.",
     "Mobilens, the other big download tracker, counted roughly 300,000 UK downloads in the week after the Lendly "
     "outage, well short of what its larger rival reported."),
    ("Runequest", "Runequest was downloaded 2.2 million times in the US in the seven days after its launch, "
                  "according to Gamestat.",
     "Playmeter, a mobile analytics firm, counted about 1.4 million US downloads in the week after the launch."),
    ("Medino", "The telehealth app Medino was installed 1.2 million times in India in the seven days after the "
               "lockdown began, according to AppTrace.",
     "Healthmetric, which tracks app usage, counted some 700,000 Indian downloads in the week after the "
     "lockdown, and put the gap down to how each firm models side-loading on Android."),
])
def test_a_trackers_count_is_the_article_s_actor_s(tmp_path, name, first, tracker):
    claims = story_claims(tmp_path, {"a.md": article(f"{name} soars", "2026-03-10", first),
                                     "b.md": article(f"{name} is the week's big winner", "2026-03-11", tracker)})
    shown = claims[["entity", "metric", "scope", "period", "status", "values"]].to_string()
    assert list(claims[(claims.entity == name) & claims.metric.str.startswith("downloads")].status) == ["conflict"], shown


@pytest.mark.parametrize("tracker, then", [
    ("Mobilens, the download tracker, counted roughly 300,000 UK downloads in the week after the Lendly outage.",
     "The app reached No. 1 on the App Store on Monday."),
    ("Playmeter, a mobile analytics firm, says Runequest was installed 1.4 million times last week.",
     "The game reached No. 2 on Google Play on Sunday."),
    ("Healthmetric, which tracks app usage, counted some 700,000 downloads of Medino last week.",
     "The app was the most downloaded medical app in India on Friday, and it topped the App Store on Saturday."),
])
def test_the_app_after_a_tracker_is_not_the_tracker(tmp_path, tracker, then):
    claims = story_claims(tmp_path, {"a.md": article("The week in apps", "2026-03-11", f"{tracker} {then}")})
    trackers = {"Mobilens", "Playmeter", "Healthmetric"}
    assert not set(claims.entity) & trackers, claims[["entity", "metric", "status", "values"]].to_string()
