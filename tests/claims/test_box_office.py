"""A film's or a show's takings are one measure (config `box_office`): "earned $85 million over its opening
weekend", "grossed", "a $92 million debut", "took in ... at the box office"; a production budget is what it cost
to make (`cost`). A scope word opening a sentence ("Worldwide, the film grossed ...") is nobody's name, so "It" of
the next sentence is the film named before. Stories of our own: a film, a stage musical, a concert film, a video
game, a bank."""

import pytest

from claims_fixtures import article, story_claims


def two_outlets(tmp_path, first: str, second: str):
    return story_claims(tmp_path, {"a.md": article("Takings", "2026-07-20", first, outlet="Wire"),
                                   "b.md": article("Takings", "2026-07-20", second, outlet="Trade")})


@pytest.mark.parametrize("first, second, status", [
    ("\"Copper Sky\" earned $61 million in North America over its opening weekend, the studio said.",
     "\"Copper Sky\" grossed $74 million in North America in its first three days, according to a tracking firm.",
     "conflict"),
    ("The musical \"Lantern Street\" took in $2.4 million at the box office last week, the producers said.",
     "\"Lantern Street\" grossed $2.4 million last week, according to the theatre league.", "agreement"),
    ("The concert film \"Arlo Live\" made $18 million at cinemas over the weekend, its distributor said.",
     "\"Arlo Live\" opened to a $25 million debut over the weekend.", "conflict"),
])
def test_a_films_or_shows_takings_are_one_measure(tmp_path, first, second, status):
    claims = two_outlets(tmp_path, first, second)
    rows = claims[claims.metric == "box_office"]
    assert list(rows.status) == [status], claims[["entity", "metric", "scope", "period", "status", "values"]].to_string()


@pytest.mark.parametrize("first, second", [
    ("Copper Sky cost about $120 million to make, the studio said.",
     "Copper Sky had a production budget of $120 million."),
    ("The game \"Ironvale\" cost $80 million to develop, its publisher said.",
     "\"Ironvale\" had a production budget of about $80 million, according to its publisher."),
    ("Lantern Street cost $14 million to stage, its producers said.",
     "Lantern Street had a production budget of about $14 million."),
])
def test_a_production_budget_is_what_it_cost(tmp_path, first, second):
    claims = two_outlets(tmp_path, first, second)
    rows = claims[claims.metric == "cost"]
    assert list(rows.status) == ["agreement"], claims[["entity", "metric", "scope", "period", "status", "values"]].to_string()


@pytest.mark.parametrize("text, owner", [
    ("\"Copper Sky\" opened on Friday. Worldwide, the film grossed $190 million. It cost about $120 million to make.",
     "Copper Sky"),
    ("Hollin Games released \"Ironvale\" in March. Globally, the game sold 2 million copies. It cost $80 million to develop.",
     "Ironvale"),
    ("Tamsel Bank reported its results on Monday. Overall, the bank had 3 million customers. It paid $40 million in fines.",
     "Tamsel Bank"),
])
def test_a_scope_word_opening_a_sentence_is_no_owner(tmp_path, text, owner):
    claims = story_claims(tmp_path, {"a.md": article("Story", "2026-07-20", text)})
    assert not {"Worldwide", "Globally", "Overall"} & set(claims.entity), claims[["entity", "metric", "values"]].to_string()
    assert owner in set(claims.entity), claims[["entity", "metric", "values"]].to_string()
