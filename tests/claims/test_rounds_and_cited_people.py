"""Wordings of funding news, each shown on several kinds of company:
- the amount's own noun is the round ("Fernly's $120m Series C ... gives it a valuation of $1.1 billion"): the
  $120m is funding, however the rest of the clause names the valuation;
- "investors value it at $1.4 billion" is a valuation, as "valued at" is;
- the people a report is sourced to ("according to two people familiar with the terms", "three officials
  briefed on the talks said", "citing two sources") are no count of anything."""

import pytest

from claims_fixtures import article, story_claims


@pytest.mark.parametrize("body, funding, valuation", [
    ("Fernly is a budgeting app. Fernly's $120m Series C, announced yesterday, gives the budgeting app a valuation of $1.1 billion.",
     "$120 million", "$1.1 billion"),
    ("Cargoline's $45 million round, led by Harbor Point, values Cargoline at $600 million.",
     "$45 million", "$600 million"),
    ("The biotech Medro closed a $30 million seed round that gives it a valuation of $250 million.",
     "$30 million", "$250 million"),
])
def test_the_amount_of_a_round_is_funding_and_the_valuation_its_own(tmp_path, body, funding, valuation):
    claims = story_claims(tmp_path, {"a.md": article("Round", "2027-04-08", body, "Wire")})
    keyed = {v: m.partition(":")[0] for m, v in zip(claims.metric, claims["values"])}
    assert keyed.get(funding) == "funding" and keyed.get(valuation) == "valuation", \
        claims[["entity", "metric", "values"]].to_string()


@pytest.mark.parametrize("body, value", [
    ("Fernly has 2 million subscribers. Its investors value it at $1.4 billion.", "$1.4 billion"),
    ("The club Harlo United is for sale. Its owners value it at £900 million, bankers said.", "£900 million"),
    ("Boltra makes batteries. Analysts value the company at about $3 billion.", "about $3 billion"),
])
def test_value_it_at_is_a_valuation(tmp_path, body, value):
    claims = story_claims(tmp_path, {"a.md": article("Value", "2027-04-11", body, "Daily")})
    assert [m.partition(":")[0] for m in claims[claims["values"] == value].metric] == ["valuation"], \
        claims[["entity", "metric", "values"]].to_string()


@pytest.mark.parametrize("body", [
    "Fernly is valued at $1.1 billion, according to two people familiar with the terms.",
    "Three officials briefed on the talks said the port of Velm would reopen on Monday.",
    "The carmaker Tavora will cut 2,000 jobs, Reuters reported, citing two sources.",
    "Two people with knowledge of the matter said the bank Sahel had hired advisers.",
])
def test_the_people_a_report_is_sourced_to_are_no_count(tmp_path, body):
    claims = story_claims(tmp_path, {"a.md": article("Sources", "2027-04-08", body, "Wire")})
    counted = [v for v in claims["values"] if v in ("2", "3", "two", "three")]
    assert counted == [], claims[["entity", "metric", "values"]].to_string()
