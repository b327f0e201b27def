"""What a recall takes in is one count (config `recall_size`) whatever the articles call the things: a vehicle
category, a model's name, the generic "vehicles" or a product ("strollers"). Stories of our own: a carmaker, a
maker of prams, an appliance maker."""

import pytest

from claims_fixtures import story_claims


def article(body: str, published: str = "2026-03-10") -> str:
    return f"---\ntitle: Recall\nsource: Outlet (invented)\npublished: {published}\n---\n{body}\n"


@pytest.mark.parametrize("first, second", [
    ("Corvan Motors is recalling 250,000 sport utility vehicles in the US because a fuel pump may fail.",
     "Corvan Motors said the recall affects about 180,000 Vistas in the US."),
    ("Pellam Baby is recalling 90,000 strollers in the UK over a faulty brake.",
     "Pellam Baby said the recall covers some 60,000 Roamers in the UK."),
    ("Brightwell recalled 1.4 million dishwashers in Canada after reports of fires.",
     "Brightwell said the recall includes about 900,000 machines in Canada."),
])
def test_a_recall_counted_by_category_and_by_model_name_is_one_count(tmp_path, first, second):
    claims = story_claims(tmp_path, {"a.md": article(first), "b.md": article(second, "2026-03-11")})
    rows = claims[claims.metric == "recall_size"]
    assert list(rows.status) == ["conflict"], claims[["entity", "metric", "scope", "period", "status", "values"]].to_string()


@pytest.mark.parametrize("body", [
    "Corvan Motors is recalling 250,000 sport utility vehicles. The recall follows 11 crashes, the company said.",
    "Pellam Baby is recalling 90,000 strollers. The recall comes after 14 injuries, the maker said.",
    "Brightwell recalled 1.4 million dishwashers. It has sold 6 million dishwashers since 2020.",
])
def test_what_a_recall_follows_and_what_was_sold_are_no_recall_size(tmp_path, body):
    claims = story_claims(tmp_path, {"a.md": article(body)})
    rows = claims[claims.metric == "recall_size"]
    assert len(rows) == 1 and list(rows.status) == ["single"], claims[["entity", "metric", "status", "values"]].to_string()
