"""The first word of an institution's longer name ("Office for Rental Statistics", "Bureau of Labor Statistics")
is no name of its own: an article that cites such a body twice is not about an "Office" or a "Bureau", which
would otherwise be taken as its main actor and own the figures the body reports
(claims/article_names.text_name). Stories of our own: rents, jobless claims, household incomes."""

import pytest

from claims_fixtures import article, story_claims


@pytest.mark.parametrize("body, first_word", [
    ("Average rent in Tarsa stood at £1,400 a month in June, the Office for Rental Statistics says. "
     "The Office for Rental Statistics has tracked rents since 2001.", "Office"),
    ("Jobless claims rose to 240,000 last week, the Bureau of Labor Statistics said. "
     "The Bureau of Labor Statistics revises its figures monthly.", "Bureau"),
    ("Household incomes fell by 2.1% last year, the Institute for Fiscal Studies said. "
     "The Institute for Fiscal Studies expects a recovery.", "Institute"),
])
def test_the_first_word_of_a_cited_bodys_name_owns_nothing(tmp_path, body, first_word):
    claims = story_claims(tmp_path, {"a.md": article("Story", "2026-10-18", body)})
    assert first_word not in set(claims.entity), claims[["entity", "metric", "values"]].to_string()
