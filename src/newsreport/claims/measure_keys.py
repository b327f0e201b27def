"""The corpus steps that key one measure apart by what a figure's sentence tells of it: the act done to the things
counted, the group counted, the arm of a trial, the competition, the rank reached in the places counted, the plan a
price is for, money set aside for a cost, and the one window an owner's gains are counted over. Each changes
`metric` in place and only adds to it, save the first two, which name the measure a worth or a cost read too
broadly: a deal's worth ("a contract worth €40 million") and a unit's price ("costs $4,500 apiece")."""

from __future__ import annotations

from newsreport.claims.acted_measures import key_by_acts
from newsreport.claims.competitions import key_competitions
from newsreport.claims.control_arms import key_control_arms
from newsreport.claims.deal_worths import key_deal_worths
from newsreport.claims.gained_windows import window_unsaid_counts
from newsreport.claims.generic_people import name_the_group
from newsreport.claims.plan_prices import key_plan_prices
from newsreport.claims.provisions import key_provisions
from newsreport.claims.ranked_places import key_ranked_places
from newsreport.claims.unit_prices import key_unit_prices


def key_measures_apart(records: list[dict], texts: dict[str, str], acts: dict, generic_people) -> None:
    """Run each measure-keying step over the corpus's records, in order; in place."""
    key_deal_worths(records)  # "a contract worth €40 million" is the deal's price, not a valuation
    key_unit_prices(records)  # "a robot that costs about $4,500 apiece" is its price
    key_by_acts(records, acts)  # an owner's cars built and cars sold are two measures; its "deliveries" are cars sold
    name_the_group(records, generic_people)  # "3.1 million people affected" in a story of patients affected
    key_control_arms(records, texts)  # "those on a dummy pill lost 2.9%"
    key_competitions(records, texts)  # a season total across competitions / the same player's league tally: two measures
    key_ranked_places(records, texts)  # "No. 1 in 12 countries" / "the top five in 30 countries"
    key_plan_prices(records, texts)  # "the basic plan costs $8 a month" / "the family plan $15"
    key_provisions(records, texts)  # "had already provided $350m for the penalty": not the penalty
    window_unsaid_counts(records)  # "signed up 2.4 million new users" / "about 2 million new sign-ups in its first four days"
