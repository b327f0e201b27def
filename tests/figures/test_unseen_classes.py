"""Error classes found on invented news text the rules were not written against (wire, business,
sports, health and app-store stories): each rule is shown on examples from several kinds of story."""

from datetime import date

import pytest

from newsreport.figures.extractor import extract

PUBLISHED = date(2025, 1, 17)  # a Friday


def read(text, published=PUBLISHED):
    return [(f.quote, f.kind, f.value, f.unit, f.date) for f in extract(text, published)]


def values(text, published=PUBLISHED, skip=("date", "year")):
    return [f.value if f.value is not None else (f.low, f.high) for f in extract(text, published)
            if f.kind not in skip]


@pytest.mark.parametrize("text, expected", [
    ("Prices rose 10-15% last quarter.", [(10.0, 15.0)]),
    ("The offer targets users aged 18-34.", [(18.0, 34.0)]),
    ("A 60-40 split of the profits was agreed.", [60.0, 40.0]),
])
def test_dashed_ranges_and_splits_stay_ranges_and_shares(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, age", [
    ('"It\'s wild," said Ben Carter, 31.', 31),                                    # app users
    ('"We will appeal," according to lawyer Ana Ruiz, 52; the case goes on.', 52),  # courts
    ('"Nobody saw the price rise coming," says retiree Tom Hale, 67', 67),          # economy
    ('"It was worth starting over," said Torres, 24.', 24),                         # creators, surname alone
    ('"The water came so fast," said Okafor, 58.', 58),                             # floods, surname alone
    ('"We lost half our stock," said shopkeeper Lindqvist, 61.', 61),               # retail, role and surname
])
def test_an_age_closing_the_sentence_after_a_named_speaker(text, age):
    figures = [f for f in extract(text, PUBLISHED)]
    assert [(f.value, f.unit) for f in figures] == [(age, "years old")]


@pytest.mark.parametrize("text, value", [
    ("One in five posted within a day, and more than half followed at least 10 accounts.", 0.5),
    ("Revenue was a third higher than analysts expected.", 1 / 3),
    ("Nearly half signed up in the first week, the survey found.", 0.5),
    ("Two-thirds voted for the measure in the referendum.", 2 / 3),
])
def test_a_fraction_acting_or_compared_is_a_share(text, value):
    assert any(f.kind == "ratio" and f.value == pytest.approx(value) for f in extract(text, PUBLISHED))


def test_a_quarter_before_a_past_form_is_a_period_not_a_share():
    assert not [f for f in extract("Profit in the quarter ended March 31 rose.", PUBLISHED) if f.kind == "ratio"]


@pytest.mark.parametrize("text, quote, value", [
    ("Asian shares fell for a third straight session on Tuesday.", "third straight session", 3),   # markets
    ("The crowd was the club's 412th consecutive sellout.", "412th consecutive sellout", 412),       # sports
    ("Consumer prices rose for the fifth month in a row.", "fifth month in a row", 5),               # economy
    ("DeepSeek held the top spot for a third day.", "third day", 3),                                 # app charts
    ("The band topped the chart for the second week running.", "second week running", 2),           # music
])
def test_ordinals_of_a_repeated_event(text, quote, value):
    assert (quote, value) in [(f.quote, f.value) for f in extract(text, PUBLISHED) if f.unit == "ordinal"]


@pytest.mark.parametrize("text", [
    "Profit in the third quarter rose 4%.",
    "Crowds queued on its first day of trading.",
    "The retailer trimmed its outlook for the first half ending June.",
])
def test_an_ordinal_naming_a_period_is_no_occurrence(text):
    assert not [f for f in extract(text, PUBLISHED) if f.unit == "ordinal"]


@pytest.mark.parametrize("text, value", [
    ("Downloads tripled in a week, while daily users hit 2m.", 2e6),        # apps
    ("Subscribers climbed to 3m last month.", 3e6),                          # streaming
    ("Passengers on the line reached 12m in 2024.", 12e6),                   # transport
])
def test_a_glued_m_after_a_counted_plural_is_a_million(text, value):
    assert value in values(text)


@pytest.mark.parametrize("text, value", [
    ("The tower stands 300m tall.", 300),
    ("The swimmer won the 200m at the trials.", 200),
    ("The bridge spans 40m across the river.", 40),
])
def test_a_glued_m_elsewhere_stays_metres(text, value):
    assert [(f.value, f.unit) for f in extract(text, PUBLISHED) if f.kind not in ("date", "year")] \
        == [(value, "metres")]


@pytest.mark.parametrize("text, ends", [
    ('"We went from zero to 50 million users in 45 days," he said.', [0, 50e6]),   # start-ups
    ("The app went from 0 to 5 million downloads in a week.", [0, 5e6]),          # app charts
    ("Revenue went from zero to $3bn in four years.", [0, 3e9]),                   # business
])
def test_growth_from_zero_to_an_amount_is_two_figures(text, ends):
    assert values(text, skip=("date", "year", "duration"))[:2] == ends


@pytest.mark.parametrize("text", [
    "Speeds on the ramp go from 0 to 60 mph.",
    "The battery charges from 0 to 80% in 20 minutes.",
])
def test_from_zero_to_a_speed_or_charge_stays_a_span(text):
    assert isinstance(values(text, skip=("date", "year", "duration"))[0], tuple)


@pytest.mark.parametrize("text, counted", [
    ("Tatum hit six 3-pointers in the first half.", [6]),                      # basketball
    ("Police stopped two 18-wheelers at the border.", [2]),                    # trucking
    ("The firm unveiled a 2-seater electric car priced at $25,000.", [25000]),  # cars
])
def test_a_number_hyphened_to_a_kind_noun_names_the_kind(text, counted):
    assert values(text) == counted


@pytest.mark.parametrize("text, low, high", [
    ("Users between the ages of 18 and 24 make up half of the new sign-ups.", 18, 24),   # apps
    ("The trial enrolled people between the ages of 40 and 65.", 40, 65),               # health
    ("Voters between the ages of 18 and 29 backed him by 10 points.", 18, 29),           # politics
])
def test_between_the_ages_of_is_an_age_range(text, low, high):
    ages = [f for f in extract(text, PUBLISHED) if f.unit == "years old"]
    assert [(f.low, f.high, f.qualifier) for f in ages] == [(low, high, "range")]


@pytest.mark.parametrize("text, value", [
    ("Why 170 Million Americans Could Lose TikTok", 170e6),         # app-ban headline
    ("Nvidia Sheds $600 Billion As DeepSeek Rattles Markets", 600e9),  # markets headline
    ("THE APP HAS 300 MILLION USERS", 300e6),                       # all-caps subheading
])
def test_capitalized_scale_words_of_headlines_scale(text, value):
    assert value in values(text)


@pytest.mark.parametrize("text, rank", [
    ("RedNote held the top spot, with Lemon8 in second.", 2),          # app charts
    ("The Dutch rider finished in third, behind two Belgians.", 3),    # cycling
    ("His teammate, who started at 12th; was never in contention.", 12),  # motor racing
])
def test_a_place_held_without_its_noun_is_a_rank(text, rank):
    assert rank in [f.value for f in extract(text, PUBLISHED) if f.kind == "rank"]


def test_at_first_is_no_rank():
    assert not [f for f in extract("At first, few users noticed the app.", PUBLISHED) if f.kind == "rank"]


@pytest.mark.parametrize("text, value", [
    ("RedNote: 5 things to know", 5),                     # explainer headline
    ("DeepSeek: 3 reasons Nvidia fell", 3),               # markets headline
    ("Update: 40 flights were cancelled at JFK.", 40),    # live blog
])
def test_a_number_after_a_colon_is_no_part_of_the_name_before_it(text, value):
    assert values(text) == [value]


@pytest.mark.parametrize("text", [
    "It is one thing to download an app and another to stay, said one senior analyst.",   # apps
    "The plan will fail, according to one official in Beijing.",                          # policy
    "The talks stalled, said one source familiar with the matter.",                       # deals
    "At one point, the queue stretched around the block.",                                # idiom
])
def test_an_unnamed_speaker_after_a_verb_of_saying_is_no_count(text):
    assert values(text) == []


@pytest.mark.parametrize("text, counted", [
    ("Police said one person died and two were hurt.", [1, 2]),
    ("Officials said one passenger was injured.", [1]),
    ("The club said one player tested positive.", [1]),
])
def test_one_as_the_subject_of_a_reported_event_still_counts(text, counted):
    assert values(text) == counted


@pytest.mark.parametrize("text, rank", [
    ("RedNote ranked first on the US App Store and 3rd on Google Play.", 3),
    ("Temu was 2nd on Google Play in Germany.", 2),
    ("The film opened 4th in the box office charts.", 4),
])
def test_an_ordinal_on_a_store_or_chart_is_a_rank(text, rank):
    assert rank in [f.value for f in extract(text, PUBLISHED) if f.kind == "rank"]


@pytest.mark.parametrize("text, quote, year", [
    ("The FY2024 results showed a profit of $1.2bn.", "FY2024", 2024),          # company results
    ("The ministry cut its FY25 growth forecast.", "FY25", 2025),               # budgets
    ("The CY2024 shipments of the chipmaker rose.", "CY2024", 2024),            # industry data
])
def test_a_year_glued_to_its_fiscal_label_is_a_year(text, quote, year):
    assert (quote, "year", year) in [(f.quote, f.kind, f.value) for f in extract(text, PUBLISHED)]


@pytest.mark.parametrize("text", [
    "Hundreds more followed the creators to the new app.",        # apps
    "Millions use the service daily, the company said.",          # tech
    "Billions in revenue are at stake for the retailers.",        # trade
])
def test_a_bare_vague_plural_without_of_is_no_amount(text):
    assert values(text) == []


@pytest.mark.parametrize("text", [
    "The app supports 4K video and offers 2FA logins.",                      # apps
    "A 3D printer and an 8K TV were on show at the fair.",                    # gadgets
    "The studio shot the film in 2D and released it in 3D.",                  # film
])
def test_digits_glued_to_the_letters_of_a_technology_name_are_no_figure(text):
    assert values(text) == []


def test_k_is_still_thousands_before_other_nouns():
    assert values("She has 4K followers on the app.") == [4000]


@pytest.mark.parametrize("text, expected", [
    ("The app has 2 million US users, versus TikTok's 150-170 million.", [2e6, (150e6, 170e6)]),   # apps
    ("Apple's 2-3 new products are due in the autumn.", [(2, 3)]),                                 # gadgets
    ("PepsiCo's 40-50 plants in Asia will be upgraded.", [(40, 50)]),                              # industry
])
def test_numbers_after_a_possessive_name_are_no_part_of_it(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text, value", [
    ("The TikTok 170 million figure is often cited.", 170e6),              # apps
    ("The oft-cited three million figure is disputed.", 3e6),              # politics
    ("Analysts doubt the $2bn figure the company gave.", 2e9),             # business
])
def test_a_scaled_amount_before_figure_is_no_size_class(text, value):
    assert values(text) == [value]


@pytest.mark.parametrize("text, value", [
    ("Xiaohongshu has 300m monthly users.", 300e6),     # apps
    ("Snap has 450m daily active users.", 450e6),       # social media
    ("The bank added 2m new accounts in 2024.", 2e6),   # banking
    ("Chattle has roughly 6m UK users, Ofcom estimates.", 6e6),  # a place's adjective: apps
    ("The club has 2m American fans.", 2e6),            # sport
    ("Some 40m Indian farmers rely on the scheme.", 40e6),  # farming policy
])
def test_a_glued_m_before_counting_adjectives_and_a_plural_is_a_million(text, value):
    assert values(text) == [value]


@pytest.mark.parametrize("text", [
    '"I have 2,000 followers already!" one TikToker posted.',
    '"Bye TikTok," one Redditor wrote.',
    "One Republican said the vote was rushed.",
])
def test_one_before_a_capitalized_speaker_and_a_verb_of_saying_is_no_count(text):
    assert 1 not in values(text)


# The error classes issue 11 lists, probed with sentences of our own from different kinds of story.
@pytest.mark.parametrize("text, expected", [
    # scale suffixes and signs
    ("The port handled 1.2m tons of soybeans last quarter.", [1.2e6]),
    ("The budget model is 25k cheaper than the flagship.", [25000]),
    ("Its fund returned -3.4% while the index gained +2.1%.", [-3.4, 2.1]),
    ("The new chip runs at 2.4GHz and draws 15W.", [2.4, 15]),
    ("Lime's fleet grew to 250k scooters.", [250000]),
    # names containing numbers
    ("Shares of the S&P 500 constituent fell 2%.", [2]),
    ("Tesla's Model 3 sales fell 12% in Europe.", [12]),
    ("The plant is certified to ISO 9001 and employs 300 people.", [300]),
    ("The Supreme Court voted 6-3 to uphold the law.", []),
    # ranges and alternatives
    ("The appeal could take one to two years, lawyers said.", [(1, 2)]),
    ("A coffee costs 8 or 9 euros in central Paris.", [8, 9]),
    ("The tariff will rise to 20% or 25%, officials said.", [20, 25]),
    ("Between 40,000 and 50,000 people marched.", [(40000, 50000)]),
    # multiples and fractions in words
    ("Downloads were more than four times higher than a year earlier.", [4]),
    ("Exports rose sixfold in a decade.", [6]),
    ("The city has nearly half a million residents.", [500000]),
    ("About two-thirds of voters backed the plan.", [pytest.approx(2 / 3)]),
    # hyphenated durations
    ("Trump proposed a 90-day pause on the tariffs.", [90]),
    ("Regulators gave the firm a ten-day window to respond.", [10]),
    ("The 24-hour strike closed 300 schools.", [24, 300]),
])
def test_issue_error_classes_on_fresh_sentences(text, expected):
    assert values(text, skip=("date", "year", "rank")) == expected


@pytest.mark.parametrize("text, kind, value", [
    ('"It was a shock," said Dana Lee, 44, a nurse in Ohio.', "years old", 44),
    ("Marcus Webb, 19, a student, was among the first to sign up.", "years old", 19),
    ("The app's founder, Zhou Wen, 38, declined to comment.", "years old", 38),
    ("Perplexity was #3 on the chart.", "rank", 3),
    ("The second most-popular app in the store was Lemon8.", "rank", 2),
    ("CapCut ranked fifth among free apps.", "rank", 5),
])
def test_issue_ages_and_ranks_in_apposition(text, kind, value):
    assert [(f.unit if f.unit == "years old" else f.kind, f.value) for f in extract(text, PUBLISHED)
            if f.kind != "date"] == [(kind, value)]


@pytest.mark.parametrize("text, subject", [
    ("Around 3,000 firefighters battled the blaze, and 40 flights were cancelled.", "flights"),
    ("One analyst said 40 flights were cancelled.", "flights"),
    ("About 12 passengers were hurt when the bus crashed.", "passengers"),
])
def test_issue_subjects_take_no_qualifier_or_indefinite_words(text, subject):
    assert [f.subject for f in extract(text, PUBLISHED)][-1] == subject


@pytest.mark.parametrize("text, quote, value", [
    ("Type 2 diabetes affects 38 million Americans, about 1 in 10.", "about 1 in 10", 0.1),   # health
    ("Nearly one in five, the survey found, use the app daily.", "Nearly one in five", 0.2),  # apps
    ("Renters now outnumber owners in the city, roughly 3 in 5.", "roughly 3 in 5", 0.6),    # housing
])
def test_one_in_n_closing_a_clause_is_a_share(text, quote, value):
    assert (quote, pytest.approx(value)) in [(f.quote, f.value) for f in extract(text, PUBLISHED)]


@pytest.mark.parametrize("text, quote, qualifier", [
    ("Patients waited an average of 4.5 hours, and 1 in 20 waited over 12 hours.", "over 12 hours", "more_than"),
    ("Flights were delayed 3 hours, and the crew worked over 14 hours.", "over 14 hours", "more_than"),
    ("The plan costs $1.7 trillion over 66 years.", "66 years", "exact"),   # the period an amount accrues over
])
def test_over_before_a_duration_after_a_share_or_duration_means_more_than(text, quote, qualifier):
    assert (quote, qualifier) in [(f.quote, f.qualifier) for f in extract(text, PUBLISHED)]


@pytest.mark.parametrize("text, quote, qualifier", [
    ("The trial enrolled 4,500 volunteers aged 12 and over.", "12 and over", "at_least"),     # health
    ("Among people aged 65 and older the rate is 69%.", "65 and older", "at_least"),          # surveys
    ("Children 5 and under ride free on the new line.", "5 and under", "at_most"),            # transport
])
def test_an_age_bound_written_after_the_number(text, quote, qualifier):
    assert (quote, qualifier) in [(f.quote, f.qualifier) for f in extract(text, PUBLISHED)]


@pytest.mark.parametrize("text, counted", [
    ("Sales rose 5% and over 40 stores opened.", [5, 40]),
    ("The iPhone 15 and older models are affected.", []),
    ("Windows 10 or later is required.", []),
])
def test_and_over_before_another_amount_or_older_before_a_noun_is_no_bound(text, counted):
    assert values(text) == counted


@pytest.mark.parametrize("text, bounds", [
    ("Users 18-24 account for 40% of downloads.", (18, 24)),        # apps
    ("Women 25-34 were the fastest-growing group.", (25, 34)),       # surveys
    ("Teens 13 to 17 need parental consent.", (13, 17)),             # regulation
])
def test_a_plural_group_opening_a_sentence_with_an_age_range_is_no_name(text, bounds):
    assert bounds in values(text)


@pytest.mark.parametrize("text, counted", [
    ("Case No. 24-656, TikTok v. Garland, was argued in January.", []),          # courts
    ("Version 8.69 of the app added translation; v2.1 fixed bugs.", []),         # software
    ("The council passed Resolution No. 2024/17 with 9 votes.", [9]),            # local politics
    ("Under Section 2(g)(3) of the act, apps face fines.", []),                   # law
])
def test_references_and_versions_are_no_ranks_or_amounts(text, counted):
    assert values(text, skip=("date", "year")) == counted


@pytest.mark.parametrize("text, ranks", [
    ("RedNote was No 1 on the App Store, with Lemon8 at No 2.", [1, 2]),       # British style, apps
    ("The single went straight in at No 3 in the charts.", [3]),               # music
    ("The app was No.1 in the US and no. 3 in Canada.", [1, 3]),              # no space, lower case
])
def test_no_without_a_full_stop_or_in_lower_case_is_a_rank(text, ranks):
    assert [f.value for f in extract(text, PUBLISHED) if f.kind == "rank"] == ranks


def test_no_before_an_address_is_no_rank():
    assert not [f for f in extract("The prime minister lives at No 10 Downing Street.", PUBLISHED)]


@pytest.mark.parametrize("text, quote, value", [
    ("The app has c.300 million users.", "c.300 million users", 300e6),             # apps, British style
    ("The estate was sold for c.£2m last year.", "c.£2m", 2e6),                       # property
    ("Attendance was c. 40,000 on the final day.", "c. 40,000", 40000),              # events
])
def test_c_with_a_full_stop_is_circa(text, quote, value):
    figure = next(f for f in extract(text, PUBLISHED) if f.value == value)
    assert (figure.quote[:len(quote)], figure.qualifier) == (quote, "approx")


@pytest.mark.parametrize("text, value", [
    ("Sarah Jones, a mother of three from Texas, joined RedNote.", 3),     # apps
    ("The father-of-two said he would stay on TikTok.", 2),                # social media
    ("A grandmother of five, she posts recipes daily.", 5),                # lifestyle
])
def test_a_parent_of_a_number_counts_children(text, value):
    assert values(text) == [value]


@pytest.mark.parametrize("text, age", [
    ('"I\'m 45 and I\'ve never used a Chinese app," said Mark Diaz.', 45),
    ("The CEO, who is 52, declined to comment.", 52),
    ("She turned 30 when the ban was upheld.", 30),
])
def test_a_persons_own_age_after_being_or_turning(text, age):
    assert [(f.value, f.unit) for f in extract(text, PUBLISHED)] == [(age, "years old")]


@pytest.mark.parametrize("text", [
    "One TikTok user, who asked not to be named, said she was leaving.",   # apps
    "One reason for the surge is spite, and one example is a cat video.",   # explainer
    "In one video, a user showed her cat; in another, her dog.",            # social media
    "One commenter called it a cultural exchange.",                         # culture
])
def test_an_indefinite_one_before_a_person_or_an_instance_counts_nothing(text):
    assert values(text) == []


@pytest.mark.parametrize("text, counted", [
    ("One man and two women were arrested.", [1, 2]),                        # crime
    ("The team scored one goal in the final.", [1]),                         # sports
    ("Exactly one company bid, and at least one analyst objected.", [1, 1]),  # business
])
def test_one_beside_counts_measuring_or_after_a_word_of_quantity_counts(text, counted):
    assert values(text) == counted


@pytest.mark.parametrize("text, counted", [
    ("The goalkeeper raised one arm above the crowd.", [1]),
    ("Buyers want one app that handles every payment, the founder said.", [1]),
    ("The ban takes effect one day before the inauguration.", [1]),
])
def test_one_before_other_nouns_still_counts(text, counted):
    assert values(text) == counted


@pytest.mark.parametrize("text, shares", [
    ("Analysts give the ban a 50/50 chance of surviving.", [50]),       # courts
    ("A 60/40 split of the profits was agreed.", [60, 40]),             # business
    ("The firms formed a 51/49 joint venture in 2023.", [51, 49]),      # industry
])
def test_a_split_written_with_a_slash_is_shares_in_percent(text, shares):
    assert [f.value for f in extract(text, PUBLISHED) if f.kind == "percent"] == shares


@pytest.mark.parametrize("text, value", [
    ("Travellers face a 14-day quarantine on arrival.", 14),                # health
    ("Regulators opened a 60-day review of the merger.", 60),               # competition
    ("He is serving a 10-year sentence for fraud.", 10),                    # courts
    ("The company gave staff 30-day notice of the closure.", 30),           # labour
])
def test_a_hyphened_duration_before_a_spell_of_waiting_or_inquiry_is_a_figure(text, value):
    assert [(f.value, f.kind) for f in extract(text, PUBLISHED)] == [(value, "duration")]


def test_a_hyphened_term_of_a_thing_stays_no_figure():
    assert values("The firm signed a two-year contract and a five-year grant.") == []


@pytest.mark.parametrize("text, age", [
    ("The creator, aged twenty-four, posted daily.", 24),      # apps
    ("A pensioner aged ninety-one joined the march.", 91),     # protest
    ("The winner, aged nineteen, was a student.", 19),          # contest
])
def test_an_age_in_words_after_aged(text, age):
    assert [(f.value, f.unit) for f in extract(text, PUBLISHED)] == [(age, "years old")]


@pytest.mark.parametrize("text, rank", [
    ("RedNote, Lemon8 and CapCut were the top three.", 3),              # app charts
    ("The club finished in the Top 10 for the first time.", 10),       # sports
    ("The novel earned a top-five spot on the list.", 5),              # books
])
def test_the_cut_off_of_a_ranking_is_a_rank(text, rank):
    assert rank in [f.value for f in extract(text, PUBLISHED) if f.kind == "rank"]


def test_the_top_percent_is_a_share_not_a_rank():
    assert [(f.value, f.kind) for f in extract("The top 1% of earners gained most.", PUBLISHED)] == [(1, "percent")]


@pytest.mark.parametrize("text, value", [
    ("A two-thirds majority of the Senate was needed.", 2 / 3),      # politics
    ("The firm bought a one-third stake in the startup.", 1 / 3),    # deals
    ("Sales suffered a one-fifth drop in the quarter.", 1 / 5),      # retail
])
def test_a_hyphened_fraction_before_what_it_sizes_is_a_share(text, value):
    assert [f.value for f in extract(text, PUBLISHED) if f.kind == "ratio"] == [pytest.approx(value)]


@pytest.mark.parametrize("text, value", [
    ("Xiaohongshu's MAUs of 300m put it among China's biggest apps.", 300e6),   # apps
    ("Temu's shoppers numbered 185m last year.", 185e6),                        # e-commerce
    ("The platform's creators reached 20m in 2024.", 20e6),                      # creator economy
])
def test_a_glued_m_after_a_counted_plural_or_acronym_is_a_million(text, value):
    assert value in values(text)


@pytest.mark.parametrize("text, ranks", [
    ("RedNote and Lemon8 ranked first and second, respectively.", [1, 2]),    # app charts
    ("The trio came third, fourth and fifth in the race.", [3, 4, 5]),        # athletics
    ("He ranked 3rd or 4th on the list.", [3, 4]),                            # rankings
])
def test_places_coordinated_with_a_place_are_ranks(text, ranks):
    assert [f.value for f in extract(text, PUBLISHED) if f.kind == "rank"] == ranks


def test_first_time_before_an_agent_noun_is_an_adjective():
    assert not [f for f in extract("First time buyers rose 5% in 2024.", PUBLISHED) if f.unit == "ordinal"]


@pytest.mark.parametrize("text, value", [
    ("About 1 1/2 million people signed up in a week.", 1.5e6),     # apps
    ("The utility serves 2½ million homes.", 2.5e6),                 # energy
    ("Farmers lost 3 1/4 billion bushels to drought.", 3.25e9),      # agriculture
    ("The app gained a million and a half users.", 1.5e6),           # apps, the half after the scale
    ("A dozen and a half reporters waited outside.", 18),            # events
])
def test_a_mixed_number_before_a_scale_word_is_scaled(text, value):
    assert values(text) == [value]


@pytest.mark.parametrize("text, counted", [
    ("DeepSeek's R1 rivals OpenAI's o1 and Claude 3.5 Sonnet.", []),              # AI models
    ("Mozilla shipped Firefox 2.5 Beta to 40 million users.", [40e6]),             # software
    ("Brent 74.5 and Gold 2,893.40 closed higher.", [74.5, 2893.4]),               # a market list keeps its values
])
def test_a_decimal_between_a_name_and_a_capitalized_word_is_a_version(text, counted):
    assert values(text) == counted


@pytest.mark.parametrize("text, values", [
    ("The app's user base is split 60/40 between women and men.", [60, 40]),     # apps
    ("Profits are divided 70/30 between the two partners.", [70, 30]),          # business
    ("The panel was split roughly 55/45 on the proposal.", [55, 45]),           # politics
])
def test_a_slashed_split_after_a_verb_of_splitting(text, values):
    assert [f.value for f in extract(text) if f.kind == "percent"] == values


@pytest.mark.parametrize("text, values", [
    # "one" before an unnamed speaker set off by an apposition is "a", not a count
    ('One creator, 24-year-old Maya Ortiz, told reporters she lost 2.3 million followers.', [24, 2.3e6]),  # apps
    ("One user, a nurse in Ohio, said she would stay on the app.", []),                                   # apps
    ("One shop owner, a mother of two, said sales fell 30%.", [2, 30]),                                   # retail
])
def test_one_before_a_speaker_in_apposition_is_no_count(text, values):
    assert [f.value for f in extract(text, PUBLISHED)] == values
