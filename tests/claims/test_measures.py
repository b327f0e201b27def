"""Measure families a news corpus reports, read from the figure's own phrase, on three articles written
for these tests (each rule shown in at least three sentences of different articles): durations of
outages, extensions and suspensions (compared in hours), tariff rates keyed by the country whose goods
they fall on, market shares, prices (never a conflict: a price depends on the product and the day),
fines borne by the named object, and measures whose sentence names no owner. Figures rows are built
by hand (tests/claims_fixtures.py), so these tests hold whatever the figures extractor does."""

import pandas as pd
import pytest

from claims_fixtures import FIGURE_COLUMNS, figure_row, whole_claims
from conftest import write_articles
from newsreport.claims.events import events_table
from newsreport.claims.ledger import build_ledger
from newsreport.claims.mentions import claim_mentions
from newsreport.corpus.loader import load_corpus

ARTICLES = {
    "a_wire.md": """---
title: Vexia raises prices as new tariffs bite
published: 2025-05-06
---
Vexia raises prices as new tariffs bite

Vexia, the online discount retailer, raised the price of its best-selling dress to $18 from $12.
The government imposed a 145% tariff on goods from Zembla.
Vexia holds a 17% share of the US fast-fashion market.
About 70% of its shoppers are women.
Loopa was offline for 7 hours on Sunday after a data-centre fire.
Regulators fined Vexia $40 million in 2024.
Loopa won a 75-day extension of the deadline.
Streamly was suspended for two days.
Loopa is preparing to shut down its service starting Sunday.
About 4 million packages a day enter the US under the exemption.
Vexia's revenue reached $2 billion in the first quarter of 2025.
Vexia expects revenue of $9 billion in 2026.
Loopa released Loopa Go on May 1.
Loopa had 2.6 million downloads on Sunday.
Pictor could be banned on June 9 under the new law.
Streamly was unavailable for six hours on Friday.
""",
    "b_daily.md": """---
title: Shoppers face higher bills
published: 2025-05-07
---
Shoppers face higher bills

Tariffs of 125% on Zemblan goods took effect last week.
Vexia's market share in US fast fashion stands at 17%, analysts said.
A 16-hour outage at Loopa on Sunday left users unable to log in.
Loopa secured a 90-day extension of the deadline.
Vexia raised the price of its best-selling dress to $25.
About 2 million shoppers were affected, officials said.
The ban on Loopa is set to take effect on Sunday.
Every day, some 1.4 million packages arrive in the US.
Vexia's revenue was $8 billion last year.
Vexia's revenue could reach $12 billion in 2026.
Loopa Go was unveiled on May 2.
Loopa now has 3 million downloads.
Pictor was banned on June 8, officials said.
Streamly's app was inaccessible for 9 hours on Friday.
""",
    "c_blog.md": """---
title: What the numbers say about Vexia
published: 2025-05-08
---
What the numbers say about Vexia

Zembla faces a 145% levy on its exports to the US.
Vexia's share of the market for cheap clothing has reached 40%.
Loopa's service went dark for 7 hours.
The outage affected 3 million customers.
Streamly's 48-hour suspension ended on Friday.
In all, 2.5 million shoppers were affected.
Customs officers process 4 million packages a day.
Officials fined Streamly $2 million.
Judges are due to rule on Friday.
Nearly 4 million packages a day enter the US duty-free.
Vexia's revenue reached $7.9 billion in 2024.
Analysts predict that Vexia's revenue will hit $10 billion in 2026.
The company cheered the launch of its new app, Loopa Go, on May 1.
A spokesperson released a statement on May 3.
The ban on Pictor is set to take effect on June 9.
Streamly was out of service for six hours on Friday.
""",
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return load_corpus(write_articles(tmp_path_factory.mktemp("measures"), ARTICLES))


@pytest.fixture(scope="module")
def figures(corpus):
    money, percent, duration, count = ({"kind": "money", "unit": "USD"}, {"kind": "percent", "unit": "%"},
                                       {"kind": "duration"}, {"kind": "count"})
    rows = [
        figure_row(corpus, "a_wire", "$18", value=18, **money),
        figure_row(corpus, "a_wire", "$12", value=12, **money),
        figure_row(corpus, "a_wire", "145%", value=145, **percent),
        figure_row(corpus, "a_wire", "17%", value=17, **percent),
        figure_row(corpus, "a_wire", "About 70%", value=70, qualifier="approx", **percent),
        figure_row(corpus, "a_wire", "7 hours", value=7, unit="hours", **duration),
        figure_row(corpus, "a_wire", "Sunday", after="7 hours", kind="date", date="2025-05-04"),
        figure_row(corpus, "a_wire", "$40 million", value=4e7, **money),
        figure_row(corpus, "a_wire", "2024", kind="year", value=2024),
        figure_row(corpus, "a_wire", "75-day", value=75, unit="days", **duration),
        figure_row(corpus, "a_wire", "two days", value=2, unit="days", **duration),
        figure_row(corpus, "a_wire", "Sunday", after="starting", kind="date", date="2025-05-11"),
        figure_row(corpus, "b_daily", "125%", value=125, **percent),
        figure_row(corpus, "b_daily", "17%", value=17, **percent),
        figure_row(corpus, "b_daily", "16-hour", value=16, unit="hours", **duration),
        figure_row(corpus, "b_daily", "Sunday", kind="date", date="2025-05-04"),
        figure_row(corpus, "b_daily", "90-day", value=90, unit="days", **duration),
        figure_row(corpus, "b_daily", "$25", value=25, **money),
        figure_row(corpus, "b_daily", "About 2 million shoppers", value=2e6, unit="shoppers", qualifier="approx",
                   **count),
        figure_row(corpus, "c_blog", "2.5 million shoppers", value=2.5e6, unit="shoppers", **count),
        figure_row(corpus, "b_daily", "Sunday", after="set to", kind="date", date="2025-05-11"),
        figure_row(corpus, "c_blog", "145%", value=145, **percent),
        figure_row(corpus, "c_blog", "40%", value=40, **percent),
        figure_row(corpus, "c_blog", "7 hours", value=7, unit="hours", **duration),
        figure_row(corpus, "c_blog", "48-hour", value=48, unit="hours", **duration),
        figure_row(corpus, "c_blog", "3 million customers", value=3e6, unit="customers", **count),
        figure_row(corpus, "c_blog", "4 million packages", value=4e6, unit="packages", **count),
        figure_row(corpus, "c_blog", "$2 million", value=2e6, **money),
        figure_row(corpus, "c_blog", "Friday", after="due to", kind="date", date="2025-05-09"),
        figure_row(corpus, "a_wire", "$2 billion", value=2e9, **money),
        figure_row(corpus, "a_wire", "2025", after="first quarter", kind="year", value=2025),
        figure_row(corpus, "b_daily", "$8 billion", value=8e9, **money),
        figure_row(corpus, "c_blog", "$7.9 billion", value=7.9e9, **money),
        figure_row(corpus, "c_blog", "2024", kind="year", value=2024),
        figure_row(corpus, "a_wire", "May 1", kind="date", date="2025-05-01"),
        figure_row(corpus, "a_wire", "2.6 million downloads", value=2.6e6, unit="downloads", **count),
        figure_row(corpus, "a_wire", "Sunday", after="2.6 million", kind="date", date="2025-05-04"),
        figure_row(corpus, "b_daily", "3 million downloads", value=3e6, unit="downloads", **count),
        figure_row(corpus, "a_wire", "June 9", kind="date", date="2025-06-09"),
        figure_row(corpus, "b_daily", "June 8", kind="date", date="2025-06-08"),
        figure_row(corpus, "c_blog", "June 9", kind="date", date="2025-06-09"),
        figure_row(corpus, "a_wire", "six hours", value=6, unit="hours", **duration),
        figure_row(corpus, "a_wire", "Friday", after="six hours", kind="date", date="2025-05-02"),
        figure_row(corpus, "b_daily", "9 hours", value=9, unit="hours", **duration),
        figure_row(corpus, "b_daily", "Friday", after="9 hours", kind="date", date="2025-05-02"),
        figure_row(corpus, "c_blog", "six hours", value=6, unit="hours", **duration),
        figure_row(corpus, "c_blog", "Friday", after="six hours", kind="date", date="2025-05-02"),
        figure_row(corpus, "b_daily", "May 2", kind="date", date="2025-05-02"),
        figure_row(corpus, "c_blog", "May 1", kind="date", date="2025-05-01"),
        figure_row(corpus, "c_blog", "May 3", kind="date", date="2025-05-03"),
        figure_row(corpus, "a_wire", "$9 billion", value=9e9, **money),
        figure_row(corpus, "a_wire", "2026", kind="year", value=2026),
        figure_row(corpus, "b_daily", "$12 billion", value=12e9, **money),
        figure_row(corpus, "b_daily", "2026", kind="year", value=2026),
        figure_row(corpus, "c_blog", "$10 billion", value=10e9, **money),
        figure_row(corpus, "c_blog", "2026", kind="year", value=2026),
        figure_row(corpus, "a_wire", "About 4 million packages", value=4e6, unit="packages", qualifier="approx", **count),
        figure_row(corpus, "b_daily", "some 1.4 million packages", value=1.4e6, unit="packages", qualifier="approx",
                   **count),
        figure_row(corpus, "c_blog", "Nearly 4 million packages", value=4e6, unit="packages", qualifier="approx",
                   **count),
    ]
    return pd.DataFrame(rows, columns=FIGURE_COLUMNS)


@pytest.fixture(scope="module")
def mentions(figures, corpus):
    return claim_mentions(figures, corpus)


@pytest.fixture(scope="module")
def claims(figures, corpus):
    return whole_claims(build_ledger(figures, corpus).claims)


def mention(mentions, doc, quote):
    rows = mentions[mentions.doc.str.startswith(doc) & (mentions.quote == quote)]
    assert len(rows) == 1, f"{doc} {quote!r} not one mention in\n{mentions[['doc', 'quote', 'entity', 'metric']]}"
    return rows.iloc[0]


def claim(claims, entity, metric, scope=""):
    rows = claims[(claims.entity == entity) & (claims.metric == metric) & (claims.scope == scope)]
    assert len(rows) == 1, claims[["entity", "metric", "scope", "period", "status"]]
    return rows.iloc[0]


def test_an_outage_of_two_lengths_is_a_conflict_even_where_one_article_names_no_day(claims):
    # "offline for 7 hours on Sunday" (a), "A 16-hour outage at Loopa on Sunday" (b), "went dark for 7 hours" (c)
    outage = claim(claims, "Loopa", "outage_duration")
    assert outage.status == "conflict" and outage.period == "2025-05-04" and outage.n_sources == 3
    assert "no day stated" in outage.explanation  # c's figure took the day a and b give


def test_a_day_is_never_whose_figure_it_is(mentions):
    assert mention(mentions, "a_wire", "7 hours").entity == "Loopa"  # not "Sunday" of "on Sunday"


def test_durations_compare_in_hours_and_extensions_are_their_own_measure(claims):
    # "suspended for two days" (a) agrees with "48-hour suspension" (c); 75- and 90-day extensions (a, b) do not
    assert claim(claims, "Streamly", "ban_duration").status == "agreement"
    extension = claim(claims, "Loopa", "extension_duration")
    assert extension.status == "conflict" and "75 days" in extension["values"] and "90 days" in extension["values"]


def test_a_tariff_rate_is_keyed_by_the_country_whose_goods_it_falls_on(mentions, claims):
    # "a 145% tariff on goods from Zembla" (a), "Tariffs of 125% on Zemblan goods" (b), "a 145% levy on its exports"
    assert mention(mentions, "a_wire", "145%").entity == "Zembla"
    assert mention(mentions, "b_daily", "125%").entity == "Zembla"  # the nationality leads to the country named
    assert mention(mentions, "c_blog", "145%").entity == "Zembla"  # "to the US" is where the goods go
    assert claim(claims, "Zembla", "tariff_rate").status == "conflict"


def test_market_shares_are_claims_and_a_share_of_what_users_are_is_not(mentions):
    # "holds a 17% share of the US fast-fashion market" (a), "Vexia's market share ... stands at 17%" (b),
    # "share of the market for cheap clothing has reached 40%" (c)
    shares = [mention(mentions, doc, quote) for doc, quote in (("a_wire", "17%"), ("b_daily", "17%"), ("c_blog", "40%"))]
    assert {m.metric for m in shares} == {"market_share"} and {m.entity for m in shares} == {"Vexia"}
    assert shares[0].scope == "US"
    assert mentions[mentions.quote == "About 70%"].empty  # "About 70% of its shoppers are women"


def test_raising_a_price_is_not_funding_and_prices_are_only_possible_discrepancies(mentions, claims):
    # "raised the price of its best-selling dress to $18 from $12" (a) and "... to $25" (b)
    assert mention(mentions, "a_wire", "$18").metric == "price"
    assert mentions[mentions.quote == "$12"].empty  # an earlier level of unstated date
    price = claim(claims, "Vexia", "price")
    assert price.status == "discrepancy" and "product" in price.reason


def test_a_fine_belongs_to_the_named_object_of_fined(mentions):
    # "Regulators fined Vexia $40 million" (a), "Officials fined Streamly $2 million" (c)
    assert (mention(mentions, "a_wire", "$40 million").entity, mention(mentions, "a_wire", "$40 million").metric) \
        == ("Vexia", "fine")
    assert mention(mentions, "c_blog", "$2 million").entity == "Streamly"


def test_a_count_of_people_with_no_owner_is_keyed_by_its_verb_and_never_a_conflict(mentions, claims):
    # "About 2 million shoppers were affected, officials said" (b) and "In all, 2.5 million shoppers were
    # affected" (c): incompatible, but nobody is named as whose they are
    affected = claim(claims, "", "shoppers: affected")  # any harm ("affected", "stranded") is keyed 'affected'
    assert affected.status == "discrepancy" and "no owner" in affected.reason
    packages = mention(mentions, "c_blog", "4 million packages")
    assert packages.metric == "packages_per_day" and packages.confidence == "low"  # things: the verb is not kept


def test_the_outage_refers_back_to_whose_outage_it_was(mentions):
    # "Loopa's service went dark for 7 hours. The outage affected 3 million customers." (c)
    affected = mention(mentions, "c_blog", "3 million customers")
    assert (affected.entity, affected.confidence) == ("Loopa", "high")


def test_what_is_prepared_set_or_due_to_happen_is_expected(corpus, figures):
    # "preparing to shut down its service starting Sunday" (a), "set to take effect on Sunday" (b), "due to rule on Friday" (c)
    events = events_table(figures, corpus)
    for doc, quote in (("a_wire", "Sunday"), ("b_daily", "Sunday"), ("c_blog", "Friday")):
        rows = events[events.doc.str.startswith(doc) & (events.quote == quote) & (events.date > "2025-05-08")]
        assert len(rows) == 1 and rows.iloc[0].label.endswith("(expected)"), events[["doc", "quote", "label"]]


def test_a_measure_with_no_owner_but_a_place_is_keyed_by_the_place_and_compared(claims):
    # "About 4 million packages a day enter the US" (a), "Every day, some 1.4 million packages arrive in the
    # US" (b), "Nearly 4 million packages a day enter the US duty-free" (c): the verb differs, the measure does not
    entering = claim(claims, "", "packages_per_day", scope="US")
    # "Customs officers process 4 million packages a day" (c) names no place: it joins the one the others name
    assert entering.status == "conflict" and entering.n_sources == 4 and "(no scope stated)" in entering.explanation


def test_last_year_is_counted_from_publication_and_a_quarter_is_not_its_year(claims):
    # "$8 billion last year" (b, published 2025) agrees with "$7.9 billion in 2024" (c);
    # "$2 billion in the first quarter of 2025" (a) is another period, not a conflict
    revenue = claims[(claims.entity == "Vexia") & (claims.metric == "revenue")].set_index("period")
    assert revenue.loc["2024", "status"] == "agreement" and revenue.loc["2024", "n_sources"] == 2
    assert revenue.loc["2025-Q1", "n_sources"] == 1 and "conflict" not in set(revenue.status)


def interval(quote, value, qualifier="exact", kind="count", unit=""):
    from newsreport.claims.intervals import value_interval
    from newsreport.claims.vocabulary import load_vocabulary

    row = {"quote": quote, "value": value, "low": None, "high": None, "qualifier": qualifier, "kind": kind,
           "unit": unit}
    return value_interval(row, load_vocabulary().tolerance)


def test_nearly_means_just_under_and_about_means_either_side():
    # the devcorpus convention: "nearly X" is 0.9X-X; "about X" ±10%
    assert interval("nearly 300 million", 300e6, "approx") == pytest.approx((270e6, 300e6))
    assert interval("almost 2,000", 2000, "approx") == pytest.approx((1800, 2000))
    assert interval("about 45 million", 45e6, "approx") == pytest.approx((40.5e6, 49.5e6))


def test_durations_are_compared_in_hours():
    assert interval("two days", 2, kind="duration", unit="days") == pytest.approx((45.6, 50.4))
    assert interval("48-hour", 48, kind="duration", unit="hours") == pytest.approx((45.6, 50.4))


def test_forecasts_are_never_conflicts(claims):
    # "Vexia expects revenue of $9 billion in 2026" (a), "could reach $12 billion" (b), "will hit $10 billion" (c)
    revenue = claims[(claims.entity == "Vexia") & (claims.metric == "revenue") & (claims.period == "2026")].iloc[0]
    assert revenue.n_sources == 3 and revenue.status == "discrepancy" and "expected to happen" in revenue.reason


def test_a_launch_is_keyed_by_what_was_launched_and_two_days_conflict(claims):
    # "Loopa released Loopa Go on May 1" (a), "Loopa Go was unveiled on May 2" (b), "the launch of its new
    # app, Loopa Go, on May 1" (c); "released a statement on May 3" names nothing launched: no claim
    launch = claims[claims.metric == "launch: Loopa Go"]
    assert len(launch) == 1 and launch.iloc[0].status == "conflict" and launch.iloc[0].n_sources == 3
    assert "the day Loopa Go was launched" in launch.iloc[0].explanation
    assert not claims.metric.str.startswith("launch").sum() > 1


def test_an_outage_said_in_other_words_is_the_same_measure(mentions):
    # "was unavailable for six hours" (a), "was inaccessible for 9 hours" (b), "was out of service for six hours" (c)
    rows = [mention(mentions, doc, quote) for doc, quote in (("a_wire", "six hours"), ("b_daily", "9 hours"),
                                                           ("c_blog", "six hours"))]
    assert {(r.entity, r.metric, r.confidence) for r in rows} == {("Streamly", "outage_duration", "high")}


def test_values_in_two_currencies_are_not_compared():
    from newsreport.claims.reconcile import group_status
    from newsreport.claims.vocabulary import load_vocabulary

    def money(doc, value, unit):
        return {"doc": doc, "sentence_id": "s1", "kind": "money", "unit": unit, "value": value, "low": None,
                "high": None, "qualifier": "exact", "quote": "", "period": "2024", "date": "", "confidence": "high",
                "reason": ""}

    # "revenue of 3.7 billion yuan" (one article) and "$500 million" (another): the same sum, two currencies
    pair = [money("a", 3.7e9, "CNY"), money("b", 5e8, "USD")]
    assert group_status(pair, load_vocabulary().tolerance, False, {})[0] != "conflict"
    # the same currency is compared (values under fivefold apart: reconcile.FAR_APART)
    assert group_status([money("a", 1.7e9, "USD"), money("b", 5e8, "USD")], load_vocabulary().tolerance, False,
                        {})[0] == "conflict"


def test_a_running_count_with_no_day_does_not_take_another_article_s_day(claims):
    # "had 2.6 million downloads on Sunday" (a) and "now has 3 million downloads" (b, two days later): counts run on
    downloads = claims[(claims.entity == "Loopa") & (claims.metric == "downloads")]
    # "now" dates (b) by its publication day (the series' other point is a day), never the other article's day
    assert set(downloads.period) == {"2025-05-04", "2025-05-07"} and "conflict" not in set(downloads.status)


def test_a_day_an_event_could_happen_on_is_compared_as_written(claims):
    # "could be banned on June 9" (a) and "is set to take effect on June 9" (c) against "was banned on June 8" (b):
    # the articles give the ban two days; the expected ones are labelled so in the timeline, not discarded
    ban = claims[(claims.entity == "Pictor") & (claims.metric == "ban_takes_effect")]
    assert len(ban) == 1 and ban.iloc[0].status == "conflict" and ban.iloc[0].n_sources == 3
