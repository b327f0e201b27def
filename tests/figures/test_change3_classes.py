"""Classes found with the third set of change sentences (`tests/figures/change_tuning3.txt`), each shown here
on sentences of our own from several kinds of story: "over" a count of sessions or seasons, or after a share
that changed, is the span of the change; "up to" is a cap except after a verb whose "up" moves it; a title-case
verb of change before a number names nothing; "axe" cuts; a signed amount in brackets after a price is a fall,
a negative level reached is none; a number word after a verb of change and "by" is the change; a fraction
before "below" or "above" is a share compared."""

from datetime import date

import pytest

from newsreport.figures.extractor import extract


def figure_at(text, anchor):
    position = text.index(anchor)
    return next((f for f in extract(text) if f.start <= position < f.end), None)


@pytest.mark.parametrize("text, anchor", [
    ("The miner's stock sank 23% over two sessions.", "two sessions"),                    # markets
    ("The striker scored 41 goals over three seasons at the club.", "three seasons"),     # sport
    ("Emissions dropped by nearly half over three decades.", "three decades"),            # climate
    ("Support for the party fell by a third over two years.", "two years"),               # politics
])
def test_over_a_span_after_a_change_is_the_span_not_more_than(text, anchor):
    assert figure_at(text, anchor).qualifier == "exact"


@pytest.mark.parametrize("text, anchor", [
    ("Fewer than one in five patients waited over 12 hours.", "12 hours"),   # a share of people accrues nothing
    ("The ceasefire has held for over two years.", "two years"),
])
def test_over_a_duration_with_no_amount_before_stays_more_than(text, anchor):
    assert figure_at(text, anchor).qualifier == "more_than"


@pytest.mark.parametrize("text, anchor", [
    ("Outages lasted up to three hours for some users.", "three hours"),            # tech
    ("Offenders could be fined up to $10,000 under the new law.", "$10,000"),      # politics
    ("The floods affected up to 2,000 homes in the valley.", "2,000"),              # disaster
    ("Patients waited up to 14 weeks for a scan.", "14 weeks"),                      # health
])
def test_up_to_after_a_verb_that_does_not_move_is_a_cap(text, anchor):
    assert figure_at(text, anchor).qualifier == "at_most"


@pytest.mark.parametrize("text, anchor", [
    ("Mortgage rates edged up to 7.1 per cent.", "7.1"),
    ("The forecast was revised up to 2.4%.", "2.4"),
    ("Petrol prices crept up to 150p a litre.", "150p"),
    ("The jobless rate ticked up to 4.3% in May.", "4.3"),
])
def test_up_to_after_a_verb_of_rising_is_the_level_reached(text, anchor):
    assert figure_at(text, anchor).qualifier == "exact"


@pytest.mark.parametrize("text, anchor, direction", [
    ("Sensex Sinks 900 Points As Banks Slide", "900", "down"),        # Indian markets headline
    ("Dow Drops 500 Points on Rate Fears", "500", "down"),              # US markets headline
    ("Carmaker Axes 2,000 Jobs In Europe", "2,000", "down"),           # company news
    ("Greens Gained 12 Seats In Council Vote", "12", "up"),            # politics
])
def test_a_title_case_verb_of_change_before_a_number_names_nothing(text, anchor, direction):
    figure = figure_at(text, anchor)
    assert figure is not None and figure.direction == direction


@pytest.mark.parametrize("text, anchor", [
    ("The steelmaker plans to axe 2,800 jobs.", "2,800"),       # industry
    ("The broadcaster axed 400 roles last year.", "400"),       # media
    ("The council is axing 120 posts to balance its books.", "120"),  # local government
])
def test_axe_cuts(text, anchor):
    assert figure_at(text, anchor).direction == "down"


@pytest.mark.parametrize("text, anchor, direction", [
    ("BT closed at 118.2p (-2.1p) after the results.", "-2.1p", "down"),           # UK markets
    ("Gold settled at $2,318 (-$14) in New York.", "-$14", "down"),                  # commodities
    ("Rolls-Royce 412.5p (+9.3p), BT 118.2p (-2.1p).", "+9.3p", "up"),
])
def test_a_signed_amount_in_brackets_after_a_price_is_a_change(text, anchor, direction):
    assert figure_at(text, anchor).direction == direction


@pytest.mark.parametrize("text, anchor", [
    ("Growth was revised down to -0.1% in the second estimate.", "-0.1%"),   # economy
    ("The yield stood at -0.4% for most of the year.", "-0.4%"),             # bonds
    ("Net migration fell to -2% of the population.", "-2%"),                 # demographics
    ("Temperatures in Oslo were (-5C) at dawn.", "-5C"),                     # a temperature in brackets
])
def test_a_negative_level_reached_or_held_is_no_change(text, anchor):
    assert figure_at(text, anchor).direction == ""


@pytest.mark.parametrize("text, anchor, value, direction", [
    ("The death toll rose by four to 27 on Friday.", "four", 4, "up"),            # disaster
    ("Labour's majority on the council was cut by three.", "three", 3, "down"),   # politics
    ("The squad was reduced by two after injuries.", "two", 2, "down"),           # sport
])
def test_a_number_word_after_a_verb_of_change_and_by_is_the_change(text, anchor, value, direction):
    figure = figure_at(text, anchor)
    assert figure.value == value and figure.direction == direction


def test_a_number_word_after_by_with_no_change_counts_nothing_alone():
    assert figure_at("The ranking was topped by three rivals in turn.", "three").unit == "rivals"


@pytest.mark.parametrize("text, anchor, value", [
    ("Bus passenger numbers are still a fifth below pre-pandemic levels.", "a fifth", 0.2),  # transport
    ("Fares are two-thirds above 2019 levels.", "two-thirds", 0.666666666666667),          # aviation
    ("Sales were a quarter lower in March than a year earlier.", "a quarter", 0.25),        # retail
])
def test_a_fraction_before_below_or_above_is_a_share_compared(text, anchor, value):
    figure = figure_at(text, anchor)
    assert figure.kind == "ratio" and abs(figure.value - value) < 1e-9 and figure.direction == ""


@pytest.mark.parametrize("text, anchor", [
    ("Subscribers rose by a million in a quarter.", "a million"),                 # tech
    ("The lender earned $2bn in a quarter for the first time.", "$2bn"),          # banking
    ("The club paid its captain £40,000 per quarter in image rights.", "£40,000"),  # sport
])
def test_a_quarter_after_a_word_of_time_is_a_period_not_a_share(text, anchor):
    assert all(f.kind != "ratio" for f in extract(text))
    assert figure_at(text, anchor) is not None


def test_in_a_quarter_of_is_still_a_share():
    figure = figure_at("Lessons were lost in a quarter of schools.", "a quarter")
    assert figure.kind == "ratio" and figure.value == 0.25


@pytest.mark.parametrize("text", [
    "The rate-setting committee split 6-3 in favour of a hold.",      # central bank
    "The Supreme Court was divided 5-4 on the question.",             # courts
    "The board split 7-2 on the takeover bid.",                       # business
])
def test_a_vote_split_counts_nothing(text):
    assert [f for f in extract(text) if f.kind not in ("date", "year")] == []


@pytest.mark.parametrize("text, shares", [
    ("The vote split 55-45 along party lines.", [55, 45]),            # politics
    ("The profits are divided 70-30 by the partners.", [70, 30]),  # business
])
def test_shares_of_a_split_after_its_verb_are_percents(text, shares):
    assert [(f.kind, f.value) for f in extract(text)] == [("percent", share) for share in shares]


@pytest.mark.parametrize("text, anchor, iso", [
    ("Inflation slowed in March, and the bank now expects it to peak in September.", "September", "2025-09"),
    ("Sales fell in March, and the company expects demand to recover in October.", "October", "2025-10"),
    ("Prices rose in April, but economists see rates falling in December.", "December", "2025-12"),
    ("Crowds fell in April, and organisers predict numbers to double in August.", "August", "2025-08"),
])
def test_a_month_after_a_verb_of_expecting_and_its_infinitive_lies_ahead(text, anchor, iso):
    position = text.index(anchor)
    figure = next(f for f in extract(text, date(2025, 5, 8)) if f.start <= position < f.end)
    assert figure.date == iso


@pytest.mark.parametrize("text, anchor", [
    ("The sugar tax will add 2p to the price of a can.", "2p"),                         # health policy
    ("The levy could add as much as £90 to the average energy bill.", "£90"),          # energy
    ("Tariffs may add 0.5 percentage points to inflation next year.", "0.5"),          # economy
    ("The new stand will add 8% to the club's ticket prices.", "8%"),                  # sport
])
def test_an_amount_added_to_a_level_is_a_rise(text, anchor):
    assert figure_at(text, anchor).direction == "up"


def test_add_before_a_count_alone_keeps_no_direction():
    assert figure_at("The firm will add 200 jobs at the plant.", "200").direction == ""


SUNDAY = date(2025, 3, 9)


@pytest.mark.parametrize("text, anchor, iso", [
    ("His side travel to Kingsbridge on Tuesday night.", "on Tuesday", "2025-03-11"),            # sport
    ("The rate-setting committee meets on Thursday to decide.", "on Thursday", "2025-03-13"),    # economy
    ("The two leaders meet in Geneva on Friday.", "on Friday", "2025-03-14"),                    # diplomacy
    ("Leeds host Burnley on Saturday evening.", "on Saturday", "2025-03-15"),                    # sport
    # the past forms tell the past, and a noun after a determiner nothing
    ("The side travelled to Leeds on Tuesday.", "on Tuesday", "2025-03-04"),
    ("Officials said a visit on Monday went well.", "on Monday", "2025-03-03"),
])
def test_a_fixture_or_meeting_told_in_the_present_lies_ahead(text, anchor, iso):
    position = text.index(anchor)
    figure = next(f for f in extract(text, SUNDAY) if f.start <= position < f.end)
    assert figure.date == iso


@pytest.mark.parametrize("text, anchor, value", [
    ("Waiting list falls for fourth month", "fourth month", 4),                    # health headline
    ("Stocks Rise For Third Day As Yields Ease", "Third Day", 3),                  # markets headline
    ("It is the fourth monthly fall in a row.", "fourth monthly fall", 4),         # statistics
    ("The index posted its fifth weekly gain.", "fifth weekly gain", 5),           # markets
    ("The central bank made its second cut this year.", "second cut", 2),          # economy
])
def test_an_ordinal_of_a_run_of_changes_is_an_ordinal(text, anchor, value):
    figure = figure_at(text, anchor)
    assert figure is not None and (figure.unit, figure.value) == ("ordinal", value)


def test_fall_alone_after_an_ordinal_may_be_autumn():
    assert [f for f in extract("It was their second fall in the mountains.") if f.unit == "ordinal"] == []


@pytest.mark.parametrize("text, anchor, value", [
    ("Ashford led through a 12th-minute penalty.", "12th", 12),                     # football
    ("He struck again in the third minute of stoppage time.", "third minute", 3),   # football
    ("The leader crashed on the fifth lap.", "fifth lap", 5),                       # motor racing
    ("She birdied the third hole to take the lead.", "third hole", 3),              # golf
])
def test_the_moment_of_a_game_is_an_ordinal(text, anchor, value):
    figure = figure_at(text, anchor)
    assert figure is not None and (figure.unit, figure.value) == ("ordinal", value)


@pytest.mark.parametrize("text, anchor, iso", [
    ("Long waits rose by nearly 10% on August.", "August", "2025-08"),          # health
    ("Retail sales were down 2% on March, the statistics office said.", "March", "2025-03"),  # economy
    ("Passenger numbers were flat on September.", "September", "2025-09"),     # transport
])
def test_a_month_after_a_british_on_of_comparison_is_a_date(text, anchor, iso):
    position = text.index(anchor)
    figure = next(f for f in extract(text, date(2025, 10, 9)) if f.start <= position < f.end)
    assert figure.date == iso


def test_on_may_may_be_a_person():
    assert [f for f in extract("Pressure on May grew after the vote.", date(2025, 10, 9)) if f.kind == "date"] == []


@pytest.mark.parametrize("text, anchor", [
    ("The league deducted six points from the club for late payments.", "six points"),   # sport
    ("Examiners will deduct 5% for every day a project is late.", "5%"),                   # education
    ("The regulator deducted £2m from the operator's payments.", "£2m"),                   # transport
])
def test_deduct_takes_away(text, anchor):
    assert figure_at(text, anchor).direction == "down"


THURSDAY = date(2025, 7, 17)


@pytest.mark.parametrize("text, anchor, iso", [
    ("Temperatures are forecast to climb to 34C in London on Saturday.", "on Saturday", "2025-07-19"),  # weather
    ("The storm is likely to make landfall on Friday.", "on Friday", "2025-07-18"),                    # disaster
    ("The bill is projected to clear the Senate on Monday.", "on Monday", "2025-07-21"),               # politics
    ("The champion is tipped to retain her title on Sunday.", "on Sunday", "2025-07-20"),              # sport
])
def test_a_forecast_told_with_its_infinitive_looks_ahead(text, anchor, iso):
    position = text.index(anchor)
    figure = next(f for f in extract(text, THURSDAY) if f.start <= position < f.end)
    assert figure.date == iso


@pytest.mark.parametrize("text, anchor, value", [
    ("Highlights\n- Net debt cut to £412m; leverage 1.3x\n- Dividend up 5%", "1.3x", 1.3),      # results
    ("Key numbers\n• Downloads grew 3x in a year\n• 40 countries", "3x", 3),                     # tech
    ("At a glance\n* Rents up 2.5x since 2010\n* Wages up 40%", "2.5x", 2.5),                    # housing
])
def test_a_multiple_in_a_bulleted_line_is_read(text, anchor, value):
    figure = figure_at(text, anchor)
    assert figure is not None and (figure.kind, figure.value) == ("multiple", value)


def test_a_speed_control_in_player_chrome_is_no_multiple():
    assert extract("Listen to this article 1x") == []
