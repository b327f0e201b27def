"""Whose figure it is when an article names its owner in a way the others do not: a title whose first
word is the last word of the company's name ("Rail strike ends" over a text about "Hestra Rail"), a
short form whose full name ends in a word naming a kind of company ("Brakk" / "Brakk Railways"), and a
measure with a verb of amount the tagger reads as a noun ("Its monthly users number 3 million").
Stories of our own (invented companies and outlets), each rule in several kinds of story."""

import pytest

from claims_fixtures import rows_of, story_claims
from newsreport.claims.article_names import longer_name


def article(title: str, day: int, body: str) -> str:
    return f"---\ntitle: {title}\nsource: Outlet {day} (invented)\npublished: 2025-03-1{day}\n---\n{body}\n"


@pytest.mark.parametrize("name, text, full", [
    ("Rail", "Drivers at Hestra Rail walked out. Hestra Rail said trains would run.", "Hestra Rail"),
    ("Bank", "Customers of Orlan Bank could not pay. The Orlan Bank outage lasted hours.", "Orlan Bank"),
    ("Energy", "Pell Energy cut its forecast.", "Pell Energy"),
    ("Rail", "Rail unions met Hestra Rail. Rail workers went home.", "Rail"),  # also written alone: itself
    ("Bank", "Orlan Bank and Vesta Bank merged.", "Bank"),  # two longer names: which one is unknown
])
def test_a_title_word_the_text_writes_only_inside_one_longer_name_is_that_name(name, text, full):
    assert longer_name(name, text) == full


def test_a_strike_titled_by_the_last_word_of_the_company_is_the_company_s(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Rail strike called off", 4, "The Brakk Railways strike began on March 2, the union said."),
        "b.md": article("Brakk drivers go back", 5, "Drivers at Brakk Railways began a strike on Monday, March 3."),
    })
    start = rows_of(claims, "March 2")
    assert list(start.entity) == ["Brakk Railways"] and start.iloc[0].status == "conflict"


def test_a_short_form_of_a_transport_company_is_the_full_name(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Tollen's year", 4, "Tollen Freight carried 12 million tonnes in 2024, the company said."),
        "b.md": article("Tollen results", 5, "Tollen reported revenue of $800 million for 2024."),
        "c.md": article("Tollen Freight revenue", 6, "Tollen Freight's revenue was $640 million in 2024."),
    })
    revenue = rows_of(claims, "$800 million")
    assert set(revenue.entity) == {"Tollen Freight"} and "conflict" in set(revenue.status)


@pytest.mark.parametrize("sentence, value, metric", [
    ("Its daily active users number 4.1 million, the company said.", "4.1 million", "daily_active_users"),
    ("Its monthly users number about 20 million.", "20 million", "monthly_active_users"),
    ("Its employees number 3,200 across six countries.", "3,200", "staff"),
])
def test_a_verb_of_amount_read_as_a_noun_keeps_the_measure_and_owner(tmp_path, sentence, value, metric):
    claims = story_claims(tmp_path, {
        "a.md": article("Skello grows", 4, f"Skello, the messaging service, released new features. {sentence}"),
    })
    row = rows_of(claims, value)
    assert list(row.entity) == ["Skello"] and list(row.metric) == [metric]


@pytest.mark.parametrize("title, body, value, owner", [
    ("Skello grows", "Skello, the messaging service, added stickers. Daily active users reached 4 million in May.",
     "4 million", "Skello"),
    ("Oster Motors results", "Oster Motors sold 80,000 cars. Quarterly net profit rose to $310 million, the carmaker said.",
     "$310 million", "Oster Motors"),
    ("Velmar Bank hires", "Velmar Bank opened ten branches. Revenue reached $9 billion in 2024, the lender said.",
     "$9 billion", "Velmar Bank"),
])
def test_a_measure_whose_sentence_names_nobody_is_the_article_s_main_actor(tmp_path, title, body, value, owner):
    claims = story_claims(tmp_path, {"a.md": article(title, 4, body)})
    assert list(rows_of(claims, value).entity) == [owner]


@pytest.mark.parametrize("body, value", [
    # another company named in the sentence: not given to the article's main actor
    ("Skello, the messaging service, added stickers. Rival Pingo said daily active users reached 4 million.",
     "4 million"),
    # a bound of a rule is nobody's value
    ("Skello, the messaging service, sells gift cards. Cards valued under $800 need no ID.", "$800"),
])
def test_a_measure_of_another_actor_or_a_bound_is_not_the_main_actor_s(tmp_path, body, value):
    claims = story_claims(tmp_path, {"a.md": article("Skello grows", 4, body)})
    assert "Skello" not in set(rows_of(claims, value).entity)


def test_a_count_nobody_owns_is_the_main_actor_s_when_it_owns_that_measure_elsewhere(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Corla's year", 4, "Corla, the streaming service, had 9 million subscribers at the end of "
                                           "2025. Subscribers in Canada numbered about 2 million."),
        "b.md": article("Corla in Canada", 5, "Corla has 3.1 million subscribers in Canada, the company said."),
        "c.md": article("Vexo's year", 6, "Vexo, the music service, had 5 million subscribers. "
                                          "Subscribers at rival Tunely numbered 4 million."),
    })
    canada = rows_of(claims, "about 2 million")
    assert list(canada.entity) == ["Corla"] and list(canada.scope) == ["Canada"] and list(canada.status) == ["conflict"]
    assert "Vexo" not in set(rows_of(claims, "4 million").entity)  # another actor named in its sentence


@pytest.mark.parametrize("sentence, value", [
    ("Its parent company reported revenue of $9 billion in 2024.", "$9 billion"),
    ("Its biggest rival has 30 million users.", "30 million"),
    ("The company's owner employs 40,000 people.", "40,000"),
])
def test_a_party_named_by_its_tie_to_the_article_s_actor_is_not_that_actor(tmp_path, sentence, value):
    claims = story_claims(tmp_path, {
        "a.md": article("Tallis grows", 4, f"Tallis, the furniture retailer, had revenue of $400 million in 2024. {sentence}"),
    })
    assert "Tallis" not in set(rows_of(claims, value).entity)


@pytest.mark.parametrize("body", [
    "RedFox, a Chinese app, topped the charts. The ban affects 170 million American users. RedFox has 3 million US users.",
    "RedFox rose to No. 1. A ban on apps would affect 170 million American users. RedFox has 3 million US users.",
])
def test_people_an_event_falls_on_are_not_the_article_s_actor_s_users(tmp_path, body):
    claims = story_claims(tmp_path, {"a.md": article("RedFox gains users", 4, body)})
    assert "RedFox" not in set(rows_of(claims, "170 million").entity)
    assert "conflict" not in set(claims.status)


def test_users_a_ban_falls_on_are_the_banned_app_s(tmp_path):
    claims = story_claims(tmp_path, {"a.md": article("RedFox gains users", 4,
        "Congress passed a law banning Tikka. RedFox topped the charts. The ban affects 170 million American users.")})
    assert list(rows_of(claims, "170 million").entity) == ["Tikka"]
