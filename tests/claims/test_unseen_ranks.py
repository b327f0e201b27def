"""Chart ranks as claims, on articles of our own about an app's climb: ranks on several days are a
series, two articles giving one rank for one day agree, another chart ("overall") is another
measure, and two different ranks for one day are only a possible discrepancy (charts and hours
differ), never a conflict. A rank with no app store named makes no claim."""

import pytest

from claims_fixtures import story_claims

ARTICLES = {
    "01_wire.md": """---
title: Pictor storms the charts
published: 2025-04-09
---
Pictor storms the charts

Pictor is currently the No. 3 free app on Google Play, up from No. 40 on Monday.
On the App Store, Pictor sits at No. 5 overall.
Its home country is the No. 2 economy in the region.
""",
    "02_daily.md": """---
title: Photo app Pictor keeps climbing
published: 2025-04-10
---
Photo app Pictor keeps climbing

Pictor was the No. 3 free app on Google Play on Wednesday, according to StoreScope.
Pictor reached No. 1 on the App Store on Thursday.
""",
    "03_blog.md": """---
title: Is Pictor here to stay?
published: 2025-04-11
---
Is Pictor here to stay?

Pictor hit No. 4 on the App Store on Thursday, according to Appmetric.
""",
}


@pytest.fixture(scope="module")
def claims(tmp_path_factory):
    return story_claims(tmp_path_factory.mktemp("ranks"), ARTICLES)


def ranks(claims, metric):
    return claims[(claims.entity == "Pictor") & (claims.metric == metric)].set_index("period")


def test_ranks_on_several_days_are_a_series_and_one_day_agrees(claims):
    play = ranks(claims, "rank: Google Play")
    assert set(play.index) == {"2025-04-07", "2025-04-09"}  # "up from No. 40 on Monday", "currently No. 3"
    assert play.loc["2025-04-09", "status"] == "agreement"  # "currently" (01) and "on Wednesday" (02)
    assert play.loc["2025-04-07", "status"] == "series" and "No. 40" in play.loc["2025-04-07", "series"]


def test_another_chart_is_another_measure(claims):
    overall = ranks(claims, "rank: the App Store (overall)")
    assert list(overall["values"]) == ["No. 5"]


def test_two_ranks_of_one_day_are_a_discrepancy_not_a_conflict(claims):
    store = ranks(claims, "rank: the App Store")
    assert store.loc["2025-04-10", "status"] == "discrepancy"  # No. 1 (02) and No. 4 (03) on Thursday
    assert not (claims.metric.str.startswith("rank") & (claims.status == "conflict")).any()


def test_a_rank_with_no_store_makes_no_claim(claims):
    assert not claims["values"].str.contains("No. 2").any()


STATE_ARTICLES = {
    "a.md": "---\ntitle: Loopa tops the store\npublished: 2025-04-08\n---\nLoopa tops the store\n\n"
            "Loopa became the most downloaded free app on the App Store on Monday.\n",
    "b.md": "---\ntitle: Loopa holds on\npublished: 2025-04-10\n---\nLoopa holds on\n\n"
            "Loopa was the most downloaded free app on the App Store on Wednesday.\n",
    "c.md": "---\ntitle: Loopa still leads\npublished: 2025-04-11\n---\nLoopa still leads\n\n"
            "As of Thursday, Loopa topped the App Store.\n",
}


@pytest.fixture(scope="module")
def states(tmp_path_factory):
    return story_claims(tmp_path_factory.mktemp("rank_states"), STATE_ARTICLES)


def test_where_an_app_stood_on_a_day_is_not_when_it_got_there(states):
    # "became ... on Monday" (a) against "was ... on Wednesday" (b) and "as of Thursday ... topped" (c):
    # the day it reached No. 1 is not contradicted by days it was still there
    reached = states[states.metric == "app_ranking: the App Store"]
    assert len(reached) == 1 and reached.iloc[0].status == "discrepancy"
    assert "where it stood that day" in reached.iloc[0].reason or "state went on" in reached.iloc[0].reason


def test_a_day_it_fell_is_not_a_day_it_reached_no_1(tmp_path):
    # "Pictor, which hit No. 1 on Apple's App Store on Saturday, fell to No. 12 by Wednesday": Wednesday
    # is the day of the fall; "rival app Pictor" is Pictor
    articles = {
        "a.md": "---\ntitle: Pictor plummets\npublished: 2025-01-22\n---\nPictor plummets\n\n"
                "Pictor, which hit No. 1 on Apple's App Store on Saturday, fell to No. 12 by Wednesday.\n",
        "b.md": "---\ntitle: Pictor rises\npublished: 2025-01-20\n---\nPictor rises\n\n"
                "Rival app Pictor, which gained users fast, topped Apple's App Store on Saturday.\n",
    }
    claims = story_claims(tmp_path, articles)
    reached = claims[(claims.entity == "Pictor") & (claims.metric == "app_ranking: the App Store")]
    assert len(reached) == 1 and reached.iloc[0].status == "agreement"  # Saturday, January 18, in both
    assert not claims.entity.str.startswith("app ").any()
