"""Two numbers read as one range, or as two alternatives."""

from datetime import date

import pytest

from newsreport.figures.extractor import extract


@pytest.mark.parametrize("text, low, high", [
    ("shares could rise 5 to 10 million", 5e6, 10e6),
    ("The fine could reach $2-3 billion.", 2e9, 3e9),
    ("Between 40 and 50 thousand fans attended.", 40e3, 50e3),
])
def test_scale_of_the_second_bound_applies_to_the_first(text, low, high):
    span = next(f for f in extract(text) if f.low is not None)
    assert (span.low, span.high, span.qualifier) == (low, high, "range")


@pytest.mark.parametrize("text, values, unit", [
    ("Tickets cost 8 or 9 euros at the door.", [8, 9], "EUR"),
    ("Growth will be 3 or 4 percent this year.", [3, 4], "%"),
    ("Each repair costs $5 or $6.", [5, 6], "USD"),
])
def test_numerals_joined_by_or_are_two_figures_with_one_unit(text, values, unit):
    found = [f for f in extract(text) if f.kind not in ("date", "year")]
    assert [f.value for f in found] == values and {f.unit for f in found} == {unit}


@pytest.mark.parametrize("text, low, high", [
    ("In the last three or four years, lenders changed.", 3, 4),
    ("It takes two or three weeks to ship.", 2, 3),
    ("The match lasted five or six hours.", 5, 6),
])
def test_number_words_joined_by_or_are_a_rough_range(text, low, high):
    figure = next(f for f in extract(text) if f.low is not None)
    assert (figure.low, figure.high) == (low, high)


@pytest.mark.parametrize("text, low, high", [
    ("The survey covered people aged 18 to 34.", 18, 34),
    ("Players aged 16-21 may apply.", 16, 21),
    ("Voters aged 65 to 80 turned out most.", 65, 80),
])
def test_age_ranges_are_years_old(text, low, high):
    figure = next(f for f in extract(text) if f.low is not None)
    assert (figure.low, figure.high, figure.unit) == (low, high, "years old")


@pytest.mark.parametrize("text, low, high", [
    ("The policy rate is now 5.25%-5.5%, the central bank said.", 5.25, 5.5),
    ("Analysts see growth of 2%-3% next year.", 2.0, 3.0),
    ("Margins were 10%–12% in the quarter.", 10.0, 12.0),
])
def test_a_dash_after_a_percent_sign_joins_a_range_not_a_minus(text, low, high):
    figures = [f for f in extract(text) if f.kind == "percent"]
    assert [(f.low, f.high, f.direction) for f in figures] == [(low, high, "")]


@pytest.mark.parametrize("text, change, level", [
    ("Jobless claims fell by 9,000 to 211,000 in the week.", 9000.0, 211000.0),
    ("The payroll grew 150,000 to 4.2 million.", 150000.0, 4200000.0),
    ("Membership rose by 40 to 1,250 after the drive.", 40.0, 1250.0),
])
def test_a_change_then_the_level_it_reached_is_two_figures(text, change, level):
    found = [(f.value, f.low, f.high) for f in extract(text)]
    assert found == [(change, None, None), (level, None, None)]


@pytest.mark.parametrize("text, low, high", [
    ("Night temperatures fell by 1 to 1.5 degrees in the valley.", 1.0, 1.5),
    ("Prices rose by 2 to 3 percent a year.", 2.0, 3.0),
    ("Exports rose 5 to 10 million tonnes.", 5_000_000.0, 10_000_000.0),
])
def test_a_change_given_as_a_range_stays_one_range(text, low, high):
    assert [(f.low, f.high) for f in extract(text)] == [(low, high)]


@pytest.mark.parametrize("text, shares", [
    ("The president floated a 50-50 joint venture with a US buyer.", [50.0]),
    ("Revenue is shared on a 60-40 split between the partners.", [60.0, 40.0]),
    ("It is a 70-30 ownership structure, filings show.", [70.0, 30.0]),
])
def test_a_split_is_shares_in_percent_not_a_range(text, shares):
    figures = [f for f in extract(text) if f.kind not in ("date", "year")]
    assert [(f.kind, f.value) for f in figures] == [("percent", v) for v in shares]


def test_a_tally_that_adds_up_to_100_is_still_a_score():
    assert [f for f in extract("The Senate voted 52-48 to pass the bill.") if f.kind != "date"] == []


@pytest.mark.parametrize("text, figures", [
    ("Daily users rose from 3 to 7 million.", [(3e6, ""), (7e6, "")]),
    ("Congress raised the threshold from $200 to $800 in 2016.", [(200.0, "USD"), (800.0, "USD")]),
    ("The boxer slimmed down, dropping from 90 kg to 84.", [(90.0, "kilograms"), (84.0, "kilograms")]),
    ("The rate rose sharply, from 2% to 3.5%.", [(2.0, "%"), (3.5, "%")]),
])
def test_a_change_from_x_to_y_is_two_figures_sharing_scale_and_unit(text, figures):
    found = [(f.value, f.unit) for f in extract(text) if f.kind not in ("date", "year")]
    assert found == figures


@pytest.mark.parametrize("text, low, high", [
    ("Prices ranged from $10 to $20 a ticket.", 10.0, 20.0),
    ("Temperatures range from 5 to 10 degrees.", 5.0, 10.0),
    ("Loans run from one to two years.", 1.0, 2.0),
])
def test_from_x_to_y_without_a_change_is_a_range(text, low, high):
    assert [(f.low, f.high) for f in extract(text)] == [(low, high)]


@pytest.mark.parametrize("text, expected", [
    ("Analysts expect prices to rise 10% to 15%.", [(None, 10.0, 15.0)]),
    ("The rate rose 0.25% to 5.5% in May.", [(0.25, None, None), (5.5, None, None)]),
    ("Fares climbed 20 to 25 percent last year.", [(None, 20.0, 25.0)]),
])
def test_a_change_with_a_unit_is_a_range_only_when_its_bounds_are_close(text, expected):
    assert [(f.value, f.low, f.high) for f in extract(text) if f.kind == "percent"] == expected


@pytest.mark.parametrize("text, expected", [
    ("The Fed raised rates by 25 bps to 5.25-5.5%.", [(25.0, None, None), (None, 5.25, 5.5)]),
    ("Output was cut by 40 units to 12 a day.", [(40.0, None, None), (12.0, None, None)]),
    ("Tickets were marked down 30 to 20 euros.", [(30.0, None, None), (20.0, None, None)]),
])
def test_a_range_with_to_is_written_low_to_high(text, expected):
    assert [(f.value, f.low, f.high) for f in extract(text) if f.kind not in ("date", "year")] == expected


@pytest.mark.parametrize("text, low, high", [
    # "one" after a verb or determiner ("last one", "the one") is a first bound when a second follows
    ("The extension could last one to two years, lawyers for the company said.", 1.0, 2.0),
    ("Engineers said the outage may last one or two days.", 1.0, 2.0),
    ("The trial is expected to last one to three weeks.", 1.0, 3.0),
    ("Only the first one or two games of the series will be played at home.", 1.0, 2.0),
])
def test_one_after_a_verb_or_determiner_opens_a_range(text, low, high):
    assert [(f.low, f.high) for f in extract(text) if f.qualifier == "range"] == [(low, high)]


@pytest.mark.parametrize("text", [
    "The court will hear the first one to arrive.",
    "It was the only one to survive the cuts.",
    "She chose the last one or the first, she could not recall.",
])
def test_one_as_a_pronoun_before_to_or_or_stays_no_figure(text):
    assert extract(text) == []


# A hedge after "from" keeps a movement two figures, each with its own qualifier: sentences of our
# own from app, jobs, market-share and ticket-price stories.
@pytest.mark.parametrize("text, first, second", [
    ("Chirp's US user base went from fewer than 500,000 to 4.1 million in a week.",
     (500000, "less_than"), (4100000, "exact")),
    ("The jobless rate rose from about 3.5% to 4.2% over the year.", (3.5, "approx"), (4.2, "exact")),
    ("Its market share fell from more than 60% to 41% after the rival launched.", (60, "more_than"), (41, "exact")),
    ("Ticket prices jumped from under $50 to $120 in two years.", (50, "less_than"), (120, "exact")),
])
def test_a_hedged_start_of_a_movement_is_its_own_figure(text, first, second):
    figures = [f for f in extract(text, date(2025, 1, 16)) if f.kind != "duration"]
    assert [(f.value, f.qualifier) for f in figures] == [first, second]
