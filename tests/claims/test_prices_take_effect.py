"""A price, a fare, a fee, a tax or a cap that a rule sets takes effect as the rule does: two articles that give it
different days disagree (config `law_takes_effect`, keyed by the kind of rule nearest the day). Who is named after the
day ("..., with Metrorail trains running") is not whose rule it is, and a noun in a relative clause set off by commas
("The exemption, which lets goods skip customs duties, will close") is not the rule the day is about. Stories of our
own: a fuel price, rail fares, a parking fee, a sugar tax."""

import pytest

from claims_fixtures import article, story_claims, table


@pytest.mark.parametrize("first, second, kind", [
    ("The new pump price took effect on Wednesday, with Petrolia stations in Kano selling petrol at 1,240 naira a litre.",
     "Motorists paid double as the new petrol price, which has been in force since Tuesday, reached the pumps.", "price"),
    ("The new rail fares took effect on Wednesday, the transport ministry said.",
     "Commuters grumbled about the higher fares, which came into force on Tuesday.", "fare"),
    ("The council's new parking fee took effect on Wednesday across the old town.",
     "Drivers queued at machines as the parking fee came into force on Tuesday.", "fee"),
    ("The sugar tax took effect on Wednesday, with Brisa and Colaro raising can prices.",
     "Shoppers stocked up before the sugar tax came into force on Tuesday.", "tax"),
])
def test_two_days_for_a_price_taking_effect_conflict(tmp_path, first, second, kind):
    claims = story_claims(tmp_path, {"a.md": article("Story", "2026-07-02", first, outlet="Wire"),  # a Thursday
                                     "b.md": article("Story", "2026-07-02", second, outlet="Paper")})
    rows = claims[claims.metric == f"law_takes_effect: {kind}"]
    assert list(rows.status) == ["conflict"], table(claims)


def test_a_noun_in_an_aside_is_not_the_rule_taking_effect(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Story", "2026-04-20", "The exemption, which lets parcels skip customs duties, will close on May 1, "
                                               "the ministry said.", outlet="Wire"),
        "b.md": article("Story", "2026-04-20", "The ministry will end the exemption on May 2.", outlet="Paper")})
    assert list(claims[claims.metric == "law_takes_effect: exemption"].status) == ["conflict"], table(claims)
