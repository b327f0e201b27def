"""Dated events, rates and changes as claims, on articles written for these tests: a rule that ends
on two different days in two articles, an outage of two different lengths, a daily rate kept apart
from a yearly total, and a change in prices no config names. Figures rows are built by hand
(tests/claims_fixtures.py)."""

import pandas as pd
import pytest

from claims_fixtures import FIGURE_COLUMNS, figure_row
from conftest import write_articles
from newsreport.claims.ledger import build_ledger
from newsreport.corpus.loader import load_corpus

ARTICLES = {
    "n_notice.md": """---
title: Parcel exemption ends for Vexia
published: 2025-04-30
---
Parcel exemption ends for Vexia

The duty-free exemption for Vexia parcels ends on May 2, customs officials said.
Vexia now ships 3 million packages a day to buyers in the US.
Customs officers processed 1.2 billion packages last year.
Streamly restored service on Sunday after a 9-hour outage.
Vexia's prices rose 40% in April, the retailer said.
""",
    "o_brief.md": """---
title: Importers brace for the change
published: 2025-05-01
---
Importers brace for the change

The exemption for Vexia parcels closes on May 3, according to the customs agency.
Vexia sends about 2.9 million packages a day to US shoppers.
Streamly was offline for 6 hours before engineers fixed the fault.
Vexia's prices jumped by about 15% in April, according to a price tracker.
""",
    "p_column.md": """---
title: What changes in May
published: 2025-04-29
---
What changes in May

New tariffs on Vexia goods take effect on May 20, a different rule from the parcel exemption.
""",
}


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    corpus = load_corpus(write_articles(tmp_path_factory.mktemp("event_claims"), ARTICLES))
    count, date = {"kind": "count"}, {"kind": "date"}
    rows = [
        figure_row(corpus, "n_notice", "May 2", date="2025-05-02", **date),
        figure_row(corpus, "n_notice", "3 million packages", value=3e6, unit="packages", **count),
        figure_row(corpus, "n_notice", "1.2 billion packages", value=1.2e9, unit="packages", **count),
        figure_row(corpus, "n_notice", "9-hour", kind="duration", value=9, unit="hours"),
        figure_row(corpus, "o_brief", "May 3", date="2025-05-03", **date),
        figure_row(corpus, "o_brief", "about 2.9 million packages", value=2.9e6, unit="packages", qualifier="approx",
                   **count),
        figure_row(corpus, "o_brief", "6 hours", kind="duration", value=6, unit="hours"),
        figure_row(corpus, "p_column", "May 20", date="2025-05-20", **date),
        figure_row(corpus, "n_notice", "40%", kind="percent", value=40, unit="%", direction="up"),
        figure_row(corpus, "o_brief", "about 15%", kind="percent", value=15, unit="%", direction="up",
                   qualifier="approx"),
    ]
    return build_ledger(pd.DataFrame(rows, columns=FIGURE_COLUMNS), corpus).claims


def claim(claims, entity, metric):
    rows = claims[(claims.entity == entity) & (claims.metric == metric)]
    assert len(rows) == 1, claims[["entity", "metric", "status"]]
    return rows.iloc[0]


def test_a_rule_ending_on_two_days_is_a_conflict(ledger):
    # "ends on May 2" (n_notice) and "closes on May 3" (o_brief): same exemption, same owner
    exemption = claim(ledger, "Vexia", "law_takes_effect: exemption")
    assert exemption.status == "conflict" and "May 2" in exemption.explanation and "May 3" in exemption.explanation


def test_another_rule_on_another_day_is_another_event(ledger):
    # "New tariffs on Vexia goods take effect on May 20" is not the exemption
    tariffs = claim(ledger, "Vexia", "law_takes_effect: tariffs")
    assert tariffs.status == "single" and tariffs.n_sources == 1


def test_two_lengths_of_one_outage_conflict_and_keep_their_unit(ledger):
    outage = claim(ledger, "Streamly", "outage_duration")
    assert outage.status == "conflict" and "9 hours" in outage["values"] and "6 hours" in outage["values"]


def test_a_daily_rate_is_not_compared_with_a_yearly_total(ledger):
    daily = claim(ledger, "Vexia", "packages_per_day")
    assert daily.status == "agreement" and daily.scope == "US"  # 3 million vs about 2.9 million
    assert not (ledger.metric == "packages").any() or claim(ledger, "", "packages").status == "single"


def test_a_change_in_a_measure_no_config_names_is_compared(ledger):
    # "Vexia's prices rose 40% in April" vs "Vexia's prices jumped by about 15% in April"
    prices = claim(ledger, "Vexia", "prices_growth")
    assert prices.status == "conflict" and prices.period == "2025-04"
    assert "the change in Vexia's prices in April 2025" in prices.explanation
