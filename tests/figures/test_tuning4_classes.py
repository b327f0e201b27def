"""Classes found with the fourth tuning set (`tests/figures/unseen_tuning4/`, the thirteenth pass's second
figures helper: a live blog, a Q&A explainer, a numbered listicle, wire briefs, an earnings table written as
text, a Chinese platform, a trade-policy story, a market wrap, a feature with conversions) and probes in those
styles, each shown here on sentences of our own from several kinds of story: a fraction of a percent, a share
of a hundred or a thousand, quarters counted as periods, a share compared ("a quarter more"), the renminbi
written "Rmb", a weekday named by its trading session, a scheduled event with a short phrase before its
weekday, an unnamed speaker told with an of-phrase, ordinals of more repeated events, a guess ("maybe",
"perhaps") as a hedge, a number with a guess after it as a rough range, codes after "code", festivals named by
a date ("Double 11"), decimals spoken in words, "end-March", a month ending a span told in the present ("runs
until July"), a metric's acronym before its value ("EPS 48 cents"), and "today's vote", "so far today"."""

from datetime import date

import pytest

from newsreport.figures.extractor import extract

TUESDAY = date(2025, 3, 18)


def figures(text):
    return extract(text, TUESDAY)


def figure_at(text, anchor):
    position = text.index(anchor)
    return next((f for f in figures(text) if f.start <= position < f.end), None)


@pytest.mark.parametrize("text, anchor, value", [
    ("The index eased half a percent in late trade.", "half a percent", 0.5),                     # markets
    ("Turnout fell by half of one per cent in the northern wards.", "half of one per cent", 0.5),  # politics
    ("Inflation came in a quarter of a percent above the forecast.", "a quarter of a percent", 0.25),  # economy
])
def test_a_fraction_of_a_percent_is_a_percentage(text, anchor, value):
    figure = figure_at(text, anchor)
    assert figure.kind == "percent" and figure.value == pytest.approx(value)


def test_half_a_percentage_point_stays_points():
    figure = figure_at("The central bank raised rates by half a percentage point.", "half")
    assert figure.unit == "percentage points" and figure.value == 0.5


@pytest.mark.parametrize("text, anchor, value", [
    ("Fewer than one in a thousand parcels is opened at the border.", "one in a thousand", 0.001),  # trade
    ("About one in a hundred patients had a serious reaction.", "one in a hundred", 0.01),          # health
    ("Roughly one in 1,000 accounts was hit by the breach.", "one in 1,000", 0.001),                # tech
    ('Inspectors can check "fewer than one in a thousand" lorries.', "one in a thousand", 0.001),  # transport
])
def test_a_share_of_a_hundred_or_a_thousand_is_a_ratio(text, anchor, value):
    figure = figure_at(text, anchor)
    assert figure.kind == "ratio" and figure.value == pytest.approx(value)


@pytest.mark.parametrize("text, anchor, value", [
    ("The chipmaker has been profitable for the past six quarters.", "six quarters", 6),    # tech earnings
    ("Same-store sales have fallen for three quarters in a row.", "three quarters", 3),     # retail
    ("The airline expects losses over the next two quarters.", "two quarters", 2),         # travel
])
def test_quarters_counted_as_periods_are_a_count_not_a_share(text, anchor, value):
    figure = figure_at(text, anchor)
    assert figure.kind != "ratio" and figure.value == value


def test_three_quarters_of_a_group_stays_a_share():
    assert figure_at("Three quarters of voters backed the plan.", "Three").value == pytest.approx(0.75)


@pytest.mark.parametrize("text, anchor", [
    ("Britain imported roughly a quarter more parcels than two years earlier.", "a quarter"),  # trade
    ("Season tickets cost a quarter less than last year.", "a quarter"),                        # sport
    ("The clinic saw a quarter fewer patients in January.", "a quarter"),                       # health
])
def test_a_quarter_compared_is_a_share(text, anchor):
    figure = figure_at(text, anchor)
    assert figure.kind == "ratio" and figure.value == pytest.approx(0.25)


def test_a_quarter_as_a_period_before_a_comparative_is_no_share():
    assert all(f.kind != "ratio" for f in figures("Profit in a quarter more than doubled."))


@pytest.mark.parametrize("text, anchor, value", [
    ("The carmaker swung to a loss of Rmb430mn in the quarter.", "Rmb430mn", 430e6),           # cars
    ("The hospital chain raised Rmb 2.5bn in its listing.", "Rmb 2.5bn", 2.5e9),                # health
    ("A Shanghai court fined the streamer Rmb50,000 for the stunt.", "Rmb50,000", 50e3),         # media
])
def test_the_renminbi_written_rmb_is_yuan(text, anchor, value):
    figure = figure_at(text, anchor)
    assert figure.unit == "CNY" and figure.value == value


@pytest.mark.parametrize("text, anchor, iso", [
    ("The buyer will pay a premium of 38% to Friday's close.", "Friday", "2025-03-14"),          # deals
    ("Bitcoin could fall back below Monday's low, traders said.", "Monday", "2025-03-17"),       # crypto
    ("Oil will test Thursday's high if the talks fail.", "Thursday", "2025-03-13"),              # commodities
])
def test_a_weekday_named_by_its_trading_session_is_past(text, anchor, iso):
    assert figure_at(text, anchor).date == iso


def test_a_session_still_ahead_looks_ahead():
    assert figure_at("Traders are positioning ahead of Friday's close.", "Friday").date == "2025-03-21"


@pytest.mark.parametrize("text, anchor, iso", [
    ("The duty exemption ends for Chinese goods on Friday.", "on Friday", "2025-03-21"),         # trade
    ("The museum closes for repairs on Sunday.", "on Sunday", "2025-03-23"),                     # culture
    ("The strike begins across the rail network on Monday.", "on Monday", "2025-03-24"),         # transport
    ("The strike began across the rail network on Monday.", "on Monday", "2025-03-17"),          # told in the past
])
def test_a_scheduled_event_with_a_phrase_before_its_weekday_lies_ahead(text, anchor, iso):
    assert figure_at(text, anchor).date == iso


@pytest.mark.parametrize("text", [
    "One seller of phone cases told us her costs would triple.",                                # retail
    "One owner of a small bakery said flour prices had hit a record.",                          # food
    "One nurse at the city hospital said the wards were full.",                                 # health
    "One resident of the flooded village told reporters the water rose fast.",                  # disaster
])
def test_an_unnamed_speaker_told_with_an_of_phrase_is_no_count(text):
    assert all(f.value != 1 for f in figures(text))


@pytest.mark.parametrize("text, anchor, value", [
    ("Analysts expect a fourth increase before the summer.", "fourth", 4),                      # streaming prices
    ("The ministry filed its third such complaint with the WTO.", "third", 3),                  # trade
    ("The central bank delivered its second cut in three months.", "second", 2),               # economy
    ("It was the club's third takeover in a decade.", "third", 3),                              # sport
])
def test_ordinals_of_more_repeated_events_count_them(text, anchor, value):
    figure = figure_at(text, anchor)
    assert figure.unit == "ordinal" and figure.value == value


@pytest.mark.parametrize("text, anchor, value", [
    ('The founders had "maybe a dozen" users at first.', "a dozen", 12),                         # tech
    ("Perhaps 300 people were still missing after the landslide.", "300", 300),                 # disaster
    ("The ground held possibly 40,000 fans on the night.", "40,000", 40000),                    # sport
])
def test_a_guess_is_an_approximate_figure(text, anchor, value):
    figure = figure_at(text, anchor)
    assert figure.value == value and figure.qualifier == "approx"


@pytest.mark.parametrize("text, anchor, low, high", [
    ("The repairs will take two, maybe three days.", "two", 2, 3),                               # disaster
    ("Five, perhaps six, companies have bid for the licence.", "Five", 5, 6),                    # tech
    ("The flight was delayed by 4 or perhaps 5 hours.", "4", 4, 5),                              # travel
    ('The coach wants "twenty, maybe twenty-five" players in the squad.', "twenty", 20, 25),      # sport
])
def test_a_number_and_a_guess_after_it_are_a_rough_range(text, anchor, low, high):
    figure = figure_at(text, anchor)
    assert (figure.low, figure.high) == (low, high)


def test_a_list_with_a_comma_before_or_stays_apart():
    assert all(f.low is None for f in figures("Pick one, two, or three options; it costs 5, or 6 with tax."))


@pytest.mark.parametrize("text", [
    "Trousers under HS code 6204 face the new duty.",                                           # trade
    "Cars under tariff code 8703.23 were exempted.",                                             # cars
    "Homes in ZIP code 90210 and area code 212 got the mailer.",                                 # property
    "The app showed error code 403 to users in the region.",                                     # tech
])
def test_a_number_after_a_word_of_coding_is_a_code(text):
    assert figures(text) == []


@pytest.mark.parametrize("text", [
    "Sales during the 618 festival beat forecasts.",                                             # e-commerce
    "Parcel volumes peaked during Double 11, the courier said.",                                 # logistics
    "Phone makers cut prices ahead of 11.11, analysts said.",                                    # electronics
    "Its Double Twelve promotions were smaller.",                                                # retail
    'The fashion brand cut its prices for the "618" festival.',                                  # fashion
])
def test_chinas_shopping_festivals_named_by_a_date_count_nothing(text):
    assert figures(text) == []


@pytest.mark.parametrize("text, value", [
    ("Some 618 people attended the hearing.", 618),
    ("The store sold 618, more than a year before.", 618),
    ("The shares rose 11.11% on the day.", 11.11),
])
def test_the_same_numbers_elsewhere_still_count(text, value):
    assert any(f.value == value for f in figures(text))


@pytest.mark.parametrize("text, anchor, value", [
    ('"That is one point two billion people," the minister said.', "one point", 1.2e9),          # politics
    ("Inflation hit three point five percent, the governor told MPs.", "three point", 3.5),       # economy
    ('"Growth was twenty-two point seven per cent," the founder said.', "twenty-two", 22.7),      # tech
    ("The winner finished in nine point oh five seconds.", "nine point", 9.05),                   # sport
])
def test_a_decimal_spoken_in_words_is_one_number(text, anchor, value):
    assert figure_at(text, anchor).value == pytest.approx(value)


def test_a_point_in_a_game_is_no_decimal():
    assert [f.value for f in figures("He scored at that point two minutes later.")] == [2]


@pytest.mark.parametrize("text, anchor, iso", [
    ("Net debt stood at $3bn at end-2024, the lender said.", "end-2024", "2024-12"),              # banking
    ("Reservoirs were 40% full at end-February.", "end-February", "2025-02"),                    # drought
    ("The club hopes to sign him by end-June.", "end-June", "2025-06"),                         # sport
])
def test_end_and_a_month_or_year_joined_by_a_hyphen_is_a_date(text, anchor, iso):
    assert figure_at(text, anchor).date == iso


@pytest.mark.parametrize("text, anchor, iso", [
    ("The tariff pause lasts until July, officials say.", "July", "2025-07"),                    # trade
    ("The exhibition runs till December at the city museum.", "December", "2025-12"),            # culture
    ("The roadworks continue until September on the bypass.", "September", "2025-09"),           # transport
    ("The app was down until March, when it returned.", "March", "2025-03"),                     # told in the past
])
def test_a_span_told_in_the_present_runs_until_a_month_ahead(text, anchor, iso):
    assert figure_at(text, anchor).date == iso


@pytest.mark.parametrize("text, anchor, value", [
    ("EPS 48 cents, up from 41 cents a year earlier.", "48", 48),                                 # earnings
    ("The factory PMI rose to 51 in July.", "51", 51),                                            # economy
    ("The bank's NPS 62 score beat its rivals'.", "62", 62),                                      # banking
    ("EPS 4 cents in the quarter, the miner said.", "4", 4),                                      # mining
])
def test_a_metrics_acronym_before_a_number_gives_its_value(text, anchor, value):
    assert figure_at(text, anchor).value == value


def test_a_product_name_and_its_number_stay_a_name():
    assert figures("The iPhone 15 and the PS5 sold well.") == []


@pytest.mark.parametrize("text", [
    "Investors await today's vote in parliament.",                                               # politics
    "Shares rose in today's session after the jobs data.",                                       # markets
    "Analysts will watch today's launch event closely.",                                         # tech
    "Here is what we know so far today.",                                                        # live blog
])
def test_today_owning_an_event_or_so_far_is_the_day(text):
    assert figure_at(text, "today").date == "2025-03-18"


def test_today_owning_people_is_nowadays():
    assert figures("Many of today's teenagers never use email.") == []


@pytest.mark.parametrize("text, anchor", [
    ("Volumes were in the order of 3 million parcels a day.", "3 million"),                       # logistics
    ("Something like 2,000 police were on duty at the final.", "2,000"),                          # sport
    ("Repairs on the order of $5bn will be needed after the floods.", "$5bn"),                    # disaster
])
def test_an_order_of_size_is_approximate(text, anchor):
    assert figure_at(text, anchor).qualifier == "approx"
