"""Dated events news tells in words the event types did not know: a platform's new terms, a visa waiver or a scheme
taking effect (config `law_takes_effect`), a trial opening (`trial_start`, keyed by no owner: "the trial" is the one
story's trial), and a company's first day on a stock market (`listing`, told with its first day's move: "closed up 31%
in their Nasdaq debut on Thursday"). Two days for one of them disagree. One kind of rule told under two nouns, once in
each article ("the rule will take effect on April 15" / "the restrictions, which take effect next Thursday"), is one
event (claims/occurrences.join_kinds_told_once). A feature that went live, was rolled out or introduced, and a deal
closed or completed, are one happening each, and an owner saying on a day that it will cut jobs announced the cuts
that day. Stories of our own: a social app, a visa policy, a benefits scheme, an antitrust case, a fraud case, a tech
listing, a food-delivery listing, export curbs, an emissions rule, app features, a bank takeover, an acquisition, job
cuts at an app, a software maker and a bank."""

import pytest

from claims_fixtures import article, dated_outlets, story_claims, table


@pytest.mark.parametrize("first, second", [
    (("2026-03-05", "Loopcast signed up 1.8 million users after rival Chatterly's revised terms of service took effect on Monday."),
     ("2026-03-07", "The rush began after Chatterly's new terms took effect on Tuesday.")),
    (("2026-04-02", "The waiver, which took effect on March 1, lets citizens of 40 countries stay for 30 days."),
     ("2026-04-04", "But the waiver, which came into force on March 2, was the easy part.")),
    (("2026-09-10", "The childcare scheme took effect on September 1, the ministry said."),
     ("2026-09-11", "The scheme came into force on September 2, parents' groups said.")),
])
def test_terms_a_waiver_or_a_scheme_taking_effect(tmp_path, first, second):
    claims = dated_outlets(tmp_path, first, second)
    assert "conflict" in set(claims.status), table(claims)


@pytest.mark.parametrize("first, second", [
    (("2026-05-11", "A class-action antitrust trial accusing Cobalt Systems of overcharging app developers began on Monday."),
     ("2026-05-15", "Since the trial began on Tuesday, plaintiffs have shown jurors internal messages.")),
    (("2026-02-20", "The fraud trial of former Brixley chief executive Dana Moss opened on February 16 in Manchester."),
     ("2026-02-21", "Moss's trial, which started on February 17, is expected to last six weeks.")),
])
def test_a_trial_opened_on_two_days(tmp_path, first, second):
    claims = dated_outlets(tmp_path, first, second)
    assert "conflict" in set(claims.status), table(claims)


@pytest.mark.parametrize("first, second", [
    (("2026-06-11", "Shares of Solaris Labs closed up 31% in their Nasdaq debut on Thursday."),
     ("2026-06-13", "When Solaris Labs began trading on Wednesday, investors were giddy.")),
    (("2026-09-15", "Kaveri Quickmart's shares jumped 12% on their first day of trading on Monday."),
     ("2026-09-16", "Kaveri Quickmart listed its shares on the National Stock Exchange on Tuesday.")),
])
def test_a_listing_dated_on_two_days(tmp_path, first, second):
    claims = dated_outlets(tmp_path, first, second)
    assert "conflict" in set(claims.status), table(claims)


@pytest.mark.parametrize("first, second", [
    (("2026-04-08", "The rule will take effect on April 15, giving manufacturers about a week."),
     ("2026-04-10", "The restrictions, which take effect next Thursday, cover fourteen products.")),
    (("2026-01-05", "The regulation comes into force on January 20, the agency said."),
     ("2026-01-06", "The new limits take effect on January 21, carmakers were told.")),
    # a rule told as "the change" in one article
    (("2026-03-25", "Its new royalty rules reward musicians with loyal fans. The change takes effect next Wednesday."),
     ("2026-03-30", "Its new royalty rules, which come into force on 6 April, reward musicians with loyal fans.")),
    (("2026-02-10", "The change, which took effect on Sunday, ends the exemption from customs duty for small parcels."),
     ("2026-02-12", "The new parcel rules came into force on February 9, importers said.")),
])
def test_one_rule_under_two_nouns(tmp_path, first, second):
    claims = dated_outlets(tmp_path, first, second)
    assert "conflict" in set(claims.status), table(claims)


def test_rules_rulebook_and_guidelines_are_one_rule(tmp_path):
    # a rulebook is rules, and guidelines are too: two articles saying "rules" and one "guidelines" tell one rule
    claims = story_claims(tmp_path, {
        "a.md": article("Rules", "2026-02-18", "Qingyu said its English-language community rules took effect on Monday.", "Wire"),
        "b.md": article("Rules", "2026-02-18", "Qingyu's new guidelines, which took effect on Monday, cover harassment.", "Daily"),
        "c.md": article("Rules", "2026-02-19", "Qingyu's new English-language rulebook took effect on Feb. 17.", "Post")})
    rules = claims[claims.metric.str.startswith("law_takes_effect")]
    assert len(rules) == 1 and set(rules.status) == {"conflict"}, table(claims)


def test_two_rules_in_one_article_stay_apart(tmp_path):
    claims = dated_outlets(tmp_path, ("2026-04-08", "The tariff takes effect on April 15. The exemption ends on May 1."),
                           ("2026-04-10", "The restrictions take effect on April 16."))
    assert "conflict" not in set(claims.status), table(claims)


# a feature put in use (config `event_synonyms` 'introduce'), a deal closed or completed ('complete'; a priced thing's
# day is its own, not a figure moved: "closed its $2.4-billion takeover on Tuesday")
@pytest.mark.parametrize("first, second", [
    (("2026-01-28", "Varanda's translation button went viral. The feature, introduced on Thursday, translates posts."),
     ("2026-01-30", "That is the power of the translation button, which went live on January 23.")),
    (("2026-05-08", "Paybridge's instant-transfer feature was rolled out on Monday, the company said."),
     ("2026-05-09", "The instant-transfer feature went live on May 5, customers said.")),
    (("2026-04-02", "Harbourline Bank completed its takeover of Fundy Coast Bank yesterday."),
     ("2026-04-03", "Harbourline Bank closed its $2.4-billion takeover of its smaller rival on Tuesday.")),
    (("2026-04-03", "Orvel completed its acquisition of Tamsel on Monday."),
     ("2026-04-03", "Orvel closed the acquisition of Tamsel on Tuesday, the company said.")),
])
def test_a_feature_put_in_use_or_a_deal_done_on_two_days(tmp_path, first, second):
    claims = dated_outlets(tmp_path, first, second)
    assert "conflict" in set(claims.status), table(claims)


# an owner saying on a day that it will cut jobs announced the cuts that day (claims/occurrences.announced_action);
# others' forecast of cuts announces nothing
@pytest.mark.parametrize("first, second", [
    (("2026-05-12", "Grocery delivery app QuickCart said on Tuesday it would cut about 1,200 roles and leave seven cities."),
     ("2026-05-15", "The company announced the cuts on Wednesday, saying it would withdraw from seven cities.")),
    (("2026-05-15", "Software maker Quillon said on Thursday it would cut about 1,800 jobs."),
     ("2026-05-15", "Quillon announced the job cuts on Friday.")),
    (("2026-05-15", "Hollin Bank said on Wednesday that it would eliminate 3,000 positions."),
     ("2026-05-15", "Hollin Bank announced the job cuts on Thursday.")),
])
def test_cuts_announced_on_two_days(tmp_path, first, second):
    claims = dated_outlets(tmp_path, first, second)
    assert "conflict" in set(claims.status), table(claims)


def test_a_forecast_of_cuts_announces_nothing(tmp_path):
    claims = dated_outlets(tmp_path, ("2026-05-15", "Analysts said on Monday that Quillon would cut 1,800 jobs."),
                           ("2026-05-15", "Quillon announced the cuts on Tuesday."))
    assert "conflict" not in set(claims.status), table(claims)
