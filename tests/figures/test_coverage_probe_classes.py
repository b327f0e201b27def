"""Classes found by probing with sentences of our own written like coverage of an app surge or ban
(and, for each class, sentences from other kinds of story): a cut-off of a ranking before a word of
time or place, hyphened "one-in-three" shares, age groups named by their noun, a glued "m" before
people named by their place, and the last or final quarter of a year written."""

from datetime import date

import pytest

from newsreport.figures.extractor import extract

PUBLISHED = date(2025, 1, 16)


def figure_at(text, quote_start):
    return next(f for f in extract(text, PUBLISHED) if f.start <= text.index(quote_start) < f.end)


@pytest.mark.parametrize("text, anchor, rank", [
    ("The app was #1 in its category and in the top 5 overall by Tuesday.", "5 overall", 5),
    ("The single dropped out of the top 100 by Friday, its label said.", "100 by", 100),
    ("The thriller stayed in the top 10 behind two holdover hits for a third weekend.", "10 behind", 10),
    ("Three of its campuses rank in the top 50 worldwide, the survey found.", "50 worldwide", 50),
])
def test_the_cut_off_of_a_ranking_before_a_word_of_time_or_place_is_a_rank(text, anchor, rank):
    figure = figure_at(text, anchor)
    assert (figure.kind, figure.value) == ("rank", rank)


@pytest.mark.parametrize("text, anchor, share, qualifier", [
    ("One-in-three new users posted within their first day on the app.", "One-in", 1 / 3, "exact"),
    ("Roughly one-in-five adults under 30 said they had tried the rival service.", "one-in", 0.2, "approx"),
    ("Forecasters give the storm a one-in-four chance of making landfall.", "one-in", 0.25, "exact"),
    ("Nearly two-out-of-three voters backed the measure, exit polls showed.", "two-out", 2 / 3, "approx"),
])
def test_a_hyphened_one_in_three_is_a_share(text, anchor, share, qualifier):
    figure = figure_at(text, anchor)
    assert figure.kind == "ratio" and figure.value == pytest.approx(share) and figure.qualifier == qualifier


def test_a_hyphened_return_period_is_no_share():
    text = "Planners call it a 1-in-100-year flood."
    assert not [f for f in extract(text, PUBLISHED) if f.kind == "ratio"]


@pytest.mark.parametrize("text, anchor, low, high", [
    ("The 18-24 age group accounts for 42% of its users.", "18-24", 18, 24),
    ("Among the 25-34 age bracket, weekly usage rose 12%.", "25-34", 25, 34),
    ("Those in the 18-to-29 demographic were the most likely to switch banks.", "18-to", 18, 29),
    ("Vaccination rates in the 65-74 cohort reached 81%, health officials said.", "65-74", 65, 74),
])
def test_an_age_group_named_by_its_noun_is_a_range_of_ages(text, anchor, low, high):
    figure = figure_at(text, anchor)
    assert (figure.unit, figure.low, figure.high, figure.qualifier) == ("years old", low, high, "range")


@pytest.mark.parametrize("text, anchor, value", [
    ("Within 48 hours, 1m+ Americans had signed up for the app.", "1m", 1e6),
    ("The city of 9m Londoners relies on the Tube every day.", "9m", 9e6),
    ("About 40m Nigerians still lack access to grid electricity.", "40m", 40e6),
])
def test_a_glued_m_before_people_named_by_their_place_is_a_million(text, anchor, value):
    figure = figure_at(text, anchor)
    assert (figure.kind, figure.value) == ("count", value)


def test_a_glued_m_before_a_word_of_size_stays_metres():
    figures = extract("The tower is 300m tall and the pool is 50m long.", PUBLISHED)
    assert [(f.value, f.unit) for f in figures] == [(300, "metres"), (50, "metres")]


@pytest.mark.parametrize("text, value, period", [
    ("The app's share of time spent fell from 12% to 9% in the last quarter of 2024.", 9, "2024-Q4"),
    ("Shipments rose 7% in the final quarter of 2023, the research firm said on Monday.", 7, "2023-Q4"),
    ("The lender's bad loans climbed to $3 billion in the last quarter of 2022.", 3e9, "2022-Q4"),
])
def test_the_last_quarter_of_a_year_written_is_its_fourth(text, value, period):
    assert next(f.period for f in extract(text, PUBLISHED) if f.value == value) == period


def test_a_final_quarter_without_a_year_is_no_calendar_quarter():
    text = "The Celtics scored 38 points in the final quarter."
    assert next(f.period for f in extract(text, PUBLISHED) if f.value == 38) == "2025-01"


@pytest.mark.parametrize("body, quote, day", [
    ("When Pingo went dark on February 2, 2025, sophomore Ellie Park, 19, downloaded Chirp within an hour.\n\n"
     "By Wednesday, she was back on Pingo.\n", "By Wednesday", "2025-02-05"),
    ("After the levy took effect on March 3, 2025, importers rushed to reroute shipments.\n\n"
     "On Thursday, the first rerouted containers reached Rotterdam.\n", "On Thursday", "2025-03-06"),
    ("The film festival opened on Friday, June 6, 2025 with 40 films.\n\n"
     "On Sunday, its box office passed $2 million.\n", "On Sunday", "2025-06-08"),
])
def test_an_undated_article_counts_its_weekdays_from_the_events_it_tells(tmp_path, body, quote, day):
    # the date in the opening sentence is an event's, not a dateline: the weekdays after it count
    # from it as the article's own date, not back from it as from a publication date
    from newsreport.corpus.loader import load_corpus
    from newsreport.figures.extractor import figures_table

    (tmp_path / "story.txt").write_text("---\ntitle: A story\n---\n" + body, encoding="utf-8")
    table = figures_table(load_corpus(tmp_path))
    assert table.loc[table["quote"] == quote, "date"].tolist() == [day]
