"""Rules from probing the kinds of figure a story about an app, a platform ban or a court case
carries (adverbial "first", ordinals of tries and results, the writing day of an undated article,
clauses joined by "and"), each on sentences of our own from several kinds of story."""

from datetime import date

import pytest

from newsreport.figures.dates import find_dates
from newsreport.figures.extractor import extract
from newsreport.figures.relative_days import clause_tense

PUBLISHED = date(2025, 1, 17)


def ordinals(text):
    return [(f.quote, f.value) for f in extract(text, PUBLISHED) if f.unit == "ordinal"]


@pytest.mark.parametrize("text, quote", [
    ("Lawmakers first proposed the ban in 2023, citing data risks.", "first"),           # regulation
    ("The measles strain was first detected in a farm worker last month.", "first"),   # health
    ("When the band first played the song live, nobody clapped.", "first"),            # culture
    ("First reported by a local paper, the data leak spread quickly.", "First"),        # tech
])
def test_first_before_a_verb_in_the_past_is_ordinal_one(text, quote):
    assert ordinals(text) == [(quote, 1.0)]


@pytest.mark.parametrize("text", [
    "The first registered users got a badge.",                 # "the first" + participle: an adjective
    "Its first listed bond matured in 2019.",
    "At first nobody noticed the outage.",                     # "at first": initially
    "The seed was sown in spring.",                            # no "first" at all
])
def test_first_as_an_adjective_or_initially_is_no_ordinal(text):
    assert ordinals(text) == []


@pytest.mark.parametrize("text, quote, value", [
    ("It was the company's third attempt to block the law.", "third attempt", 3.0),       # courts
    ("The striker scored in the team's eighth straight win.", "eighth straight win", 8.0),  # sport
    ("A fourth wave of layoffs hit the games studio.", "fourth wave", 4.0),                # business
    ("The bank lost its second appeal against the fine.", "second appeal", 2.0),          # finance
    ("It was the exchange's second loss in court this year.", "second loss", 2.0),       # crypto
])
def test_an_ordinal_before_a_try_or_a_result_counts_occurrences(text, quote, value):
    assert ordinals(text) == [(quote, value)]


@pytest.mark.parametrize("text", [
    "The FA Trophy third-round tie was postponed.",            # a hyphened stage's name
    "Profit in the second quarter rose.",                       # a period
    "Its first appeal was heard in May.",                       # "first" before a noun: left out
])
def test_stages_periods_and_a_first_noun_are_no_ordinals(text):
    assert ordinals(text) == []


SPAN = (date(2025, 3, 5), date(2025, 3, 5))  # a Wednesday


@pytest.mark.parametrize("text, today", [
    # a video app back after an outage; a minister at a rally
    ('The site came back on Sunday. "Starting today, the site is open," a minister said.',
     "2025-03-02"),
    # a court hearing, a lawyer quoted
    ('The hearing ended late Friday. "Today we won," the lawyer said after the ruling.', "2025-02-28"),
    # a storm, tonight's curfew
    ("The storm hit the coast on Monday and the curfew starts tonight, officials said.", "2025-03-03"),
])
def test_today_in_an_article_naming_no_date_is_the_day_it_tells_last(text, today):
    days = {text[m.start:m.end].lower(): m.iso for m in find_dates(text, None, SPAN)}
    assert days[next(k for k in days if k in ("today", "tonight"))] == today


@pytest.mark.parametrize("text, day, tense", [
    ("The governor takes office at a ceremony on Monday and said she would sign the order.", "on Monday", "future"),
    ("The mayor will open the bridge on Friday but gave no reason for the delay.", "on Friday", "future"),
    ("The plant shut early Friday and reopened on Sunday.", "on Sunday", "past"),
    ("The court will rule on Friday but gave no reason for the delay.", "on Friday", "future"),
])
def test_a_clause_joined_by_and_or_but_keeps_its_own_tense(text, day, tense):
    start = text.index(day)
    assert clause_tense(text, start, start + len(day)) == tense


@pytest.mark.parametrize("text, expected", [
    # a walkout: Saturday, Sunday, then the Monday after (not the Monday before)
    ("The walkout began early Saturday, and by Sunday noon the trains had stopped. "
     "The minister, who was sworn in on Monday, had vowed to end it.",
     {"early Saturday": "2025-03-08", "by Sunday": "2025-03-09", "on Monday": "2025-03-10"}),
    # a strike: Friday to Sunday
    ("Dock workers walked out on Friday. Talks resumed on Saturday, and the union voted on Sunday to return.",
     {"on Friday": "2025-03-07", "on Saturday": "2025-03-08", "on Sunday": "2025-03-09"}),
    # a storm: Sunday to Tuesday; the run of the week before is as short, and as near the span's end
    # ("Sunday" = March 9 then lies 6 days back): the days the corpus's dated articles name decide
    ("The storm made landfall on Sunday. Power was cut on Monday and came back on Tuesday.",
     {"on Sunday": "2025-03-09", "on Monday": "2025-03-10", "on Tuesday": "2025-03-11"}),
])
def test_an_undated_article_tells_its_past_weekdays_as_one_run_of_days(text, expected):
    span = (date(2025, 3, 9), date(2025, 3, 9))  # a Sunday: counted back from it, a Monday would be March 3
    timeline = {"2025-03-10": 2}  # the corpus's dated articles name Monday, March 10
    days = {text[m.start:m.end]: m.iso for m in find_dates(text, None, span, timeline)}
    assert {quote: days[quote] for quote in expected} == expected


def test_a_single_weekday_keeps_the_span_reference():
    text = "The minister resigned on Thursday."
    days = [m.iso for m in find_dates(text, None, (date(2025, 3, 9), date(2025, 3, 9)))]
    assert days == ["2025-03-06"]


@pytest.mark.parametrize("text, expected", [
    ("The app had two to three million US users before the ban.", (2e6, 3e6)),           # apps
    ("The outbreak infected five to six hundred children.", (500.0, 600.0)),              # health
    ("Between four and six thousand fans were turned away.", (4000.0, 6000.0)),           # sport
])
def test_a_range_in_words_reads_its_first_bound_in_the_second_bounds_scale(text, expected):
    figures = [f for f in extract(text, PUBLISHED) if f.qualifier == "range"]
    assert [(f.low, f.high) for f in figures] == [expected]


def test_a_movement_in_words_reads_its_start_in_the_ends_scale():
    figures = extract("Monthly sales rose from two to five thousand units.", PUBLISHED)
    assert [f.value for f in figures] == [2000.0, 5000.0]


@pytest.mark.parametrize("text, unit", [
    ("TikTok has 170 million U.S. users.", "users"),                  # apps
    ("About 7,000 U.S. employees work for the carmaker.", "employees"),  # business
    ("The charity has 40,000 UK donors.", "donors"),                  # charity
])
def test_a_place_in_capitals_between_a_number_and_its_noun_keeps_the_noun(text, unit):
    figures = [f for f in extract(text, PUBLISHED) if f.kind == "count"]
    assert [f.unit for f in figures] == [unit]


@pytest.mark.parametrize("text, quote, day", [
    ("The site was unavailable from Saturday night until Sunday afternoon.", "until Sunday", "2025-01-12"),  # web
    ("Fans queued until Tuesday to get tickets.", "until Tuesday", "2025-01-14"),                           # music
    ("The store will stay shut until Monday.", "until Monday", "2025-01-20"),                               # retail
    ("The offer runs until Sunday.", "until Sunday", "2025-01-19"),                                         # retail
])
def test_until_a_weekday_looks_back_only_when_told_in_the_past(text, quote, day):
    days = {f.quote: f.date for f in extract(text, PUBLISHED) if f.kind == "date"}  # published a Friday
    assert days[quote] == day


@pytest.mark.parametrize("text, expected", [
    ("RedNote Gains 700,000 Users In Two Days As Ban Looms", [700000.0, 2.0]),          # apps
    ("Storm Leaves Coast Without Power For Twelve Hours", [12.0]),                       # weather
    ("Carmaker Adds Three Million Buyers In A Year, Shares Jump", [3e6]),               # business
    ("Court Gives Owner Ninety Days To Sell The Club", [90.0]),                           # sport/courts
])
def test_number_words_in_a_title_case_headline_count(text, expected):
    assert [f.value for f in extract(text, PUBLISHED)] == expected


@pytest.mark.parametrize("text", [
    "The Big Ten and Seven Eleven were named in the suit.",      # names inside a sentence
    "Fans Of The Big Ten Conference Gather In Chicago",          # a name in a headline: no plural after it
])
def test_capitalized_number_words_naming_something_stay_names(text):
    assert extract(text, PUBLISHED) == []


@pytest.mark.parametrize("text, quote, value", [
    ("He was sworn in as the 47th president on Monday.", "47th", 47.0),              # politics
    ("The club celebrated its 125th anniversary with a parade.", "125th", 125.0),    # sport
    ("The strike reached its 100th day on Friday.", "100th", 100.0),                 # labour
])
def test_an_ordinal_in_digits_before_a_noun_is_an_ordinal(text, quote, value):
    assert ordinals(text) == [(quote, value)]


@pytest.mark.parametrize("text", [
    "The shop on 5th Avenue closed.", "The 19th century saw rapid growth.", "Rents on 42nd street rose.",
])
def test_a_street_or_a_century_in_digits_is_no_ordinal(text):
    assert ordinals(text) == []


@pytest.mark.parametrize("text, quote, qualifier", [
    ("Its U.S. user base—around 2 million as of Monday—keeps growing.", "around 2 million", "approx"),
    ("The bill's cost–nearly $4 billion–worried lawmakers.", "nearly $4 billion", "approx"),
    ("The crowd—more than 10,000 people—filled the square.", "more than 10,000 people", "more_than"),
])
def test_a_hedge_right_after_a_dash_qualifies_the_number(text, quote, qualifier):
    assert [(f.quote, f.qualifier) for f in extract(text, PUBLISHED) if f.kind != "date"] == [(quote, qualifier)]


@pytest.mark.parametrize("text, day, tense", [
    ("A second outage is not ruled out: the pause ends on Tuesday 6 May.", "Tuesday 6 May", "future"),  # media
    ("The curfew starts on Sunday, police said.", "Sunday", "future"),                                  # policing
    ("Voting resumes at dawn on Monday.", "Monday", "future"),                                          # elections
    ("The strike ended on Friday.", "Friday", "past"),                                                  # labour
])
def test_a_scheduled_start_or_end_told_in_the_present_lies_ahead(text, day, tense):
    start = text.index(day)
    assert clause_tense(text, start, start + len(day)) == tense


@pytest.mark.parametrize("text, quote, value", [
    ("It was the second of four games in five nights.", "second", 2.0),              # sport
    ("The ruling was the first of two hearings this month.", "first", 1.0),          # courts
    ("The 3rd of 5 votes on the budget failed.", "3rd", 3.0),                         # politics
])
def test_one_of_a_counted_series_is_an_ordinal(text, quote, value):
    assert ordinals(text) == [(quote, value)]


def test_one_of_an_uncounted_series_is_no_ordinal():
    assert ordinals("The first of many users arrived.") == []


@pytest.mark.parametrize("text, value", [
    ("The first-placed team lost at home.", 1.0),                   # football
    ("Our second-placed candidate withdrew.", 2.0),                 # elections
    ("The third-placing runner was disqualified.", 3.0),            # athletics
])
def test_a_placed_ordinal_is_a_rank(text, value):
    assert [(f.kind, f.value) for f in extract(text, PUBLISHED)] == [("rank", value)]


@pytest.mark.parametrize("text, value", [
    ("The app slipped to fifth on Google Play.", 5.0),                 # app charts
    ("The team dropped to seventh, three points behind.", 7.0),        # football
    ("The novel rose to second behind a memoir.", 2.0),                # bestseller list
])
def test_a_place_in_words_reached_by_a_move_is_a_rank(text, value):
    assert [f.value for f in extract(text, PUBLISHED) if f.kind == "rank"] == [value]


@pytest.mark.parametrize("text", ["Data was passed to third parties.", "The bill moved to third reading."])
def test_an_ordinal_after_to_before_a_noun_is_no_rank(text):
    assert [f for f in extract(text, PUBLISHED) if f.kind == "rank"] == []


@pytest.mark.parametrize("text", [
    "The ban was upheld 9-0.",                                   # courts
    "The justices overturned the ruling 6-3.",                   # courts
    "The court sided 5-4 with the state.",                       # courts
    "The team has a 41-17 record this season.",                  # sport
])
def test_a_tally_after_a_ruling_verb_or_before_record_is_no_figure(text):
    assert extract(text, PUBLISHED) == []


@pytest.mark.parametrize("text, values", [
    ('"I\'d stay," one grocer, 58, told reporters.', [58.0]),                               # retail
    ("Dozens posted videos (more than 40, by one count) on Monday.", [40.0]),               # apps
    ("By one estimate, the storm cost farmers $2 billion.", [2e9]),                         # weather
])
def test_one_as_an_unnamed_speaker_or_one_estimate_is_no_count(text, values):
    assert [f.value for f in extract(text, PUBLISHED) if f.kind not in ("date", "year") and f.value is not None] \
        == values


@pytest.mark.parametrize("text, quote, month", [
    ("The app added 3 million users, up from 120,000 in all of December.", "all of December", "2024-12"),  # apps
    ("Sales slumped for most of March, then recovered.", "most of March", "2024-03"),                     # retail
    ("Prices stayed high for the rest of October.", "the rest of October", "2024-10"),                    # energy
])
def test_a_month_after_a_word_of_its_extent_is_a_month(text, quote, month):
    assert [(f.quote, f.date) for f in extract(text, PUBLISHED) if f.kind == "date"] == [(quote, month)]


@pytest.mark.parametrize("text", [
    "Thousands downloaded the ride app overnight.",             # apps
    "By noon, thousands had signed the petition.",             # politics
    "Thousands lined the route of the parade.",                # events
])
def test_thousands_opening_a_clause_is_a_crowd_not_an_amount(text):
    assert extract(text, PUBLISHED) == []


def test_thousands_reached_stays_an_amount():
    assert [(f.low, f.high) for f in extract("Her views often reached thousands.", PUBLISHED)] == [(1e3, 1e4)]


def test_a_run_only_a_day_shorter_keeps_the_span_reference():
    # counted back from Saturday, March 8: Monday the 3rd, then Friday the 7th (the order told); a run a
    # day shorter (Friday the 28th, then Monday) is no reason to move
    text = "The company announced the deal on Monday. On Friday, its shares rose."
    days = [m.iso for m in find_dates(text, None, (date(2025, 3, 8), date(2025, 3, 8)))]
    assert days == ["2025-03-03", "2025-03-07"]


@pytest.mark.parametrize("text", [
    '"It\'s fun here," one wrote in a post that drew 12,000 likes.',     # apps
    "One said the new stadium was too far from town.",                   # sport
    "Of the traders asked, one added that prices looked stretched.",      # markets
])
def test_one_right_before_a_verb_of_saying_is_a_speaker_not_a_count(text):
    assert [f.value for f in extract(text, PUBLISHED) if f.value == 1.0] == []


@pytest.mark.parametrize("text, days", [
    ("The court will rule today.", ["2025-01-17"]),                          # courts
    ("He resigned today after the vote.", ["2025-01-17"]),                   # politics
    ("Users are leaving today, analysts said.", ["2025-01-17"]),             # apps
    ("The app is the largest market today.", []),                            # nowadays
    ("The app, which launched in 2013, is still popular today.", []),        # nowadays, past in another clause
])
def test_today_after_a_verb_told_in_the_past_or_future_is_the_day(text, days):
    assert [f.date for f in extract(text, PUBLISHED) if f.kind == "date"] == days


@pytest.mark.parametrize("text, quote, unit", [
    ("The 170-million-user platform faces a ban.", "170-million-user", "user"),      # apps
    ("The 300-page report came out on Friday.", "300-page", "page"),                  # government
    ("A 10-member panel will review the merger.", "10-member", "member"),             # business
])
def test_a_number_hyphened_to_a_noun_counts_that_noun(text, quote, unit):
    figures = [f for f in extract(text, PUBLISHED) if f.kind == "count"]
    assert [(f.quote, f.unit) for f in figures] == [(quote, unit)]


@pytest.mark.parametrize("text, quote, kind, unit", [
    ("The order gives the company 75 more days to find a buyer.", "75 more days", "duration", "days"),  # courts
    ("The Pentagon sent 2,000 additional troops.", "2,000 additional troops", "count", "troops"),        # defence
    ("Talks need 48 extra hours to conclude.", "48 extra hours", "duration", "hours"),                   # diplomacy
])
def test_a_word_of_addition_between_a_number_and_its_noun_keeps_the_noun(text, quote, kind, unit):
    assert [(f.quote, f.kind, f.unit) for f in extract(text, PUBLISHED)] == [(quote, kind, unit)]


@pytest.mark.parametrize("text, low, high", [
    ("Cases peaked in the 2009-2010 flu season.", 2009.0, 2010.0),            # health
    ("Output fell every year from 2019–2021.", 2019.0, 2021.0),               # industry
    ("The 2022-2024 contract ran out.", 2022.0, 2024.0),                      # labour
])
def test_two_years_joined_by_a_dash_are_one_span_of_years(text, low, high):
    figures = extract(text, PUBLISHED)
    assert [(f.kind, f.low, f.high, f.qualifier) for f in figures] == [("year", low, high, "range")]


def test_a_later_year_before_an_earlier_one_is_no_span():
    assert not [f for f in extract("The 1990-1970 comparison was odd.", PUBLISHED) if f.qualifier == "range"]


@pytest.mark.parametrize("text", [
    "Starting today, the site is open to everyone.",          # web
    "The new fares apply effective today.",                   # transport
    "Beginning today, shops must charge for bags.",           # retail
])
def test_today_after_a_word_of_starting_is_the_day(text):
    assert [f.date for f in extract(text, PUBLISHED) if f.kind == "date"] == ["2025-01-17"]


@pytest.mark.parametrize("text, age", [
    ("Mei joined first, and her sister, 19, followed a day later.", 19.0),   # apps
    ("A teen, 15, was banned from the club for a season.", 15.0),           # sport
    ("One creator, 24, posted three videos a day.", 24.0),                  # media
])
def test_an_age_after_a_noun_of_kin_or_trade_is_an_age(text, age):
    assert [(f.value, f.unit) for f in extract(text, PUBLISHED) if f.unit == "years old"] == [(age, "years old")]


@pytest.mark.parametrize("text, ages", [
    ("Its founders, aged 31 and 34, said servers crashed.", [31.0, 34.0]),          # tech
    ("Three children aged 8, 11 and 15 were hurt in the crash.", [8.0, 11.0, 15.0]),  # accidents
    ("The winners, aged 19 or 20, split the prize.", [19.0, 20.0]),                 # sport
])
def test_ages_coordinated_after_aged_are_all_ages(text, ages):
    assert [f.value for f in extract(text, PUBLISHED) if f.unit == "years old"] == ages
