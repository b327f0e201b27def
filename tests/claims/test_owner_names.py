"""Whose figure it is, however an article names its owner: a descriptor before the name ("Payments
app Teller"), a short form in one article and the full name in another ("Hollis" / "Hollis Bank"),
"whose", "sales at the company", "the company" after a sentence a person is quoted in; and what a
count counts when its noun is left out ("3 million riders in 2023 and 4.5 million in 2024").
Stories of our own (invented companies and outlets), each rule shown in several wordings; the
paraphrase check (`tests/claims/paraphrase/tuning`: teller, hollis, brightline, fernway, mossberry)
holds more of them."""

import pytest

from claims_fixtures import story_claims
from newsreport.claims.keys import canonical_entity
from newsreport.claims.short_names import short_forms
from newsreport.claims.vocabulary import load_vocabulary


def article(title: str, day: int, body: str) -> str:
    return f"---\ntitle: {title}\nsource: Outlet {day} (invented)\npublished: 2025-03-1{day}\n---\n{body}\n"


def claim(claims, entity: str, value: str):
    rows = claims[(claims.entity == entity) & claims["values"].str.contains(value, regex=False)]
    assert len(rows) == 1, claims[["entity", "metric", "period", "status", "values"]].to_string()
    return rows.iloc[0]


@pytest.mark.parametrize("written, name", [
    ("Payments app Teller", "Teller"),
    ("Grocery delivery startup Dunmore Fresh", "Dunmore Fresh"),
    ("rival Tandem", "Tandem"),
    ("Search giant Googol", "Googol"),
    ("Photo app Lumio's", "Lumio"),
    ("Carmaker Lark Motors", "Lark Motors"),  # a descriptor opening the sentence
    ("Startup Pexa", "Pexa"),
    ("Apple App Store", "Apple App Store"),  # a capitalized word is part of the name
    ("App Store", "App Store"),
    ("Studio Ghibli", "Studio Ghibli"),
    ("Bank of Zembla", "Bank of Zembla"),
])
def test_a_descriptor_written_before_a_name_is_not_part_of_it(written, name):
    assert canonical_entity(written, load_vocabulary()) == name


def test_a_name_with_its_descriptor_and_the_bare_name_are_one_owner(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Brumby goes dark", 4, "Payroll app Brumby went offline on Monday, the company said."),
        "b.md": article("What broke at Brumby", 5, "Brumby went offline on Tuesday after a storage fault."),
        "c.md": article("Brumby counts the cost", 6, "Brumby, a payroll app, has 2 million customers."),
    })
    row = claim(claims, "Brumby", "March 10")
    assert row.status == "conflict" and "March 11" in row["values"]


def test_a_short_form_and_the_full_name_are_one_owner_across_articles(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Orlan Bank's year", 4, "Orlan Bank reported a net profit of $2 billion for 2024."),
        "b.md": article("Orlan beats forecasts", 5, "Orlan's net profit was $2.6 billion in 2024, the bank said."),
        "c.md": article("Orlan hires", 6, "Orlan employs 9,000 people."),
    })
    row = claim(claims, "Orlan Bank", "$2 billion")
    assert row.status == "conflict" and "$2.6 billion" in row["values"]


def test_a_short_form_is_the_full_name_only_when_one_full_name_extends_it():
    records = [{"entity": e, "metric": m} for e, m in [
        ("Orlan", "revenue"), ("Orlan Bank", "revenue"),  # one longer name: the same owner
        ("Pell", "revenue"), ("Pell Energy", "revenue"), ("Pell Foods", "revenue"),  # two: which one is unknown
        ("Quenby", "net_worth"), ("Quenby Shipping", "revenue"),  # a person's surname is no company's short form
        ("Tandem", "subscribers"), ("Tandem and Orlan", "revenue"),  # owners together are no full name
        ("Loopa", "downloads"), ("Loopa Go", "downloads")]]  # a product is not its maker
    assert short_forms(records) == {"Orlan": "Orlan Bank"}


def test_a_trade_named_after_a_company_s_name_completes_it():
    # a brewer, a software maker and a builder called by their first word in other articles
    records = [{"entity": e, "metric": m} for e, m in [
        ("Halvard Brewing", "revenue"), ("Halvard", "jobs_cut"),
        ("Nesk Technologies", "revenue"), ("Nesk", "funding"),
        ("Ostrom Construction", "workers"), ("Ostrom", "fine")]]
    assert short_forms(records) == {"Halvard": "Halvard Brewing", "Nesk": "Nesk Technologies",
                                    "Ostrom": "Ostrom Construction"}


def test_a_shop_or_house_named_after_a_company_s_name_completes_it():
    # a pub chain, a retailer and a cement maker called by their first word in other articles
    records = [{"entity": e, "metric": m} for e, m in [
        ("Wickham Inns", "pubs"), ("Wickham", "revenue"),
        ("Marlow Stores", "stores"), ("Marlow", "staff"),
        ("Kirinya Cement", "revenue"), ("Kirinya", "fine")]]
    assert short_forms(records) == {"Wickham": "Wickham Inns", "Marlow": "Marlow Stores", "Kirinya": "Kirinya Cement"}


def test_the_owner_of_whose_and_of_sales_at_the_company(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Streamly and Pexa", 4, "Pexa is far behind Streamly, whose subscriber base is 24 million."),
        "b.md": article("Streamly's lead", 5, "Streamly has 25 million subscribers."),
        "c.md": article("Streamly's sales", 6, "Streamly makes films. Sales at the company reached $900 million in 2024."),
        "d.md": article("Streamly's year", 7, "Revenue at Streamly was $880 million in 2024."),
    })
    assert claim(claims, "Streamly", "24 million").status == "agreement"
    assert claim(claims, "Streamly", "$900 million").status == "agreement"


def test_the_company_refers_to_what_a_quoted_person_spoke_about_not_to_the_person(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Velto plans", 4, "Velto plans to open 40 stores next year, chief executive Lena Marsh said. "
                                         "The company's staff of 1,200 works mostly in Oslo."),
        "b.md": article("Velto grows", 5, "Velto has a staff of 1,250."),
    })
    rows = claims[claims["values"].str.contains("1,200", regex=False)]
    assert list(rows.entity) == ["Velto"]


@pytest.mark.parametrize("sentence, value, measure", [
    ("Fennly had 3 million riders in 2023 and 4.5 million in 2024.", "4.5 million", "riders"),
    ("Streamly now has 25 million subscribers, well ahead of rival Pexa's 11 million.", "11 million", "subscribers"),
    ("With 25 million subscribers, Streamly leads; Pexa has 6 million.", "6 million", "subscribers"),
])
def test_a_count_whose_noun_is_left_out_counts_the_noun_before_it(tmp_path, sentence, value, measure):
    claims = story_claims(tmp_path, {"a.md": article("Counts", 4, sentence)})
    rows = claims[claims["values"].str.fullmatch(value)]
    assert list(rows.metric) == [measure], claims[["entity", "metric", "values"]].to_string()


def test_counts_whose_noun_is_left_out_are_compared_with_the_owner_s_own_count(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("The streaming table", 4, "Streamly now has 25 million subscribers, well ahead of rival Pexa's 11 million."),
        "b.md": article("Who is winning", 5, "With 25 million subscribers, Streamly is the larger service; Pexa has 6 million."),
    })
    assert claim(claims, "Pexa", "11 million").status == "conflict"
    assert claim(claims, "Streamly", "25 million").status == "agreement"


@pytest.mark.parametrize("sentence, value, measure", [
    # the tagger reads "valuing" as a noun here: the clause modifying "round" is still headed by a verb
    ("Investors poured $2 billion into Zeal in a round valuing the company at $9 billion.", "$9 billion", "valuation"),
    ("Investors poured $2 billion into Zeal in a round valuing the company at $9 billion.", "$2 billion", "funding"),
    ("Backers invested $400 million into Corra last week.", "$400 million", "funding"),
    ("Zeal raised $300 million in a round valuing it at $4 billion.", "$4 billion", "valuation"),
])
def test_money_put_into_a_company_is_funding_and_the_round_s_value_its_valuation(tmp_path, sentence, value, measure):
    claims = story_claims(tmp_path, {"a.md": article("Zeal funding", 4, sentence)})
    rows = claims[claims["values"] == value]
    assert list(rows.metric) == [measure], claims[["entity", "metric", "values"]].to_string()


@pytest.mark.parametrize("sentence, value", [
    ("The company's staff of 420 works mostly in Toronto.", "420"),
    ("Velto employs 3,000 people, mainly in Oslo.", "3,000"),
    ("Pexa has 2 million users, largely in Brazil.", "2 million"),
])
def test_a_place_where_most_of_it_is_does_not_restrict_the_figure(tmp_path, sentence, value):
    claims = story_claims(tmp_path, {"a.md": article("Velto and Pexa", 4, sentence)})
    rows = claims[claims["values"] == value]
    assert list(rows.scope) == [""], claims[["entity", "metric", "scope", "values"]].to_string()


@pytest.mark.parametrize("sentence", [
    "Vessa stopped working for its users in the US late Saturday night.",
    "Vessa went offline on Sunday morning.",
    "Vessa shut down its service early on Friday afternoon.",
])
def test_a_day_is_never_whose_event_it_is(tmp_path, sentence):
    claims = story_claims(tmp_path, {"a.md": article("Vessa goes dark", 4, sentence)})
    assert list(claims[claims.metric == "service_shutdown"].entity) == ["Vessa"], claims[["entity", "metric"]]


def test_owners_named_together_are_not_a_person_whose_surname_owns_the_next_count(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Nimo and Pexa", 4, "Nimo and Pexa together have 150 million users. "
                                            "Pexa, a rival to Nimo with 40 million users, is growing."),
        "b.md": article("Lark and Velto", 5, "Lark and Velto employ 9,000 people between them. Velto alone employs 2,000 people."),
    })
    assert claim(claims, "Pexa", "40 million").status == "single"
    assert claim(claims, "Velto", "2,000").status == "single"


@pytest.mark.parametrize("sentence, value, period", [
    ("Nimo has 100 million users, up from 60 million last year.", "100 million", "2025-03"),
    ("Velto now employs 3,000 people, compared with 2,100 in 2023.", "3,000", "2025-03"),
    ("Lark's revenue reached $5 billion in 2024, up from $4 billion in 2023.", "$5 billion", "2024"),
])
def test_a_date_of_the_earlier_level_does_not_date_the_level(tmp_path, sentence, value, period):
    claims = story_claims(tmp_path, {"a.md": article("Growth", 4, sentence)})
    rows = claims[claims["values"] == value]
    assert list(rows.period) == [period], claims[["entity", "metric", "period", "values"]].to_string()


@pytest.mark.parametrize("sentence, value, owner", [
    ("About 600,000 packages a day come from Brisko and Haulo, customs data show.", "about 600,000", "Brisko and Haulo"),
    ("Some 600,000 packages a day are sent by Brisko and Haulo.", "about 600,000", "Brisko and Haulo"),
    ("Brisko and Haulo ship about 600,000 packages a day to Zembla.", "about 600,000", "Brisko and Haulo"),
    ("Zembla receives 4 million packages a day, of which 600,000 are from Brisko and Haulo.", "600,000", "Brisko and Haulo"),
])
def test_a_count_whose_sentence_names_its_senders_keeps_them_as_its_owner(tmp_path, sentence, value, owner):
    claims = story_claims(tmp_path, {"a.md": article("Parcels", 4, sentence)})
    rows = claims[claims["values"] == value]
    assert list(rows.entity) == [owner] and list(rows.metric) == ["packages_per_day"], \
        claims[["entity", "metric", "values"]].to_string()


def test_a_count_whose_noun_is_left_out_keeps_the_rate_of_the_count_before_it(tmp_path):
    claims = story_claims(tmp_path, {"a.md": article("Parcels", 4, "Brisko alone sends 300,000 packages a day, while Haulo sends 250,000.")})
    assert list(claims[claims["values"] == "250,000"].metric) == ["packages_per_day"]


@pytest.mark.parametrize("line, value, owner", [
    ("- 600,000 daily packages from Brisko and Haulo combined (2024)", "600,000", "Brisko and Haulo"),   # trade
    ("* 40,000 daily orders from Quillo in 2023", "40,000", "Quillo"),                                      # retail
    ("- 3,000 job cuts from Lark Motors and Vantor (2024)", "3,000", "Lark Motors and Vantor"),          # industry
])
def test_a_count_in_a_line_without_a_verb_keeps_the_senders_named_after_from(tmp_path, line, value, owner):
    claims = story_claims(tmp_path, {"a.md": article("Figures", 4, line)})
    assert list(claims[claims["values"] == value].entity) == [owner], claims[["entity", "metric", "values"]].to_string()


def test_a_place_after_from_is_where_a_count_comes_from_not_its_owner(tmp_path):
    claims = story_claims(tmp_path, {"a.md": article("Parcels", 4, "- 1.2 million parcels a day from Canada (2023)")})
    assert "Canada" not in set(claims.entity), claims[["entity", "metric", "values"]].to_string()


def test_a_company_introduced_under_a_longer_name_and_called_by_its_first_word_is_one_owner(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Grocers raise", 4, "Grocery delivery startup Pantry Lane raised $90 million on Monday."),
        "b.md": article("Pantry's round", 5, "Pantry brought in $120 million from investors, the company said."),
        "c.md": article("Brewers", 6, "Hopsley Works, a craft beer maker, sold 2 million cases in 2024."),
        "d.md": article("Hopsley", 7, "Hopsley sold 2.9 million cases in 2024."),
    })
    assert claim(claims, "Pantry Lane", "$90 million").status == "conflict"
    assert claim(claims, "Hopsley Works", "2 million").status == "conflict"


def test_a_maker_and_its_product_named_together_stay_two_owners(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Loopa's new app", 4, "Loopa, the software company, launched Loopa Go in May. "
                                              "Loopa Go has 2 million users."),
        "b.md": article("Loopa's users", 5, "Loopa has 40 million users."),
    })
    assert set(claims[claims["values"].str.contains("40 million")].entity) == {"Loopa"}


def test_an_owner_an_article_gives_two_names_is_one_owner(tmp_path):
    from claims_fixtures import story_claims

    def article(title: str, published: str, body: str) -> str:
        return f"---\ntitle: {title}\nsource: {title} (invented)\npublished: {published}\n---\n{body}\n"

    claims = story_claims(tmp_path, {
        "a.md": article("Plinth abroad", "2026-01-15", "Plinth, known in China as Xiaoshu, has 300 million monthly "
                        "users, nearly all of them in China."),
        "b.md": article("Xiaoshu numbers", "2026-01-16", "Xiaoshu, which Western users call Plinth, says it has 240 "
                        "million monthly active users."),
        "c.md": article("Plinth users", "2026-01-17", "Plinth has 300 million monthly active users, the company says."),
    })
    users = claims[claims.metric == "monthly_active_users"]
    assert set(users.entity) == {"Plinth"} and list(users.status) == ["conflict"]


@pytest.mark.parametrize("first, second", [
    ("Crypto exchange Marrow filed for bankruptcy on Nov. 3, the exchange said.", "Marrow Exchange filed for bankruptcy on Nov. 4."),
    ("Corran Stadium has 41,000 seats, the stadium's operator said.", "Corran has 52,000 seats, the club said."),
    ("Fenwick Academy, the academy's head said, admitted 1,200 pupils in 2025.", "Fenwick admitted 1,900 pupils in 2025."),
])
def test_a_name_and_its_described_noun_are_one_owner(tmp_path, first, second):
    # "Marrow Exchange" is "Marrow" where the articles call it "the exchange"; no list of company words names it
    claims = story_claims(tmp_path, {"a.md": article("A", 5, first), "b.md": article("B", 5, second)})
    assert "conflict" in set(claims.status), claims[["entity", "metric", "period", "status", "values"]].to_string()


def test_a_product_named_after_its_maker_stays_apart(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("A", 5, "Loopa said it had 40 million users in 2025."),
        "b.md": article("B", 5, "Loopa Go, the lighter version, had 9 million users in 2025.")})
    assert "conflict" not in set(claims.status), claims[["entity", "metric", "period", "status", "values"]].to_string()


@pytest.mark.parametrize("sentence, value, thing", [
    ("The peak TV audience was 4.1 million, according to the broadcaster.", "4.1 million", "TV"),
    ("EV sales reached 40,000 in May, the industry body said.", "40,000", "EV"),
    ("ATM withdrawals hit 2.3 million on Friday, the bank said.", "2.3 million", "ATM"),
])
def test_a_common_acronym_before_a_measure_is_no_owner(tmp_path, sentence, value, thing):
    claims = story_claims(tmp_path, {"a.md": article("Acronyms", 5, sentence), "b.md": article("Other", 6, "Nothing.")})
    assert thing not in set(claims[claims["values"] == value].entity), claims[["entity", "metric", "values"]].to_string()


@pytest.mark.parametrize("first, second", [
    ("The Dock Workers' Union has 12,000 members, its leaders said.",
     "The Rail Workers’ Union has about 20,000 members, its leaders said."),
    ("The Coffee Growers' Federation has 8,000 members.", "The Cane Growers' Federation has 15,000 members."),
])
def test_a_plural_possessive_inside_a_name_is_part_of_it(tmp_path, first, second):
    """"the Dock Workers' Union" and "the Rail Workers' Union" are two bodies: a name's plural possessive (with a
    bare apostrophe) is part of the name, so the two counts are not one body's and do not conflict."""
    from claims_fixtures import table, two_outlets

    claims = two_outlets(tmp_path, first, second)
    assert "conflict" not in set(claims.status), table(claims)
    assert {"Dock Workers' Union", "Rail Workers’ Union"} <= set(claims.entity) or \
        {"Coffee Growers' Federation", "Cane Growers' Federation"} <= set(claims.entity), table(claims)


@pytest.mark.parametrize("sentence, name", [
    ("The Commission for Competition and Markets, in a ruling issued on Monday, blocked the deal.",
     "Commission for Competition and Markets"),
    ("The Board of Trade and Industry, in the decision issued on Thursday, approved the merger.",
     "Board of Trade and Industry"),
    ("The Ministry of Health, in a ruling issued on Wednesday, banned the drug.", "Ministry of Health"),
])
def test_a_determiner_the_tagger_puts_in_a_name_is_no_owner(tmp_path, sentence, name):
    """The tagger's organization span takes in the "The" that opens the sentence; a determiner is never whose event
    it is: the body named after it is."""
    from claims_fixtures import table, two_outlets

    claims = two_outlets(tmp_path, sentence, "Officials welcomed the news.")
    assert "The" not in set(claims.entity) and name in set(claims.entity), table(claims)
