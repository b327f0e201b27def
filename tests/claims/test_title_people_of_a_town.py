"""A title that opens with the town its people live in ("Riverton teens stake out a new home on Sorbet") is about the
name after it: the article's figures that name no owner are that app's, not the town's (claims/article_names.py
`leaving`: a name before a noun for people, with another name after it). Stories of our own: teenagers, parents and
farmers moving to an app."""

import pytest

from claims_fixtures import article, rows_of, story_claims, table


@pytest.mark.parametrize("title, unowned, owned, app, value", [
    ("Brackley teens stake out a new home on Pindo before the Vexo cutoff",
     "At Brackley High School, talk this week was about where the videos will live. "
     "App analytics firm Appstat counted roughly 850,000 American downloads in the week to March 4.",
     "Pindo was downloaded 1.2 million times in the US in the week to March 4, according to Appstat.", "Pindo",
     "850,000"),
    ("Dunmore parents swap notes on Kivra as school chat app shuts",
     "The app has about 40,000 users in the county, its founder said. "
     "At Dunmore Primary, parents said they needed a new way to share notes after the old app shut.",
     "Kivra has about 65,000 users in the county, a spokesperson said.", "Kivra", "40,000"),
    ("Tarrow farmers turn to Agrolo for grain prices",
     "Growers around Tarrow have long relied on word of mouth for prices. "
     "The service signed up some 12,000 growers last month, the company said.",
     "Agrolo signed up 20,000 growers last month, the company said.", "Agrolo", "12,000"),
])
def test_the_people_of_a_town_are_not_the_articles_actor(tmp_path, title, unowned, owned, app, value):
    claims = story_claims(tmp_path, {"a.md": article(title, "2026-03-06", unowned, "Courier"),
                                     "b.md": article(f"{app} grows", "2026-03-06", owned, "Wire")})
    assert set(rows_of(claims, value).entity) == {app}, table(claims)
