"""A count made over "a typical month" or "an average day" ("open the app in a typical month", "ride the metro on
an average day") is a count per month or per day: the window is part of its measure (monthly users, riders a day),
and it is no date, so it does not date the figure. "In a month" alone stays a length of time ("gained 2 million
users in a month"). Stories of our own: a chat app, a recipe site, a metro, a ferry line, a festival."""

import pytest

from claims_fixtures import article, story_claims


def shown(claims) -> str:
    return claims[["entity", "metric", "scope", "period", "status", "values"]].to_string()


# (these two were read alike before "a typical month" was a window: they guard the rule's main use)
@pytest.mark.parametrize("owner, stated, estimate", [
    ("Chirpa", "Chirpa said 30 million people used it each month.",
     "By Pellam Research's estimate, some 22 million people open Chirpa in a typical month."),
    ("Spoonly", "Spoonly said 9 million people visited its site each month.",
     "About 5 million people visit Spoonly in an average month, according to Webgauge."),
])
def test_people_using_it_in_a_typical_month_are_its_monthly_users(tmp_path, owner, stated, estimate):
    claims = story_claims(tmp_path, {"a.md": article(f"{owner} grows", "2026-03-04", stated),
                                     "b.md": article(f"{owner} counted", "2026-03-05", estimate)})
    users = claims[claims.metric == "monthly_active_users"]
    assert list(users.entity) == [owner] and list(users.status) == ["conflict"], shown(claims)


@pytest.mark.parametrize("sentence, window", [
    ("On an average day, 1.2 million riders use the Kessel metro, the operator said.", "daily"),
    ("The Orla ferry line carries about 40,000 passengers in a typical week, its owner said.", "_per_week"),
    ("In a typical year, the Dunmore festival sells 90,000 tickets, its organisers said.", "_per_year"),
])
def test_a_typical_span_is_a_rate_and_no_date(tmp_path, sentence, window):
    claims = story_claims(tmp_path, {"a.md": article("Getting around", "2026-03-04", sentence),
                                     "b.md": article("Weather", "2026-03-05", "The weather was calm, a forecaster said.")})
    row = claims[claims["values"].str.contains("million|40,000|90,000")]
    assert len(row) == 1 and window in row.metric.iloc[0] and row.period.iloc[0] == "", shown(claims)


def test_in_a_month_alone_is_a_length_not_a_window(tmp_path):
    claims = story_claims(tmp_path, {"a.md": article("Chirpa grows", "2026-03-04", "Chirpa gained 2 million users in a month."),
                                     "b.md": article("Weather", "2026-03-05", "The weather was calm, a forecaster said.")})
    assert not claims.metric.str.contains("monthly|per_month").any(), shown(claims)
