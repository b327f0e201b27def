"""Relative days in articles without a publication date anchor to the article's own dates."""

from datetime import date, timedelta

import pandas as pd
import pytest

from newsreport.figures.dates import find_dates
from newsreport.figures.extractor import extract
from newsreport.figures.record import TABLE_COLUMNS
from newsreport.figures.relative_days import clause_tense, resolve_weekday
from newsreport.figures.years import infer_missing_years


def day_of(text, quote, published=None, span=None):
    """The ISO date and inference mark found for the date mention starting at `quote`."""
    start = text.index(quote)
    for mention in find_dates(text, published, span):
        if mention.start == start:
            return mention.iso, mention.inferred
    raise AssertionError(f"no date mention at {quote!r}")


@pytest.mark.parametrize("text, quote, iso", [
    # politics: the vote is dated; the meeting is in the past tense, so the Tuesday before it
    ("Parliament will vote on the budget on 12 June 2024. Ministers met on Tuesday to agree the final "
     "text.", "on Tuesday", "2024-06-11"),
    # markets: results are dated; a call in the future tense is the Monday after them
    ("Shares fell 4% after the results on October 30, 2024. The company will hold a call with "
     "investors on Monday.", "on Monday", "2024-11-04"),
    # sport: "since" counts back from the dated final
    ("The final was played on Sunday, May 25, 2025, in front of a full stadium. Fans had queued "
     "outside since Friday.", "since Friday", "2025-05-23"),
    # weather: no tense, so the Thursday nearest the dated warning
    ("Storm warnings covered the coast on January 8, 2025. Heavy snow is forecast for Thursday, "
     "according to the agency.", "Thursday", "2025-01-09"),
])
def test_weekdays_of_undated_articles_count_from_the_nearest_preceding_date(text, quote, iso):
    assert day_of(text, quote) == (iso, "article")


def test_a_relative_day_before_any_date_anchors_to_the_first_date_after_it():
    text = ("On Monday, the union said it had called off talks with the airline. The strike began on "
            "3 March 2025 and grounded 200 flights.")
    assert day_of(text, "On Monday") == ("2025-03-03", "article")


def test_the_nearest_preceding_date_wins_over_an_earlier_one():
    text = ("The factory was opened on April 2, 2019. It was flooded on September 14, 2023, and "
            "reopened on Friday.")
    # both told in the past: the Friday nearest the flood, the day after it (not a Friday of 2019)
    assert day_of(text, "on Friday") == ("2023-09-15", "article")


@pytest.mark.parametrize("text, quote, iso", [
    ("The law took effect on 1 July 2024. It was passed last year after a long debate.", "last year", "2023"),
    ("The merger closed on 2 January 2025. Analysts expect more deals this year.", "this year", "2025"),
])
def test_relative_years_of_undated_articles_take_the_anchor_year(text, quote, iso):
    assert day_of(text, quote) == (iso, "article")


def test_extract_stays_per_document_and_marks_article_inference():
    text = "The ban takes effect on January 19, 2025. The app topped the download chart on Tuesday."
    figure = [f for f in extract(text) if f.quote.endswith("Tuesday")][0]
    assert (figure.date, figure.date_inferred) == ("2025-01-14", "article")
    assert [f.date for f in extract(text, date(2025, 1, 22)) if f.quote.endswith("Tuesday")] == ["2025-01-21"]


def test_publication_date_beats_the_article_anchor():
    text = "Talks collapsed on March 1, 2024. The minister resigned on Friday."
    assert day_of(text, "on Friday", published=date(2024, 3, 20)) == ("2024-03-15", "")


@pytest.mark.parametrize("text, quote, span, iso", [
    # the article's own year-less date takes the corpus year, then anchors the weekday
    ("The deadline falls on January 19. The app came to the top of the chart on Tuesday.", "on Tuesday",
     (date(2025, 1, 15), date(2025, 1, 15)), "2025-01-14"),
    # no date in the article at all: the span's last day, counting back
    ("Service was restored late Saturday after an outage.", "late Saturday",
     (date(2025, 3, 1), date(2025, 3, 5)), "2025-03-01"),
    ("Officials will announce the results starting Monday.", "starting Monday",
     (date(2024, 7, 10), date(2024, 7, 10)), "2024-07-15"),
])
def test_the_corpus_span_is_the_last_resort(text, quote, span, iso):
    assert day_of(text, quote) == ("", "")  # the article alone cannot date it
    assert day_of(text, quote, span=span) == (iso, "corpus")
    rows = pd.DataFrame([{"doc": "a", "sentence_id": "a:s0", **vars(f)} for f in extract(text)],
                        columns=TABLE_COLUMNS)
    filled = infer_missing_years(rows, span, {"a": text})
    assert filled.loc[filled["quote"].str.contains(quote.split()[-1]), "date"].tolist() == [iso]


@pytest.mark.parametrize("text, count", [
    ("The retailer said Monday that sales rose 5%.", 1),
    ("Tuesday's vote is expected to be close.", 1),
    ("Black Friday sales rose 5%.", 0),
    ("The Sunday Times reported the deal.", 0),
    ("Stores now close on Sundays.", 0),
])
def test_bare_weekdays_are_days_but_not_in_names(text, count):
    assert len([m for m in find_dates(text, date(2025, 1, 15)) if m.precision == "day"]) == count


@pytest.mark.parametrize("text, quote, tense", [
    ("The app came to the top position on Tuesday.", "on Tuesday", "past"),
    ("The court is due to rule on Friday.", "on Friday", "future"),
    ("On Sunday, users were greeted with a message.", "On Sunday", "past"),
    ("The firm said on Monday it would appeal.", "on Monday", "past"),
    ("Markets are closed on Monday.", "on Monday", ""),
    # a scheduled event told in the present looks ahead (the cue once swallowed the day's "on")
    ("The China-based company reopens on Friday.", "on Friday", "future"),
    # a rule or price applying from a day is scheduled, whatever past participle follows in another clause
    ("The new prices apply to new customers from Monday, with existing subscribers moved across in April.", "from Monday", "future"),
    ("The cap applies from Friday, the regulator confirmed.", "from Friday", "future"),
    ("The rules applied from Monday until the court struck them down.", "from Monday", "past"),
])
def test_clause_tense(text, quote, tense):
    start = text.index(quote)
    assert clause_tense(text, start, start + len(quote)) == tense


def test_resolve_weekday_nearest_and_tense():
    sunday = date(2025, 1, 19)
    assert resolve_weekday("on", 1, sunday, "", "nearest") == "2025-01-21"
    assert resolve_weekday("on", 1, sunday, "past", "nearest") == "2025-01-14"
    assert resolve_weekday("on", 4, sunday, "future", "back") == "2025-01-24"
    assert resolve_weekday("last", 6, sunday, "future", "nearest") == "2025-01-12"


@pytest.mark.parametrize("text, quote, iso", [
    # rules told in the future bound the writing time from above: a past weekday is the one before
    ("The new rules will take effect on March 1, 2025. Regulators published the final draft on Tuesday.",
     "on Tuesday", "2025-02-25"),
    # a past event and a past weekday: the weekday nearest the event, here the day after it
    ("Trump was sworn in on January 20, 2025. He signed the first orders on Tuesday in the Oval Office.",
     "on Tuesday", "2025-01-21"),
    # a past event and a future weekday: the first such weekday after it
    ("The airline cancelled 300 flights on 9 February 2024. It will resume service on Monday.",
     "on Monday", "2024-02-12"),
    # a dateline has no verb: the writing time, so a past weekday lies before it
    ("LONDON, 14 November 2024\nThe central bank raised rates on Tuesday.", "on Tuesday", "2024-11-12"),
])
def test_weekdays_of_undated_articles_chain_tense_through_the_anchor(text, quote, iso):
    assert day_of(text, quote) == (iso, "article")


@pytest.mark.parametrize("text, quote, tense", [
    ("He will announce the decision on Monday, aides said.", "on Monday", "future"),
    ("Shares rose on Friday, and analysts expect more gains.", "on Friday", "past"),
    ("TikTok will go dark unless it is sold by January 19.", "January 19", "future"),
    ("The plant, which is owned by the state, reopens in May.", "May", ""),
])
def test_clause_tense_reads_the_own_clause_and_skips_passives(text, quote, tense):
    start = text.index(quote)
    assert clause_tense(text, start, start + len(quote)) == tense


@pytest.mark.parametrize("text, quote, iso", [
    ("Fares were cut on 2 May 2024 and go up again the upcoming Friday.", "upcoming Friday", "2024-05-03"),
    ("The mine flooded on June 5, 2023, a week after the previous Monday inspection.", "previous Monday",
     "2023-05-29"),
    ("Voting ends on October 8, 2024; turnout was low on the previous Sunday.", "previous Sunday", "2024-10-06"),
])
def test_previous_and_upcoming_are_lead_words(text, quote, iso):
    assert day_of(text, quote) == (iso, "article")


@pytest.mark.parametrize("text, quote, iso", [
    ("The ban takes effect on January 19, 2025. On Sunday, users found the app dark.", "On Sunday", "2025-01-19"),
    ("The summit opens on 3 June 2024. Leaders arrived on Monday amid tight security.", "on Monday", "2024-06-03"),
    ("Markets reopen on Jan. 6, 2025, after the holiday. Traders returned on Monday in force.", "on Monday",
     "2025-01-06"),
])
def test_the_anchors_own_weekday_is_the_anchors_day(text, quote, iso):
    assert day_of(text, quote) == (iso, "article")


@pytest.mark.parametrize("text, quote, iso", [
    ("The court heard the case on 10 January 2025. The app went dark late Saturday, hours before the ban "
     "took effect on January 19, 2025.", "late Saturday", "2025-01-18"),
    ("Results came on March 3, 2024. Shares fell on Friday, before a vote that will be held on March 12, 2024.",
     "on Friday", "2024-03-08"),
    ("Rain hit the city on 2 June 2023. Crews worked through Sunday, the day after the flood of 10 June 2023.",
     "Sunday", "2023-06-11"),
])
def test_an_anchor_in_the_same_sentence_comes_first(text, quote, iso):
    assert day_of(text, quote) == (iso, "article")


@pytest.mark.parametrize("text, quote, iso", [
    # background dates come first in the text; the weekday is near the latest date told in the past
    ("The tribunal heard the appeal on March 1, 2024. Dockers walked out early Saturday. The strike order "
     "took effect on March 10, 2024, as planned.", "early Saturday", "2024-03-09"),
    ("The law was signed on 2 April 2023. Crowds gathered outside parliament on Monday. The new rules came "
     "into force on 5 June 2024.", "on Monday", "2024-06-03"),
    ("The plant opened in a ceremony on March 3, 2021. Workers walked out on Thursday. The strike entered "
     "its second week on Oct. 16, 2024.", "on Thursday", "2024-10-17"),
])
def test_undated_articles_count_weekdays_from_their_latest_date_told_in_the_past(text, quote, iso):
    assert day_of(text, quote) == (iso, "article")


def test_a_date_told_in_the_future_does_not_stand_for_the_writing_time():
    text = ("Sales fell on 4 March 2025, the firm said. Staff were told on Wednesday. A vote will be held on "
            "30 April 2025.")
    assert day_of(text, "on Wednesday") == ("2025-03-05", "article")


@pytest.mark.parametrize("text, quote, tense", [
    ("Users have been leaving since the hearing on Jan 10.", "Jan 10", "past"),
    ("The fund has been growing since its launch in May.", "May", "past"),
    ("Prices have been falling since Friday, traders said.", "Friday", "past"),
])
def test_the_present_perfect_tells_the_past(text, quote, tense):
    start = text.index(quote)
    assert clause_tense(text, start, start + len(quote)) == tense


@pytest.mark.parametrize("text, quote, span, iso", [
    # a weekday with its day number anchors the article's other weekdays
    ("The plant shut down early Saturday. The new rules took effect on Sunday the 10th.", "early Saturday",
     (date(2024, 3, 5), date(2024, 3, 5)), "2024-03-09"),
    ("Talks broke down on Friday, the 8th. Unions had met on Tuesday.", "on Tuesday",
     (date(2024, 11, 1), date(2024, 11, 2)), "2024-11-05"),
    ("Dockers struck on Monday 3rd. Ships queued by Wednesday.", "by Wednesday",
     (date(2025, 3, 1), date(2025, 3, 1)), "2025-03-05"),
])
def test_a_weekday_with_its_day_number_anchors_an_undated_article(text, quote, span, iso):
    assert day_of(text, quote, span=span)[0] == iso


@pytest.mark.parametrize("text, quote, iso", [
    ("The tribunal heard the appeal on January 3. Dockers walked out early Saturday. The strike order took "
     "effect on January 12, as the law required.", "early Saturday", "2025-01-11"),
    ("Talks began on January 6. Negotiators walked out on Thursday. A deal was signed on January 17.",
     "on Thursday", "2025-01-16"),
    ("Flooding started on January 2. Roads reopened on Sunday. By January 14 the water had gone.",
     "on Sunday", "2025-01-12"),
])
def test_year_less_dates_of_an_undated_article_anchor_its_weekdays_at_the_corpus_level(text, quote, iso):
    rows = pd.DataFrame([{"doc": "a", "sentence_id": "a:s0", **vars(f)} for f in extract(text)],
                        columns=TABLE_COLUMNS)
    filled = infer_missing_years(rows, (date(2025, 1, 15), date(2025, 1, 15)), {"a": text})
    assert filled.loc[filled["quote"] == quote, "date"].tolist() == [iso]


@pytest.mark.parametrize("text, quote, span, iso", [
    # "the 19th" with no month named takes the corpus month, then anchors the weekdays
    ("The levy took effect on the 10th. The plant shut down early Saturday. By Sunday evening crews had left.",
     "early Saturday", (date(2024, 3, 5), date(2024, 3, 5)), "2024-03-09"),
    ("Polls close on the 8th. Candidates held rallies on Tuesday.", "on Tuesday",
     (date(2024, 11, 1), date(2024, 11, 3)), "2024-11-05"),
    ("Repairs will end by the 30th. Crews started work on Monday, the council said.", "on Monday",
     (date(2023, 6, 20), date(2023, 6, 26)), "2023-06-26"),
])
def test_a_day_number_dated_from_the_corpus_anchors_an_undated_article(text, quote, span, iso):
    assert day_of(text, quote, span=span)[0] == iso


def test_a_day_number_after_a_month_without_year_keeps_the_month():
    text = "Talks began on January 13 and must end by the 19th."
    assert day_of(text, "the 19th") == ("--01-19", "article")
    assert day_of(text, "the 19th", span=(date(2025, 1, 15), date(2025, 1, 15)))[0] == "2025-01-19"


def _corpus_rows(docs: dict[str, tuple[str, date | None]]) -> pd.DataFrame:
    rows = [{"doc": doc, "sentence_id": f"{doc}:s0", **vars(f)}
            for doc, (text, published) in docs.items() for f in extract(text, published)]
    return pd.DataFrame(rows, columns=TABLE_COLUMNS)


@pytest.mark.parametrize("dated, undated, expected", [
    # a port strike: the dated reports name the days; the undated one only says "Saturday", "Sunday", "Monday"
    ({"a": ("The strike starts on March 10, unions said.", date(2024, 3, 5)),
      "b": ("Ports closed on Saturday, March 9, a day before the strike on March 10.", date(2024, 3, 5)),
      "c": ("Talks resume on March 11. The strike begins March 10.", date(2024, 3, 5))},
     "The port shut early Saturday. By Sunday evening ships were waiting. On Monday the talks resumed.",
     {"early Saturday": "2024-03-09", "By Sunday": "2024-03-10", "On Monday": "2024-03-11"}),
    # a storm: the dated reports name the landfall day
    ({"a": ("Forecasters expect landfall on March 9 near the port.", date(2024, 3, 4)),
      "b": ("The storm will reach the coast on March 9, a Saturday.", date(2024, 3, 5))},
     "The storm made landfall on Saturday, flooding 300 homes.",
     {"on Saturday": "2024-03-09"}),
    # an election: the vote day is named in the dated reports
    ({"a": ("Voters go to the polls on Nov. 12.", date(2023, 11, 2)),
      "b": ("Polls open at 7 a.m. on November 12 and counting starts on November 13.", date(2023, 11, 3))},
     "Turnout was high on Sunday, and counting began on Monday.",
     {"on Sunday": "2023-11-12", "on Monday": "2023-11-13"}),
])
def test_undated_articles_naming_no_day_take_the_week_the_corpus_talks_about(dated, undated, expected):
    docs = {**dated, "u": (undated, None)}
    table = _corpus_rows(docs)
    span = (min(p for _, p in dated.values()), max(p for _, p in dated.values()))
    filled = infer_missing_years(table, span, {doc: text for doc, (text, _) in docs.items()})
    got = {row.quote: (row.date, row.date_inferred) for row in filled[filled["doc"] == "u"].itertuples()
           if row.kind == "date"}
    assert got == {quote: (iso, "corpus") for quote, iso in expected.items()}


def test_without_days_in_the_corpus_the_span_end_stays_the_reference():
    docs = {"a": ("Shares rose 4% in early trade.", date(2025, 3, 5)),
            "u": ("The strike ended on Monday after 12 days.", None)}
    filled = infer_missing_years(_corpus_rows(docs), (date(2025, 3, 5), date(2025, 3, 5)),
                                 {doc: text for doc, (text, _) in docs.items()})
    assert filled.loc[filled["quote"] == "on Monday", "date"].tolist() == ["2025-03-03"]


def test_a_corpus_naming_every_day_alike_moves_nothing():
    days = {f"d{n}": (f"Markets closed higher on January {n}, 2025.", date(2025, 1, n)) for n in range(2, 30)}
    docs = {**days, "u": ("The index fell on Monday.", None)}
    span = (date(2025, 1, 2), date(2025, 1, 29))
    filled = infer_missing_years(_corpus_rows(docs), span, {doc: text for doc, (text, _) in docs.items()})
    assert filled.loc[filled["quote"] == "on Monday", "date"].tolist() == ["2025-01-27"]


@pytest.mark.parametrize("text, quote, iso", [
    # the latest day told in the past stands for the writing time; the future counts on from it
    ("The port shut early Saturday. The minister said he will sign an order on Monday.", "on Monday",
     "2025-01-13"),
    ("Fans queued on Thursday. The band will play again on Saturday.", "on Saturday", "2025-01-11"),
    ("Shares slid on Monday, and the board will meet on Wednesday.", "on Wednesday", "2025-01-15"),
])
def test_an_undated_article_naming_no_day_counts_its_future_from_its_latest_past(text, quote, iso):
    assert day_of(text, quote, span=(date(2025, 1, 15), date(2025, 1, 15))) == (iso, "corpus")


def test_a_moved_week_keeps_the_future_after_the_writing_time():
    dated = {"a": ("The strike starts on March 10, unions said.", date(2024, 3, 5)),
             "b": ("Ports closed before the strike on March 10 and the talks on March 11.", date(2024, 3, 5))}
    undated = "The port shut early Saturday. By Sunday evening it was empty. The minister will sign an order on Monday."
    docs = {**dated, "u": (undated, None)}
    filled = infer_missing_years(_corpus_rows(docs), (date(2024, 3, 5), date(2024, 3, 5)),
                                 {doc: text for doc, (text, _) in docs.items()})
    got = {row.quote: row.date for row in filled[filled["doc"] == "u"].itertuples() if row.kind == "date"}
    assert got == {"early Saturday": "2024-03-09", "By Sunday": "2024-03-10", "on Monday": "2024-03-11"}


@pytest.mark.parametrize("stating, undated, quote, iso", [
    # the days are named by other undated articles, without a year
    (["The strike starts on March 10.", "Shippers rushed cargo out before March 10."],
     "Ports stopped on Sunday, and ships were stuck.", "on Sunday", "2024-03-10"),
    (["The final is on 9 March.", "Tickets for the March 9 final sold out."],
     "The match on Sunday drew a record crowd.", "on Sunday", "2025-03-09"),
    (["Polls close on Nov. 12 at 8 p.m.", "Counting starts the night of November 12."],
     "Turnout was high on Sunday.", "on Sunday", "2023-11-12"),
])
def test_days_other_articles_write_with_their_number_count_for_the_timeline(stating, undated, quote, iso):
    published = date.fromisoformat(iso) - timedelta(days=4)  # a dated report four days before the event
    docs = {"d": ("Markets were calm.", published),
            **{f"s{i}": (text, None) for i, text in enumerate(stating)}, "u": (undated, None)}
    filled = infer_missing_years(_corpus_rows(docs), (published, published),
                                 {doc: text for doc, (text, _) in docs.items()})
    assert filled.loc[(filled["doc"] == "u") & (filled["quote"] == quote), "date"].tolist() == [iso]


@pytest.mark.parametrize("text, quote, iso", [
    # retail: a slump since a dated day; the closure told by its weekday came after it
    ("Sales have slumped since March 3, 2025, when the recall began. The chain shut its flagship "
     "store on Friday.", "on Friday", "2025-03-07"),
    # transport: a strike running since a Monday; "on Monday" is the next Monday, not the first day
    ("Rail services have been cut since Monday, October 7, 2024. Unions met ministers on Monday "
     "and talks broke up without a deal.", "on Monday", "2024-10-14"),
    # technology: an outage since a dated day; the fix shipped days later
    ("Users have reported login failures since January 13, 2025. The company rolled out a fix "
     "late Saturday.", "late Saturday", "2025-01-18"),
])
def test_weekdays_of_undated_articles_fall_after_a_date_opened_by_since(text, quote, iso):
    assert day_of(text, quote) == (iso, "article")


@pytest.mark.parametrize("text, iso", [
    # a scheduled start or end told in the present, with a bare weekday, lies ahead
    ("The minister, whose term begins Monday, promised to review the ban.", "2025-06-16"),   # politics
    ("The exhibition opens Saturday at the city museum.", "2025-06-14"),                      # culture
    ("The public consultation closes Friday, officials said.", "2025-06-13"),                 # regulation
])
def test_a_scheduled_start_told_in_the_present_with_a_bare_weekday_is_ahead(text, iso):
    assert [f.date for f in extract(text, date(2025, 6, 11)) if f.kind == "date"] == [iso]


# A weekday placed by a short span from the day told just before it is dated from that day, and a
# deadline looks ahead only for its own clause: sentences of our own about an app shutdown, a strike,
# a storm and a court, written on the Monday after.
@pytest.mark.parametrize("text, days", [
    ("The app went offline late Saturday, hours before Sunday's deadline.", ["2025-01-18", "2025-01-19"]),
    ("The plant shut down on Saturday night, a day before the Sunday strike deadline.",
     ["2025-01-18", "2025-01-19"]),
    ("Crews restored power on Monday, hours after Sunday's storm.", ["2025-01-20", "2025-01-19"]),
    ("The court ruled on Friday, just before the Sunday cut-off, that the law stands.",
     ["2025-01-17", "2025-01-19"]),
])
def test_a_weekday_a_short_span_away_counts_from_the_day_before_it(text, days):

    assert [f.date for f in extract(text, date(2025, 1, 20)) if f.kind == "date"] == days


def test_a_deadline_ahead_of_the_writing_still_looks_ahead():

    text = "With Sunday's deadline looming, users are fleeing to the rival app."
    assert [f.date for f in extract(text, date(2025, 1, 16)) if f.kind == "date"] == ["2025-01-19"]


# "Today" inside a quotation is the day its words were said: at a rally, to reporters, in a speech
# (sentences of our own, written on the Monday after).
@pytest.mark.parametrize("text, quote, day", [
    ('At a rally on Sunday, the president said he would sign an order on Monday. "As of today, the app is '
     'back," he said.', "today", "2025-01-19"),
    ('"Today is a great day for our members," the union leader told reporters on Saturday.', "Today", "2025-01-18"),
    ('The minister spoke on Friday in Geneva. "Starting today, the border is open," she said.', "today",
     "2025-01-17"),
])
def test_a_quoted_today_is_the_day_the_words_were_said(text, quote, day):
    figure = next(f for f in extract(text, date(2025, 1, 20)) if f.quote.endswith(quote))
    assert figure.date == day


def test_today_outside_a_quotation_is_the_day_of_writing():
    figure = next(f for f in extract("The company said today that it would appeal.", date(2025, 1, 20)))
    assert figure.date == "2025-01-20"


def test_a_day_inside_what_was_said_does_not_date_the_quote():
    text = 'The bakery said it would reopen on Tuesday. "Today we are sad," a worker said.'
    figure = next(f for f in extract(text, date(2025, 1, 20)) if f.quote.lower().endswith("today"))
    assert figure.date == "2025-01-20"
