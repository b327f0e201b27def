"""A level set beside its level a year before ("now has 42 million monthly users, up from 30 million a
year earlier", "Its daily active users number 12.4 million, up from 7 million a year ago") holds now: it is
dated by the publication month and the earlier level a year before, so the two make a series, and another
source's undated count of the same size joins the level now. Stories of our own (a recipe app, a bike
rental service)."""

import pytest

from claims_fixtures import own_outlet_article as article, story_claims


def test_a_level_now_and_a_year_earlier_make_a_series(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Tessa grows", "2026-03-10", "Tessa, the recipe app, said on Monday that it now has 42 million "
                        "monthly active users, up from 30 million a year earlier."),
        "b.md": article("Tessa audience", "2026-03-12", "The app counts about 40 million people who use it each month, "
                        "according to Tessa."),
    })
    users = claims[claims.metric == "monthly_active_users"].set_index("period")
    assert users.loc["2026-03", "status"] == "agreement" and users.loc["2025-03", "status"] == "series"


def test_a_level_numbered_up_from_a_year_ago_is_dated_now(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Rova riders", "2026-05-04", "Rova's daily active users number 2.4 million, up from "
                        "1.5 million a year ago."),
        "b.md": article("Rova app", "2026-05-05", "Rova has about 2.4 million daily users, the company said."),
    })
    users = claims[claims.metric == "daily_active_users"].set_index("period")
    assert set(users.index) == {"2026-05", "2025-05"} and users.loc["2026-05", "status"] == "agreement"


@pytest.mark.parametrize("before, now", [
    ("Pilots at Orla Air began a strike on Monday, July 7, grounding 300 flights on Monday.",
     "The walkout at Orla Air has cancelled 450 flights so far."),
    ("Kelp had 2 million users on June 1, the company said.", "Kelp now has 2.6 million users."),
    ("The Varda floods had damaged 12,000 homes by Sunday, Sept. 14.", "Floods have now damaged 15,000 homes in Varda."),
])
def test_a_level_now_in_a_series_of_days_is_dated_by_its_publication_day(tmp_path, before, now):
    # dated by its month, "450 flights so far" (July 9) sorted before "300 flights" (July 7) in the series
    name = next(w for w in ("Orla Air", "Kelp", "Varda") if w in before)
    claims = story_claims(tmp_path, {"a.md": article(f"{name} in numbers", "2025-07-08", before),
                                     "b.md": article(f"The latest on {name}", "2025-07-09", now)})
    series = claims[claims.status == "series"].sort_values("period")
    assert list(series.period)[-1:] == ["2025-07-09"], claims[["entity", "metric", "period", "status", "values"]].to_string()


@pytest.mark.parametrize("title, text, earlier_day", [
    ("Varda toll rises", "The death toll from the Varda floods rose to 57 on Monday, Sept. 15, up from 42 a day earlier.",
     "2025-09-14"),
    ("Kelp grows", "Kelp grew to 2.3 million daily users on May 30, up from about 1.4 million the week before.",
     "2025-05-23"),
    ("Ferrum Air recovers", "Ferrum Air flew 41,000 passengers on Friday, July 11, up from 30,000 the previous day.",
     "2025-07-10"),
])
def test_an_earlier_level_a_span_back_is_dated_by_that_span(tmp_path, title, text, earlier_day):
    # "up from 42 a day earlier" was dropped as an undated earlier level: the series lost its first point
    claims = story_claims(tmp_path, {"a.md": article(title, "2025-09-16" if "Varda" in title else "2025-07-12"
                                                     if "Ferrum" in title else "2025-06-02", text)})
    series = claims[claims.status == "series"]
    assert earlier_day in set(series.period) and len(series) == 2, \
        claims[["entity", "metric", "period", "status", "values"]].to_string()
