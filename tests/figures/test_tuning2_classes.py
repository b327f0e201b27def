"""Classes found with the second tuning set (`tests/figures/unseen_tuning2/`: a wire story, a UK tabloid, an
Indian business daily, an Australian market wrap, sport results, election night, a cyclone, a health study, a
phone launch, an explainer), each shown here on sentences of our own from several kinds of story: a scheduled
event told in the present before a weekday looks ahead, "last year's" names a year, a tied score counts nothing,
counts whose verb is left out in a list, places told with their field ("fifth worldwide"), a "victory" counted
off, and the span a thing has lasted ("a 42-year history")."""

from datetime import date

import pytest

from newsreport.figures.extractor import extract

WEDNESDAY = date(2025, 9, 10)


def figures(text):
    return extract(text, WEDNESDAY)


def figure_at(text, anchor):
    position = text.index(anchor)
    return next((f for f in figures(text) if f.start <= position < f.end), None)


@pytest.mark.parametrize("text, anchor, iso", [
    ("The city's new toll starts on Monday, officials said.", "on Monday", "2025-09-15"),       # transport
    ("Early voting begins on Saturday in three counties.", "on Saturday", "2025-09-13"),        # politics
    ("Pre-orders open on Friday and the handset ships a week later.", "on Friday", "2025-09-12"),  # tech
    ("Schools reopen on Monday after the floods.", "on Monday", "2025-09-15"),                  # disaster
    ("Polls close on Thursday at 10pm.", "on Thursday", "2025-09-11"),                          # election
    # a verb of being before the adjective tells a past state, and a past verb the past
    ("The shops were open on Sunday despite the storm.", "on Sunday", "2025-09-07"),
    ("The museum opened on Sunday to long queues.", "on Sunday", "2025-09-07"),
])
def test_a_scheduled_event_told_in_the_present_before_a_weekday_lies_ahead(text, anchor, iso):
    assert figure_at(text, anchor).date == iso


@pytest.mark.parametrize("text, anchor, year", [
    ("The turnout beat last year's election by four points.", "last year", 2024),        # politics
    ("Growers expect this year's harvest to be the smallest in a decade.", "this year", 2025),  # farming
    ("Next year's World Cup will be played in three countries.", "Next year", 2026),      # sport
    ("The phone is brighter than last year's model.", "last year", 2024),                 # tech
])
def test_a_relative_year_before_a_possessive_is_a_year(text, anchor, year):
    figure = figure_at(text, anchor)
    assert (figure.kind, figure.value) == ("year", year)


@pytest.mark.parametrize("text", [
    "Rovers were held 2-2 at home by the bottom club.",                 # football
    "The sides were level at 1-1 at the break.",                    # ice hockey
    "The game was tied 89-89 with a minute left.",                       # basketball
])
def test_a_tied_score_counts_nothing(text):
    assert [f for f in figures(text) if f.kind == "count"] == []


@pytest.mark.parametrize("text, values", [
    ("Labour won 21, the Conservatives 9 and the Greens 6.", [21, 9, 6]),            # election
    ("Okafor scored 24 points, Mills 18 and Duarte 11.", [24, 18, 11]),                # basketball
    ("The hosts won 12 medals, Kenya 9 and Ethiopia 7.", [12, 9, 7]),                  # athletics
    ("Acme shipped 40 units, Borex 25 and Civa 10 in the quarter.", [40, 25, 10]),    # business
])
def test_counts_whose_verb_is_left_out_in_a_list_are_counts(text, values):
    assert [f.value for f in figures(text) if f.kind in ("count", "other")] == values


@pytest.mark.parametrize("text", [
    "Reviewers compared the iPhone 15, Galaxy 24 and Pixel 9.",       # names with numbers, no count before
    "The vote was 5, Mars 2 said.",                                   # the list does not go on
])
def test_a_number_of_a_name_after_a_list_comma_stays_a_name(text):
    assert [f.value for f in figures(text) if f.kind == "count" and f.value in (24, 9, 2)] == []


@pytest.mark.parametrize("text, anchor, rank", [
    ("Nexa sold 41 million phones, putting it fifth worldwide.", "fifth", 5),         # tech
    ("The country now ranks third globally in solar output.", "third", 3),          # energy
    ("She finished 12th overall after the final stage.", "12th", 12),                # cycling
    ("The university placed second nationally for research.", "second", 2),          # education
])
def test_a_place_told_with_its_field_is_a_rank(text, anchor, rank):
    figure = figure_at(text, anchor)
    assert (figure.kind, figure.value) == ("rank", rank)


def test_an_ordinal_before_a_field_word_used_as_an_adjective_is_no_rank():
    assert figures("It was the band's first worldwide tour.") == []


@pytest.mark.parametrize("text, anchor, value", [
    ("It was their fifth victory in six matches.", "fifth", 5),                       # football
    ("The ruling is the firm's second victory in court this year.", "second", 2),    # legal
    ("The party is chasing a fourth victory at the polls.", "fourth", 4),            # politics
])
def test_a_victory_counted_off_is_an_ordinal(text, anchor, value):
    figure = figure_at(text, anchor)
    assert (figure.unit, figure.value) == ("ordinal", value)


@pytest.mark.parametrize("text, anchor, value, unit", [
    ("It was the second-fastest time in the race's 42-year history.", "42-year", 42, "years"),   # sport
    ("She retired after a 20-year career at the bank.", "20-year", 20, "years"),                 # business
    ("The king's 30-year reign ended in 1995.", "30-year", 30, "years"),                         # politics
    ("The band returns after a 10-year absence.", "10-year", 10, "years"),                       # music
])
def test_the_span_a_thing_has_lasted_is_a_duration(text, anchor, value, unit):
    figure = figure_at(text, anchor)
    assert (figure.kind, figure.value, figure.unit) == ("duration", value, unit)


@pytest.mark.parametrize("text, anchor, value", [
    ("Twelve people were hurt in the crash, with two in critical condition.", "two", 2),      # accident
    ("The party won 14 seats, with three going to independents.", "three", 3),                 # election
    ("The storm killed 30 people, with five still missing.", "five", 5),                       # disaster
    ("Of the 40 flights, 12 were cancelled and nine delayed.", "nine", 9),                     # travel
])
def test_a_number_word_whose_noun_is_left_out_counts_when_its_state_is_told(text, anchor, value):
    figure = figure_at(text, anchor)
    assert (figure.kind, figure.value) == ("count", value)


@pytest.mark.parametrize("text", [
    "The bottom three all lost on Saturday.",          # a place in a table, no state told
    "The minister met the three at the palace on Friday.",         # a group named before, no state told
])
def test_a_bare_number_word_without_a_state_still_counts_nothing(text):
    assert [f for f in figures(text) if f.kind == "count"] == []


@pytest.mark.parametrize("text, number", [
    ("The top 10 apps took 41% of all downloads in week 3 of January.", "3"),       # app charts
    ("Round 2 of March's talks ended without a deal.", "2"),                        # politics
    ("On day 5 of the strike, 2,000 workers marched.", "5"),                        # labour
    ("Stage 4 of June's race finished in the rain.", "4"),                          # cycling
])
def test_the_number_of_a_labelled_week_day_or_round_is_no_date_or_count(text, number):
    position = text.index(f" {number} ") + 1
    assert [f for f in figures(text) if f.start <= position < f.end] == []


@pytest.mark.parametrize("text, anchor, value", [
    ("The Conservatives lost 11 seats and gained two.", "two", 2),                  # election
    ("The club signed three players and sold two.", "two", 2),                      # football
    ("The chain opened 12 stores in March and closed four, it said.", "four", 4),  # retail
])
def test_a_number_word_after_a_verb_of_gain_or_loss_counts_the_noun_just_counted(text, anchor, value):
    figure = figure_at(text, anchor)
    assert (figure.kind, figure.value) == ("count", value)


def test_a_number_word_after_a_verb_counts_nothing_without_a_count_before():
    assert figures("She won two.") == []


@pytest.mark.parametrize("text, anchor", [
    ("Rainfall totals climbed past 400mm in some areas.", "400mm"),               # weather
    ("Bitcoin pushed past $100,000 for the first time.", "$100,000"),              # crypto
    ("The index rose past 8,000 points on Friday.", "8,000"),                      # markets
])
def test_past_a_mark_after_a_verb_of_rising_is_more_than(text, anchor):
    assert figure_at(text, anchor).qualifier == "more_than"


def test_past_after_other_verbs_is_no_bound():
    assert figure_at("He walked past 3 shops on the way.", "3").qualifier == "exact"
