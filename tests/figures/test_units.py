"""What a number measures: units glued or spaced, counted nouns, ages and durations."""

import pytest

from newsreport.figures.extractor import extract


def numbers(text):
    return [f for f in extract(text) if f.kind not in ("date", "year", "rank")]


def only_number(text):
    found = numbers(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text, value, unit", [
    ("The chip runs at 2.4GHz.", 2.4, "gigahertz"),
    ("The phone ships with 8GB of memory.", 8, "gigabytes"),
    ("The route is 100km long.", 100, "kilometres"),
])
def test_units_glued_to_numbers(text, value, unit):
    figure = numbers(text)[0]
    assert (figure.value, figure.unit) == (value, unit)


@pytest.mark.parametrize("text", [
    "Imports were 25k cheaper than a year ago.",
    "The index's 500 fell in line.",
    "Only 3 sold before noon.",
])
def test_comparatives_and_verbs_are_not_counted_nouns(text):
    assert all(f.unit in ("", "%") for f in numbers(text))


@pytest.mark.parametrize("text, age", [
    ("Dana Lee, 44, said the app changed her business.", 44),
    ("The founder, Marco Ortiz, 67, who started the firm, retired.", 67),
    ("Priya Natarajan, 29, a nurse in Ohio, joined in January.", 29),
    # British papers put the age in parentheses
    ("Jane Smith (44) said the app was fun.", 44),
    ("Shop owner Amira Khan (31) left the platform.", 31),
    ("Users aged between 18 and 24 joined first.", None),
    # a person named by a noun
    ("The star, 81, was taken to hospital on Sunday.", 81),
    ("The driver, 52, who was unhurt, spoke to police.", 52),
    ("Her grandmother, 97, still votes in every election.", 97),
])
def test_ages_in_apposition(text, age):
    figure = numbers(text)[0]
    assert (figure.value, figure.unit) == (age, "years old")


@pytest.mark.parametrize("text", [
    "Apple (2) and Google (3) led the list.",      # one-word names: list references, not ages
    "Tom Lee (right) said 5 users left.",
    "She is in her 30s and he is in his 40s.",     # a decade of life counts nothing
    "Its index, 81, was flat on the day.",          # a thing, not a person
])
def test_numbers_that_are_no_ages(text):
    assert all(f.unit != "years old" for f in numbers(text))
    assert not any(f.value in (30, 40) for f in numbers(text))


@pytest.mark.parametrize("text, value, unit", [
    ("Trump promised a 90-day pause on the ban.", 90, "days"),
    ("Regulators gave the firm a ten-day window to respond.", 10, "days"),
    ("The 14-hour outage frustrated users.", 14, "hours"),
    ("Congress approved a 75-day extension.", 75, "days"),
])
def test_hyphened_durations_of_time_spans_are_figures(text, value, unit):
    figure = numbers(text)[0]
    assert (figure.kind, figure.value, figure.unit) == ("duration", value, unit)


@pytest.mark.parametrize("text, kept", [
    ("She won a five-year $700,000 grant.", [700000]),
    ("The state signed a two-month contract for 3,000 tests a day.", [3000]),
    ("The airline cut its three-year growth forecast to 4%.", [4]),
])
def test_hyphened_terms_of_things_are_not_durations(text, kept):
    assert [f.value for f in numbers(text)] == kept


@pytest.mark.parametrize("text, values, unit", [
    ("The range has four-, five- and six-cylinder engines.", [4, 5, 6], "cylinder"),
    ("The tower offers two- and three-bedroom flats.", [2, 3], "bedroom"),
    ("Buyers choose 16- or 32-inch screens.", [16, 32], "inch"),
])
def test_suspended_hyphens_share_the_last_noun(text, values, unit):
    found = numbers(text)
    assert [f.value for f in found] == values and found[0].unit == unit


@pytest.mark.parametrize("text, value", [
    ("Coins of 2 € and 1 € were withdrawn.", 2),
    ("Tickets cost 250€ each in Paris.", 250),
    ("Fuel rose to 1,85 € a litre, officials said.", 1.85),   # a decimal comma, as written in Europe
])
def test_a_euro_sign_after_the_amount(text, value):
    money = [f for f in extract(text) if f.kind == "money"]
    assert (money[0].value, money[0].unit) == (value, "EUR")


# A comma before one digit is a decimal comma (South African and continental style); no digit grouping has
# groups of one, so thousands ("1,250") and lakh groups ("12,34,567") read as before.
@pytest.mark.parametrize("text, value, unit", [
    ("The municipality said the dams stood at 18,4% this week.", 18.4, "%"),
    ("The metro, home to about 1,2 million people, includes Gqeberha.", 1_200_000, "people"),
    ("Inflation eased to 2,3 per cent in March, Statistics Netherlands said.", 2.3, "%"),
    ("Turnover rose to 1,250 units, and the board approved 12,34,567 shares.", 1250, "units"),
])
def test_a_comma_before_one_digit_is_a_decimal_comma(text, value, unit):
    figure = extract(text)[0]
    assert (figure.value, figure.unit) == (value, unit)


@pytest.mark.parametrize("text, value", [
    ("Temperatures hit 35° in Madrid.", 35),
    ("The pilot made a 180° turn over the bay.", 180),
    ("The ramp rises at 12 ° to the street.", 12),
])
def test_a_degree_sign_is_degrees(text, value):
    figure = next(f for f in extract(text) if f.value == value)
    assert figure.unit == "degrees"


@pytest.mark.parametrize("text, value", [
    ("The US imposed a 10-percent tariff on steel.", 10),
    ("Unions won a 4-per-cent raise this year.", 4),
    ("A 25-percent stake changed hands.", 25),
])
def test_a_hyphened_percent_before_a_noun(text, value):
    figure = next(f for f in extract(text) if f.value == value)
    assert (figure.kind, figure.unit) == ("percent", "%")


@pytest.mark.parametrize("text, value, unit", [
    ("Canada minted a one-dollar coin to replace the note.", 1, "USD"),
    ("A five-dollar bill was found in the wreck.", 5, "USD"),
    ("The 100-euro note is rarely seen.", 100, "EUR"),
])
def test_a_currency_hyphened_to_its_amount(text, value, unit):
    money = [f for f in extract(text) if f.kind == "money"]
    assert [(f.value, f.unit) for f in money] == [(value, unit)]


@pytest.mark.parametrize("text, value", [
    ("A magnitude-7.1 earthquake struck off the coast.", 7.1),
    ("A magnitude 6.2 quake hit the island overnight.", 6.2),
    ("The tremor had a magnitude of 5.8, the agency said.", 5.8),
])
def test_an_earthquake_magnitude(text, value):
    figure = only_number(text)
    assert (figure.value, figure.unit) == (value, "magnitude")


@pytest.mark.parametrize("text, value, unit", [
    ("The bill passed after a 14-hour debate in the chamber.", 14, "hours"),
    ("Rescuers ended a 36-hour search for the climbers.", 36, "hours"),
    ("Nurses began a three-day strike over pay.", 3, "days"),
])
def test_hyphened_durations_of_activities_are_figures(text, value, unit):
    figure = only_number(text)
    assert (figure.kind, figure.value, figure.unit) == ("duration", value, unit)


@pytest.mark.parametrize("text, value, unit", [
    ("In a 20-minute video posted to her account, the creator explained why she left.", 20, "minutes"),  # app
    ("The senator delivered a 45-minute speech on the Senate floor.", 45, "minutes"),                   # politics
    ("The leaders held a 90-minute phone call on the trade dispute.", 90, "minutes"),                   # diplomacy
    ("Fans streamed the band's two-hour set from the festival.", 2, "hours"),                            # culture
])
def test_hyphened_durations_of_things_watched_or_held_are_figures(text, value, unit):
    figure = only_number(text)
    assert (figure.kind, figure.value, figure.unit) == ("duration", value, unit)


@pytest.mark.parametrize("text", [
    "The city signed a five-year contract with the operator.",
    "She took out a 30-year mortgage on the flat.",
    "The agency sold 10-year bonds at auction.",
])
def test_the_term_of_a_thing_is_still_no_duration(text):
    assert not [f for f in extract(text) if f.kind == "duration"]


@pytest.mark.parametrize("text, value", [
    ("The app was downloaded 2.6 million times in a week.", 2.6e6),
    ("The clip was viewed 300 times before it was removed.", 300),
    ("He has been arrested five times since 2019.", 5),
])
def test_times_after_a_verb_of_occurrence_count_occurrences(text, value):
    figure = only_number(text)
    assert (figure.kind, figure.value, figure.unit) == ("count", value, "times")


@pytest.mark.parametrize("text, value", [
    ("Sales were 20 times higher than a year ago.", 20),
    ("The new plant is 3 times the size of the old one.", 3),
    ("The tool was used 40 times more often than planned.", 40),
])
def test_times_that_compare_are_multiples(text, value):
    figure = only_number(text)
    assert (figure.kind, figure.value) == ("multiple", value)


@pytest.mark.parametrize("text, value, unit", [
    ("The lab trained the model on 2,048 Nvidia H800 chips.", 2048.0, "chips"),
    ("The carrier ordered 40 Airbus A321neo jets last year.", 40.0, "jets"),
    ("The shop sold 300 Galaxy S24 phones in a week.", 300.0, "phones"),
])
def test_a_model_name_between_a_number_and_its_noun_keeps_the_noun(text, value, unit):
    assert [(f.value, f.unit) for f in extract(text) if f.kind == "count"] == [(value, unit)]


@pytest.mark.parametrize("text, value", [
    ("The dealer sold 20 Tesla cars in March.", 20.0),
    ("The airline grounded 12 Boeing jets.", 12.0),
    ("Police said 3 Honda motorcycles were stolen.", 3.0),
])
def test_a_brand_before_a_plural_noun_is_counted_not_a_model_name(text, value):
    assert [f.value for f in extract(text) if f.kind == "count"] == [value]


@pytest.mark.parametrize("text, value, unit", [
    ("Revenue hit 1.2 trillion won last year.", 1.2e12, "KRW"),
    ("The startup raised 50 billion won from investors.", 5e10, "KRW"),
    ("The bank set aside 300 million won, or about $220,000.", 3e8, "KRW"),
])
def test_won_after_a_scaled_amount_is_the_korean_currency(text, value, unit):
    figure = next(f for f in extract(text) if f.value == value)
    assert (figure.kind, figure.unit) == ("money", unit)


def test_won_as_a_verb_after_a_count_is_no_currency():
    figure = next(f for f in extract("Some 2 million won the lottery over the years."))
    assert figure.kind == "count"


@pytest.mark.parametrize("text, value", [
    ("The firm has a market cap of $3.4T.", 3.4e12),
    ("Its debt tops €1.1T, the report said.", 1.1e12),
    ("Analysts value the sector at US$2T.", 2e12),
])
def test_t_after_a_currency_amount_is_trillions(text, value):
    assert [f.value for f in extract(text) if f.kind == "money"] == [value]


@pytest.mark.parametrize("text, value, unit", [
    ("The cell stores 18 Wh and the pack 2 kWh.", 18.0, "watt hours"),
    ("Pressure fell to 950 hPa as the storm deepened.", 950.0, "hectopascals"),
    ("Emissions reached 37 Gt of carbon dioxide last year.", 37.0, "gigatonnes"),
    ("Winds hit 80 knots off the coast.", 80.0, "knots"),
])
def test_energy_pressure_mass_and_speed_units(text, value, unit):
    assert (value, unit) in [(f.value, f.unit) for f in extract(text)]


@pytest.mark.parametrize("text, value, unit", [
    ("The coolant runs at about 20 °C (293.15K) in the loop.", 293.15, "kelvin"),
    ("The probe cooled to 2.7K, near the temperature of space.", 2.7, "kelvin"),
    ("The account has 1.5K followers and growing.", 1500.0, "followers"),
])
def test_a_decimal_glued_to_k_is_kelvin_only_near_a_temperature(text, value, unit):
    assert (value, unit) in [(f.value, f.unit) for f in extract(text)]


@pytest.mark.parametrize("text, value, currency", [
    ("The ticket cost 4 dollars 25 cents at the door.", 4.25, "USD"),
    ("It sold for twelve dollars and sixty cents.", 12.6, "USD"),
    ("He paid £4 50p for a pot of tea.", 4.5, "GBP"),
])
def test_a_whole_amount_and_its_cents_are_one_sum(text, value, currency):
    assert [(f.value, f.unit) for f in extract(text)] == [(value, currency)]


def test_cents_of_a_share_after_a_scaled_amount_stay_apart():
    found = [(f.value, f.unit) for f in extract("Sales were $3 billion and 40 cents a share.")]
    assert found == [(3e9, "USD"), (40.0, "cents")]


@pytest.mark.parametrize("text, value, unit", [
    ("The town is a 2-hour drive from the capital.", 2.0, "hours"),
    ("It is a 20-minute walk to the station.", 20.0, "minutes"),
    ("Staff face a 90-minute commute each way.", 90.0, "minutes"),
])
def test_a_trip_timed_by_a_hyphened_duration_is_a_figure(text, value, unit):
    assert [(f.value, f.unit) for f in extract(text) if f.kind == "duration"] == [(value, unit)]


@pytest.mark.parametrize("text, value", [
    ("The charity raised 40,000 pounds at its spring gala.", 40_000),
    ("The club was fined 2 million pounds for the breach.", 2_000_000),
    ("A season ticket now costs 850 pounds.", 850),
])
def test_pounds_after_a_word_of_paying_or_pricing_are_sterling(text, value):
    figure = next(f for f in extract(text) if f.value == value)
    assert (figure.kind, figure.unit) == ("money", "GBP")


@pytest.mark.parametrize("text, value", [
    ("He lost 30 pounds in six months.", 30),
    ("The farm sold 500 pounds of beef to the school.", 500),
    ("The parcel weighed 5 pounds.", 5),
])
def test_pounds_of_a_thing_or_a_body_are_weight(text, value):
    figure = next(f for f in extract(text) if f.value == value)
    assert figure.kind != "money"


@pytest.mark.parametrize("text, currency", [
    ("Tickets cost 15 quid each.", "GBP"),
    ("Salaries start at 45,000 reais a year.", "BRL"),
    ("The loan was for 2 million zlotys.", "PLN"),
])
def test_more_currency_words_after_the_amount(text, currency):
    assert next(f for f in extract(text) if f.kind == "money").unit == currency


@pytest.mark.parametrize("text, quote", [
    ("The striker stands 6ft 4in tall.", "4in"),
    ("The 6 ft 4 in forward signed on a free transfer.", "4 in"),
    ("At 5ft 2in, she was the shortest player in the league.", "2in"),
])
def test_the_inches_of_a_height_in_feet_and_inches(text, quote):
    figure = next(f for f in extract(text) if f.quote == quote)
    assert (figure.kind, figure.unit) == ("other", "inches")


@pytest.mark.parametrize("text, value", [
    ("Its market share rose 2pp to 31%.", 2),
    ("Turnout was down 3.5 ppt on the last election.", 3.5),
    ("The gap closed by 4 ppts in a year.", 4),
])
def test_pp_and_ppt_are_percentage_points(text, value):
    figure = next(f for f in extract(text) if f.value == value)
    assert figure.unit == "percentage points"


@pytest.mark.parametrize("text, value", [
    ("The price has risen by a factor of 10.", 10),
    ("Error rates fell by a factor of 2.5 after the update.", 2.5),
    ("Demand could grow by a factor of three by 2030.", 3),
])
def test_a_factor_of_n_is_a_multiple(text, value):
    figure = next(f for f in extract(text) if f.value == value)
    assert (figure.kind, figure.unit) == ("multiple", "times")


@pytest.mark.parametrize("text, value", [
    ("Downloads of the chat app climbed 5x week on week.", 5),     # apps
    ("The chipmaker's revenue grew 3x year over year.", 3),        # earnings
    ("Bookings at the resort rose 4x month on month.", 4),         # travel
])
def test_a_glued_x_ends_a_multiple_before_a_word_of_time(text, value):
    assert [(f.kind, f.value, f.unit) for f in extract(text)] == [("multiple", value, "times")]


@pytest.mark.parametrize("text, value, qualifier", [
    # an age group is a bound on age, in years
    ("Under-18s will need a parent's consent to open an account.", 18, "less_than"),   # apps
    ("The bus pass for the over-60s ends in May.", 60, "more_than"),                   # transport
    ("Vaccines are offered to over-65s and carers first.", 65, "more_than"),           # health
])
def test_an_age_group_is_a_bound_on_age(text, value, qualifier):
    figure = next(f for f in extract(text) if f.unit == "years old")
    assert (figure.value, figure.qualifier) == (value, qualifier)


@pytest.mark.parametrize("text, values", [
    ("The app is most popular with 18- to 24-year-olds, a survey found.", [(18, 24)]),   # apps
    ("Two 16-year-olds were arrested after the match.", [16]),                          # crime
    ("The poll covered 13-to-17-year-olds in five states.", [(13, 17)]),                # politics
])
def test_year_olds_in_the_plural_are_ages(text, values):
    ages = [f for f in extract(text) if f.unit == "years old"]
    assert [(f.low, f.high) if f.low is not None else f.value for f in ages] == values


@pytest.mark.parametrize("text", [
    "The twin 20-somethings run the account together.",
    "The 70-something founder stepped down on Friday.",
    "Sales in the 1990s grew quickly.",
])
def test_a_decade_of_life_or_of_years_counts_nothing(text):
    assert [f for f in extract(text) if f.kind not in ("date", "year")] == []


@pytest.mark.parametrize("text, value, unit", [
    ("Taiwan's chip exports reached NT$2.9 trillion last year.", 2.9e12, "TWD"),   # trade
    ("The toll road cost Rp 3 billion to build.", 3e9, "IDR"),                    # infrastructure
    ("Street vendors charge ₱50 for a plate of rice.", 50, "PHP"),                 # food
])
def test_more_currency_signs_before_the_amount(text, value, unit):
    figure = only_number(text)
    assert (figure.kind, figure.value, figure.unit) == ("money", value, unit)


@pytest.mark.parametrize("text", [
    "As many as 500 workers could lose their jobs, the union said.",
    "The storm damaged as many as 2,000 homes.",
    "Police said as many as 40 people were hurt.",
])
def test_as_many_as_is_an_upper_bound(text):
    assert only_number(text).qualifier == "at_most"


@pytest.mark.parametrize("text, value, unit", [
    ("The app had been No. 1 on the chart for three straight days.", 3, "days"),   # apps
    ("The nurses' strike lasted two full weeks.", 2, "weeks"),                      # labour
    ("It rained for 5 consecutive days across the region.", 5, "days"),             # weather
])
def test_a_word_of_unbroken_length_keeps_a_duration(text, value, unit):
    figure = next(f for f in extract(text) if f.kind == "duration")
    assert (figure.value, figure.unit) == (value, unit)


@pytest.mark.parametrize("text, feet, inches", [
    ("The 6-foot-3 forward signed a two-year deal.", 6, 3),              # sport
    ("The 5-foot-10 suspect fled on foot, police said.", 5, 10),         # crime
    ("At 6-foot-8, the center towers over his teammates.", 6, 8),        # sport
])
def test_a_height_written_foot_then_inches_with_hyphens(text, feet, inches):
    found = {f.unit: f.value for f in extract(text) if f.unit in ("feet", "inches")}
    assert found == {"feet": feet, "inches": inches}


@pytest.mark.parametrize("text, value", [
    ("Temperatures hit 98.6F in the valley on Sunday.", 98.6),    # weather
    ("Highs near 75F are expected this weekend.", 75),            # forecast
    ("It was 40 F outside when the race began.", 40),             # sport
])
def test_f_after_a_temperature_is_fahrenheit(text, value):
    figure = only_number(text)
    assert (figure.value, figure.unit) == (value, "degrees Fahrenheit")


@pytest.mark.parametrize("text, found", [
    ("The outage ran 2h 30m in total, the company said.", [(2, "hours"), (30, "minutes")]),   # apps
    ("Queues at the border hit 24hrs on Friday.", [(24, "hours")]),                           # travel
    ("The trailer is just 3mins long.", [(3, "minutes")]),                                    # film
])
def test_short_hours_and_minutes_glued_to_the_number(text, found):
    assert [(f.value, f.unit) for f in extract(text) if f.kind == "duration"] == found


@pytest.mark.parametrize("text, value", [
    ("Nurses at the county hospital worked 16-hour shifts during the flu surge.", 16),   # health
    ("The college offers six 90-minute classes on Saturdays.", 90),                       # education
    ("The video app limits younger teens to 30-second videos.", 30),                      # tech
    ("Rescue crews ran 12-hour searches along the river.", 12),                           # disaster
])
def test_a_hyphened_duration_before_a_plural_span_noun_is_a_figure(text, value):
    assert value in [f.value for f in extract(text) if f.kind == "duration"]


@pytest.mark.parametrize("text, value", [
    ("The 90-day clock would start once a buyer signs.", 90),                    # app ban
    ("Negotiators face a 48-hour time limit to reach a deal.", 48),              # labour
    ("The referee started a 10-minute timer after the injury.", 10),             # sport
])
def test_a_hyphened_duration_before_a_clock_or_limit_is_a_figure(text, value):
    assert value in [f.value for f in extract(text) if f.kind == "duration"]


@pytest.mark.parametrize("text, quote", [
    ("The chain has 300 stores in France and 2,100 worldwide.", "2,100"),
    ("Strikes closed 40 schools in the city and 1,200 nationwide.", "1,200"),
    ("Pronto has 4.1 million Spanish users and about 12 million worldwide.", "about 12 million"),
    ("Tickets for the final sold for $450 apiece.", "$450"),
    ("The storm cut power to 90,000 homes in Leeds alone.", "90,000 homes"),
])
def test_an_adverb_of_where_or_how_many_after_a_number_is_not_what_it_counts(text, quote):
    # "12 million worldwide" had the unit "worldwide"; the count's noun, if any, comes from its own phrase
    figure = next(f for f in extract(text) if f.quote == quote)
    assert figure.unit not in ("worldwide", "nationwide", "apiece", "alone")


# A rate written out is one unit: wind speed, fuel economy, sprint speed, traffic (our own sentences).
@pytest.mark.parametrize("text, quote, unit", [
    ("The storm packed winds of 120 kilometres per hour as it reached the coast.", "120 kilometres per hour",
     "kilometres per hour"),
    ("Winds reached 90 miles an hour on Sunday, the weather service said.", "90 miles an hour", "miles per hour"),
    ("The hybrid gets 52 miles per gallon on the highway.", "52 miles per gallon", "miles per gallon"),
    ("The sprinter was clocked at 12.4 metres per second.", "12.4 metres per second", "metres per second"),
])
def test_a_rate_written_out_is_one_unit(text, quote, unit):
    figure = next(f for f in extract(text) if f.kind == "other")
    assert (figure.quote, figure.unit) == (quote, unit)


def test_a_distance_before_a_separate_clause_keeps_its_unit():
    figures = extract("The trail runs 20 miles, a gallon of water costs $1.")
    assert [(f.quote, f.unit) for f in figures] == [("20 miles", "miles"), ("$1", "USD")]


# Marks of African and Asian currencies before the amount, as papers there write them. A one-letter mark (the
# rand's R, the naira's N, the peso's P) is read as money only before a scale word or grouped digits.
@pytest.mark.parametrize("text, value, unit", [
    ("The Competition Authority fined four makers a combined KSh2.4 billion on Tuesday.", 2.4e9, "KES"),
    ("A 50kg bag sold for about Sh760 in Nairobi last month.", 760, "KES"),
    ("Offenders face fines of up to R1 500, the metro said.", 1500, "ZAR"),
    ("The council set aside R120 million for leak repairs.", 120e6, "ZAR"),
    ("The court found he diverted N18.7 billion from the fund.", 18.7e9, "NGN"),
    ("Crop losses reached P180 million, the agriculture office said.", 180e6, "PHP"),
    ("Cocoa farmers were paid GH₵1.2 billion this season.", 1.2e9, "GHS"),
    ("Cocoa farmers were paid GH¢1.1 billion last season.", 1.1e9, "GHS"),
    ("The group posted sales of Tk 1,200 crore in the year to June.", 1.2e10, "BDT"),
    ("The finance minister tabled a J$4.5 billion supplementary budget.", 4.5e9, "JMD"),
    ("The developer sold Dh2.5 billion of homes in the first quarter.", 2.5e9, "AED"),
    ("The miner raised ZAR 1.2 billion in a rights issue.", 1.2e9, "ZAR"),
])
def test_currency_marks_of_african_and_asian_papers(text, value, unit):
    money = [f for f in extract(text) if f.kind == "money"]
    assert [(f.value, f.unit) for f in money] == [(value, unit)]


@pytest.mark.parametrize("text", [
    "Nurses asked for N95 masks at the clinic.",
    "The R2 motorway was closed near the bridge.",
    "The P3 patrol aircraft landed at dawn.",
    "PHP 8 was released to developers last year.",   # a language, not the peso's code
    "Delegates met at COP 28 in Dubai.",              # a summit, not the Colombian peso
])
def test_a_letter_glued_to_a_short_number_is_a_name(text):
    assert [f for f in extract(text) if f.kind == "money"] == []
