"""Dates in news text the rules were not written against: days and months written without a year,
weekdays told in the present, future or past, in articles with and without a publication date. Each
rule is shown on examples from several kinds of story."""

from datetime import date

import pytest

from newsreport.figures.extractor import extract

PUBLISHED = date(2025, 1, 17)  # a Friday


@pytest.mark.parametrize("text, quote, iso", [
    ("Trump, who takes office on Monday, said he would give TikTok a reprieve.", "on Monday", "2025-01-20"),
    ("The ban takes effect on Sunday, the court said.", "on Sunday", "2025-01-19"),
    ("The new levy comes into force on Tuesday, officials said.", "on Tuesday", "2025-01-21"),
    ("The rule came into force on Tuesday.", "on Tuesday", "2025-01-14"),
])
def test_a_scheduled_event_told_in_the_present_lies_ahead(text, quote, iso):
    assert (quote, iso) in [(f.quote, f.date) for f in extract(text, PUBLISHED) if f.kind == "date"]


@pytest.mark.parametrize("text, published, quote, iso", [
    ("The president signed it on April 24.", date(2025, 1, 15), "April 24", "2024-04-24"),          # policy
    ("The striker joined the club on Aug. 30.", date(2025, 3, 10), "Aug. 30", "2024-08-30"),         # sports
    ("The company will report results on Jan. 3.", date(2024, 12, 20), "Jan. 3", "2025-01-03"),     # business
    ("The firm will report results on Feb. 27.", date(2025, 1, 15), "Feb. 27", "2025-02-27"),       # no move
    ("TikTok's ban takes effect Jan. 19.", date(2025, 1, 15), "Jan. 19", "2025-01-19"),
])
def test_a_day_without_a_year_follows_the_tense_it_is_told_in(text, published, quote, iso):
    assert (quote, iso) in [(f.quote, f.date) for f in extract(text, published)]


@pytest.mark.parametrize("text, quote, iso", [
    ("A federal appeals court upheld the law on Dec. 6. TikTok said on Jan. 14, 2025 that it would appeal.",
     "Dec. 6", "2024-12-06"),
    ("Flu cases peaked in late December. By Jan. 20, 2025, hospital admissions had halved.",
     "late December", "2024-12"),
    ("The club signed him on Jan. 30, 2025. His debut came on Feb. 8.", "Feb. 8", "2025-02-08"),
])
def test_an_undated_article_dates_days_from_its_nearest_full_date(text, quote, iso):
    assert (quote, iso) in [(f.quote, f.date) for f in extract(text)]



@pytest.mark.parametrize("text, quote, iso", [
    ("Sunday's deadline looms for TikTok.", "Sunday", "2025-01-19"),                        # app ban
    ("With Monday's deadline looming, negotiators worked overnight.", "Monday", "2025-01-20"),  # trade talks
    ("Creators raced to download their videos ahead of Sunday's deadline.", "Sunday", "2025-01-19"),
    ("The company missed Friday's deadline.", "Friday", "2025-01-10"),                      # passed: the past
    ("Americans have flocked to the app ahead of a possible TikTok ban on Sunday.", "on Sunday", "2025-01-19"),
    ("Stocks fell on Monday ahead of the Fed meeting.", "on Monday", "2025-01-13"),
])
def test_a_deadline_lies_ahead_unless_a_past_verb_says_it_passed(text, quote, iso):
    assert (quote, iso) in [(f.quote, f.date) for f in extract(text, date(2025, 1, 15))]


@pytest.mark.parametrize("text, quote, iso", [
    ("TikTok is preparing to shut down its US app on Sunday, sources said.", "on Sunday", "2025-01-19"),
    ("The union threatens to strike on Monday over pay.", "on Monday", "2025-01-20"),
    ("The agency aims to publish its report on Friday.", "on Friday", "2025-01-17"),
])
def test_an_intention_to_act_on_a_weekday_lies_ahead(text, quote, iso):
    assert (quote, iso) in [(f.quote, f.date) for f in extract(text, date(2025, 1, 15))]


def test_a_day_weeks_ahead_stays_ahead_when_the_tense_is_misread():
    text = "The teams meet again on April 8, the second of four games left on the trip."
    assert ("April 8", "2025-04-08") in [(f.quote, f.date) for f in extract(text, date(2025, 2, 24))]


@pytest.mark.parametrize("text, published, quote, iso", [
    ("They remain below the record set in July.", date(2025, 2, 6), "July", "2024-07"),            # markets
    ("The striker's contract runs out in May.", date(2025, 2, 6), "May", "2025-05"),                 # sports
    ("Eurofer asked for the quota to be cut by 15% from April.", date(2025, 3, 12), "April", "2025-04"),  # trade
    ("The rule will take effect in February, officials said.", date(2025, 3, 10), "February", "2026-02"),
])
def test_a_bare_month_is_the_next_one_only_when_near_or_told_in_the_future(text, published, quote, iso):
    assert (quote, iso) in [(f.quote, f.date) for f in extract(text, published)]


@pytest.mark.parametrize("text, quote, iso", [
    ("In December, the court upheld the law.", "December", "2024-12"),          # courts
    ("Since March, sales of the phone have doubled.", "March", "2024-03"),      # business
    ("Last April the bill passed the House.", "Last April", "2024-04"),          # politics
])
def test_a_bare_month_after_a_capitalized_lead_opening_a_sentence(text, quote, iso):
    assert (quote, iso) in [(f.quote, f.date) for f in extract(text, date(2025, 1, 15))]


@pytest.mark.parametrize("text, dated", [
    ("Yesterday the firm said it would hire moderators; today it began.", True),   # apps
    ("The company today announced a new English interface.", True),              # tech
    ("The ministry today confirmed 12 new cases.", True),                        # health
    ("The app is the largest in China today, and users today expect more.", False),  # 'nowadays'
])
def test_today_opening_a_clause_or_before_a_verb_of_announcing_is_a_day(text, dated):
    days = [f for f in extract(text, date(2025, 1, 15)) if f.quote.lower() == "today"]
    assert bool(days) == dated and all(f.date == "2025-01-15" for f in days)


@pytest.mark.parametrize("text, quote, iso", [
    ("New Delhi: On January 14 (Tuesday), RedNote crossed 7 lakh new users.", "January 14 (Tuesday)", "2025-01-14"),
    ("The ban takes effect on Jan. 19, Sunday, when the app goes dark.", "Jan. 19, Sunday", "2025-01-19"),
    ("Polls open on 23 February (Sunday) across the country.", "23 February (Sunday)", "2025-02-23"),
])
def test_a_weekday_restating_the_date_before_it_is_one_figure(text, quote, iso):
    dates = [(f.quote, f.date) for f in extract(text, date(2025, 1, 15)) if f.kind == "date"]
    assert dates == [(quote, iso)]


@pytest.mark.parametrize("text, quote, iso", [
    ("RedNote said last night it would hire moderators.", "last night", "2025-01-14"),     # apps
    ("As of this morning, the app was still No. 1.", "this morning", "2025-01-15"),         # charts
    ("The senator will speak tonight on the floor.", "tonight", "2025-01-15"),              # politics
])
def test_parts_of_a_day_named_from_today_are_days(text, quote, iso):
    assert (quote, iso) in [(f.quote, f.date) for f in extract(text, date(2025, 1, 15))]


@pytest.mark.parametrize("text, quote, iso", [
    ("By Sunday morning, TikTok may be gone.", "By Sunday", "2025-01-19"),                  # app ban
    ("The talks might collapse on Friday, diplomats warned.", "on Friday", "2025-01-17"),    # diplomacy
    ("The app may have crashed on Sunday, users said.", "on Sunday", "2025-01-12"),           # a past guess
])
def test_may_and_might_before_a_verb_look_ahead_but_not_may_have(text, quote, iso):
    assert (quote, iso) in [(f.quote, f.date) for f in extract(text, date(2025, 1, 16))]
