"""Counts nobody owns across articles of our own (parcels entering a made-up country): the country a
count enters is where it applies, not whose it is; "parcels" and "packages" are one measure; "the
number was 150 million in 2016" takes the measure of the sentence before; a sentence the parser
reads as a heading ("Nearly 1.2 billion packages arrived in 2024") keeps its year; a count that
names no place joins the one place the others name. A share two companies hold together is theirs
together; a tariff on goods from a country is keyed by the country; the end of a rule given two days
conflicts whether or not a country is named as setting it."""

import pytest

from claims_fixtures import story_claims

ARTICLES = {
    "01.md": """---
title: Zembla ends duty-free parcel exemption
published: 2025-04-20
---
Zembla ends duty-free parcel exemption

Last year, 1.2 billion parcels entered Zembla under the exemption, up from 150 million in 2016.
Zembla's duty-free exemption for cheap parcels will end on May 2, officials said.
Vexia and Loopa together account for more than 30% of those parcels.
A 120% tariff on Vexian goods took effect in April.
""",
    "02.md": """---
title: Shoppers brace for the end of cheap parcels
published: 2025-04-22
---
Shoppers brace for the end of cheap parcels

Nearly 1.2 billion packages arrived in 2024, according to customs data.
The exemption, which lets cheap parcels enter without duty, closes on May 2.
""",
    "03.md": """---
title: Retailers face the end of the parcel loophole
published: 2025-04-25
---
Retailers face the end of the parcel loophole

More than 1 billion parcels arrived in Zembla last year, customs said.
The number was 150 million in 2016.
Vexia and Loopa account for about a third of all parcels.
Goods from Vexia now face tariffs of 120%.
The loophole closes on May 3.
""",
}


@pytest.fixture(scope="module")
def claims(tmp_path_factory):
    return story_claims(tmp_path_factory.mktemp("parcels"), ARTICLES)


def test_counts_of_one_year_agree_across_words_and_parses(claims):
    packages = claims[claims.metric == "packages"]
    rows = packages.set_index("period")
    assert set(packages.entity) == {""} and set(packages.scope) == {"Zembla"}
    assert rows.loc["2024", "status"] == "agreement" and rows.loc["2024", "n_sources"] == 3


def test_the_number_of_the_sentence_before_is_a_point_of_the_series(claims):
    rows = claims[claims.metric == "packages"].set_index("period")
    assert rows.loc["2016", "status"] == "agreement"  # "up from 150 million in 2016" (01), "The number was" (03)


def test_a_share_of_two_owners_together_is_theirs_and_a_third_is_a_percentage(claims):
    share = claims[claims.metric == "share: packages"]  # parcels and packages: one word
    assert list(share.entity) == ["Loopa and Vexia"] and share.iloc[0].status == "agreement"  # over 30%, about a third
    assert not (claims.entity == "Vexia").any() or "share" not in " ".join(claims[claims.entity == "Vexia"].metric)


def test_a_tariff_on_goods_from_a_country_is_keyed_by_that_country(claims):
    tariff = claims[claims.metric == "tariff_rate"]
    assert list(tariff.entity) == ["Vexia"] and tariff.iloc[0].status == "agreement" and tariff.iloc[0].scope == ""


def test_the_end_of_a_rule_on_two_days_conflicts_whoever_is_named_as_setting_it(claims):
    ending = claims[claims.metric == "law_takes_effect: exemption"]
    assert len(ending) == 1 and ending.iloc[0].status == "conflict"  # May 2 (01, 02), May 3 (03)
    assert ending.iloc[0].explanation.startswith("Sources disagree on the day the exemption takes effect or ends:")
    assert set(claims[claims.status == "conflict"].metric) == {"law_takes_effect: exemption"}


GROWTH_ARTICLES = {
    "01.md": "---\ntitle: Cheap parcels flood Zembla\npublished: 2025-04-20\n---\nCheap parcels flood Zembla\n\n"
             "Duty-free parcel shipments to Zembla grew from 140 million in 2015 to 1.3 billion in fiscal year 2024.\n"
             "That works out to about 4 million packages per day.\n"
             "Vexia's prices for home goods jumped 40% after the rule change, according to a price tracker.\n",
    "02.md": "---\ntitle: Parcel boom\npublished: 2025-04-22\n---\nParcel boom\n\n"
             "Roughly 4 million low-value packages enter Zembla every day.\n"
             "In 2024, 1.3 billion parcels came into the country duty-free, up from 140 million in 2015.\n"
             "Vexia raised prices on some home goods by as much as 40%.\n",
}


@pytest.fixture(scope="module")
def growth(tmp_path_factory):
    return story_claims(tmp_path_factory.mktemp("parcel_growth"), GROWTH_ARTICLES)


def test_from_a_year_to_a_year_gives_both_points_and_describing_words_do_not_split_a_measure(growth):
    # "grew from 140 million in 2015 to 1.3 billion in fiscal year 2024" (01) and "In 2024, 1.3 billion
    # parcels ..., up from 140 million in 2015" (02); "shipments", "parcels" and "packages" are one word;
    # "low-value packages" and "packages" one measure
    packages = growth[growth.metric == "packages"].set_index("period")
    assert packages.loc["2015", "status"] == "agreement" and packages.loc["2024", "status"] == "agreement"
    daily = growth[growth.metric == "packages_per_day"]
    assert len(daily) == 1 and daily.iloc[0].status == "agreement"


def test_a_price_raised_by_a_percentage_is_a_change(growth):
    prices = growth[(growth.entity == "Vexia") & (growth.metric == "prices_growth")]
    assert len(prices) == 1 and prices.iloc[0].status == "agreement"  # "jumped 40%", "raised ... by as much as 40%"
