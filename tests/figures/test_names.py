"""Digits inside names, page chrome and pronoun "one" are not figures."""

from datetime import date

import pytest

from newsreport.figures.extractor import extract


@pytest.mark.parametrize("text", [
    "Trailing closely behind were TikTok's own photo-sharing app, Lemon8, and OpenAI's ChatGPT.",
    "Published: Jan. 16, 2025  2:19 a.m.  GMT+8",
    "00:00\n00:00/00:00\nListen to this article 1x",
    "the topic #TikTok Refugee on Xiaohongshu",
    "during the Covid-19 pandemic",
    "1. First point\n2. Second point",
    "One user described the current atmosphere on the platform as lively.",
])
def test_names_and_chrome_are_not_counted(text):
    numbers = [f for f in extract(text, date(2025, 1, 16)) if f.kind != "date"]
    assert numbers == [], numbers


@pytest.mark.parametrize("text, counted", [
    ("The S&P 500 fell 1.5% on Tuesday.", [1.5]),
    ("Tesla delivered 20,000 Model 3 cars in the quarter.", [20000]),
    ("iPhone 15 sales rose 12% in the quarter.", [12]),
    ("The supplier is certified to ISO 9001 and employs 300 people.", [300]),
    ("The Route 66 Diner reopened with 40 seats.", [40]),
    ("The standard ISO 9001-2 covers 40 plants.", [40]),
    ("The airline retired its Boeing 777-300 fleet of 12 jets.", [12]),
])
def test_numbers_inside_names_count_nothing(text, counted):
    assert [f.value for f in extract(text, date(2025, 3, 4)) if f.kind not in ("date", "year")] == counted


@pytest.mark.parametrize("text", [
    "United won 3-1 at home on Saturday.",
    "The Supreme Court voted 6-3 to uphold the law.",
    "It was a 2-0 victory for the visitors.",
    "The council ruled 5-4 against the plan.",
])
def test_scores_and_votes_are_not_ranges(text):
    assert [f for f in extract(text, date(2025, 3, 4)) if f.kind not in ("date", "year")] == []


@pytest.mark.parametrize("text, high, unit", [
    ("The sedan goes 0-to-60 mph in 3.1 seconds.", 60, "miles per hour"),
    ("The beetle goes from 0 to 80 km/h in eight seconds.", 80, "kilometres per hour"),
    ("It reaches 0-100 km/h in under four seconds.", 100, "kilometres per hour"),
])
def test_zero_to_speed_is_one_range(text, high, unit):
    figure = next(f for f in extract(text) if f.high == high)
    assert (figure.low, figure.unit) == (0, unit)


@pytest.mark.parametrize("text, counted", [
    ("The category 4 hurricane had winds of 155mph.", [155]),
    ("The city moved to level 3 restrictions for 14 days.", [14]),
    ("The vaccine entered stage 2 trials with 600 volunteers.", [600]),
    ("Klay Thompson tied Game 7 at 89-89 with a layup.", []),
    ("The crash closed Interstate 95 for six hours near exit 12.", [6]),
    ("Snow shut Highway 401 and delayed 90 buses.", [90]),
    ("The plane left runway 27 with 180 passengers.", [180]),
])
def test_numbered_labels_count_nothing(text, counted):
    assert [f.value for f in extract(text) if f.kind not in ("date", "year")] == counted


@pytest.mark.parametrize("text", [
    "The firm leased Unit 3 at 16-18 Harbour Road.",
    "Offices at 10-12 Queen Street were sold.",
    "The shop moved to 45-47 Market Square.",
])
def test_address_numbers_are_not_ranges(text):
    assert [f for f in extract(text) if f.kind not in ("date", "year")] == []


@pytest.mark.parametrize("text, counted", [
    ("Call the hotline on +44 20-7946-0018 for help; 40 staff answer.", [40]),
    ("Deposits go to account 4021-7730-1195, the bank said, within 3 days.", [3]),
    ("Part 12-400-77 failed in 5 planes.", [5]),
])
def test_hyphenated_digit_codes_count_nothing(text, counted):
    assert [f.value for f in extract(text) if f.kind not in ("date",)] == counted


@pytest.mark.parametrize("text, counted", [
    ("Serial 61045m318 was recalled with 3 others.", [3]),
    ("Lot 88k19 failed, 2 inspectors said.", [2]),
    ("The flat is 120m2 and costs 90,000 euros.", [120, 90000]),   # a unit's power is one digit
])
def test_numbers_glued_into_codes_count_nothing(text, counted):
    assert [f.value for f in extract(text) if f.kind != "date"] == counted


@pytest.mark.parametrize("text, counted", [
    ("The fire burned 40 km^2 of forest.", [40]),
    ("Panels lose 3 W/m^2 in haze.", [3]),
    ("The gas weighs 2 kg/m^3 less than air.", [2]),
])
def test_a_power_after_a_caret_is_no_figure(text, counted):
    assert [f.value for f in extract(text)] == counted


@pytest.mark.parametrize("text, counted", [
    ("Security at airports changed after the 9/11 attacks.", []),
    ("The help desk is staffed 24/7 by 40 agents.", [40.0]),
    ("Savers moved 6% of pay into 401(k) plans and 403(b) accounts.", [6.0]),
    ("Donations to 501(c)(3) charities rose to $2 billion.", [2_000_000_000.0]),
])
def test_numbers_naming_events_schedules_and_accounts_count_nothing(text, counted):
    assert [f.value for f in extract(text) if f.kind not in ("date", "year")] == counted


@pytest.mark.parametrize("text, counted", [
    ("The justices ruled 9 to 0 against the state.", []),
    ("The committee's vote was 7 to 2, with 3 abstentions.", [3.0]),
    ("The home side won 24 to 17 in overtime.", []),
])
def test_tallies_written_with_to_are_scores_not_ranges(text, counted):
    assert [f.value for f in extract(text)] == counted


def test_a_range_with_to_is_still_a_range():
    assert [(f.low, f.high) for f in extract("Fares will rise by 3 to 5 percent.")] == [(3.0, 5.0)]


@pytest.mark.parametrize("text", [
    "The bill passed 68 to 31 in the Senate.",
    "The nominee was confirmed 51-49 on Thursday.",
    "The measure was approved 7-2 by the board.",
])
def test_passing_tallies_are_scores(text):
    assert [f for f in extract(text, date(2025, 3, 4)) if f.kind not in ("date", "year")] == []


@pytest.mark.parametrize("text", [
    "The game became one of the most downloaded apps in Brazil.",
    "It was one of the best quarters in the bank's history.",
    "She is one of the richest women in Asia.",
])
def test_one_of_a_group_is_no_count(text):
    assert [f for f in extract(text) if f.kind not in ("date", "year")] == []


@pytest.mark.parametrize("text", [
    'One Instagram user commented, "this is fun."',
    "As one analyst put it, the ban is a gift to rivals.",
    "One new American user shared a recipe for dumplings.",
])
def test_an_unnamed_speaker_with_a_longer_noun_phrase_is_no_count(text):
    assert extract(text) == []


def test_one_person_killed_is_a_count():
    assert [f.value for f in extract("One person was killed and 12 were injured.")] == [1.0, 12.0]


@pytest.mark.parametrize("text", [
    "Fans of the Big Ten conference packed the stadium.",
    "He bought coffee at a 7-Eleven store.",
    "The film Ocean's Eleven aired again.",
])
def test_a_capitalized_number_word_inside_a_sentence_is_a_name(text):
    assert extract(text) == []


@pytest.mark.parametrize("text", [
    "Factories are moving to Industry 4.0 methods.",
    "The phone supports Bluetooth 5.0 audio.",
    "Web 2.0 firms dominated the decade.",
])
def test_a_version_ending_in_point_zero_is_part_of_a_name(text):
    assert extract(text) == []


@pytest.mark.parametrize("text, values", [
    ("Eleven people died in the fire.", [11.0]),
    ('He said: "Three were hurt."', [3.0]),
    ("Apollo 11 landed near the sea in 1969.", []),
])
def test_a_number_word_opening_a_sentence_counts_and_a_verb_is_no_counted_noun(text, values):
    assert [f.value for f in extract(text) if f.kind not in ("date", "year")] == values


@pytest.mark.parametrize("text, values", [
    ("the sp 500 is poised to open higher after a 0.4% gain.", [0.4]),
    ("Small caps lagged, with the russell 2000 down 1.1%.", [1.1]),
    ("Half of fortune 500 companies now use the software.", [0.5]),
    ("London's FTSE 100 slipped 0.3% while the Nikkei 225 rose 0.8%.", [0.3, 0.8]),
])
def test_an_index_or_list_named_by_its_size_is_no_figure_in_any_case(text, values):
    assert [f.value for f in extract(text)] == values


def test_points_after_an_index_family_are_its_move():
    figures = extract("The Nasdaq dropped 100 points on Friday.")
    assert [(f.value, f.unit) for f in figures if f.kind != "date"] == [(100, "points")]


@pytest.mark.parametrize("text", [
    "Sony's PS5 outsold its rival over the holidays.",
    "Apple released macOS 14.4 with a security fix.",
    "The update to iOS 17.2 added a journaling app.",
])
def test_a_console_or_a_system_version_is_no_figure(text):
    assert extract(text) == []


@pytest.mark.parametrize("text, value", [
    ("The takeover was worth PS8.1bn to shareholders.", 8.1e9),
    ("The annual fee rose to PS450.", 450),
    ("The club paid PS2m for the winger.", 2e6),
])
def test_ps_before_an_amount_is_a_mangled_pound_sign(text, value):
    figure = next(f for f in extract(text) if f.kind == "money")
    assert (figure.value, figure.unit) == (value, "GBP")


@pytest.mark.parametrize("text, values", [
    ("The Celtics took a 2-0 series lead on Friday night.", []),
    ("The Yankees won 5-4 in 11 innings.", [11]),
    ("United completed a 3-0 rout of their rivals.", []),
])
def test_a_score_before_a_lead_or_rout_or_after_a_win_is_no_figure(text, values):
    assert [f.value for f in extract(text) if f.kind != "date"] == values


@pytest.mark.parametrize("text, value", [
    ("The 5 Biggest Winners Of The TikTok Ban", 5),          # apps
    ("The 10 Best Cities To Live In Right Now", 10),         # lifestyle
    ("The 4 Biggest Surprises From The Supreme Court Ruling", 4),   # courts
])
def test_a_title_case_headline_counts_its_capitalized_plural(text, value):
    assert [f.value for f in extract(text)] == [value]


@pytest.mark.parametrize("text", [
    "Sales of two-wheelers dipped in March as rural demand stayed weak.",
    "A three-wheeler taxi waited outside the station.",
    "The carmaker will stop building its two-seater sports car next year.",
    "He hit three-pointers from everywhere in the final quarter.",
])
def test_a_number_word_hyphened_to_a_kind_noun_names_the_kind(text):
    assert [f.quote for f in extract(text) if f.kind not in ("date", "year")] == []


def test_a_count_of_such_kinds_still_counts():
    assert [(f.quote, f.value) for f in extract("He hit five three-pointers in the final quarter.")] \
        == [("five three-pointers", 5.0)]
