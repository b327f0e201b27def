"""Whose figure it is when the sentence names a reckoner or a part: "Streamline's estimate for daily users,
about 24 million" is a data firm's reckoning of the article's actor's users, not Streamline's users; "about
2 million of its subscribers are in Canada" counts its subscribers there; and a place of several words ("the
United States", "South Korea") named in a sentence with no other actor leaves its measure to the article's
main actor, as a company's home ("The New York-based startup") does. Stories of our own: a streaming service,
a retailer, a bank, an airline, a game, an IT firm, a snack maker."""

import pytest

from claims_fixtures import article, story_claims


@pytest.mark.parametrize("name, own, estimate", [
    ("Flixa", "Flixa had 12 million subscribers in May, the company said.",
     "Mediacount's May estimate for subscribers, about 9 million, was well below the company's."),
    ("Shopnest", "Shopnest said its revenue was $1.1 billion in 2025.",
     "Retailscope's estimate for revenue in 2025, around $800 million, is lower than the figure the company gave."),
    ("Runequest", "Runequest had 4 million monthly active users in March, its maker said.",
     "Playmeter's March estimate for monthly active users, roughly 2.5 million, suggests the game is shrinking."),
])
def test_a_reckoners_estimate_is_of_the_article_s_actor(tmp_path, name, own, estimate):
    claims = story_claims(tmp_path, {"a.md": article(f"{name} reports its numbers", "2026-06-10", own),
                                     "b.md": article(f"Data firm doubts {name}'s numbers", "2026-06-11", estimate)})
    shown = claims[["entity", "metric", "scope", "period", "status", "values"]].to_string()
    assert list(claims.status) == ["conflict"] and list(claims.entity) == [name], shown


@pytest.mark.parametrize("name, own, part", [
    ("Flixa", "Flixa has 3.4 million subscribers in Canada.", "About 2 million of its subscribers are in Canada."),
    ("Tekron", "Tekron has 45,000 employees in India, the company said.",
     "The IT firm says roughly 30,000 of its employees are in India."),
    ("Kordbank", "Kordbank has 800,000 customers in Germany.", "Some 650,000 of its customers are in Germany."),
])
def test_a_part_of_its_people_counts_them_there(tmp_path, name, own, part):
    claims = story_claims(tmp_path, {"a.md": article(f"{name} grows", "2026-06-10", own),
                                     "b.md": article(f"{name} at a glance", "2026-06-11", f"{name} was founded in 2001. {part}")})
    shown = claims[["entity", "metric", "scope", "period", "status", "values"]].to_string()
    rows = claims[claims.entity == name]
    assert "conflict" in list(rows.status), shown


@pytest.mark.parametrize("name, own, unnamed", [
    ("Aerolux", "Aerolux had revenue of $4.2 billion in 2025.",
     "Revenue reached $3.9 billion in 2025, the company said, as new routes opened in New Zealand."),
    ("Kimbo", "Kimbo had 30 million daily active users in May.",
     "Daily active users reached 26 million in May, the company said, most of them in South Korea."),
    ("Tekron", "Tekron employed 52,000 people at the end of 2025.",
     "Staff numbered 40,000 at the end of 2025, the company said, a third of them in the United States."),
])
def test_a_place_of_several_words_is_no_other_actor(tmp_path, name, own, unnamed):
    claims = story_claims(tmp_path, {"a.md": article(f"{name} posts its results", "2026-06-10", own),
                                     "b.md": article(f"{name} beats its own forecast", "2026-06-11", unnamed)})
    shown = claims[["entity", "metric", "scope", "period", "status", "values"]].to_string()
    assert list(claims[claims.entity == name].status) == ["conflict"], shown


@pytest.mark.parametrize("name, own, unnamed", [
    ("Fernly", "Fernly had annual revenue of $52 million, the company said.",
     "Fernly makes a budgeting app. The New York-based startup said annual revenue had reached about $38 million."),
    ("Tamsel", "Tamsel employed 4,200 people at the end of 2025.",
     "Tamsel makes crisps. The Leeds-based snack maker said staff numbered 3,100 at the end of 2025."),
    ("Aerolux", "Aerolux had revenue of $4.2 billion in 2025.",
     "The Hong Kong-based carrier said revenue reached $3.1 billion in 2025."),
])
def test_a_company_s_home_is_no_other_actor(tmp_path, name, own, unnamed):
    claims = story_claims(tmp_path, {"a.md": article(f"{name} posts its results", "2026-06-10", own),
                                     "b.md": article(f"{name} beats its own forecast", "2026-06-11", unnamed)})
    shown = claims[["entity", "metric", "scope", "period", "status", "values"]].to_string()
    assert list(claims[claims.entity == name].status) == ["conflict"], shown


@pytest.mark.parametrize("name, whole, part", [
    ("Voxa", "Voxa has 2,600 content moderators worldwide.",
     "Voxa now has 2,600 people reviewing content worldwide, only 400 of whom work in the US."),
    ("Tekron", "Tekron has 45,000 employees worldwide.",
     "Tekron has 45,000 employees worldwide, some 30,000 of whom work in India."),
    ("Kordbank", "Kordbank has 900,000 customers in Europe.",
     "Kordbank serves 900,000 customers in Europe, about 650,000 of whom live in Germany."),
])
def test_a_part_of_whom_is_counted_where_its_clause_says(tmp_path, name, whole, part):
    claims = story_claims(tmp_path, {"a.md": article(f"{name} grows", "2026-06-10", whole),
                                     "b.md": article(f"{name} at a glance", "2026-06-11", part)})
    shown = claims[["entity", "metric", "scope", "period", "status", "values"]].to_string()
    assert "agreement" in set(claims.status) and not {"conflict", "discrepancy"} & set(claims.status), shown


@pytest.mark.parametrize("name, whole, part", [
    ("Flixa", "Flixa has 12 million subscribers.", "About 3 million of its subscribers cancelled last year."),
    ("Tekron", "Tekron has 45,000 employees.", "Roughly 5,000 of its employees will retire by 2030."),
    ("Kordbank", "Kordbank has 900,000 customers.", "Some 200,000 of its customers switched to its app in 2025."),
])
def test_a_part_of_its_people_naming_no_place_is_no_count_of_the_whole(tmp_path, name, whole, part):
    claims = story_claims(tmp_path, {"a.md": article(f"{name} grows", "2026-06-10", whole),
                                     "b.md": article(f"{name} at a glance", "2026-06-11", f"{name} was founded in 2001. {part}")})
    shown = claims[["entity", "metric", "scope", "period", "status", "values"]].to_string()
    assert not {"conflict", "discrepancy"} & set(claims.status), shown
