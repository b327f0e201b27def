"""Events of a ban story of our own: an app going dark the night before a ban takes effect is another
event than the ban (no conflict between the two days); each date takes the event of its own verb
("shut down ... on Saturday, and came back on Sunday"); an extension given to an app is the app's,
not the giver's ("give Vexa a 90-day extension", "granting a 75-day extension to Vexa")."""

import pytest

from conftest import write_articles
from claims_fixtures import story_claims
from newsreport.claims.ledger import build_ledger
from newsreport.corpus.loader import load_corpus
from newsreport.figures.extractor import figures_table

ARTICLES = {
    "01.md": """---
title: Vexa gets a reprieve
published: 2025-01-20
---
Vexa gets a reprieve

President Lark said he would likely give Vexa a 90-day extension once he takes office.
Vexa went dark for American users on Saturday night, January 18.
""",
    "02.md": """---
title: Vexa restores service
published: 2025-01-21
---
Vexa restores service

Lark signed an executive order granting a 75-day extension to Vexa on Monday.
Vexa shut down its app in the US late on Saturday, January 18, and came back on Sunday.
""",
    "03.md": """---
title: What's next for Vexa
published: 2025-01-22
---
What's next for Vexa

The ban on Vexa took effect on January 19, hours after the app went dark.
""",
}


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    corpus = load_corpus(write_articles(tmp_path_factory.mktemp("shutdown"), ARTICLES))
    return build_ledger(figures_table(corpus), corpus)


def test_going_dark_the_night_before_is_not_the_ban_taking_effect(ledger):
    claims = ledger.claims
    assert not (claims.status == "conflict").any(), claims[["metric", "status", "values"]]
    dark = claims[(claims.entity == "Vexa") & (claims.metric == "service_shutdown")]
    assert len(dark) == 1 and dark.iloc[0].status == "agreement"  # January 18 (01, 02)
    assert "the day Vexa went offline" in dark.iloc[0].explanation


def test_each_date_takes_the_event_of_its_own_verb(ledger):
    sources = ledger.sources.set_index("quote")
    assert sources.loc["Saturday, January 18", "metric"] == "service_shutdown"
    assert sources.loc["on Sunday", "metric"] == "service_restored"


def test_an_extension_given_to_an_app_is_the_apps(ledger):
    extension = ledger.sources[ledger.sources.metric == "extension_duration"]
    assert set(extension.entity) == {"Vexa"} and len(extension) == 2


def test_a_law_banning_an_app_taking_effect_is_the_ban_taking_effect(tmp_path):
    articles = {
        "a.md": "---\ntitle: Vexa ban begins\npublished: 2025-01-20\n---\nVexa ban begins\n\n"
                "The law banning Vexa took effect on Sunday.\n",
        "b.md": "---\ntitle: Vexa is gone\npublished: 2025-01-21\n---\nVexa is gone\n\n"
                "The ban on Vexa took effect on Saturday, January 18.\n",
    }
    claims = story_claims(tmp_path, articles)
    ban = claims[(claims.entity == "Vexa") & (claims.metric == "ban_takes_effect")]
    assert len(ban) == 1 and ban.iloc[0].status == "conflict"  # Sunday January 19 (a) against January 18 (b)
