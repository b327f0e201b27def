"""The whole claims step on a customs story of our own (three articles on a parcel rule in a made-up
country). Three general mistakes a reader would catch: an owner read from inside a fixed foreign
phrase ("de minimis", "ad hoc", "pro forma"); an amount of money counted as the parcels beside it;
a daily count put in one measure with a yearly one. The bound of a rule ("parcels worth less than
$500") is a threshold, compared with "the $500 threshold"."""

import pytest

from conftest import write_articles
from newsreport.claims.ledger import build_ledger
from newsreport.corpus.loader import load_corpus
from newsreport.figures.extractor import figures_table

ARTICLES = {
    "01_gazette.md": """---
title: Zembla tightens its parcel rule
published: 2025-05-05
---
Zembla tightens its parcel rule

Customs officers in Zembla handle about 2 million parcels processed daily at the border.
Parcels worth less than $500 enter duty-free under the de minimis rule.
The de minimis parcels numbered 640 million last year, officials said.
Under the pro forma schedule, a flat duty of $30 applies to each parcel.
""",
    "02_ledger.md": """---
title: Parcel surge strains Zemblan customs
published: 2025-05-06
---
Parcel surge strains Zemblan customs

Some 700 million parcels arrive in Zembla each year.
About 2.1 million parcels a day reach customs in Zembla, officials say.
The ad hoc panel's 12 members will review the $500 threshold in June.
Importers pay duties of $30 or $60 per parcel, depending on weight.
""",
    "03_post.md": """---
title: What the parcel rule means for shoppers
published: 2025-05-07
---
What the parcel rule means for shoppers

Shoppers sent 650 million parcels to Zembla last year, and the pro rata levy adds $2 to each one.
Packages valued under $800 skipped customs checks until this month.
""",
}


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    corpus = load_corpus(write_articles(tmp_path_factory.mktemp("customs"), ARTICLES))
    return build_ledger(figures_table(corpus), corpus)


def test_no_owner_is_a_word_of_a_fixed_foreign_phrase(ledger):
    owners = {str(e).lower() for e in ledger.sources.entity}
    assert not owners & {"de", "minimis", "de minimis", "ad", "hoc", "ad hoc", "pro", "forma", "rata"}


def test_money_is_never_a_count_of_the_things_beside_it(ledger):
    sources = ledger.sources
    money_metrics = set(sources[sources.kind == "money"].metric)
    count_metrics = set(sources[sources.kind == "count"].metric)
    assert not money_metrics & count_metrics, sources[["kind", "metric", "quote"]]
    assert not any("parcel" in m or "package" in m for m in money_metrics)
    # "parcels worth less than $500" / "packages valued under $800": bounds of a rule, read as thresholds
    bounds = sources[sources.quote.str.contains(r"\$800|less than \$500", regex=True)]
    assert set(bounds.metric) <= {"threshold"} and set(bounds.qualifier) <= {"exact"}
    threshold = ledger.claims[ledger.claims.metric == "threshold"]
    assert "agreement" in set(threshold.status) or "discrepancy" in set(threshold.status)  # $500 (01, 02), $800 (03)
    assert "conflict" not in set(threshold.status)


def test_daily_and_yearly_counts_are_different_measures(ledger):
    sources = ledger.sources.set_index("quote")
    daily = sources.loc["about 2 million parcels", "metric"]
    assert daily == sources.loc["About 2.1 million parcels", "metric"]  # "processed daily" = "a day"
    assert daily.endswith("_per_day")
    assert sources.loc["Some 700 million parcels", "metric"].endswith("_per_year")
    claims = ledger.claims
    daily_claim = claims[claims.metric == daily]
    assert len(daily_claim) == 1 and daily_claim.iloc[0].status == "agreement"
    assert "700 million" not in daily_claim.iloc[0]["values"] + daily_claim.iloc[0]["series"]
