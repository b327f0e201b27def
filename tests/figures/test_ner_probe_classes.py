"""Classes found by comparing the figures with spaCy's numeric entities on the development texts
(`benchmarks/figure_ner_probe.py`): a month dating what follows it, "N of" a named owner's group,
a model number before a singular product noun, speeds glued to "kmph". Each on sentences of our own
from several kinds of story."""

from datetime import date

import pytest

from newsreport.figures.extractor import extract

PUBLISHED = date(2025, 1, 17)


def dates(text):
    return [(f.quote, f.date) for f in extract(text, PUBLISHED) if f.kind == "date"]


def values(text):
    return [(f.quote, f.value) for f in extract(text, PUBLISHED) if f.kind not in ("date", "year")]


@pytest.mark.parametrize("text, expected", [
    ("December exports slid 4% as demand cooled.", [("December", "2024-12")]),                  # trade
    ("Analysts expect the January jobs report to show slower hiring.", [("January", "2025-01")]),  # economy
    ("The November presidential election drew record turnout.", [("November", "2024-11")]),     # politics
    ("The October crude contract settled lower in New York.", [("October", "2024-10")]),        # markets
    ("November's outage knocked the app offline for hours.", [("November", "2024-11")]),        # tech
    ("Officials said February's deadline for the sale still stands.", [("February", "2025-02")]),  # regulation
])
def test_a_month_before_a_noun_of_data_or_events_is_a_date(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize("text", [
    "June Carter sang at the festival.",                 # a person's name
    "April's mother drove her to the airport.",          # a name in the possessive
    "May's government lost the vote.",                   # "May" names a person more often than not
    "The January Club meets on Thursdays.",              # a month in a name: no noun of events after it
])
def test_a_month_in_a_name_or_before_other_words_is_no_date(text):
    assert [q for q, _ in dates(text) if q.startswith(("June", "April", "May", "January"))] == []


@pytest.mark.parametrize("text, expected", [
    ("Three of Europe's biggest banks cut their forecasts.", [("Three", 3.0)]),           # finance
    ("Two of Apple's suppliers warned on profits.", [("Two", 2.0)]),                       # tech
    ("Four of Kenya's marathon runners finished in the top ten.", [("Four", 4.0)]),       # sport
    ("Five of the council's members voted against the plan.", [("Five", 5.0)]),           # politics
])
def test_a_number_word_before_of_and_a_named_owners_group_counts(text, expected):
    assert values(text)[:1] == expected


def test_one_of_a_named_owners_group_stays_no_count():
    assert values("One of Europe's biggest banks cut its forecast.") == []


@pytest.mark.parametrize("text", [
    "Apple's first Mac ran on the 68000 chip from Motorola.",        # computing
    "The airline retired its last 747 jumbo on Tuesday.",           # aviation
    "Collectors still pay a premium for the 3310 handset.",         # phones
    "The 4090 card sold out within minutes.",                       # gaming hardware
])
def test_a_number_before_a_singular_product_noun_is_a_model_name(text):
    assert [v for _, v in values(text) if v and v > 100] == []


@pytest.mark.parametrize("text, expected", [
    ("The company sold 200 phone cases in a day.", 200.0),           # a product noun modifying a plural
    ("The firm makes 500 model trains a year.", 500.0),
    ("The carrier ordered 30 jets from Airbus.", 30.0),              # a plural noun counts
])
def test_counts_of_products_stay_counts(text, expected):
    assert expected in [v for _, v in values(text)]


@pytest.mark.parametrize("text, value", [
    ("Police said the car was doing 140kmph when it crashed.", 140.0),    # crime
    ("High-speed trains will run at 320 kmh on the new line.", 320.0),   # transport
    ("Gusts of 95kmph felled trees across the county.", 95.0),           # weather
])
def test_speeds_in_kmph_are_read_with_their_unit(text, value):
    found = [f for f in extract(text, PUBLISHED) if f.value == value]
    assert found and found[0].unit == "kilometres per hour"


@pytest.mark.parametrize("text, expected", [
    ("in august, the miner sold its stake for $ 12 million.", [("august", "2024-08")]),      # lower-cased wire
    ("october exports of soybeans fell 3 % from a year earlier.", [("october", "2024-10")]),  # trade
    ("the club signed him in june and released him by november.",
     [("june", "2024-06"), ("november", "2024-11")]),                                        # sport
])
def test_lower_cased_months_after_a_word_of_time_or_before_data_are_dates(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize("text", [
    "prices may fall in march, traders said.",     # "may" and "march" are verbs as often as months
    "the army will march on may 5th.",
])
def test_lower_cased_may_and_march_stay_out(text):
    assert [q for q, _ in dates(text) if q in ("may", "march")] == []


@pytest.mark.parametrize("text, qualifier", [
    ("Patients with a score less than or equal to 30 were excluded from the trial.", "at_most"),   # health
    ("Firms with revenue greater than or equal to $10 million must file a report.", "at_least"),  # regulation
    ("Households earning equal to or less than 40,000 pounds qualify for the grant.", "at_most"),  # welfare
    ("Support for the measure polled at <5% in rural counties.", "less_than"),                    # politics
    ("Only towns with >1,000 residents get a polling station.", "more_than"),                     # elections
    ("Turnout was ≥60% in most districts.", "at_least"),
    ("The new transistor gate is smaller than 3 nanometres.", "less_than"),                        # tech
    ("Police said the crowd was larger than 20,000.", "more_than"),                                # protest
])
def test_comparison_words_and_signs_before_a_number_are_its_qualifier(text, qualifier):
    found = [f for f in extract(text, PUBLISHED) if f.value]
    assert [f.qualifier for f in found] == [qualifier]


@pytest.mark.parametrize("text, value", [
    ("The city's population passed 3 million and a half last year.", 3_500_000.0),          # census
    ("The fund lost two million and one half in a single quarter.", 2_500_000.0),            # finance
    ("The dam will cost five billion and three quarters, officials said.", 5_750_000_000.0),  # infrastructure
    ("A million and a half people marched through the capital.", 1_500_000.0),              # protest
])
def test_a_fraction_after_a_scale_word_is_a_fraction_of_the_scale(text, value):
    assert [v for _, v in values(text)] == [value]


def test_a_number_word_before_a_denominator_is_not_added_to_the_run():
    assert 2_000_003.0 not in [v for _, v in values("The charity raised two million and three fifths of its target.")]


@pytest.mark.parametrize("text, expected", [
    ("A third of sign-ups came from the US, up from a tenth in December.", [0.333333333333333, 0.1]),  # tech
    ("The party's vote share fell from a third to a fifth over the decade.", [0.333333333333333, 0.2]),  # politics
    ("An eighth of the fleet was grounded after the inspection.", [0.125]),                             # aviation
    ("Nearly a sixth of the harvest was lost to the floods.", [0.166666666666667]),                    # farming
])
def test_sixths_eighths_and_a_share_ending_a_movement_are_fractions(text, expected):
    assert [f.value for f in extract(text, PUBLISHED) if f.kind == "ratio"] == expected


@pytest.mark.parametrize("text", [
    "The firm sold the data to a third party in 2023.",      # a party, no share
    "She finished a sixth straight race without a win.",     # an ordinal
])
def test_a_third_party_or_a_sixth_straight_is_no_fraction(text):
    assert [f for f in extract(text, PUBLISHED) if f.kind == "ratio"] == []


def test_an_eighth_is_an_exact_share_and_a_third_an_approximate_one():
    found = {f.quote: f.qualifier for f in extract("An eighth of staff and a third of managers left.", PUBLISHED)}
    assert found == {"An eighth": "exact", "a third": "approx"}


@pytest.mark.parametrize("text, quote, value", [
    ("The museum welcomed its five millionth visitor on Tuesday.", "five millionth", 5_000_000.0),   # culture
    ("The app celebrated its 10 millionth download last week.", "10 millionth", 10_000_000.0),      # tech
    ("The bakery greeted its thousandth customer with a free cake.", "thousandth", 1000.0),         # local
    ("The striker made her 1,000th appearance for the national side.", "1,000th", 1000.0),         # sport
])
def test_ordinals_of_a_scale_and_with_thousands_separators_are_ordinals(text, quote, value):
    found = [(f.quote, f.value) for f in extract(text, PUBLISHED) if f.unit == "ordinal"]
    assert found == [(quote, value)]


def test_a_millionth_of_a_second_is_no_ordinal_and_no_count():
    assert values("The flash lasted a millionth of a second.") == []


@pytest.mark.parametrize("text, value", [
    ("The app slipped three places to fourth, behind two rivals.", 4.0),            # app charts
    ("The team climbed one spot to second after the win.", 2.0),                   # sport
    ("The university dropped four positions to ninth, its lowest ever.", 9.0),     # education
])
def test_a_place_in_words_after_a_move_counted_in_places_is_a_rank(text, value):
    assert [f.value for f in extract(text, PUBLISHED) if f.kind == "rank"] == [value]


# published on a Wednesday: a weekday told in the past is the one before, in the future the one after
WEDNESDAY = date(2025, 1, 22)


@pytest.mark.parametrize("text, expected", [
    ("The index will likely open 1.5% lower on Monday.", "2025-01-27"),                 # a decimal point
    ("Lawmakers will vote on the U.S. budget on Thursday.", "2025-01-23"),              # an abbreviation
    ("The app is expected to return at 9 a.m. on Friday.", "2025-01-24"),               # a clock time
    ("Fans will see Gen. Ortiz's parade on Saturday.", "2025-01-25"),                  # a title
])
def test_a_full_stop_in_a_number_or_abbreviation_does_not_end_the_sentence_for_tense(text, expected):
    assert [f.date for f in extract(text, WEDNESDAY) if f.kind == "date"] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("The exemption will end on August 29, the agency said.", "2025-08-29"),          # trade
    ("The league's new season starts on September 12.", "2025-09-12"),               # sport
    ("The city is set to hold its mayoral election on November 4.", "2025-11-04"),   # politics
])
def test_a_day_told_in_the_future_lies_ahead_however_far(text, expected):
    assert [f.date for f in extract(text, WEDNESDAY) if f.kind == "date"] == [expected]


def test_a_day_far_ahead_told_in_the_past_or_without_tense_stays_last_years():
    assert [f.date for f in extract("The exemption ended on August 29.", WEDNESDAY)] == ["2024-08-29"]


@pytest.mark.parametrize("text", [
    "The team's payroll tops $300 million, the highest in the league.",    # sport
    "Attendance at the fair tops 50,000 for the first time.",              # local
    "The fund now tops 2 billion euros in assets.",                        # finance
])
def test_tops_before_an_amount_is_more_than(text):
    assert [f.qualifier for f in extract(text, PUBLISHED) if f.value and f.value > 100] == ["more_than"]


@pytest.mark.parametrize("text, value", [
    ("The museum reopens next spring after a six-month refit.", 6.0),              # culture
    ("The bridge will close for a two-year renovation.", 2.0),                     # transport
    ("The reactor needs a 40-day overhaul before it can restart.", 40.0),          # energy
])
def test_a_hyphened_duration_before_works_that_take_time_is_a_duration(text, value):
    assert [(f.kind, f.value) for f in extract(text, PUBLISHED) if f.kind == "duration"] == [("duration", value)]


# published on the 20th: a day of the month already past, told in the future, is next month's
TWENTIETH = date(2025, 1, 20)


@pytest.mark.parametrize("text, expected", [
    ("The museum reopens on the 15th with a new wing.", "2025-02-15"),          # culture
    ("The court will rule by the 10th, lawyers said.", "2025-02-10"),           # courts
    ("Ticket sales are set to open on the 3rd.", "2025-02-03"),                 # events
])
def test_a_day_of_the_month_already_past_told_in_the_future_is_next_months(text, expected):
    assert [f.date for f in extract(text, TWENTIETH) if f.kind == "date"] == [expected]


def test_a_day_of_the_month_told_in_the_past_stays_in_this_month():
    assert [f.date for f in extract("Sales peaked on the 12th.", TWENTIETH)] == ["2025-01-12"]


@pytest.mark.parametrize("text, value", [
    ("The yuan traded near a 16-month low against the dollar.", 16.0),     # currencies
    ("The chipmaker's stock hit a 52-week high on Tuesday.", 52.0),        # stocks
    ("Oil prices reached a two-year peak as supply tightened.", 2.0),      # commodities
])
def test_the_span_a_level_is_the_extreme_of_is_a_duration(text, value):
    assert [f.value for f in extract(text, PUBLISHED) if f.kind == "duration"] == [value]


@pytest.mark.parametrize("text, quote", [
    ("Only one person was hospitalized after the crash.", "one person"),                 # accidents
    ("Only one passenger — a 67-year-old man — needed treatment.", "one passenger"),     # transport
    ("The town has only one doctor for 4,000 residents.", "one doctor"),                 # health
])
def test_only_one_before_a_noun_is_a_count(text, quote):
    assert (quote, 1.0) in values(text)


@pytest.mark.parametrize("text", [
    "He was the only one to survive the crash.",
    "Only one of the bidders met the deadline.",
])
def test_the_only_one_and_only_one_of_are_no_counts(text):
    assert [v for _, v in values(text) if v == 1.0] == []


@pytest.mark.parametrize("text, direction", [
    ("Prices fell an average of 2.3% across the goods tracked.", "down"),      # inflation
    ("Rents rose by an average of 5 per cent in the capital.", "up"),          # housing
    ("Wages climbed an average of $1,200 over the year.", "up"),               # labour
])
def test_a_change_by_an_average_of_an_amount_keeps_its_direction(text, direction):
    assert [f.direction for f in extract(text, PUBLISHED) if f.value][:1] == [direction]


@pytest.mark.parametrize("text, expected", [
    ("Sunday, 19/01 — service begins to return for most users.", [("Sunday, 19/01", "2025-01-19")]),  # UK blog
    ("The band plays its last show on 24/01 in Leeds.", [("24/01", "2025-01-24")]),                   # culture
    ("Tuesday, 14/1: the app reaches No. 1 in the US.", [("Tuesday, 14/1", "2025-01-14")]),           # timeline
    ("On Monday 1/20, the order was signed.", [("Monday 1/20", "2025-01-20")]),                       # US style
])
def test_a_slashed_day_first_date_and_a_weekday_naming_a_slashed_date(text, expected):
    assert dates(text) == expected


def test_a_slashed_fraction_after_by_stays_a_fraction():
    assert [f.kind for f in extract("Prices were cut by 1/4 this year.", PUBLISHED)] == ["ratio", "year"]


def test_two_words_may_stand_between_a_month_and_its_noun():
    assert dates("The September natural gas contract rose 10 cents.") == [("September", "2024-09")]


@pytest.mark.parametrize("text, expected", [
    ("Net migration hit 728,000 in the year to June, officials said.", [("June", "2024-06")]),   # statistics
    ("Profits rose 8% in the three months to September.", [("September", "2024-09")]),          # earnings
    ("Retail sales grew 2% in the 12 months to November.", [("November", "2024-11")]),          # retail
])
def test_a_month_ending_a_period_after_to_is_a_date(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize("text, low, high, value", [
    ("Unemployment among 16-24 year olds rose to 14.8%.", 16.0, 24.0, None),   # labour
    ("In Scotland 16 year olds can vote in local elections.", None, None, 16.0),  # politics
    ("The survey asked 2,000 10 year olds about screen time.", None, None, 10.0),  # education
])
def test_year_olds_written_without_a_hyphen_are_ages(text, low, high, value):
    ages = [(f.low, f.high, f.value) for f in extract(text, PUBLISHED) if f.unit == "years old"]
    assert ages == [(low, high, value)]


def test_a_count_before_a_noun_whose_plural_is_the_same_stays_a_count():
    assert (100.0 in [v for _, v in values("The streamer has commissioned 100 series this year.")])


@pytest.mark.parametrize("text, expected", [
    ("He will speak about the December 12 attack at the rally.", "2024-12-12"),   # a past day named in a future clause
    ("Officials will review the August 29 order next week.", "2024-08-29"),
    ("The exemption expires August 29, the agency said.", "2025-08-29"),         # the verb's own time
])
def test_only_a_day_that_is_the_future_verbs_time_lies_far_ahead(text, expected):
    assert [f.date for f in extract(text, WEDNESDAY) if f.kind == "date"] == [expected]
