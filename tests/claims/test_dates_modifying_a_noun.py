"""A date that modifies a noun ("the law's Jan. 19 cutoff", "its March 3 hearing", "a May 2 vote") is the day of that
noun's event, not of the event the sentence tells: "In a ruling released Friday, the court upheld the law, days before
its Jan. 19 cutoff" dates the ruling Friday and the cutoff Jan. 19 (claims/event_phrases.py, modified_noun). A noun
the event vocabulary has no word for gives no event; "Friday afternoon" is the day's own words; "a June 5 deadline
for final offers" is no ban's day (config/metrics.yaml, ban_takes_effect). Stories of our own: a court ruling, a
strike, an auction of an app's US arm."""

import pytest

from claims_fixtures import dated_outlets, rows_of, table


@pytest.mark.parametrize("first, second", [
    ("The Supreme Court on Friday upheld the law requiring Halvo's owner to sell the app.",
     "In a 6-3 decision released Friday, the Supreme Court upheld the Halvo law, leaving two days before the "
     "statute's Jan. 19 cutoff."),
    ("The appeals court on Friday ruled against Dorvik in its fight over the export licence.",
     "The appeals court ruled against Dorvik on Friday, three days before the agency's Jan. 19 review deadline "
     "for the licence."),
])
def test_a_date_modifying_another_noun_is_not_the_sentences_event(tmp_path, first, second):
    claims = dated_outlets(tmp_path, ("2026-01-16", first), ("2026-01-17", second))
    ruling = claims[claims.metric == "ruling"]
    assert not (claims.status == "conflict").any() and not rows_of(ruling, "January 19").shape[0], table(claims)


def test_the_day_of_a_strike_told_with_its_afternoon_is_still_its_day(tmp_path):
    claims = dated_outlets(tmp_path, ("2026-06-12", "The walkout at Pellham port ended yesterday afternoon, the union said."),
                           ("2026-06-12", "The strike at Pellham port ended on Wednesday, port officials said."))
    assert (claims.status == "conflict").any(), table(claims)


def test_a_deadline_for_bids_is_no_ban(tmp_path):
    claims = dated_outlets(tmp_path, ("2026-05-28", "Three groups have bid for Halvo's US arm ahead of a June 5 deadline "
                                                    "for final offers, a person familiar with the sale said."),
                           ("2026-05-29", "The deadline for binding bids for Halvo's US business is Friday, June 12, "
                                          "according to a letter to bidders."))
    assert not (claims.metric == "ban_takes_effect").any() and not (claims.status == "conflict").any(), table(claims)


def test_a_ban_deadline_is_still_the_bans_day(tmp_path):
    claims = dated_outlets(tmp_path, ("2026-01-10", "Halvo faces a Jan. 19 deadline to find a buyer or be banned."),
                           ("2026-01-11", "The app must be sold by its Jan. 19 deadline or go dark, the law says."))
    assert (claims.metric == "ban_takes_effect").any(), table(claims)


@pytest.mark.parametrize("first, second, metric", [
    # the date stands before a compound ("court ruling", "court hearing"): the day of the noun the compound names
    ("Trellow users rushed to rival apps after the appeals court ruled against Trellow on Feb. 5.",
     "Lawyers for Trellow said the Feb. 6 court ruling would be appealed.", "ruling"),
    ("The High Court heard Zorra's appeal on March 3, the company said.",
     "Zorra's lawyers left the March 2 court hearing in a hurry, the company said.", "hearing"),
])
def test_a_date_before_a_compound_is_the_day_of_the_compound_s_noun(tmp_path, first, second, metric):
    claims = dated_outlets(tmp_path, ("2026-03-12", first), ("2026-03-12", second))
    rows = claims[claims.metric.str.partition(":")[0] == metric]
    assert len(rows) == 1 and rows.status.iloc[0] in ("conflict", "discrepancy"), table(claims)
