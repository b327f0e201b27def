"""The whole claims step on an outage story of our own: the day a service came back is its own event
(not the day it went dark, named in the same sentence), two lengths of one outage conflict, and
"150 million people in the US use Streamly" counts its users, agreeing with "150 million American
users". The length of one outage dated by its start in one article and by its end in another is one
claim; its length is read from its clause ("after being down for 12 hours"); who promises an
extension is not whose extension it is."""

import pytest

from conftest import write_articles
from claims_fixtures import story_claims
from newsreport.claims.ledger import build_ledger
from newsreport.corpus.loader import load_corpus
from newsreport.figures.extractor import figures_table

ARTICLES = {
    "01.md": """---
title: Streamly back online after 14-hour blackout
published: 2025-02-10
---
Streamly back online after 14-hour blackout

Streamly restored service to its users on Sunday after a 14-hour blackout.
The app went dark late Saturday, hours before the ban took effect.
Streamly has 150 million American users.
""",
    "02.md": """---
title: Streamly returns after hours offline
published: 2025-02-11
---
Streamly returns after hours offline

Streamly was offline for about 12 hours before it came back on Sunday.
About 150 million people in the US use Streamly.
""",
    "03.md": """---
title: What Streamly's blackout tells us
published: 2025-02-12
---
What Streamly's blackout tells us

Streamly came back online on Tuesday, two days after it went dark.
Pictor went offline for 3 hours on Friday night, its first outage.
""",
    "04.md": """---
title: Pictor's weekend outage
published: 2025-02-13
---
Pictor's weekend outage

Pictor restored service to US users on Saturday after a 9-hour outage.
""",
}


@pytest.fixture(scope="module")
def claims(tmp_path_factory):
    return story_claims(tmp_path_factory.mktemp("outage"), ARTICLES)


def claim(claims, metric, scope=""):
    rows = claims[(claims.entity == "Streamly") & (claims.metric == metric) & (claims.scope == scope)]
    assert len(rows) == 1, claims[["entity", "metric", "scope", "period", "status", "values"]]
    return rows.iloc[0]


def test_the_day_service_came_back_is_its_own_event(claims):
    restored = claim(claims, "service_restored")
    assert restored.status == "conflict"  # Sunday (01, 02) and Tuesday (03)
    assert "came back online" in restored.explanation
    assert not (claims.metric == "ban_takes_effect").any() or claim(claims, "ban_takes_effect").status == "single"


def test_two_lengths_of_the_outage_conflict(claims):
    outage = claims[(claims.entity == "Streamly") & (claims.metric == "outage_duration")]
    assert "conflict" in set(outage.status)  # 14 hours vs about 12 hours


def test_people_who_use_an_app_are_its_users(claims):
    assert claim(claims, "users", "US").status == "agreement"


def test_the_length_of_one_outage_dated_by_its_start_and_its_end_is_one_claim(claims):
    # "offline for 3 hours on Friday night" (03) and "restored service to US users on Saturday after a
    # 9-hour outage" (04): one outage, two days (start and end), one stating the US and one no place
    pictor = claims[(claims.entity == "Pictor") & (claims.metric == "outage_duration")]
    assert len(pictor) == 1 and pictor.iloc[0].status == "conflict"
    assert "the event ran from one day into the next" in pictor.iloc[0].explanation


WORDED_ARTICLES = {
    "01.md": "---\ntitle: Streamly is back in the United States\npublished: 2025-01-20\n---\n"
             "Streamly is back in the United States\n\n"
             "Streamly restored services for US users about 14 hours after going dark, the company said on Sunday.\n"
             "The app, which has 170 million users in the United States, stopped working late on Saturday.\n"
             "President Lark has promised Streamly a 90-day extension.\n",
    "02.md": "---\ntitle: Streamly returns\npublished: 2025-01-20\n---\nStreamly returns\n\n"
             "Streamly came back online on Sunday after being down for 12 hours.\n"
             "The service had gone dark for its 170 million American users on Saturday night.\n",
}


@pytest.fixture(scope="module")
def worded(tmp_path_factory):
    corpus = load_corpus(write_articles(tmp_path_factory.mktemp("outage_words"), WORDED_ARTICLES))
    return build_ledger(figures_table(corpus), corpus)


def test_an_outage_length_is_read_from_its_clause(worded):
    # "about 14 hours after going dark" (01), "after being down for 12 hours" (02): both lengths of the outage
    outage = worded.sources[worded.sources.metric == "outage_duration"]
    assert set(outage.quote) == {"about 14 hours", "12 hours"} and set(outage.entity) == {"Streamly"}


def test_the_day_it_went_dark_agrees_and_a_user_count_beside_it_names_no_event(worded):
    dark = worded.claims[(worded.claims.entity == "Streamly") & (worded.claims.metric == "service_shutdown")]
    assert len(dark) == 1 and dark.iloc[0].status == "agreement"  # "stopped working late on Saturday", "gone dark"
    users = worded.claims[(worded.claims.entity == "Streamly") & (worded.claims.metric == "users")]
    assert list(users.scope) == ["US"] and users.iloc[0].status == "agreement"  # "in the United States" is the US


def test_who_promises_an_extension_is_not_whose_it_is(worded):
    extension = worded.sources[worded.sources.metric == "extension_duration"]
    assert "President Lark" not in set(extension.entity) and "Lark" not in set(extension.entity)


def test_days_one_apart_are_a_conflict_as_written_and_a_planned_day_only_a_possible_one(tmp_path):
    # statements are compared as written (the devcorpus claim conventions): "late on Saturday" against
    # "on Sunday" is a conflict even if a time zone could explain it; a day a company only plans is not
    # when it happened, so against it the pair is only a possible discrepancy
    articles = {
        "a.md": "---\ntitle: Vexa dark\npublished: 2025-01-20\n---\nVexa dark\n\n"
                "Vexa went dark late on Saturday.\n",
        "b.md": "---\ntitle: Vexa gone\npublished: 2025-01-20\n---\nVexa gone\n\n"
                "Vexa shut down its service on Sunday.\n",
        "c.md": "---\ntitle: Vexa plans\npublished: 2025-01-16\n---\nVexa plans\n\n"
                "Vexa is preparing to shut its app off on Monday.\n",
    }
    for names, status in ((("a.md", "b.md"), "conflict"), (("a.md", "c.md"), "discrepancy")):
        corpus = load_corpus(write_articles(tmp_path / status, {n: articles[n] for n in names}))
        claims = build_ledger(figures_table(corpus), corpus).claims
        dark = claims[(claims.entity == "Vexa") & (claims.metric == "service_shutdown")]
        assert len(dark) == 1 and dark.iloc[0].status == status, claims[["entity", "metric", "status", "reason"]]
    assert "plan" in dark.iloc[0].reason


def test_a_headline_against_its_own_article_is_only_a_possible_discrepancy(tmp_path):
    articles = {"a.md": "---\ntitle: Vexa back after 14-hour blackout\npublished: 2025-01-20\n---\n"
                        "Vexa back after 14-hour blackout\n\nVexa was offline for 12 hours on Sunday.\n"}
    claims = story_claims(tmp_path, articles)
    outage = claims[(claims.entity == "Vexa") & (claims.metric == "outage_duration")]
    assert len(outage) == 1 and outage.iloc[0].status == "discrepancy" and "headline" in outage.iloc[0].reason
