"""Reading numerals and number words: digit groups, scale words and suffixes, signs."""

import pytest

from newsreport.figures.extractor import extract
from newsreport.figures.numbers import parse_number_words, parse_numeral


def only(text):
    found = [f for f in extract(text) if f.kind not in ("date", "year")]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text, value", [
    ("the number had been less than 7,00,000 the day before", 700000),
    ("The film earned Rs 12,50,000 on its opening day.", 1250000),
    ("Over 1,20,00,000 voters were registered.", 12000000),
])
def test_indian_digit_grouping(text, value):
    assert next(f for f in extract(text) if f.kind not in ("date", "year")).value == value


def test_number_words_with_scale():
    three = extract("nearly three million Americans signed up")[0]
    assert (three.value, three.qualifier, three.unit) == (3e6, "approx", "Americans")
    assert parse_number_words("three hundred and fifty thousand") == 350000
    assert parse_number_words("a dozen") == 12


def test_unicode_and_spaced_digits():
    assert extract("about ٣ million users")[0].value == 3e6
    assert extract("１２ percent of users")[0].value == 12
    assert extract("over\u00a015,000\u2009staff")[0].value == 15000
    assert parse_numeral("1,307,000") == 1307000 and parse_numeral(".5") == 0.5


@pytest.mark.parametrize("text, value", [
    ("Grain exports reached 1.2m tons in the season, the ministry said.", 1.2e6),
    ("The club paid £3.5m for the striker.", 3.5e6),
    ("The streamer gained 25k followers overnight.", 25e3),
    ("Shipments rose to 4bn units.", 4e9),
])
def test_scale_suffixes_multiply(text, value):
    assert only(text).value == pytest.approx(value)


@pytest.mark.parametrize("text, unit", [
    ("He ran the 100m in under ten seconds.", "metres"),
    ("The tower is 300m tall.", "metres"),
    ("The rope was 12m long.", "metres"),
])
def test_m_after_a_whole_number_without_a_noun_is_metres(text, unit):
    assert [f.unit for f in extract(text) if f.value in (100, 300, 12)] == [unit]


@pytest.mark.parametrize("text, value, direction", [
    ("Markets: Nikkei -0.6%, Hang Seng +1.1%.", -0.6, "down"),
    ("Europe closed lower, with the DAX -1.3% and the CAC flat.", -1.3, "down"),
    ("Asian stocks were mixed (Kospi +0.4%).", 0.4, "up"),
])
def test_signed_percentages_in_market_lists_are_changes(text, value, direction):
    figure = next(f for f in extract(text) if f.value == value)
    assert (figure.kind, figure.direction) == ("percent", direction)


@pytest.mark.parametrize("text, value", [
    ("The campaign reached nearly half a million voters.", 5e5),
    ("Officials expect two and a half billion dollars in damage.", 2.5e9),
    ("Some one and a half million tickets were sold.", 1.5e6),
    ("About a quarter of a million people marched.", 2.5e5),
])
def test_fractions_of_scale_words(text, value):
    assert only(text).value == pytest.approx(value)


@pytest.mark.parametrize("text, low, high", [
    ("The visa takes one to two years to process.", 1, 2),
    ("Expect one or two weeks of delays.", 1, 2),
    ("Repairs could take one to three months.", 1, 3),
])
def test_one_opens_a_range(text, low, high):
    figure = only(text)
    assert (figure.low, figure.high, figure.qualifier) == (low, high, "range")


@pytest.mark.parametrize("text, value, unit", [
    # bonds: a coupon and a price written with fractions
    ("The notes carry a 6 1/8 percent coupon.", 6.125, "%"),
    ("The bonds were priced at 98 1/2 cents.", 98.5, "cents"),
    # building trades and recipes: a hyphen or a Unicode fraction
    ("Crews laid 2-1/2 miles of new pipe.", 2.5, "miles"),
    ("Stir in ½ cup of stock.", 0.5, "cup"),
    ("The tunnel took 3½ years to dig.", 3.5, "years"),
])
def test_mixed_and_unicode_fractions_are_one_number(text, value, unit):
    figure = only(text)
    assert (figure.value, figure.unit) == (value, unit)


@pytest.mark.parametrize("text, value", [
    ("The talks dragged on for two and a half years.", 2.5),
    ("Flights were grounded for 3 and a half hours.", 3.5),
    ("Output grew one and a half times.", 1.5),
    ("The grant is worth a quarter million dollars.", 250000),
    ("A half million people fled the floods.", 500000),
])
def test_whole_numbers_with_a_fraction_and_fractions_of_a_scale(text, value):
    assert only(text).value == value


@pytest.mark.parametrize("text, value", [
    ("The fund paid out 35 000 euros.", 35000),
    ("Some 1\u00a0250\u00a0000 voters took part.", 1250000),
    ("Attendance reached 45\u202f300 fans.", 45300),
])
def test_thousands_grouped_by_spaces(text, value):
    assert only(text).value == value


@pytest.mark.parametrize("text, values", [
    ("In 2013 100 people took part.", [2013, 100]),          # a year is four digits, not a group
    ("Group 5 2024 results were late.", [2024]),             # "5 2024": four digits run on
    ("Teams of 8 12 hours apart met.", [8, 12]),             # two digits are not a group
])
def test_space_grouping_needs_exact_three_digit_groups(text, values):
    assert [f.value for f in extract(text) if f.kind != "date"] == values


@pytest.mark.parametrize("text, value, unit", [
    ("The statue is 2.4m tall.", 2.4, "metres"),
    ("Waves 4.5m high hit the coast.", 4.5, "metres"),
    ("The club paid £2.4m for the striker.", 2400000, "GBP"),
    ("The app has 3.4m users.", 3400000, "users"),
])
def test_m_is_metres_before_a_word_of_size(text, value, unit):
    figure = only(text)
    assert (figure.value, figure.unit) == (value, unit)


@pytest.mark.parametrize("text, value", [
    ("Downloads grew 3x in a week.", 3),
    ("Revenue jumped 3.5x, the filing shows.", 3.5),
    ("The index is up 10X since launch, traders said.", 10),
])
def test_a_number_glued_to_x_is_a_multiple(text, value):
    figure = only(text)
    assert (figure.kind, figure.value) == ("multiple", value)


@pytest.mark.parametrize("text", [
    "Listen to this article 1x",             # a player's speed control, page chrome
    "The 4x4 trucks were recalled.",         # a code
    "Shares of 10x Genomics slid.",          # a name
])
def test_x_in_chrome_codes_and_names_is_no_multiple(text):
    assert not [f for f in extract(text) if f.kind == "multiple"]


@pytest.mark.parametrize("text, value, unit", [
    ("Voters queued for half an hour in the rain.", 0.5, "hours"),
    ("The hearing lasted half a day, the clerk said.", 0.5, "days"),
    ("Talks ran for an hour and a half.", None, None),   # "a half" after "and" is no share of a whole
])
def test_half_a_unit_of_time(text, value, unit):
    found = [f for f in extract(text) if f.kind in ("duration", "ratio")]
    assert [(f.value, f.unit) for f in found] == ([(value, unit)] if value else [])


@pytest.mark.parametrize("text, value", [
    ("Four lakh crore rupees were set aside for roads.", 4e12),
    ("A lakh people marched through the capital.", 1e5),
    ("Two crore users signed up in a month.", 2e7),
])
def test_indian_scale_words_after_number_words(text, value):
    assert only(text).value == value


@pytest.mark.parametrize("text, value", [
    ("The fund raised $5MM in its first round.", 5e6),
    ("The startup sold 2mil units last year.", 2e6),
    ("Debt reached 3bil dollars, the filing says.", 3e9),
])
def test_informal_scale_suffixes(text, value):
    assert next(f for f in extract(text) if f.kind not in ("year",)).value == value


@pytest.mark.parametrize("text, value", [
    ("Revenue came in at $4.1 billion for the year.", 4_100_000_000.0),
    ("The fund holds 2.3 million shares.", 2_300_000.0),
    ("Exports reached 0.7 trillion yuan.", 700_000_000_000.0),
])
def test_scaled_decimals_are_the_written_figure_without_binary_noise(text, value):
    assert [f.value for f in extract(text) if f.kind in ("money", "count")] == [value]


@pytest.mark.parametrize("text, values", [
    ("WeChat, with 1.38bn users, leads; Douyin has 750m.", [1_380_000_000.0, 750_000_000.0]),
    ("Sales were £1.2m in the first half and £800m over the decade.", [1_200_000.0, 800_000_000.0]),
    ("The first fund raised 2.5 million dollars and the second 900m.", [2_500_000.0, 900_000_000.0]),
])
def test_a_glued_m_after_a_million_in_the_same_sentence_is_a_million(text, values):
    assert [f.value for f in extract(text) if f.kind not in ("date", "year")] == values


@pytest.mark.parametrize("text, values", [
    ("She won the 100m and 200m races in Paris.", [100.0, 200.0]),
    ("Swimmers lined up for the 50m heats.", [50.0]),
    ("The 400m hurdles final starts at noon.", [400.0]),
])
def test_a_glued_m_before_a_race_is_metres(text, values):
    figures = [f for f in extract(text) if f.kind not in ("date", "year")]
    assert [(f.value, f.unit) for f in figures] == [(v, "metres") for v in values]


@pytest.mark.parametrize("text, values", [
    ("Seven of the 10 largest banks reported losses.", [7.0, 10.0]),
    ("Two of them were arrested and three of those were charged.", [2.0, 3.0]),
    ("Five of its stores closed last year.", [5.0]),
])
def test_a_number_word_before_of_the_counts_part_of_a_group(text, values):
    assert [f.value for f in extract(text) if f.kind not in ("date", "year")] == values


@pytest.mark.parametrize("text, value", [
    ("A mole holds about 6.02×10^23 particles.", 6.02e23),
    ("The sample held 2.4x10-5 grams of the isotope.", 2.4e-5),
    ("Light travels at 3 x 10^8 metres a second.", 3e8),
    ("The laser pulses at 7e12 hertz.", 7e12),
    ("The drift was -1e-3 degrees per hour.", -1e-3),
])
def test_scientific_notation_is_one_number(text, value):
    figures = [f for f in extract(text) if f.kind not in ("date", "year")]
    assert [f.value for f in figures] == pytest.approx([value])


@pytest.mark.parametrize("text", [
    "The firm posted a nine-figure loss in the quarter.",
    "Engineers there earn six-figure salaries.",
    "Users must enter a 6-digit code to log in.",
])
def test_a_number_of_figures_or_digits_is_a_size_class_not_an_amount(text):
    assert extract(text) == []


@pytest.mark.parametrize("text, values", [
    ("One person was killed and two were injured.", [1.0, 2.0]),
    ("Of the 40 passengers, three remain in hospital.", [40.0, 3.0]),
    ("Five have died since the outbreak began.", [5.0]),
])
def test_a_number_word_as_the_subject_of_a_verb_counts(text, values):
    assert [f.value for f in extract(text) if f.kind not in ("date", "year")] == values


@pytest.mark.parametrize("text, value", [
    ("It is a US$1.5-billion project.", 1.5e9),
    ("The 2-million-strong union went on strike.", 2e6),
    ("Parliament passed a 1.2-trillion-yen budget.", 1.2e12),
])
def test_a_scale_word_hyphened_to_its_number(text, value):
    assert [f.value for f in extract(text)] == [value]


@pytest.mark.parametrize("text, values", [
    ("The senator gave three one-hour speeches on the bill.", [3, 1]),            # politics
    ("The college offers six 90-minute classes on Saturdays.", [6, 90]),          # education
    ("Dock workers did five 12-hour shifts in a row.", [5, 12]),                  # labour
    ("The network aired two 30-second ads during the final.", [2]),               # media
])
def test_two_numbers_side_by_side_are_two_figures(text, values):
    assert [f.value for f in extract(text)] == values


@pytest.mark.parametrize("text, value", [
    ("The council held a one-hour meeting on the budget.", 1),
    ("The chat app suffered a one-day outage in March.", 1),
    ("The regulator granted a one-year extension to the bank.", 1),
])
def test_one_hyphened_to_a_unit_of_time_is_a_duration(text, value):
    assert [(f.kind, f.value) for f in extract(text) if f.kind == "duration"] == [("duration", value)]


@pytest.mark.parametrize("text, value", [
    ("Twenty-five people were hurt in the crash.", 25),
    ("The fund raised three hundred and fifty thousand dollars.", 350_000),
    ("Ninety-nine seats went to the ruling party.", 99),
])
def test_number_words_compound_as_english_does(text, value):
    assert extract(text)[0].value == value


@pytest.mark.parametrize("sentence, quote, value", [
    # "cr" after a rupee amount is a crore, as Indian outlets abbreviate it (results, markets, budgets)
    ("The lender's net profit rose to Rs 4,312 cr in the quarter.", "Rs 4,312 cr", 43_120_000_000),
    ("Foreign investors pulled out ₹1,250 Cr from equities on Friday.", "₹1,250 Cr", 12_500_000_000),
    ("The state set aside INR 830 cr for flood relief.", "INR 830 cr", 8_300_000_000),
])
def test_cr_after_rupees_is_a_crore(sentence, quote, value):
    figure = next(f for f in extract(sentence) if f.quote == quote)
    assert figure.value == value


@pytest.mark.parametrize("sentence, values", [
    # "in one go", "in one fell swoop", "in one piece" say at once or whole, no count (banking, markets,
    # disasters); "in one session" counts
    ("Rates were lifted by 75 basis points in one go.", [75.0]),
    ("The index gave up 2% in one fell swoop.", [2.0]),
    ("The lifeboat crew brought all 12 sailors home in one piece.", [12.0]),
    ("Shares rose 4% in one session.", [4.0, 1.0]),
])
def test_in_one_go_is_no_count(sentence, values):
    assert [f.value for f in extract(sentence) if f.kind not in ("date", "year")] == values
