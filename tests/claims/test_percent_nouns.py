"""A percentage written before the noun it sizes names its measure ("a 2% commission", "a 25% tariff", "a 5% stake"):
two articles giving one owner's commission two values are compared (claims/percent_nouns.py). A change ("a 5% rise")
names no measure of its own, and a share of something else ("60% of its readers are students") makes no claim.
Sentences of our own: a shopping app's seller fees, a country's tariff, an investor's stake, a city's tourist levy."""

import pytest

from claims_fixtures import article, story_claims, table, two_outlets


@pytest.mark.parametrize("first, second, measure", [
    ("Shoply takes a 6% commission on each order, the company said.",
     "Shoply takes a 6 per cent commission on every sale, according to its seller terms.", "commission"),
    ("Norvania imposed a 25% tariff on imported steel on Monday, its trade ministry said.",
     "Norvania imposed a 25 per cent tariff on imported steel, officials said.", "tariff_rate"),
    ("Altair Capital holds a 12% stake in Drovo, filings show.",
     "Altair Capital owns a 12 per cent stake in Drovo, the fund said.", "stake"),
    ("Kestrelby charges visitors a 5% tourist levy on hotel bills, the council said.",
     "Kestrelby has a 5 per cent tourist levy on hotel bills, the council said.", "tariff_rate"),
])
def test_a_percentage_before_its_noun_is_that_measure(tmp_path, first, second, measure):
    claims = two_outlets(tmp_path, first, second)
    named = claims[claims["values"].str.contains("%")]
    assert list(named.status) == ["agreement"] and named.metric.iloc[0].startswith(measure), table(claims)


def test_two_values_of_one_commission_disagree(tmp_path):
    claims = two_outlets(tmp_path, "Shoply takes a 6% commission on each order, the company said.",
                         "Shoply takes a 15 per cent commission on each order, traders said.")
    assert list(claims[claims.metric.str.contains("commission")].status) == ["conflict"], table(claims)


@pytest.mark.parametrize("first, second", [
    ("Shoply reported a 5% rise in orders on Monday.", "Shoply reported a 12% rise in refunds on Monday."),
    ("About 60% of Shoply's sellers are in Asia, the company said.", "About 35% of Shoply's sellers are women, it said."),
])
def test_a_change_or_a_share_of_something_else_is_no_such_measure(tmp_path, first, second):
    claims = two_outlets(tmp_path, first, second)
    assert not (claims.status == "conflict").any(), table(claims)


def test_a_measure_named_with_a_percentage_keys_no_percent_sign(tmp_path):
    """"Shoply's 30% commission, cut to 15%": whatever the measure read, its key names the commission, not "%_commission"."""
    claims = two_outlets(tmp_path, "Sellers argue that Shoply's 30% commission, cut to 15% for small shops, is too high.",
                         "Sellers say Shoply's 30 per cent commission, cut to 15 per cent for small shops, is too high.")
    assert not claims.metric.str.contains("%|cent", regex=True).any() and claims.metric.str.contains("commission").any(), \
        table(claims)
