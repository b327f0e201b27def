"""A wire dateline dates an undated article: its day is the day of filing, so the article's weekdays,
"yesterday" and bare months count from it as from a publication date. Texts of our own (trade,
weather, elections, tech, sport)."""

from datetime import date

import pytest

from newsreport.figures.dates import find_dates
from newsreport.figures.extractor import extract

SPAN = (date(2024, 11, 20), date(2025, 4, 8))


def resolved(text: str, span=SPAN) -> dict[str, str]:
    return {text[m.start:m.end]: m.iso for m in find_dates(text, None, span)}


@pytest.mark.parametrize("text, quote, iso", [
    # the weekday told in the past is the one before the filing day, not the one nearest a later date
    ("ROTTERDAM, Feb 12 (Wire) - Port volumes fell again. Dock workers walked out on Friday and will "
     "return on Feb 17 if talks go well.", "on Friday", "2025-02-07"),
    ("MANILA, March 3 — The typhoon made landfall on Saturday. Schools stay shut until March 6.",
     "on Saturday", "2025-03-01"),
    ("BEIJING/WASHINGTON, Jan 15 (Wire) - The app said it had hired moderators. The court heard "
     "arguments on Friday and will rule before Jan 19.", "on Friday", "2025-01-10"),
    # told in the future, the weekday comes after the filing day
    ("NAIROBI, Dec. 2 (Wire) - Voters will go to the polls on Thursday, officials said.", "on Thursday",
     "2024-12-05"),
])
def test_a_dateline_dates_the_weekdays(text, quote, iso):
    assert resolved(text)[quote] == iso


def test_a_dateline_dates_a_bare_month_by_its_tense():
    text = ("SEOUL, Jan 14 (Wire) - The chat app's owner said on Tuesday that it had cut 200 jobs. "
            "The layoffs began in November, and a new office will open in May.")
    found = resolved(text)
    assert (found["on Tuesday"], found["November"], found["May"]) == ("2025-01-14", "2024-11", "2025-05")


def test_a_dateline_with_its_year_dates_the_article_without_a_corpus():
    text = "LONDON, March 4, 2025 (Wire) - The striker scored twice on Sunday in a 3-1 win."
    days = {f.quote: (f.date, f.date_inferred) for f in extract(text) if f.kind == "date"}
    assert days["on Sunday"] == ("2025-03-02", "article")


@pytest.mark.parametrize("text", [
    "The mayor, speaking on Jan 15 - a Wednesday - said the bridge would reopen on Friday.",  # no place
    "Shares rose.\nFebruary 3 - a date to remember, on Friday the market fell.",  # no place before it
])
def test_a_date_that_opens_no_dateline_dates_nothing_more(text):
    assert resolved(text, None).get("on Friday", "") == ""


@pytest.mark.parametrize("text, quote, iso", [
    ("What happens to the video app on Sunday? Here is what we know.", "on Sunday", "2025-01-19"),
    ("Does the new bus timetable start on Monday?", "on Monday", "2025-01-20"),
    ("Can the striking dockers reach a deal by Saturday?", "by Saturday", "2025-01-18"),
    ("What happened to the market on Monday?", "on Monday", "2025-01-13"),  # told in the past
])
def test_a_question_in_the_present_asks_about_a_day_to_come(text, quote, iso):
    days = {f.quote: f.date for f in extract(text, date(2025, 1, 17)) if f.kind == "date"}
    assert days[quote] == iso


@pytest.mark.parametrize("text, quote, iso", [
    ("Few analysts expect the chip rally to last beyond March.", "March", "2025-03"),       # markets
    ("The rail strike could drag on into April, union leaders warned.", "April", "2025-04"),  # labour
    ("Food prices should ease toward September, the central bank said.", "September", "2025-09"),  # economy
    ("The ferry service ran into November before the cuts.", "November", "2024-11"),  # told in the past
])
def test_a_month_after_beyond_into_or_toward_and_a_modal_looks_ahead(text, quote, iso):
    days = {f.quote: f.date for f in extract(text, date(2025, 1, 22)) if f.kind == "date"}
    assert days[quote] == iso


@pytest.mark.parametrize("text, quote, iso", [
    ("Staff can keep working if the ban takes effect, according to a memo seen Wednesday.", "Wednesday",
     "2025-01-15"),                                                                      # tech
    ("The rebels will attend talks, according to a letter sent Tuesday and shown Wednesday.", "Wednesday",
     "2025-01-15"),                                                                      # conflict
    ("The merger will close in March, according to terms first written Monday.", "Monday", "2025-01-13"),  # business
])
def test_an_irregular_participle_tells_the_past(text, quote, iso):
    days = {f.quote.split()[-1]: f.date for f in extract(text, date(2025, 1, 16)) if f.kind == "date"}
    assert days[quote] == iso


@pytest.mark.parametrize("text, quote, iso", [
    ("Users rushed to save their videos before the Sunday cutoff.", "Sunday", "2025-01-19"),        # apps
    ("Shoppers queued for hours before the Saturday cut-off for orders.", "Saturday", "2025-01-18"),  # retail
    ("Applicants raced to file papers ahead of Monday's cutoff.", "Monday", "2025-01-20"),           # public services
])
def test_a_cutoff_lies_ahead_like_a_deadline(text, quote, iso):
    days = {f.quote.split()[-1]: f.date for f in extract(text, date(2025, 1, 17)) if f.kind == "date"}
    assert days[quote] == iso
