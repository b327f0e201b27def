"""Dates found in text and resolved to ISO strings, with or without a publication date."""

from datetime import date

import pytest

from newsreport.figures.dates import find_dates
from newsreport.figures.relative_days import resolve_weekday
from newsreport.figures.extractor import extract


def dates(text, published=None):
    return [(f.quote, f.date, f.date_inferred) for f in extract(text, published) if f.kind in ("date", "year")]


@pytest.mark.parametrize("text", [
    "Yesterday the app topped the charts.",
    "The company said on Monday it would appeal.",
    "Service returned late Saturday.",
])
def test_relative_days_without_publication_or_context_stay_unresolved(text):
    figure = next(f for f in extract(text) if f.kind == "date")
    assert figure.date == ""


@pytest.mark.parametrize("text, quote, iso", [
    ("Published Jan. 16, 2025. The ban starts on January 19.", "January 19", "2025-01-19"),
    ("On March 3, 2024 the deal closed; talks began February 20.", "February 20", "2024-02-20"),
    ("The report of 12 June 2023 said the plant shut on June 2.", "June 2", "2023-06-02"),
])
def test_year_of_an_undated_article_comes_from_its_own_dates(text, quote, iso):
    found = {q: (d, how) for q, d, how in dates(text)}
    assert found[quote] == (iso, "article")


@pytest.mark.parametrize("text", ["The ban starts on January 19.", "Talks resume March 3.", "It closed on 4 July."])
def test_month_and_day_alone_keep_the_year_open(text):
    assert dates(text)[0][1].startswith("--")


@pytest.mark.parametrize("text, published, iso", [
    # published on a Wednesday: "this" stays in that Monday-to-Sunday week
    ("TikTok could be banned this Sunday.", date(2025, 1, 15), "2025-01-19"),
    ("It became No. 1 this Monday.", date(2025, 1, 15), "2025-01-13"),
    ("Shops reopen this Friday.", date(2024, 6, 4), "2024-06-07"),
])
def test_this_weekday_is_in_the_week_of_publication(text, published, iso):
    assert [d for q, d, _ in dates(text, published) if "this" in q] == [iso]


@pytest.mark.parametrize("text, published, iso", [
    ("Users lose access starting Sunday.", date(2025, 1, 15), "2025-01-19"),
    ("Downloads doubled as of Monday morning.", date(2025, 1, 27), "2025-01-27"),
    ("The law came into effect late Saturday.", date(2025, 1, 20), "2025-01-18"),
    ("The ban will take effect on Sunday.", date(2025, 1, 16), "2025-01-19"),
])
def test_weekdays_after_a_lead_word(text, published, iso):
    assert dates(text, published)[0][1] == iso


@pytest.mark.parametrize("text, iso", [
    ("Users jumped 110% from January 24 to 25.", "2025-01-24/2025-01-25"),
    ("The fair runs Jan. 24-26 in Berlin.", "2025-01-24/2025-01-26"),
    ("Talks ran between March 3 and March 5.", "2025-03-03/2025-03-05"),
    # day first
    ("The app was offline on 18-19 January, the company said.", "2025-01-18/2025-01-19"),
    ("The summit runs from 3 to 5 March in Delhi.", "2025-03-03/2025-03-05"),
    ("Polls open on 18 and 19 January across the state.", "2025-01-18/2025-01-19"),
])
def test_spans_of_days_are_one_date_range(text, iso):
    figure = next(f for f in extract(text, date(2025, 4, 1)) if f.kind == "date")
    assert (figure.date, figure.qualifier) == (iso, "range")


@pytest.mark.parametrize("text, iso", [
    ("DeepSeek moved into the top spot on Sunday, January 26.", "2025-01-26"),
    ("The vote is on Monday, Feb. 3.", "2025-02-03"),
    ("Markets fell on Friday, January 31, 2025.", "2025-01-31"),
    # day before month, as British, Indian and much other English news writes it
    ("The ban began on Sunday 19 January 2025 at midnight.", "2025-01-19"),
    ("Talks resume on Monday 3rd February, officials said.", "2025-02-03"),
    ("The court sits on Friday, 31 January.", "2025-01-31"),
    ("Service stopped at midnight Sunday (January 26), users said.", "2025-01-26"),
])
def test_a_weekday_naming_its_date_is_one_date(text, iso):
    assert [d for _, d, _ in dates(text, date(2025, 2, 1))] == [iso]


@pytest.mark.parametrize("text, count", [
    ("China is the largest market for the app today.", 0),
    ("Mondays are quiet for stocks, but not today.", 0),
    ("As of today, the app is available again.", 1),
    ("Today, the company said it would comply.", 1),
    ("The regulator announced today that fines would rise.", 1),
    ("The court ruled today against the ban.", 1),
    ("Officials confirmed today that 40 flights were cancelled.", 1),
])
def test_today_is_a_date_only_as_a_day_of_the_story(text, count):
    assert len(dates(text, date(2025, 1, 19))) == count


@pytest.mark.parametrize("text, iso", [
    ("The law was passed last year.", "2024"),
    ("Sales should recover next year.", "2026"),
    ("The firm expects growth this year.", "2025"),
])
def test_relative_years_are_years(text, iso):
    figure = extract(text, date(2025, 5, 1))[0]
    assert (figure.kind, figure.date, figure.value) == ("year", iso, float(iso))


def test_resolve_weekday_directions():
    wednesday = date(2025, 1, 15)
    assert resolve_weekday("last", 4, wednesday) == "2025-01-10"
    assert resolve_weekday("next", 0, wednesday) == "2025-01-20"
    assert resolve_weekday("on", 2, wednesday) == "2025-01-15"
    assert find_dates("late Saturday", wednesday)[0].iso == "2025-01-11"


@pytest.mark.parametrize("text, quote, iso", [
    # labour: the month of the strike's start date
    ("The strike began on 13 January 2023. By the 19th, some 4,000 workers had joined.", "the 19th",
     "2023-01-19"),
    # elections: the month of the opening day
    ("Polls open on May 2, 2024 and close on the 5th.", "the 5th", "2024-05-05"),
    # markets: "Oct. 3" takes its year from the article, then "the 21st" its month
    ("Prices peaked on Oct. 3, 2022, before falling back by the 21st, traders said.", "the 21st",
     "2022-10-21"),
])
def test_a_day_named_by_its_number_takes_the_month_last_named(text, quote, iso):
    found = {text[m.start:m.end]: m.iso for m in find_dates(text)}
    assert found[quote] == iso


@pytest.mark.parametrize("text", [
    "The palace was built in the 19th century.",
    "The office moved to the 3rd floor on March 4, 2024.",
    "She went out after the 2nd round of the open on 8 June 2023.",
])
def test_ordinals_before_a_noun_are_not_days(text):
    assert not any(text[m.start:m.end].startswith("the ") for m in find_dates(text))


def test_a_day_number_without_a_named_month_takes_the_publication_month():
    assert [m.iso for m in find_dates("Payments resume on the 15th.", date(2025, 3, 10))] == ["2025-03-15"]
    # without a publication date it stays open for the corpus-level pass, which dates it from the span
    assert [m.iso for m in find_dates("Payments resume on the 15th.")] == [""]
    assert [m.iso for m in find_dates("Payments resume on the 15th.", None, (date(2025, 3, 2), date(2025, 3, 9)))] \
        == ["2025-03-15"]


@pytest.mark.parametrize("text, iso", [
    ("The filing is dated 2024-03-15 in the court record.", "2024-03-15"),  # ISO, as in documents
    ("The law took effect on 1/19/2025, the agency said.", "2025-01-19"),    # US order
    ("Polling closed on 28/06/2024 across the country.", "2024-06-28"),     # day first: 28 is no month
    ("The attacks of 9/11/01 changed air travel.", "2001-09-11"),           # a two-digit year
])
def test_numeric_dates(text, iso):
    assert [m.iso for m in find_dates(text)] == [iso]


@pytest.mark.parametrize("text", ["Prices rose 3/4 of a point.", "The score was 24/7 coverage.", "Version 1.2/3/4"])
def test_fractions_and_codes_are_not_numeric_dates(text):
    assert find_dates(text) == []


@pytest.mark.parametrize("text, iso", [
    ("On Jan.19 the ban began.", "2025-01-19"),
    ("Prices fell on Feb.3 after the report.", "2025-02-03"),
    ("By Dec.31, 2024, sales had doubled.", "2024-12-31"),
])
def test_an_abbreviated_month_may_touch_its_day(text, iso):
    assert [d for _, d, _ in dates(text, date(2025, 2, 1))] == [iso]



@pytest.mark.parametrize("text, years", [
    ("Sales rose 4% last year, the company said.", ["2024"]),
    ("Sales doubled over the past year, the company said.", []),     # twelve months back: a span
    ("In the last year, prices rose 9%.", []),
])
def test_the_past_year_is_a_span_not_a_calendar_year(text, years):
    assert [m.iso for m in find_dates(text, date(2025, 3, 1))] == years


@pytest.mark.parametrize("text, iso", [
    ("Die Frist endet am 19.01.2025, and the ministry confirmed it in English.", "2025-01-19"),  # German style
    ("The tender closed on 03.11.2023 after two extensions.", "2023-11-03"),                   # day.month.year
    ("Registration opened 2024/09/02 on the city's portal.", "2024-09-02"),                    # year first, slashes
    ("The ship left port on 7-Mar-2022 with 40 crew.", "2022-03-07"),                          # day-month name-year
])
def test_dotted_year_first_and_named_month_numeric_dates(text, iso):
    assert [m.iso for m in find_dates(text)] == [iso]


@pytest.mark.parametrize("text", ["Version 2.10.2024 fixed the bug.", "The index rose 1.5.2 points.",
                                  "Scores were 10.5, 12.3 and 9.8."])
def test_version_numbers_and_decimals_are_not_dotted_dates(text):
    assert all(m.precision != "day" for m in find_dates(text))


@pytest.mark.parametrize("text, published, iso", [
    # the month whose 19th is a Sunday, nearest the reference
    ("The levy took effect on Sunday the 10th, the agency said.", date(2024, 3, 13), "2024-03-10"),
    ("Ballots are due by Friday, the 8th, officials said.", date(2024, 11, 1), "2024-11-08"),
    ("The club last won on Saturday 30th, before the break.", date(2024, 4, 2), "2024-03-30"),
])
def test_a_weekday_with_a_day_number_is_one_date(text, published, iso):
    assert [m.iso for m in find_dates(text, published)] == [iso]


@pytest.mark.parametrize("text, iso", [
    ("Service resumed on 19-1-2025, the operator said.", "2025-01-19"),     # day first: 19 is no month
    ("The hearing is set for 03-14-2024 in the district court.", "2024-03-14"),  # US order
    ("Registration closed on 28-02-2023 at noon.", "2023-02-28"),
])
def test_dashed_dates_with_a_four_digit_year(text, iso):
    assert [m.iso for m in find_dates(text)] == [iso]
    assert [f.date for f in extract(text)] == [iso]  # not blocked as a digit code


@pytest.mark.parametrize("text, iso", [
    ("the exchange said trading would resume as of december 1, 2024.", "2024-12-01"),
    ("the notes, due nov. 15, 1999, were priced at par.", "1999-11-15"),
    ("the option can be exercised after jan. 1, 1990 at 900 francs a share.", "1990-01-01"),
])
def test_a_lower_cased_month_and_day_is_a_date(text, iso):
    assert [f.date for f in extract(text) if f.kind == "date"] == [iso]
    assert not any(f.kind == "count" and f.value in (1, 15) for f in extract(text))


@pytest.mark.parametrize("text", [
    "prices may 5 times exceed the estimate.",
    "protesters march 20 miles to the capital.",
    "the june 5% coupon was cut.",
])
def test_a_lower_cased_verb_or_a_rate_after_a_month_is_no_date(text):
    assert not any(f.kind == "date" for f in extract(text))


@pytest.mark.parametrize("text, quote, iso", [
    # technology: a launch told in the past, before the publication month
    ("The messaging app launched in November and now has 2 million users.", "November", "2024-11"),
    # politics: a law that will take effect, after the publication month
    ("The rule will take effect in February, officials said.", "February", "2026-02"),
    # markets: a part of a month and a month after "last"
    ("Shares peaked in mid-January and have fallen since last April's highs.", "mid-January", "2025-01"),
    ("Lawmakers passed the bill last April.", "last April", "2024-04"),
])
def test_a_month_named_without_a_year_takes_it_from_the_publication_date(text, quote, iso):
    figure = next(f for f in extract(text, date(2025, 3, 10)) if f.quote == quote)
    assert (figure.kind, figure.date) == ("date", iso)


@pytest.mark.parametrize("text", [
    "Prices may rise again.",
    "Protesters will march on the capital.",
    "In January 2025 the app had 5 million users; by May 3 it had 7 million.",
])
def test_a_verb_or_a_month_with_its_day_or_year_is_no_bare_month(text):
    assert not any(f.kind == "date" and len(f.date) == 7 and f.quote in ("May", "January", "March")
                   for f in extract(text, date(2025, 3, 10)))


def test_a_bare_month_in_an_undated_article_takes_the_article_year():
    figures = extract("The court ruled on January 10, 2025. The ban was lifted in March.")
    assert next(f for f in figures if f.quote == "March").date == "2025-03"


@pytest.mark.parametrize("text, quote, iso", [
    ("The law was signed in April after months of debate.", "April", "2024-04"),
    ("The festival will return in April with a bigger stage.", "April", "2025-04"),
    ("Prices started climbing in mid-January, traders said.", "mid-January", "2025-01"),
])
def test_a_bare_month_in_an_undated_article_takes_its_year_from_the_corpus_span_and_tense(text, quote, iso):
    span = (date(2025, 1, 14), date(2025, 1, 20))
    mention = next(m for m in find_dates(text, None, span) if text[m.start:m.end] == quote)
    assert (mention.iso, mention.inferred) == (iso, "corpus")


@pytest.mark.parametrize("text, iso", [
    # a slashed month and day after a word of time, its year from the publication date
    ("The app went dark on 1/18 and returned the next afternoon.", "2025-01-18"),       # app outage
    ("Early voting runs until 2/28 at most polling places.", "2025-02-28"),             # elections
    ("The court's deadline was 1/19, and the company missed it.", "2025-01-19"),        # court
    ("Doors open Sat. 3/15 for the spring sale.", "2025-03-15"),                        # retail
])
def test_a_slashed_month_and_day_after_a_word_of_time_is_a_date(text, iso):
    assert [f.date for f in extract(text, date(2025, 1, 21)) if f.kind == "date"] == [iso]


@pytest.mark.parametrize("text, value", [
    ("Costs were cut by 1/4 last year.", 0.25),
    ("On 1/3 of the farms surveyed, yields fell.", 1 / 3),
    ("The share of renters was 1/5 of the total.", 0.2),
])
def test_a_fraction_after_the_same_words_stays_a_fraction(text, value):
    assert [round(f.value, 4) for f in extract(text, date(2025, 1, 21)) if f.kind == "ratio"] == [round(value, 4)]


@pytest.mark.parametrize("text, iso", [
    ("The ban was set to begin on January the 19th.", "2025-01-19"),        # app ban
    ("Voters go to the polls on March the 9th.", "2025-03-09"),             # elections
    ("The festival opens on June the 14th, 2025.", "2025-06-14"),           # culture
])
def test_a_month_then_the_day_as_an_ordinal_is_a_date(text, iso):
    assert [f.date for f in extract(text, date(2025, 1, 12)) if f.kind == "date"] == [iso]


@pytest.mark.parametrize("text, iso", [
    ("BEIJING, JAN 19 (Reuters) - The app climbed the charts again.", "2025-01-19"),      # wire dateline
    ("UPDATED JANUARY 20, 2025 AT 9:15 AM", "2025-01-20"),                                # page stamp
    ("NEW YORK (AP) — On FEB. 3, the tariffs took effect.", "2025-02-03"),                # wire
])
def test_a_month_in_capitals_with_its_day_is_a_date(text, iso):
    assert [f.date for f in extract(text, date(2025, 2, 4)) if f.kind == "date"] == [iso]


def test_may_in_capitals_stays_a_verb():
    assert [f.kind for f in extract("THE APP MAY 5 TIMES OUTGROW ITS RIVAL", date(2025, 2, 4))] == ["multiple"]


@pytest.mark.parametrize("text, isos", [
    # a month coordinated with a month just read, or ending a span of months
    ("Downloads rose steadily between March and May, the data firm said.", ["2024-03", "2024-05"]),   # apps
    ("From June to August, food prices fell in most regions.", ["2024-06", "2024-08"]),               # economy
    ("The outbreak grew in October, November and December.", ["2024-10", "2024-11", "2024-12"]),      # health
])
def test_months_coordinated_with_a_month_are_dates(text, isos):
    assert [f.date for f in extract(text, date(2025, 1, 21)) if f.kind == "date"] == isos


@pytest.mark.parametrize("text", [
    "Trump and May met in London to discuss trade.",
    "She met June and April at the cafe on the corner.",
])
def test_names_that_are_months_stay_names(text):
    assert [f for f in extract(text, date(2025, 1, 21)) if f.kind == "date"] == []


# A month in which a past event happened lies behind the publication date, even the month after it:
# sentences of our own from trade, jobs, retail and travel stories, written in January.
@pytest.mark.parametrize("text, month", [
    ("Exports fell 3% in February, the ministry said.", "2024-02"),
    ("Unemployment dropped to 3.9% in March from 4.1% in February.", "2024-02"),
    ("Store traffic slumped in February as storms hit the Midwest.", "2024-02"),
    ("The airline carried 9 million passengers during February, a record for the month.", "2024-02"),
])
def test_a_past_event_in_a_month_lies_behind_the_publication_date(text, month):
    dates = [f.date for f in extract(text, date(2025, 1, 16)) if f.kind == "date" and "Feb" in f.quote]
    assert dates == [month]


def test_a_month_a_schedule_starts_from_may_lie_ahead_in_the_past_tense():
    text = "Ministers agreed to cut the quota from February."
    assert [f.date for f in extract(text, date(2025, 1, 16)) if f.kind == "date"] == ["2025-02"]


# A comma between month and year after a word of time, as many outlets write it: a month, not a bare
# year. Sentences of our own from politics, tech and retail stories.
@pytest.mark.parametrize("text, quote, iso", [
    ("Congress passed the law with bipartisan support in April, 2024.", "April, 2024", "2024-04"),
    ("The platform has grown steadily since January, 2023, the company said.", "January, 2023", "2023-01"),
    ("Sales fell 8% in the quarter ended in December, 2024.", "December, 2024", "2024-12"),
])
def test_a_month_and_year_joined_by_a_comma_is_a_month(text, quote, iso):
    assert [(f.quote, f.date) for f in extract(text, date(2025, 1, 16)) if f.kind == "date"] == [(quote, iso)]


def test_a_name_before_a_year_is_no_month():
    text = "Prime Minister Theresa May, 2019's most embattled leader, resigned."
    assert [f.kind for f in extract(text, date(2025, 1, 16))] == ["year"]


# A start or end scheduled in the present before a date lies ahead: offers, seasons, consultations.
@pytest.mark.parametrize("text, iso", [
    ("The trade-in offer ends Dec. 31.", "2025-12-31"),
    ("The baseball season starts March 27, the league said.", "2025-03-27"),
    ("The consultation closes Nov. 30 and the rules take effect next year.", "2025-11-30"),
])
def test_a_start_or_end_told_in_the_present_before_a_date_lies_ahead(text, iso):
    assert [f.date for f in extract(text, date(2025, 1, 16)) if f.kind == "date"] == [iso]


def test_a_past_opening_before_a_date_stays_behind():
    assert [f.date for f in extract("The store opened Dec. 2 to long lines.", date(2025, 1, 16))] == ["2024-12-02"]


# "That same year" after "last year" names the year "last year" resolved to, as after a written year:
# sentences of our own from lobbying, sport and farming stories.
@pytest.mark.parametrize("text, year", [
    ("Last year, the company spent $40 million on lobbying. That same year it hired 1,200 staff in Texas.", "2024"),
    ("The club was relegated last year. The following year it hopes to return.", "2025"),
    ("Farm incomes fell last year, and that same year two mills closed.", "2024"),
])
def test_an_anaphoric_year_after_last_year_counts_from_it(text, year):
    anaphoric = [f for f in extract(text, date(2025, 1, 16)) if f.kind == "year" and "year" in f.quote
                 and not f.quote.lower().startswith("last")]
    assert [f.date for f in anaphoric] == [year]


def test_an_anaphoric_year_in_an_undated_article_follows_its_last_year(tmp_path):
    from newsreport.corpus.loader import load_corpus
    from newsreport.figures.extractor import figures_table

    (tmp_path / "a.txt").write_text("---\ntitle: A\npublished: 2025-03-10\n---\nThe app was banned on Sunday.\n")
    (tmp_path / "b.txt").write_text("---\ntitle: B\n---\nThe app went dark on Friday night.\n\n"
                                    "Last year, its owner spent $40 million on lobbying. That same year it hired "
                                    "1,200 staff.\n")
    table = figures_table(load_corpus(tmp_path))
    assert table.loc[table["quote"] == "That same year", "date"].tolist() == ["2024"]


# A month compared with the month just named is the one before it (sentences of our own from factory,
# retail and jobs reports, written in January).
@pytest.mark.parametrize("text, months", [
    ("Factory output rose in February from January, the data showed.", ["2024-02", "2024-01"]),
    ("Retail sales rose 0.4% in December from November.", ["2024-12", "2024-11"]),
    ("The jobless rate was 4.1% in March, up from 3.9% in February.", ["2024-03", "2024-02"]),
])
def test_a_month_compared_with_the_month_before_it_is_earlier(text, months):
    assert [f.date for f in extract(text, date(2025, 1, 16)) if f.kind == "date"] == months


def test_a_span_of_months_keeps_its_order():
    assert [f.date for f in extract("Sales ran from October to December.", date(2025, 1, 16))] == ["2024-10", "2024-12"]


# "That year" after a sentence that sets its year against an earlier level ("up from $5.3 billion in 2018",
# "compared with 2.1 million in 2022") names the sentence's own year, not the earlier level's: sentences of our own
# from trade, retail and banking stories.
@pytest.mark.parametrize("text, year", [
    ("In 2023, Chinese exports of small parcels reached $66 billion, up from $5.3 billion in 2018. That year, over "
     "1 billion parcels entered U.S. customs.", "2023"),
    ("Sales hit 3 million cars in 2024, compared with 2.1 million in 2022. That same year, it opened 40 stores.", "2024"),
    ("Its profit rose to $3.1 billion in 2021, up from $2.2 billion in 2020. That year, the bank hired 900 people.", "2021"),
])
def test_that_year_is_not_the_year_of_an_earlier_level(text, year):
    anaphoric = [f for f in extract(text, date(2025, 1, 16)) if f.kind == "year" and f.quote.lower().startswith("that")]
    assert [f.date for f in anaphoric] == [year]


# In an undated article, "today" counts from the latest date it tells in the past, not from a later date it gives
# with no tense (a plan in a list: "- Permanent repeal: the act eliminates the exemption on July 1, 2027"): sentences
# of our own from a customs story and an app story.
@pytest.mark.parametrize("body, today", [
    ("On July 30, 2025, the president signed an order suspending the exemption.\n\n"
     "- Permanent repeal: the act eliminates the exemption on July 1, 2027\n\n"
     "Parcel volumes have jumped from 220 million in 2016 to over a billion today.", "2025-07-30"),
    ("The regulator cleared the app on March 3, 2026.\n\n"
     "- Final phase: the rule covers every app on June 1, 2029\n\n"
     "Downloads have climbed from 5 million in 2021 to nearly a billion today.", "2026-03-03"),
])
def test_today_in_an_undated_article_counts_from_its_latest_past_date(tmp_path, body, today):
    from newsreport.corpus.loader import load_corpus
    from newsreport.figures.extractor import figures_table

    (tmp_path / "a.txt").write_text("---\ntitle: A\npublished: 2025-03-10\n---\nThe app was banned on Sunday.\n")
    (tmp_path / "b.txt").write_text(f"---\ntitle: B\n---\n{body}\n")
    table = figures_table(load_corpus(tmp_path))
    assert table.loc[(table["quote"] == "today") & table["doc"].str.startswith("b"), "date"].tolist() == [today]


# A day said in relation to now after a count ("rose to 31 yesterday", "40,000 today") is no unit of the count: the
# count is bare, and the day is a date of its own. Sentences of our own from a fire, a transit story and an election.
@pytest.mark.parametrize("text, count", [
    ("The death toll from Thursday's fire rose to 31 yesterday.", "31"),
    ("Ridership on the new tram line is 40,000 today.", "40,000"),
    ("Turnout had reached 1.2 million tonight, the commission said.", "1.2 million"),
])
def test_a_day_after_a_count_is_not_its_unit(text, count):
    counts = [f for f in extract(text, date(2025, 1, 16)) if f.kind == "count"]
    assert [(f.quote, f.unit) for f in counts] == [(count, "")]
