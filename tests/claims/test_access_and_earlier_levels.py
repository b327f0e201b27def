"""A verb and particle of lost access ("the ban cuts off 90 million users", "locked out 2 million customers")
count the people it falls on, not a fall in their number; and in "The company, whose user base grew from 2
crore in 2024 to over 9 crore now" the anaphor's relative clause is the company named before, an Indian scale
word is part of the number (never the counted noun), and the year after the earlier level dates that level
only. Stories of our own: a banned app, a power cut, a bank's outage; an app, a lender and a retailer growing."""

import pytest

from claims_fixtures import article, story_claims


@pytest.mark.parametrize("sentence", [
    "The ban on Reelo cuts off more than 90 million Indian users from the app.",
    "The outage at Kordbank cut off 2 million customers from their accounts on Friday.",
    "The strike shut out 40,000 Zembla Rail passengers from their trains on Monday.",
])
def test_people_cut_off_are_no_fall(tmp_path, sentence):
    claims = story_claims(tmp_path, {"a.md": article("Cut off", "2026-05-10", sentence)})
    shown = claims[["entity", "metric", "values"]].to_string()
    assert not claims.metric.str.contains("growth").any() and not claims["values"].str.startswith("down").any(), shown


@pytest.mark.parametrize("name, story", [
    ("Reelo", "Reelo is a short-video app. The company, whose Indian user base grew from 2 crore in 2024 to over 9 "
              "crore now, is fighting the ban."),
    ("Kordbank", "Kordbank was founded in 1998. The lender, whose customer base grew from 40 lakh in 2022 to about 65 "
                 "lakh now, plans to list its shares."),
    ("Shopnest", "Shopnest opened its first store in 2010. The retailer, whose subscriber base grew from 2 million in "
                 "2021 to 5 million now, sells a membership plan."),
])
def test_an_anaphor_s_level_then_and_now(tmp_path, name, story):
    claims = story_claims(tmp_path, {"a.md": article(f"{name} grows", "2026-05-10", story)})
    shown = claims[["entity", "metric", "period", "status", "values"]].to_string()
    rows = claims[claims.entity == name]
    assert "series" in set(rows.status) and not claims.metric.str.contains("crore|lakh").any(), shown


@pytest.mark.parametrize("then, now_value", [
    ("Voxa employed 2,600 content moderators worldwide, up from 900 two years ago.", "2,600"),
    ("Tekron said it had 45,000 employees, up from 30,000 three years ago.", "45,000"),
    ("Harbourne has 38,000 season-ticket holders, up from 21,000 five years ago, the club said.", "38,000"),
])
def test_a_span_back_after_the_earlier_level_dates_it_only(tmp_path, then, now_value):
    claims = story_claims(tmp_path, {"a.md": article("Growing", "2026-05-11", then)}, partial=True)
    shown = claims[["entity", "metric", "period", "status", "values"]].to_string()
    now = claims[claims["values"].str.contains(now_value)]
    assert len(now) and not now.period.str.match(r"202[0-4]").any(), shown


@pytest.mark.parametrize("name, sentence, scope", [
    ("Kimbo", "Shares in Kimbo rose 9% on Wednesday after it said it had 75 million monthly active users worldwide at "
              "the end of June, up from 68 million at the end of March.", "global"),
    ("Kordbank", "Kordbank's shares fell 3% after it said it had 4.1 million customers in Europe at the end of June, up "
                 "from 3.8 million at the end of March.", "Europe"),
    ("Tekron", "Tekron's shares rose 4% after it said it had 30,000 employees in India at the end of June, up from "
               "27,000 at the end of March.", "India"),
])
def test_an_earlier_level_takes_the_scope_of_the_level_it_is_compared_with(tmp_path, name, sentence, scope):
    claims = story_claims(tmp_path, {"a.md": article(f"{name} grows", "2026-07-20", sentence)})
    shown = claims[["entity", "metric", "scope", "period", "status", "values"]].to_string()
    assert set(claims[(claims.entity == name) & (claims.status == "series")].scope) == {scope}, shown
