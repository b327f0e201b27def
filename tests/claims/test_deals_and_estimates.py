"""A deal told from the buyer's side and from the side of the company bought ("Kelvo agreed on Monday to
buy Dorran for $1.2 billion" / "the $1.5 billion takeover of Dorran by Kelvo, agreed on Tuesday"): its
day and its price are the buyer's, the day of the deal is not the price's period, and a state the main
clause says goes on ("still needs approval") does not make the day of a participle clause doubtful;
a count "of the game Quorro" is Quorro's even where the tagger takes the name for a nationality.
Stories of our own (invented companies and outlets)."""

import pytest

from claims_fixtures import rows_of, story_claims
from newsreport.claims.event_owners import buyer
from newsreport.claims.event_phrases import aside_of


def article(title: str, day: int, body: str) -> str:
    return f"---\ntitle: {title}\nsource: Outlet {day} (invented)\npublished: 2025-06-1{day}\n---\n{body}\n"


@pytest.mark.parametrize("sentence, bought, owner", [
    ("The $2.8 billion takeover of Brindle by Kelso still needs approval.", "Brindle", "Kelso"),
    ("Regulators cleared the acquisition of Tessa Foods by Harlan Group on Friday.", "Tessa Foods", "Harlan Group"),
    ("Pell's purchase by Orvo was agreed in May.", "Pell", "Orvo"),
    ("Kelso bought Brindle, a payroll firm, for $2.3 billion.", "Kelso", "Kelso"),  # already the buyer
    ("The takeover was approved by regulators on Monday.", "Brindle", "Brindle"),  # "by" names no buyer here
])
def test_the_buyer_of_a_takeover_told_in_the_passive(sentence, bought, owner):
    names = frozenset({"Brindle", "Kelso", "Tessa", "Harlan", "Pell", "Orvo"})
    assert buyer(sentence, bought, names) == owner


@pytest.mark.parametrize("sentence, day, aside", [
    ("The takeover of Dorran by Kelvo, agreed on Tuesday, still needs approval.", "on Tuesday", "agreed on Tuesday"),
    ("The ban, which took effect on Sunday, remains in force.", "on Sunday", "which took effect on Sunday"),
    ("On Tuesday, the app was still No. 1.", "On Tuesday", ""),
    ("It maintained its position on Tuesday as well.", "on Tuesday", ""),
])
def test_the_participle_or_relative_clause_a_date_stands_in(sentence, day, aside):
    start = sentence.index(day)
    assert aside_of(sentence, start, start + len(day)).strip() == aside


def test_a_deal_told_from_both_sides_is_one_deal_with_its_day_and_price(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Kelvo buys Dorran", 6, "Kelvo agreed on Monday to buy the chipmaker Dorran for $1.2 billion."),
        "b.md": article("Dorran deal", 7, "The $1.5 billion takeover of Dorran by Kelvo, agreed on Tuesday, "
                                          "still needs approval from regulators."),
    })
    price = rows_of(claims, "$1.2 billion")
    assert list(price.entity) == ["Kelvo"] and list(price.status) == ["conflict"]
    day = claims[(claims.metric == "deal_agreed") & (claims.entity == "Kelvo")]
    assert list(day.status) == ["conflict"]


def test_installs_of_a_named_game_are_the_game_s(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Kiel Robotics", 4, "Kiel Robotics makes games. Sensorly counted 2.3 million installs of "
                                             "the game Quorro last month."),
        "b.md": article("Quorro downloads", 5, "Quorro had 4 million downloads in May, Appbeam estimates."),
    })
    assert list(rows_of(claims, "2.3 million").entity) == ["Quorro"]


def test_an_app_removed_from_a_store_is_the_app_s_removal(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Zivo pulled", 6, "Apple removed the video app Zivo from its App Store on Wednesday."),
        "b.md": article("Zivo gone", 7, "Zivo disappeared from Apple's store on June 10, users said."),
        "c.md": article("Store purge", 8, "Google pulled the game Tarro off its Play Store on Thursday."),
    })
    removal = claims[claims.metric.str.startswith("service_shutdown")]
    assert set(removal.entity) == {"Zivo", "Tarro"}
    assert list(removal[removal.entity == "Zivo"].status) == ["conflict"]  # June 11 (Wednesday) vs June 10


def test_a_person_named_in_full_in_one_article_and_by_surname_in_others_is_one_person(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Richest founders", 6, "The Corwin Index ranks the founder Lena Vos 40th in the world, "
                                               "with a fortune of $18 billion."),
        "b.md": article("Vos's wealth", 7, "Halden Wealth estimates Vos's wealth at $12 billion."),
        "c.md": article("Vos at 44", 8, "Vos, 44, is worth an estimated $17.5 billion, according to the Corwin Index."),
    })
    fortune = claims[(claims.entity == "Lena Vos") & (claims.part_of == "")]
    assert list(fortune.metric) == ["net_worth"] and list(fortune.status) == ["conflict"]
    assert "$12 billion" in fortune.iloc[0]["values"] and "$17.5 billion" in fortune.iloc[0]["values"]


@pytest.mark.parametrize("sentence, owner", [
    ("Mara Ostend founded the retailer Ostend Home in 1998.", "Ostend Home"),
    ("Tom Reyes co-founded Brightpath in 2011 with two classmates.", "Brightpath"),
    ("Brightpath was founded in 2011 by Tom Reyes.", "Brightpath"),
])
def test_the_year_a_founder_founded_something_is_the_founded_company_s(tmp_path, sentence, owner):
    claims = story_claims(tmp_path, {"a.md": article("Founders", 4, sentence)})
    assert list(claims[claims.metric == "founding_year"].entity) == [owner]


@pytest.mark.parametrize("text, window", [
    ("was downloaded 5 million times in its first week", "first week"),
    ("racked up 2.8 million downloads in the first seven days after its release", "first week"),
    ("made $40 million in its first four months", "first four months"),
    ("sold 1 million copies in the first 24 hours", "first day"),
    ("has been installed 9 million times since its launch", ""),
])
def test_a_count_over_the_first_days_of_something_is_not_its_total(text, window):
    from newsreport.claims.rates import count_window
    assert count_window(text) == window


def test_two_data_firms_on_a_first_week_conflict_and_the_total_stays_apart(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Glint's debut", 4, "The game Glint was downloaded 5 million times in its first week, "
                                             "according to Appmetrica."),
        "b.md": article("Glint", 5, "Glint racked up 2.8 million downloads in the first seven days after its "
                                    "release, Sensorly estimates."),
        "c.md": article("Glint data", 6, "Since its launch, Glint has been installed 9 million times."),
    })
    week = rows_of(claims, "2.8 million")
    assert list(week.status) == ["conflict"] and "9 million" not in week.iloc[0]["values"]
