"""A place's measure named with its country or nationality ("Kenyan tea exports earned $1.4
billion") is not the article's main company's when the sentence names no owner (the company is what the article is
about, the exports are a country's), nor a place's named in a sentence before ("opened a warehouse in Ohio"): the
nationality in the measure's own phrase says whose it is. Stories of our own: a fashion retailer, a tea grower, a
carmaker."""

import pytest

from claims_fixtures import article, story_mentions


@pytest.mark.parametrize("company, body", [
    ("Tindra", "Tindra sells cheap clothes online to shoppers in 150 countries. Tindra opened a warehouse in Ohio in "
               "May. In 2023, Chinese exports of low-value packages reached $66 billion."),
    ("Kericho Leaf", "Kericho Leaf is the biggest tea grower in the Rift Valley. Kericho Leaf hired 2,000 pickers this "
                     "year. Kenyan tea exports earned $1.4 billion last year."),
    ("Marva Motors", "Marva Motors builds electric vans in Curitiba. Marva Motors plans a second plant. Brazilian "
                     "imports of car parts rose to $3 billion in 2025."),
])
def test_a_country_s_measure_is_not_the_main_company_s(tmp_path, company, body):
    mentions = story_mentions(tmp_path, {"a.md": article(f"{company} in focus", "2026-03-02", body)})
    traded = mentions[mentions.metric.str.startswith(("exports", "imports"))]
    # nobody's but the nationality's (kept as its scope), neither the company's nor a place named in a sentence before
    assert list(traded.entity) == [""] and list(traded.scope) != [""], mentions[["quote", "entity", "scope"]].to_string()
