"""What a figure is about: its counted noun and the name that owns it."""

import pytest

from newsreport.figures.extractor import extract


def subject_of(text, value):
    return next(f.subject for f in extract(text) if f.value == value)


@pytest.mark.parametrize("text, value, subject", [
    ("Around 3,000 firefighters battled the fire as 40 flights were cancelled.", 40, "flights"),
    ("One analyst said 40 flights were cancelled.", 40, "flights"),
    ("Analysts said 12 stores would close.", 12, "stores"),
    ("Nearly 500 workers joined the strike.", 500, "workers"),
])
def test_words_opening_a_sentence_are_not_owners(text, value, subject):
    assert subject_of(text, value) == subject


@pytest.mark.parametrize("text, value, subject", [
    ("Zalando had 50 million active customers in 2023.", 50e6, "Zalando active customers"),
    ("Vinted said it had 105 million registered members.", 105e6, "Vinted registered members"),
    ("Tesla delivered 20,000 Model 3 cars, and the Model 3 won 2,000 buyers.", 2000, "Model 3 buyers"),
])
def test_named_owners_are_kept(text, value, subject):
    assert subject_of(text, value) == subject


@pytest.mark.parametrize("text, value, subject", [
    ("Its revenue rose to $5.2 billion.", 5.2e9, "revenue"),
    ("Their profits hit $40 million.", 40e6, "profits"),
    ("Shein said its sales reached $30 billion.", 30e9, "Shein sales"),
])
def test_measure_nouns_before_an_amount(text, value, subject):
    assert subject_of(text, value) == subject


@pytest.mark.parametrize("text, value, subject", [
    ("iPhone 15 sales rose 12% in the quarter.", 12, "iPhone 15 sales"),
    ("Model 3 deliveries fell 8% last year.", 8, "Model 3 deliveries"),
    ("Galaxy 24 shipments grew 5% in March.", 5, "Galaxy 24 shipments"),
])
def test_a_numbered_name_owns_the_measure_after_it(text, value, subject):
    assert subject_of(text, value) == subject


@pytest.mark.parametrize("text, quote, subject", [
    ("Lawmakers gave ByteDance 270 days to sell. The app has 40 million users.", "40 million users",
     "ByteDance users"),
    ("The board granted Acme 90 days to respond. Its shares fell 8%.", "8%", "Acme shares"),
    ("Regulators allowed Northwind 6 months to comply, and its subscribers rose to 2 million.", "2 million",
     "Northwind subscribers"),
])
def test_a_number_that_counts_time_is_no_part_of_the_owner_name(text, quote, subject):
    figure = next(f for f in extract(text) if f.quote.startswith(quote) or f.quote.endswith(quote))
    assert figure.subject == subject


@pytest.mark.parametrize("text, quote", [
    ("Users aged 18 to 34 make up a third of its audience.", "18 to 34"),
    ("Voters aged 65 to 74 turned out in large numbers.", "65 to 74"),
    ("Drivers aged 17 to 24 pay the highest premiums.", "17 to 24"),
])
def test_an_age_range_ends_at_its_numbers_when_a_verb_follows(text, quote):
    figure = next(f for f in extract(text) if f.unit == "years old")
    assert (figure.quote, figure.low, figure.high) == (quote, float(quote.split()[0]), float(quote.split()[-1]))


@pytest.mark.parametrize("text, quote", [
    ("The app, used by 170 million users, was offline for 14 hours.", "14 hours"),
    ("Shares worth $2 billion changed hands over two days.", "two days"),
    ("Sales of 3 million units followed a 90-day pause.", "90-day"),
])
def test_a_span_of_time_takes_no_measure_noun_as_subject(text, quote):
    assert next(f for f in extract(text) if f.quote.endswith(quote)).subject == ""


@pytest.mark.parametrize("text, value, subject", [
    ("Nearly 40 percent of its listeners are women.", 40, "listeners who are women"),
    ("About 60% of the company's revenue comes from ads.", 60, "company"),
    ("Some 45 percent of sales were made online.", 45, "sales"),
])
def test_a_hedge_and_the_share_itself_are_no_owner_of_its_of_phrase(text, value, subject):
    assert subject_of(text, value) == subject


@pytest.mark.parametrize("text, value, subject", [
    ("Over 30% of respondents said they would switch banks.", 30, "respondents"),
    ("Two-thirds of small farms earn less than $10,000 a year.", 2 / 3, "small farms"),
    ("Half of the nurses surveyed plan to quit.", 0.5, "nurses"),
])
def test_the_of_phrase_of_a_share_ends_at_its_verb(text, value, subject):
    figure = next(f for f in extract(text) if f.value == pytest.approx(value))
    assert figure.subject == subject


@pytest.mark.parametrize("text, quote, subject", [
    ("Sales slumped last year, a source told Bloomberg. Orders fell to 2 million units in May.",
     "2 million units", "units"),
    ("According to research firm Apptopia, downloads rose 40% in a week.", "40%", "downloads"),
    ("Analyst Mei Lin noted that the retailer closed 85 stores in March.", "85 stores", "stores"),
    ("Harbor Freight shipped 3 million orders, analysts at Morningstar said.", "3 million orders",
     "Harbor Freight orders"),
])
def test_the_source_of_a_report_owns_none_of_its_figures(text, quote, subject):
    figure = next(f for f in extract(text) if f.quote.startswith(quote) or f.quote.endswith(quote))
    assert figure.subject == subject


@pytest.mark.parametrize("text, quote, subject", [
    ("The game is in the top 10 in 45 countries on Steam.", "45 countries", "countries"),
    ("Uber now operates in 70 cities across Europe.", "70 cities", "cities"),
    ("The Medicaid expansion covers 40 states, Kaiser said.", "40 states", "states"),
])
def test_counted_places_belong_to_no_organization(text, quote, subject):
    assert next(f for f in extract(text) if f.quote == quote).subject == subject


@pytest.mark.parametrize("text, quote, subject", [
    ("Spotify is No. 3 on the chart. Its users grew by 12% this year.", "12%", "Spotify users"),
    ("The Beijing-based startup said Pinduoduo had 900 million buyers.", "900 million buyers", "Pinduoduo buyers"),
    ("Many Spanish-speaking viewers watch Netflix, which has 280 million subscribers.", "280 million subscribers",
     "Netflix subscribers"),
])
def test_a_number_abbreviation_or_a_capitalized_descriptor_is_no_owner(text, quote, subject):
    assert next(f for f in extract(text) if f.quote == quote).subject == subject


@pytest.mark.parametrize("text, quote, subject", [
    ("Traffic doubled to 2.6 million downloads of Lingo's mobile app.", "2.6 million downloads", "Lingo downloads"),
    ("In a week, more than 90,000 new users signed up for Bluesky, the company said.", "90,000 new users",
     "Bluesky new users"),
    ("Officials counted 3 million users of WeChat in the region.", "3 million users", "WeChat users"),
])
def test_an_owner_named_just_after_the_counted_noun(text, quote, subject):
    figure = next(f for f in extract(text) if quote in f.quote)
    assert figure.subject == subject


@pytest.mark.parametrize("text, quote, subject", [
    ("Meanwhile, DuoLingo is No. 4 on Google Play. In turn, its monthly users grew by 30%.", "30%",
     "DuoLingo monthly users"),
    ("Zara opened a flagship in Paris next to Apple. Its sales rose 9% in the quarter.", "9%", "Zara sales"),
    ("In 2023, Etsy moved its listings to a new search engine powered by Google. Its revenue reached $2.7 billion.",
     "$2.7 billion", "Etsy revenue"),
])
def test_an_earlier_sentence_lends_its_subject_not_its_last_name(text, quote, subject):
    assert next(f for f in extract(text) if f.quote.endswith(quote) or f.quote == quote).subject == subject


@pytest.mark.parametrize("text, quote, subject", [
    ("Vinted grew fast. The app spread to markets with young shoppers — such as Poland and Spain — and "
     "reached 80 million members.", "80 million members", "Vinted members"),
    ("Klarna expanded. Its partners (among them Ikea and H&M) handled 2 million orders a day.", "2 million orders",
     "Klarna orders"),
    ("Shopify merchants in countries like Canada, Brazil and Japan logged 12 million sales in a week.",
     "12 million sales", "Shopify sales"),
])
def test_names_given_as_examples_or_in_an_aside_own_nothing(text, quote, subject):
    assert next(f for f in extract(text) if quote in f.quote).subject == subject


@pytest.mark.parametrize("text, quote, subject", [
    ("Like Depop, Vinted is a resale app. It was founded in Lithuania in 2008. The app has grown across Europe, "
     "with 80 million members.", "80 million members", "Vinted members"),
    ("Duolingo is popular in Brazil and has 100 million users.", "100 million users", "Duolingo users"),
    ("Netflix gained ground throughout India, adding 5 million subscribers.", "5 million subscribers",
     "Netflix subscribers"),
])
def test_a_name_after_in_or_across_is_a_place_not_an_owner(text, quote, subject):
    assert next(f for f in extract(text) if quote in f.quote).subject == subject


@pytest.mark.parametrize("text, quote, subject", [
    ("Boeing lost $12 billion in market value on Friday as its shares slid.", "$12 billion", "Boeing market value"),
    ("Boeing shares slid. The planemaker lost $12 billion in market value on Friday.", "$12 billion", "market value"),
    ("Stripe raised $6.5 billion in new funding from investors.", "$6.5 billion", "Stripe funding"),
    ("Zalando posted €2 billion in quarterly sales, up from a year earlier.", "€2 billion", "Zalando sales"),
])
def test_an_amount_measures_the_noun_after_in(text, quote, subject):
    assert next(f for f in extract(text) if quote in f.quote).subject == subject


@pytest.mark.parametrize("text, quote, subject", [
    ("Talks went well for Mercer The group now counts 4,000 members.", "4,000 members", "Mercer members"),
    ("Analysts praised Orbit In total its users reached 9 million.", "9 million", "Orbit users"),
    ("Fans cheered Halcyon And its followers grew to 2 million.", "2 million", "Halcyon followers"),
])
def test_a_function_word_after_a_name_is_no_part_of_it(text, quote, subject):
    # run-on text (a caption or a headline glued to the next sentence) joined "Mercer The" into one name
    assert next(f for f in extract(text) if quote in f.quote).subject == subject
