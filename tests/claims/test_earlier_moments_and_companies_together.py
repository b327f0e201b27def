"""Two look-alikes that are not one quantity: a level told at an earlier moment ("a year ago", "at the start of the
month") against the level now, and a figure of companies taken together ("the combined group's revenue", "the two
airlines carried") against one company's own. Neither is a conflict. Stories of our own: a chatbot, a gym chain, a
marketplace, a bike-share scheme, two delivery apps merging, two airlines, two banks."""

import pytest

from claims_fixtures import dated_outlets, joined, rows_of, table, two_outlets


@pytest.mark.parametrize("first, second, values", [
    (("2026-06-14", "Brightmind has grown quickly. Tessa has some 60 million weekly users, and the company had 1.1 "
                    "million paying subscribers a year ago."),
     ("2026-06-14", "Tessa has 60 million weekly users and 2.5 million paying subscribers, according to the company."),
     ("1.1 million", "2.5 million")),
    (("2026-05-12", "Fitloop has grown fast. The chain had 1.1 million paying members a year ago, its filing shows."),
     ("2026-05-13", "Fitloop has 2.4 million paying members, according to the company."), ("1.1 million", "2.4 million")),
    (("2026-04-14", "Sellers piled in. Kartly had about 5,000 active sellers at the start of the month, the company said."),
     ("2026-04-15", "Kartly now counts nearly 21,000 active sellers, chief executive Ana Ruiz said."), ("5,000", "21,000")),
    (("2026-09-20", "Rideo recorded 40,000 weekly riders earlier this month, according to the city."),
     ("2026-09-21", "Rideo has 95,000 weekly riders, the operator said on Monday."), ("40,000", "95,000")),
])
def test_a_level_at_an_earlier_moment_is_no_conflict_with_the_level_now(tmp_path, first, second, values):
    claims = dated_outlets(tmp_path, first, second)
    assert "conflict" not in set(rows_of(claims, values[0]).status), table(claims)


def test_two_articles_giving_the_level_at_the_same_earlier_moment_still_conflict(tmp_path):
    claims = two_outlets(tmp_path, "Kartly had about 5,000 active sellers at the start of the month, the company said.",
                         "Kartly had about 11,000 active sellers at the start of the month, according to Shelfwatch.")
    assert "conflict" in set(claims.status), table(claims)


MERGERS = [
    ("Mandel and Cometa agreed to merge on Monday, Mandel said. The combined companies had revenue of $610 million "
     "last year.",
     "Mandel, which on its own brought in about $390 million of revenue last year, backs the deal with Cometa.",
     ("610", "390")),
    ("Aerolis and Brightwing will merge, Aerolis said on Tuesday. The two airlines carried 41 million passengers last "
     "year, the carriers said.",
     "Aerolis carried about 26 million passengers last year, and Brightwing the rest.", ("41 million", "26 million")),
    ("Castel Bank and Norden Bank agreed to combine, Castel Bank said. The merged bank will have about 9,000 staff.",
     "Castel Bank has about 5,500 staff across the country.", ("9,000", "5,500")),
]


@pytest.mark.parametrize("first, second, values", MERGERS)
def test_companies_taken_together_are_not_one_of_them(tmp_path, first, second, values):
    claims = two_outlets(tmp_path, first, second)
    assert not joined(claims, *values), table(claims)


def test_companies_taken_together_agree_across_articles(tmp_path):
    claims = two_outlets(tmp_path, "Mandel and Cometa agreed to merge on Monday, Mandel said. The combined companies had "
                                   "revenue of $610 million last year.",
                         "Cometa and Mandel will merge, a deal Cometa's board backs. The merged group's revenue reached "
                         "610 million dollars last year.")
    assert "agreement" in set(rows_of(claims, "610").status), table(claims)


# the price of a merger is the merging pair's, whoever states it and whichever of the two its sentence names; an
# estimator valuing "the transaction" or "the deal" gives that price, not a company's valuation
MERGER_PRICES = [
    ("Mandel and Cometa said on Monday they had agreed to merge in an all-share deal worth $2.4 billion.",
     "The merger of Mandel and Cometa was announced on Monday. Halvorsen Research, a consultancy, values the "
     "transaction at about $1.6 billion."),
    ("Aerolis and Brightwing agreed to combine in a deal worth $900 million, Aerolis said.",
     "The Aerolis-Brightwing merger needs a regulator's approval, Brightwing said. Analysts at Corvid Bank value the "
     "deal at about $600 million."),
    ("Castel Bank and Norden Bank agreed to merge, in a transaction worth $3 billion.",
     "Shareholders of Castel Bank and Norden Bank will vote on the merger in May. Sentara Research values the "
     "combination at $2 billion."),
]


@pytest.mark.parametrize("first, second", MERGER_PRICES)
def test_a_merger_s_price_is_the_pair_s_whoever_values_it(tmp_path, first, second):
    claims = two_outlets(tmp_path, first, second)
    assert "conflict" in set(claims[claims.metric == "deal_value"].status), table(claims)


def test_a_merging_company_s_own_valuation_is_not_the_deal_s_price(tmp_path):
    claims = two_outlets(tmp_path, "Mandel and Cometa agreed to merge in an all-share deal worth $2.4 billion.",
                         "Mandel and Cometa will merge. Cometa was valued at $1.1 billion in a 2023 funding round.")
    assert not joined(claims, "2.4 billion", "1.1 billion"), table(claims)
