"""A rule taking effect told with its owner in one article ("Pellow's new fee rules came into force") and without
one in another ("the new terms took effect"), beside the owner's name: one rule, so the days are compared. Stories
of our own: a video platform's payout terms, a country's parcel levy, a transit agency's fares; and two owners'
rules, which stay apart."""

import pytest

from claims_fixtures import article, joined, story_claims, table

PAYOUT_TERMS = {
    "a.md": article("Creators weigh exit", "2026-05-06",
                    "Pellow announced the change in March, and the new terms took effect on May 4. Creators now keep "
                    "45 percent of ad revenue."),
    "b.md": article("Pellow payouts", "2026-05-08",
                    "Pellow's new payout rules came into force on Tuesday, May 5, and creators have been counting the "
                    "cost since."),
}

PARCEL_LEVY = {
    "a.md": article("Shoppers pay more", "2026-07-03",
                    "Shoppers were adding up higher bills this week after a new levy on small parcels came into force "
                    "on Monday. Norland's customs office says queues have grown."),
    "b.md": article("Levy in force", "2026-07-06",
                    "Five days after Norland's 15% levy on small parcels took effect on July 1, couriers are still "
                    "arguing about who pays it."),
}

FARES = {
    "a.md": article("Fares rise", "2026-02-04",
                    "Riders of Calder Transit faced higher fares this week: the new fare rules took effect on Sunday, "
                    "February 1."),
    "b.md": article("Calder fares", "2026-02-05",
                    "Calder Transit's new fare rules take effect on February 2, the agency said."),
}


@pytest.mark.parametrize("articles, days", [(PAYOUT_TERMS, ("May 4", "May 5")), (PARCEL_LEVY, ("June 29", "July 1")),
                                            (FARES, ("February 1", "February 2"))])
def test_an_unowned_account_of_the_corpus_one_owned_rule_is_compared_with_it(tmp_path, articles, days):
    claims = story_claims(tmp_path, articles)
    assert joined(claims, *days) and "conflict" in set(claims.status), table(claims)


def test_an_unowned_rule_stays_apart_where_the_corpus_gives_the_kind_two_owners(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Rules", "2026-05-06", "Pellow's new payout rules came into force on May 4, while Vantu's "
                                               "rules take effect on May 20."),
        "b.md": article("Payouts", "2026-05-08", "The new terms took effect on May 5, Pellow and Vantu creators said."),
    })
    assert not joined(claims, "May 4", "May 5") and not joined(claims, "May 20", "May 5"), table(claims)


def test_an_unowned_rule_in_an_article_that_never_names_the_owner_stays_unowned(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Rules", "2026-05-06", "Pellow's new payout rules came into force on May 4."),
        "b.md": article("Payouts", "2026-05-08", "Creators said the new terms took effect on May 5."),
    })
    assert not joined(claims, "May 4", "May 5"), table(claims)


@pytest.mark.parametrize("country", ["South Africa", "New Zealand", "Kenya"])
def test_a_countrys_rule_told_unowned_in_an_article_naming_the_country_is_one_rule(tmp_path, country):
    claims = story_claims(tmp_path, {
        "a.md": article("Levy", "2026-07-02", f"{country}'s new levy on small parcels took effect on July 1, "
                                              "couriers said."),
        "b.md": article("Parcels", "2026-07-03", f"Shoppers in {country} are paying more: the levy on small parcels "
                                                 "came into force on Tuesday, June 30, importers said."),
    })
    assert joined(claims, "July 1", "June 30") and "conflict" in set(claims.status), table(claims)


def test_an_article_telling_two_days_of_the_kind_keeps_unowned_accounts_apart(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Age law", "2027-05-20", "A judge will hear the challenge to Ohio's age-check law, which is set to "
                                                 "take effect on July 1. The law, which Gov. Dana Hale signed on April "
                                                 "12, takes effect July 1. Arkansas's similar law takes effect Sept. 1."),
        "b.md": article("Age law", "2027-05-21", "Ohio's age-check law takes effect on July 1, the state said."),
    })
    assert not joined(claims, "July 1", "September 1"), table(claims)


@pytest.mark.parametrize("applies, takes_effect, days", [
    ("The new subscription prices apply from March 17, the streamer's help pages say.",
     "The streamer's new subscription prices will take effect on Monday, March 16.", ("March 17", "March 16")),
    ("Harlow council's new parking fees will apply from June 1, the council said.",
     "Harlow council's new parking fees will come into force on June 2.", ("June 1", "June 2")),
    ("Under the act, its penalties apply from September 1.",
     "The act's penalties will take effect on August 31.", ("September 1", "August 31")),
    # whom it applies to may come between ("apply to new customers from Monday"), and a weekday after it lies ahead
    ("The new prices apply to new customers from Monday, with existing members moved across in April.",
     "The streamer's new prices take effect for new sign-ups on March 23.", ("March 16", "March 23")),
    ("The higher fees apply to all foreign sellers from April 1, the ministry said.",
     "Foreign sellers' new fees will come into force on April 3.", ("April 1", "April 3")),
])
def test_a_rule_told_by_the_day_it_applies_from_takes_effect_that_day(tmp_path, applies, takes_effect, days):
    claims = story_claims(tmp_path, {"a.md": article("Rules", "2026-03-12", applies),
                                     "b.md": article("Rules", "2026-03-13", takes_effect)})
    assert joined(claims, *days) and "conflict" in set(claims.status), table(claims)
