"""The whole claims step (figures extracted by the project, then the ledger) on a story no config
knows: three articles of our own on an airline strike. A reader should get the agreements a careful
reader would see, and no conflict that is not one: revenue next to a net profit in one sentence, a
company named in full and then short, a cost per day, a two-day strike given in hours."""

import pytest

from conftest import write_articles
from claims_fixtures import story_claims
from newsreport.corpus.loader import load_corpus
from newsreport.figures.extractor import figures_table

ARTICLES = {
    "01_wire.md": """---
title: Skyline pilots walk out as strike grounds flights
published: 2025-06-03
---
Skyline pilots walk out as strike grounds flights

Pilots at Skyline Airways began a 48-hour strike on Monday, grounding more than 1,200 flights.
The airline carries about 40 million passengers a year and employs 9,500 people.
Skyline said the walkout would cost it $25 million a day.
The union, which represents 2,300 pilots, is demanding a 20% pay rise.
Skyline's shares fell 4% on Monday.
Last year, Skyline reported revenue of $6.1 billion and a net profit of $310 million.
About 150,000 travellers were affected on the first day.
Skyline cancelled flights at 40 airports.
At the peak, 300 flights a day were cancelled at Skyline hubs.
""",
    "02_daily.md": """---
title: Travel chaos as Skyline strike bites
published: 2025-06-04
---
Travel chaos as Skyline strike bites

The two-day strike at Skyline Airways, which started on Monday, has forced the cancellation of 1,350 flights.
Skyline has 9,000 employees and flew 38 million passengers in 2024.
Skyline's stock dropped 3.8% on Monday, while rival Jetstream rose 2%.
Analysts at Bernstein estimate the strike costs the airline about $30 million a day.
Skyline's revenue reached $6 billion last year.
""",
    "03_blog.md": """---
title: What the Skyline strike means for you
published: 2025-06-05
---
What the Skyline strike means for you

The airline, founded in 1987, operates 180 aircraft.
Around 200,000 passengers had their plans disrupted, according to consumer group Fly Fair.
Skyline's net profit fell 15% last year to $290 million.
""",
}


@pytest.fixture(scope="module")
def claims(tmp_path_factory):
    return story_claims(tmp_path_factory.mktemp("strike"), ARTICLES)


def status(claims, metric, period=""):
    rows = claims[(claims.entity == "Skyline") & (claims.metric == metric) & (claims.period == period)]
    assert len(rows) == 1, claims[["entity", "metric", "period", "status", "values"]]
    return rows.iloc[0].status


def test_revenue_and_net_profit_of_one_sentence_are_two_measures(claims):
    # "reported revenue of $6.1 billion and a net profit of $310 million" (01)
    assert status(claims, "revenue", "2024") == "agreement"  # with "$6 billion last year" (02)
    assert status(claims, "net_profit", "2024") == "agreement"  # with "fell 15% last year to $290 million" (03)


def test_a_company_named_in_full_and_short_is_one_owner_with_the_airline_resolved(claims):
    # "Skyline Airways" / "Skyline" / "The airline ... employs 9,500 people" vs "Skyline has 9,000 employees"
    assert status(claims, "staff") == "agreement"
    assert not (claims.entity == "Skyline Airways").any()


def test_a_two_day_strike_agrees_with_a_48_hour_one(claims):
    assert status(claims, "strike_duration", "2025-06-02") == "agreement"


def test_a_projection_against_an_estimate_is_only_a_possible_discrepancy(claims):
    # "would cost it $25 million a day" (Skyline's projection) vs "costs the airline about $30 million a day"
    # (Bernstein's estimate): worth checking, not a conflict; and nothing else in the three articles conflicts
    cost = claims[(claims.entity == "Skyline") & (claims.metric == "cost_per_day")].iloc[0]
    assert cost.status == "discrepancy" and "expected to happen" in cost.reason
    assert not (claims.status == "conflict").any()


def test_a_measure_with_no_owner_in_a_sentence_naming_only_the_main_actor_is_its(tmp_path_factory):
    # "At the peak, 300 flights a day were cancelled at Skyline hubs": Skyline is the only name and the main actor
    from newsreport.claims.mentions import claim_mentions

    corpus = load_corpus(write_articles(tmp_path_factory.mktemp("strike_mentions"), ARTICLES))
    mentions = claim_mentions(figures_table(corpus), corpus)
    row = mentions[mentions.quote.str.contains("300 flights")].iloc[0]
    assert (row.entity, row.entity_basis, row.confidence) == ("Skyline", "main entity", "high")
